interface SparklineProps {
  readonly points: readonly { readonly year: number; readonly value: number }[];
  readonly highlightYear: number | null;
  readonly label: string;
}

const WIDTH = 120;
const HEIGHT = 32;

/** A small trend line for a KPI card: plain SVG, no chart instance per card. */
export function Sparkline({ points, highlightYear, label }: SparklineProps) {
  if (points.length < 2) return null;
  const years = points.map((p) => p.year);
  const min = Math.min(...years);
  const span = Math.max(...years) - min || 1;
  const max = Math.max(...points.map((p) => p.value)) || 1;
  const x = (year: number) => 2 + ((year - min) / span) * (WIDTH - 4);
  const y = (value: number) => HEIGHT - 3 - (value / max) * (HEIGHT - 6);
  const path = points
    .map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.year).toFixed(1)},${y(p.value).toFixed(1)}`)
    .join(' ');
  const highlighted = points.find((p) => p.year === highlightYear);
  return (
    <svg
      className="sparkline"
      width={WIDTH}
      height={HEIGHT}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={label}
    >
      <path d={path} fill="none" stroke="#0b5cab" strokeWidth="1.75" />
      {highlighted && <circle cx={x(highlighted.year)} cy={y(highlighted.value)} r="3" fill="#0b5cab" />}
    </svg>
  );
}
