/**
 * Keeps the lexicon files valid, canonical and compiled:
 * - each file matches content/schemas/lexicon.schema.json and uses known ids;
 * - each file is in canonical form (sorted entries and terms, formatted) — fix with
 *   `npx tsx scripts/compile-lexicons.ts --fix`;
 * - engine/generated/lexicons.json is what the compiler produces from the YAML today — regenerate with
 *   `npx tsx scripts/compile-lexicons.ts`.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  OUTPUT_PATH,
  SCHEMA_PATH,
  canonicalText,
  commentCuts,
  compile,
  compiledText,
  loadLexiconFiles,
  signalIdsOf,
  validateFile,
  validateSchema,
} from '../../../scripts/compile-lexicons.ts';
import { CUE_FLAG_BITS } from '../../../engine/lexicon/compiled-types.ts';
import { RED_FLAG_CATEGORIES, TOPIC_IDS } from '../../../engine/types.ts';

const files = loadLexiconFiles();
const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as Record<string, unknown>;

describe('lexicon files', () => {
  for (const file of files) {
    const name = `${file.data.lang}/${file.name}.yml`;
    it(`${name} is valid`, () => {
      expect(validateFile(file, schema, signalIdsOf(files))).toEqual([]);
    });
    it(`${name} is in canonical form`, async () => {
      expect(file.text).toBe(await canonicalText(file.data));
    });
  }

  it('the schema validator rejects unknown fields and missing examples', () => {
    const bad = { ...files[0]?.data, entries: [{ id: 'x', tags: ['symptoms'], terms: [], extra: 1 }] };
    const errors = validateSchema(bad, schema);
    expect(errors.some((e) => e.includes('unknown field "extra"'))).toBe(true);
    expect(errors.some((e) => e.includes('missing "positives"'))).toBe(true);
  });

  it('the validator rejects an unquoted term cut by a YAML comment', () => {
    expect(commentCuts("terms:\n  - (me leve|se leve) # fois par nuit\n  - '# ans'\n  - '{38-42}d degres'\n")).toEqual([
      2,
    ]);
    expect(commentCuts('terms:\n  - douleur* ... poitrine\n')).toEqual([]);
  });

  it('the validator keeps the context flags on context cues of the types they change', () => {
    const context = files.find((f) => f.data.kind === 'cue');
    const topics = files.find((f) => f.data.kind === 'topic');
    if (!context || !topics) throw new Error('no context or topics file');
    /** Errors for `file` holding one entry with these tags and flags. */
    const errors = (file: typeof context, tags: string[], flags: string[]): string => {
      const entry = { id: 'x', tags, flags, terms: ['a'], positives: ['a'], negatives: [] };
      return validateFile({ ...file, data: { ...file.data, entries: [entry] } }, schema, signalIdsOf(files)).join();
    };
    expect(errors(context, ['past'], ['clause_scope'])).toBe('');
    expect(errors(context, ['general'], ['message_scope'])).toBe('');
    expect(errors(context, ['current'], ['time_of_day'])).toBe('');
    expect(errors(context, ['past'], ['message_scope'])).toContain('flag "message_scope"');
    expect(errors(context, ['negation'], ['clause_scope'])).toContain('flag "clause_scope"');
    expect(errors(topics, ['symptoms'], ['time_of_day'])).toContain('flag "time_of_day"');
    expect(errors(topics, ['medication'], ['drug_name'])).toBe('');
  });

  it("the schema's flags are drug_name and the engine's context flags", () => {
    const entries = (
      schema as { properties: { entries: { items: { properties: { flags: { items: { enum: string[] } } } } } } }
    ).properties.entries.items.properties.flags.items.enum;
    expect([...entries].sort()).toEqual(['drug_name', ...Object.keys(CUE_FLAG_BITS)].sort());
  });

  it('both languages cover every topic and red-flag category', () => {
    for (const lang of ['fr', 'en']) {
      const tags = new Set(
        files
          .filter((f) => f.data.lang === lang && (f.data.kind === 'topic' || f.data.kind === 'red_flag'))
          .flatMap((f) => f.data.entries.flatMap((e) => e.tags)),
      );
      for (const id of [...TOPIC_IDS, ...RED_FLAG_CATEGORIES]) expect(tags, `${lang} lacks ${id}`).toContain(id);
    }
  });

  // Compiling and formatting every lexicon takes a few seconds, more on a loaded shared machine: a generous timeout
  // (not a speed check).
  it('engine/generated/lexicons.json is up to date with the YAML files', { timeout: 60_000 }, async () => {
    expect(readFileSync(OUTPUT_PATH, 'utf8')).toBe(await compiledText(compile(files)));
  });
});
