import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { GENERATED_DIR, buildGenerated } from '../../../scripts/compile-content';

describe('content/generated/ (what the extension bundles)', () => {
  it('is up to date with the YAML: run npx tsx scripts/compile-content.ts after editing content/', async () => {
    const generated = await buildGenerated();
    for (const [name, text] of Object.entries(generated.files)) {
      expect(readFileSync(join(GENERATED_DIR, name), 'utf8'), name).toBe(text);
    }
  });

  it('the in-page subset stays small enough for the content script (≤ 12 kB gzipped, 3 versions)', () => {
    const size = gzipSync(readFileSync(join(GENERATED_DIR, 'inpage.json'))).length;
    expect(size).toBeLessThanOrEqual(12_000);
  });
});
