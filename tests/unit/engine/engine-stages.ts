/**
 * The engine's first stages on one text, in `analyze`'s order (tokens, spelling fix, segments, sorted hits, context
 * index), for the tests of a rule that reads them directly (slot pairs, near pairs, topic pairs): checking the rule
 * itself means no single-phrase entry can make those tests pass.
 */
import { contextIndex, segment, sortHits } from '../../../engine/context.ts';
import { defaultLexicon } from '../../../engine/lexicon/runtime.ts';
import { defaultSpelling } from '../../../engine/text/spelling-default.ts';
import { tokenize } from '../../../engine/text/tokenize.ts';

export function engineStages(text: string) {
  const lexicon = defaultLexicon();
  const tokens = tokenize(text);
  defaultSpelling().correctTokens(tokens, text);
  const seg = segment(tokens, undefined);
  const sorted = sortHits(lexicon, tokens, seg, lexicon.trie.find(tokens));
  const index = contextIndex(seg, sorted.cues, sorted.content, lexicon, text);
  return { lexicon, tokens, seg, hits: sorted.content, index };
}
