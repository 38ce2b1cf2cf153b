import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REFERENCE_FILES, referenceCsv34, referenceCsv63 } from './referenceCsv.ts';

const REGENERATE =
  "regenerate with: node -e \"import('vite').then((v) => v.runnerImport('./scripts/exportReference.ts'))\"";

describe('data/reference CSVs', () => {
  for (const file of REFERENCE_FILES) {
    it(`${file.path} is what src/model/provinces.ts produces (${REGENERATE})`, () => {
      const committed = readFileSync(new URL(`../../${file.path}`, import.meta.url), 'utf8');
      expect(committed).toBe(file.content());
    });
  }

  it('have a header and one row per unit', () => {
    const lines63 = referenceCsv63().trimEnd().split('\n');
    const lines34 = referenceCsv34().trimEnd().split('\n');
    expect(lines63[0]).toBe('code,name,name_ascii,name_en,kind,region,new_code');
    expect(lines34[0]).toBe('code,name,name_ascii,name_en,kind,region,constituents');
    expect(lines63).toHaveLength(64);
    expect(lines34).toHaveLength(35);
    expect(lines63).toContain('94,Sóc Trăng,Soc Trang,Soc Trang,province,DBSCL,92');
    expect(lines34).toContain('79,TP. Hồ Chí Minh,TP. Ho Chi Minh,Ho Chi Minh City,city,DNB,74;77;79');
  });
});
