/** Order statistics for benchmark samples; rounded to 0.1 ms, since the machine's noise is far larger. */
const round = (n: number) => Math.round(n * 10) / 10;

export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  // Nearest-rank: the smallest sample with at least p % of the samples at or below it.
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return round(sorted[rank - 1] ?? Number.NaN);
}

export function median(samples: readonly number[]): number {
  return percentile(samples, 50);
}

export function range(samples: readonly number[]): [number, number] {
  return [round(Math.min(...samples)), round(Math.max(...samples))];
}
