/**
 * engine/generated/spelling.json is what scripts/compile-spelling.ts builds today from the compiled lexicons and the
 * word lists (regenerate with `npm run compile:spelling` after `compile:lexicons`), and the word lists it is built
 * from keep a permissive licence.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  compileFromDisk,
  SPELLING_PATH,
  spellingText,
  vocabularyOf,
  WORD_LIST_PACKAGES,
} from '../../../scripts/compile-spelling.ts';

const PERMISSIVE = new Set(['MIT', 'ISC', 'CC0-1.0', 'Unlicense', '0BSD', 'BSD-2-Clause', 'BSD-3-Clause']);

describe('spelling data', () => {
  // Folding and checking ~600 000 list words takes seconds, more on a loaded shared machine: a generous timeout
  // (not a speed check).
  it('engine/generated/spelling.json is up to date', { timeout: 120_000 }, async () => {
    expect(readFileSync(SPELLING_PATH, 'utf8')).toBe(await spellingText(compileFromDisk()));
  });

  it('the word lists are permissively licensed devDependencies, named in the generated header', () => {
    const require = createRequire(import.meta.url);
    const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
      devDependencies: Record<string, string>;
      dependencies: Record<string, string>;
    };
    const header = (JSON.parse(readFileSync(SPELLING_PATH, 'utf8')) as { source: string }).source;
    for (const name of WORD_LIST_PACKAGES) {
      expect(pkg.devDependencies[name], `${name} is a devDependency`).toBeDefined();
      expect(pkg.dependencies[name], `${name} must not ship`).toBeUndefined();
      const meta = require(`${name}/package.json`) as { license: string; version: string };
      expect(PERMISSIVE.has(meta.license), `${name} licence ${meta.license}`).toBe(true);
      expect(header).toContain(`${name}@${meta.version}`);
      expect(header).toContain(meta.license);
    }
  });

  it('takes words, stems and suffixes from the compiled terms', () => {
    const vocabulary = vocabularyOf({
      version: 1,
      entries: [
        {
          id: 'fr/x/y',
          lang: 'fr',
          kind: 'red_flag',
          tags: ['bleeding'],
          terms: ['saigne|perd_du_sang ... beaucoup|{2-5} paralys* *ectomie #'],
        },
      ],
    });
    expect(vocabulary).toEqual({
      words: ['beaucoup', 'du', 'perd', 'saigne', 'sang'],
      stems: ['paralys'],
      suffixes: ['ectomie'],
    });
  });
});
