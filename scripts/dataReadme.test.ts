import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATASET_IDS, DATASETS } from '../src/model/datasets.ts';
import {
  CHANNEL_TYPES,
  DATA_KINDS,
  MOU_TYPES,
  PRODUCER_TYPES,
  PRODUCT_GROUPS,
  STAR_LEVELS,
} from '../src/model/ocop.ts';
import { DISTRIBUTORS, illustrativeSource, SEED } from './illustrativeData.ts';

const readme = readFileSync(resolve(import.meta.dirname, '..', 'data', 'README.md'), 'utf8');

/** The markdown table row of a canonical column: "| `name` | … |". */
function columnRow(name: string): string | undefined {
  return readme.split('\n').find((line) => line.startsWith(`| \`${name}\` |`));
}

describe('data/README.md documents the contract of src/model', () => {
  it('lists every dataset with every canonical column and every Vietnamese header alias', () => {
    for (const id of DATASET_IDS) {
      const section = readme.split(`### \`${id}\``)[1]?.split('\n### ')[0] ?? '';
      expect(section, `section for ${id}`).not.toBe('');
      for (const column of DATASETS[id].columns) {
        const row = section.split('\n').find((line) => line.startsWith(`| \`${column.name}\` |`));
        expect(row, `${id}.${column.name}`).toBeDefined();
        expect(row, `${id}.${column.name} required`).toContain(column.required ? '| yes |' : '| no');
        for (const alias of column.aliases)
          expect(row, `${id}.${column.name}: "${alias}"`).toContain(`"${alias}"`);
      }
    }
  });

  it('lists the id, labels and spellings of every allowed value', () => {
    for (const list of [PRODUCT_GROUPS, STAR_LEVELS, MOU_TYPES, PRODUCER_TYPES, CHANNEL_TYPES, DATA_KINDS]) {
      for (const choice of list) {
        const row = columnRow(choice.id);
        expect(row, choice.id).toBeDefined();
        expect(row).toContain(`| ${choice.vi} | ${choice.en} |`);
        for (const alias of choice.aliases) expect(row, `${choice.id}: "${alias}"`).toContain(`"${alias}"`);
      }
    }
  });

  it('names the distributors and the source line of the illustrative data', () => {
    for (const d of DISTRIBUTORS) expect(readme).toContain(`"${d.name}"`);
    expect(readme).toContain(illustrativeSource(SEED));
  });
});
