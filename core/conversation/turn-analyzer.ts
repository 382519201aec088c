/**
 * Per-turn analysis cache: only new or changed turns reach the engine.
 *
 * Turns are keyed by `Turn.key`, so a virtualised list that unmounts old turns keeps their findings
 * (the cache remembers every turn seen in this conversation, in conversation order). A streaming
 * answer is re-analysed at most every `streamingIntervalMs`, and once more when it completes.
 */
import type { Analysis, AnalyzeInput, Span } from '../../engine/types';
import type { Turn, TurnRole } from '../../sites/types';
import { mergeOrder } from './turn-order';

/** The engine's entry point; `previousUser` enables the missed-emergency answer check. */
export type AnalyzeFn = (input: AnalyzeInput & { readonly previousUser?: Analysis }) => Analysis;

export interface AnalyzedTurn {
  readonly key: string;
  readonly role: TurnRole;
  /** The text that was analysed (kept in page memory only, for evidence excerpts). */
  readonly text: string;
  readonly complete: boolean;
  readonly analysis: Analysis;
}

export interface UpdateResult {
  /** Some analysis changed (new turn, new text, completion). */
  readonly changed: boolean;
  /** A streaming turn has unanalysed text: run `update` again after this many ms. */
  readonly retryInMs: number | null;
  /** The time budget ran out before every turn was analysed: run `update` again soon. */
  readonly incomplete: boolean;
}

/** Characters of already-analysed text re-read with each streamed addition (a term cut at the old end). */
const TAIL_OVERLAP = 160;

export const EMPTY_ANALYSIS: Analysis = { lang: 'fr', health: false, topics: [], redFlags: [], pii: [], checks: [] };

interface Entry extends AnalyzedTurn {
  readonly analyzedAt: number;
  /** Red-flag categories of the preceding user turn when this answer was analysed. */
  readonly previousUserSignature: string;
}

export interface TurnAnalyzer {
  update(turns: readonly Turn[]): UpdateResult;
  /** Every turn seen in this conversation, in conversation order. */
  turns(): readonly AnalyzedTurn[];
  /** The turn last analysed under this key, if any. */
  turn(key: string): AnalyzedTurn | undefined;
  reset(): void;
}

export function createTurnAnalyzer(options: {
  analyze: AnalyzeFn;
  now: () => number;
  streamingIntervalMs?: number;
  /** Stop analysing new text after this many ms in one update (the rest waits for the next one). */
  budgetMs?: number;
}): TurnAnalyzer {
  const interval = options.streamingIntervalMs ?? 250;
  const budget = options.budgetMs ?? Infinity;
  const entries = new Map<string, Entry>();
  const order: string[] = [];

  const safeAnalyze = (input: Parameters<AnalyzeFn>[0]): Analysis => {
    try {
      return options.analyze(input);
    } catch {
      // A bug in one detector must not break the page: treat the turn as saying nothing.
      return EMPTY_ANALYSIS;
    }
  };

  /**
   * A streaming answer only grew: analyse the new text (with some overlap, so a term cut at the old
   * end is seen whole) and add its findings. Answer checks wait for the complete answer, which gets
   * one full analysis.
   */
  const analyzeTail = (previous: Analysis, analysedLength: number, turn: Turn): Analysis => {
    const from = Math.max(0, analysedLength - TAIL_OVERLAP);
    const tail = safeAnalyze({ text: turn.text.slice(from), role: turn.role, lang: previous.lang });
    const shift = <T extends Span>(finding: T): T => ({
      ...finding,
      start: finding.start + from,
      end: finding.end + from,
    });
    const topics = [...previous.topics];
    for (const topic of tail.topics) if (!topics.some((t) => t.topic === topic.topic)) topics.push(shift(topic));
    const redFlags = [...previous.redFlags];
    for (const flag of tail.redFlags)
      if (!redFlags.some((f) => f.category === flag.category)) redFlags.push(shift(flag));
    const pii = [...previous.pii.filter((p) => p.end <= from), ...tail.pii.map(shift)];
    return { lang: previous.lang, health: previous.health || tail.health, topics, redFlags, pii, checks: [] };
  };

  return {
    update(turns) {
      let changed = false;
      let retryInMs: number | null = null;
      let incomplete = false;
      let analysedHere = 0;
      const now = options.now();
      const fresh = turns.some((turn) => !entries.has(turn.key));
      if (fresh)
        mergeOrder(
          order,
          turns.map((turn) => turn.key),
          (key) => entries.has(key),
        );

      // The preceding user turn of each mounted turn, from the conversation order (it may be unmounted).
      let previousUser: Entry | undefined;
      if (turns.length > 0) {
        const firstIndex = order.indexOf(turns[0]!.key);
        for (let i = firstIndex - 1; i >= 0; i -= 1) {
          const candidate = entries.get(order[i]!);
          if (candidate?.role === 'user') {
            previousUser = candidate;
            break;
          }
        }
      }

      for (const turn of turns) {
        const cached = entries.get(turn.key);
        const signature =
          turn.role === 'assistant' && previousUser
            ? previousUser.analysis.redFlags.map((flag) => flag.category).join(',')
            : '';
        const same =
          cached !== undefined &&
          cached.text === turn.text &&
          cached.complete === turn.complete &&
          cached.role === turn.role &&
          cached.previousUserSignature === signature;
        if (!same) {
          const elapsed = cached ? now - cached.analyzedAt : Infinity;
          if (cached && !turn.complete && cached.role === turn.role && elapsed < interval) {
            // Streaming: keep the last analysis a little longer; the caller comes back later.
            const wait = interval - elapsed;
            retryInMs = retryInMs === null ? wait : Math.min(retryInMs, wait);
          } else {
            if (analysedHere > 0 && options.now() - now > budget) {
              incomplete = true;
              break;
            }
            analysedHere += 1;
            const growing =
              cached !== undefined &&
              !turn.complete &&
              cached.role === turn.role &&
              turn.text.length > cached.text.length &&
              turn.text.startsWith(cached.text);
            const analysis = growing
              ? analyzeTail(cached.analysis, cached.text.length, turn)
              : safeAnalyze({
                  text: turn.text,
                  role: turn.role,
                  ...(turn.role === 'assistant' && previousUser ? { previousUser: previousUser.analysis } : {}),
                });
            entries.set(turn.key, {
              key: turn.key,
              role: turn.role,
              text: turn.text,
              complete: turn.complete,
              analysis,
              analyzedAt: now,
              previousUserSignature: signature,
            });
            changed = true;
          }
        }
        const current = entries.get(turn.key);
        if (current?.role === 'user') previousUser = current;
      }
      return { changed, retryInMs, incomplete };
    },
    turns() {
      const list: AnalyzedTurn[] = [];
      for (const key of order) {
        const entry = entries.get(key);
        if (entry) list.push(entry);
      }
      return list;
    },
    turn(key) {
      return entries.get(key);
    },
    reset() {
      entries.clear();
      order.length = 0;
    },
  };
}
