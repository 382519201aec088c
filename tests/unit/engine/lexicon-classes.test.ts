/**
 * Word classes (content/lexicons/<lang>/word-classes.yml, `@id` in terms): the files follow their schema and are in
 * canonical form, their words compile, and a class name is written out as the alternatives of its words — the engine
 * only ever sees ordinary terms.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  canonicalClassesText,
  CLASSES_SCHEMA_PATH,
  LANGUAGES,
  LEXICON_DIR,
  loadLexiconFiles,
  validateSchema,
  wordClasses,
} from '../../../scripts/compile-lexicons.ts';
import {
  classTable,
  expandClasses,
  loadWordClasses,
  validateWordClasses,
  type LoadedClasses,
} from '../../../scripts/lexicon-classes.ts';

const files = loadWordClasses(LEXICON_DIR, LANGUAGES);
const schema = JSON.parse(readFileSync(CLASSES_SCHEMA_PATH, 'utf8')) as Record<string, unknown>;

describe('word-class files', () => {
  it('exist for both languages', () => {
    expect(files.map((f) => f.data.lang).sort()).toEqual(['en', 'fr']);
  });

  for (const file of files) {
    const name = `${file.data.lang}/word-classes.yml`;
    it(`${name} follows its schema and its words compile`, () => {
      expect(validateSchema(file.data, schema)).toEqual([]);
      expect(validateWordClasses(file)).toEqual([]);
    });

    it(`${name} is in canonical form (npx tsx scripts/compile-lexicons.ts --fix)`, async () => {
      expect(await canonicalClassesText(file.data)).toBe(file.text);
    });
  }

  it('every @class named in a lexicon term exists in that language', () => {
    for (const file of loadLexiconFiles())
      for (const entry of file.data.entries)
        for (const term of entry.terms) expect(() => expandClasses(term, file.data.lang, wordClasses())).not.toThrow();
  });
});

describe('expandClasses', () => {
  const file: LoadedClasses = {
    path: '/x/fr/word-classes.yml',
    text: '',
    data: {
      kind: 'word_class',
      lang: 'fr',
      description: 'd',
      reviewed: '2026-11-30',
      sources: [],
      classes: [{ id: 'parent', description: 'd', words: ['mere', 'belle mere', 'papy*'] }],
    },
  };
  const table = classTable([file]);

  it('writes a class as the alternatives of its words, wherever it stands', () => {
    expect(expandClasses('(ma|mon) @parent est tombe', 'fr', table)).toBe('(ma|mon) (mere|belle mere|papy*) est tombe');
    expect(expandClasses('(ma|mon) (@parent|oncle)', 'fr', table)).toBe('(ma|mon) ((mere|belle mere|papy*)|oncle)');
    expect(expandClasses('sans classe', 'fr', table)).toBe('sans classe');
  });

  it('rejects an unknown class or a class of the other language', () => {
    expect(() => expandClasses('ma @tante', 'fr', table)).toThrow(/unknown word class "@tante"/);
    expect(() => expandClasses('my @parent', 'en', table)).toThrow(/unknown word class/);
  });

  it('rejects words that are not plain', () => {
    const bad = {
      ...file,
      data: { ...file.data, classes: [{ id: 'x', description: 'd', words: ['(a|b)', 'a ... b'] }] },
    };
    expect(validateWordClasses(bad)).toHaveLength(2);
  });
});
