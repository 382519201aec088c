/**
 * Tests generated from the lexicons' own examples (content/lexicons/<lang>/*.yml):
 * - every positive triggers its entry (red flag / topic found, or the signal / cue matched);
 * - every negative triggers nothing of its kind (no red flag, not health, or the cue does not match);
 * - no other red-flag category (or topic) fires on an entry's positives unless listed in its `overlaps`;
 * - examples of an entry that needs an answer's claim (`with: [claim]`) are read as assistant messages.
 * To fix a failure, edit the YAML entry (terms or examples), then run `npx tsx scripts/compile-lexicons.ts`.
 */
import { describe, expect, it } from 'vitest';
import { analyzeDetailed } from '../../../engine/analyze.ts';
import type { Language } from '../../../engine/types.ts';
import { loadLexiconFiles } from '../../../scripts/compile-lexicons.ts';

const files = loadLexiconFiles();

for (const file of files) {
  const { lang, kind } = file.data;
  describe(`${lang}/${file.name}.yml`, () => {
    for (const entry of file.data.entries) {
      const id = `${lang}/${file.name}/${entry.id}`;
      const allowed = new Set([...entry.tags, ...(entry.overlaps ?? [])]);
      // Remedy words that count in an answer making a claim (`with: [claim]`) are examples of chatbot answers.
      const role = entry.with?.includes('claim') ? 'assistant' : 'user';
      const run = (text: string) => analyzeDetailed({ text, lang: lang as Language, role });

      describe(entry.id, () => {
        for (const text of entry.positives) {
          it(`positive: ${text}`, () => {
            const { analysis, matchedEntries } = run(text);
            const flags = analysis.redFlags.map((f) => f.category);
            const topics = analysis.topics.map((t) => t.topic);
            if (kind === 'red_flag') {
              for (const tag of entry.tags) expect(flags, 'the entry should fire').toContain(tag);
              expect(
                flags.filter((f) => !allowed.has(f)),
                'other categories need an `overlaps` line',
              ).toEqual([]);
            } else if (kind === 'topic') {
              expect(topics, 'the topic should be found').toContain(entry.tags[0]);
              expect(
                topics.filter((t) => !allowed.has(t)),
                'other topics need an `overlaps` line',
              ).toEqual([]);
              expect(
                flags.filter((f) => !allowed.has(f)),
                'no red flag on a topic example',
              ).toEqual([]);
            } else {
              expect([...matchedEntries], 'the entry should match').toContain(id);
            }
          });
        }
        for (const text of entry.negatives) {
          it(`negative: ${text}`, () => {
            const { analysis, matchedEntries } = run(text);
            if (kind === 'red_flag') expect(analysis.redFlags.map((f) => f.category)).toEqual([]);
            else if (kind === 'topic') expect(analysis.topics.map((t) => t.topic)).toEqual([]);
            else expect([...matchedEntries]).not.toContain(id);
          });
        }
      });
    }
  });
}
