import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KNOWN_DISTRIBUTORS } from './distributors';

const README = readFileSync(resolve(import.meta.dirname, '..', '..', 'data', 'README.md'), 'utf8');
const ILLUSTRATIVE = readFileSync(
  resolve(import.meta.dirname, '..', '..', 'data', 'illustrative', 'distribution.csv'),
  'utf8',
);

describe('KNOWN_DISTRIBUTORS', () => {
  it('lists the seed article’s distributors exactly as data/README.md does', () => {
    const start = README.indexOf('## Known distributors');
    const section = README.slice(start, README.indexOf('\n## ', start + 1));
    const articleNames = section
      .split('\n')
      .filter(
        (line) => line.startsWith('| ') && !line.startsWith('| distributor') && !line.startsWith('| ---'),
      )
      .map((line) => line.split('|')[1]?.trim());
    expect(KNOWN_DISTRIBUTORS.map((d) => d.articleName)).toEqual(articleNames);
    for (const d of KNOWN_DISTRIBUTORS) {
      if (d.dataName) expect(section).toContain(`"${d.dataName}"`);
    }
  });

  it('uses the names the bundled data uses', () => {
    for (const d of KNOWN_DISTRIBUTORS) {
      if (d.dataName) expect(ILLUSTRATIVE).toContain(`,${d.dataName},`);
    }
  });
});
