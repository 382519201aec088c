import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { GENERATED_DIR, buildGenerated, type Generated } from '../../../scripts/compile-content';

// Formatting ~200 kB of JSON with prettier takes seconds on a busy two-core machine.
const SLOW = 60_000;

describe('content/generated/ (what the extension bundles)', () => {
  let generated: Generated;
  beforeAll(async () => {
    generated = await buildGenerated();
  }, SLOW);

  it('is up to date with the YAML: run npx tsx scripts/compile-content.ts after editing content/', () => {
    for (const [name, text] of Object.entries(generated.files)) {
      expect(readFileSync(join(GENERATED_DIR, name), 'utf8'), name).toBe(text);
    }
  });

  it('falls back to French nowhere (every item exists in every version)', () => {
    expect(generated.missing).toEqual([]);
  });

  it('the in-page subset stays small enough for the content script (≤ 12 kB gzipped, 3 versions)', () => {
    const size = gzipSync(readFileSync(join(GENERATED_DIR, 'inpage.json'))).length;
    expect(size).toBeLessThanOrEqual(12_000);
  });
});
