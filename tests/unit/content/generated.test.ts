import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  CONTENT_VERSIONS,
  GENERATED_DIR,
  buildGenerated,
  panelFileName,
  staleGeneratedFiles,
  type Generated,
} from '../../../scripts/compile-content';

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

  it('holds no file the compiler no longer writes (e.g. the former all-versions panel.json)', () => {
    expect(staleGeneratedFiles(Object.keys(generated.files))).toEqual([]);
  });

  it('writes the side-panel text once per version, each with only that version', () => {
    expect(Object.keys(generated.files).sort()).toEqual(['inpage.json', ...CONTENT_VERSIONS.map(panelFileName)].sort());
    for (const version of CONTENT_VERSIONS) {
      const panel = JSON.parse(generated.files[panelFileName(version)]!) as Record<string, unknown>;
      // Top-level keys are sections (sheet, checklists…), not versions.
      expect(Object.keys(panel), version).toEqual(['sheet', 'checklists', 'numbers', 'cards', 'checks', 'questions']);
    }
    const action = (version: string) =>
      (JSON.parse(generated.files[panelFileName(version as never)]!) as { checklists: { cardiac: { action: string } } })
        .checklists.cardiac.action;
    expect(action('fr')).toBe('Appelez le 15 maintenant (ou le 112).');
    expect(action('en')).not.toBe(action('fr'));
  });

  it('falls back to French nowhere (every item exists in every version)', () => {
    expect(generated.missing).toEqual([]);
  });

  it('the in-page subset stays small enough for the content script (≤ 12 kB gzipped, 3 versions)', () => {
    const size = gzipSync(readFileSync(join(GENERATED_DIR, 'inpage.json'))).length;
    expect(size).toBeLessThanOrEqual(12_000);
  });
});
