import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../../src/lib/messages.ts';

const AREA_DIR = fileURLToPath(new URL('../../../src/lib/messages/', import.meta.url));

describe('the message catalogue split by area', () => {
  it('defines each code in one area only, and every area is in the catalogue', async () => {
    const files = readdirSync(AREA_DIR).filter((f) => f.endsWith('.ts') && f !== 'text.ts');
    expect(files.length).toBe(12);
    const seen = new Map<string, string>();
    for (const file of files) {
      const area = (await import(`${AREA_DIR}${file}`)) as Record<string, Record<string, unknown>>;
      const catalogue = Object.values(area).find((v) => typeof v === 'object' && v !== null)!;
      for (const code of Object.keys(catalogue)) {
        expect(seen.get(code), `${code} is in ${file} and ${seen.get(code)}`).toBeUndefined();
        seen.set(code, file);
      }
    }
    expect([...seen.keys()].sort()).toEqual(Object.keys(MESSAGES).sort());
  });
});
