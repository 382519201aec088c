/** Test helper: the personal data `findPii` finds in a text, shown as the flagged substrings. */
import { findPii } from '../../../../engine/pii/index.ts';

/** The findings of `text` as "kind:substring". */
export function found(text: string): string[] {
  return findPii(text).map((f) => `${f.kind}:${text.slice(f.start, f.end)}`);
}
