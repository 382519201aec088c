/**
 * Turns the per-turn analyses into the tab's summary for the background: ids, counts and short
 * evidence excerpts only, never whole turns.
 */
import type { PiiKind, RedFlagCategory, Span, TopicId } from '../../engine/types';
import { EVIDENCE_MAX_LENGTH, type ReaderStatus, type RedFlagSummary, type TabState } from '../protocol';
import type { SiteId } from '../../sites/hosts';
import type { AnalyzedTurn } from './turn-analyzer';

export interface FindingsContext {
  readonly site: SiteId;
  readonly readerStatus: ReaderStatus;
  readonly conversationId: string | null;
  readonly piiCounts: Partial<Record<PiiKind, number>>;
}

/** A red flag with the turn it came from (the in-page banner needs the category and source). */
export interface ConversationFindings {
  readonly state: TabState;
  /** Categories in the order they first appeared. */
  readonly categories: readonly RedFlagCategory[];
}

export function summarize(turns: readonly AnalyzedTurn[], context: FindingsContext): ConversationFindings {
  const topics = new Set<TopicId>();
  const redFlags = new Map<RedFlagCategory, RedFlagSummary>();
  let health = false;
  let lastAnswer: AnalyzedTurn | undefined;
  for (const turn of turns) {
    const { analysis } = turn;
    if (analysis.health) health = true;
    for (const topic of analysis.topics) topics.add(topic.topic);
    for (const flag of analysis.redFlags) {
      if (redFlags.has(flag.category)) continue;
      redFlags.set(flag.category, {
        category: flag.category,
        evidence: excerpt(turn.text, flag),
        source: turn.role,
      });
    }
    if (turn.role === 'assistant' && turn.complete) lastAnswer = turn;
  }
  const checks = lastAnswer ? [...new Set(lastAnswer.analysis.checks.map((check) => check.id))] : [];
  const state: TabState = {
    site: context.site,
    readerStatus: context.readerStatus,
    conversationId: context.conversationId,
    health: health || redFlags.size > 0,
    topics: [...topics],
    redFlags: [...redFlags.values()],
    checks,
    missedEmergency: checks.includes('missed_emergency'),
    piiCounts: context.piiCounts,
  };
  return { state, categories: [...redFlags.keys()] };
}

/**
 * The evidence span with a little context, whitespace collapsed, at most `max` characters
 * (ellipses included), so the side panel can show the user what raised the alert.
 */
export function excerpt(text: string, span: Span, max = EVIDENCE_MAX_LENGTH): string {
  const start = Math.max(0, Math.min(span.start, text.length));
  const end = Math.max(start, Math.min(span.end, text.length));
  const core = collapse(text.slice(start, end));
  if (core.length >= max - 1) return core.slice(0, max - 1).trimEnd() + '…';
  const room = max - core.length - 2;
  const from = Math.max(0, start - Math.floor(room / 2));
  const to = Math.min(text.length, end + room - (start - from));
  const head = from > 0 ? '…' : '';
  const tail = to < text.length ? '…' : '';
  const result = `${head}${collapse(text.slice(from, to)).trim()}${tail}`;
  return result.length <= max ? result : result.slice(0, max - 1) + '…';
}

function collapse(value: string): string {
  return value.replace(/\s+/g, ' ');
}

/** Counts per kind, for the tab state (the values themselves never leave the page). */
export function countPii(findings: readonly { readonly kind: PiiKind }[]): Partial<Record<PiiKind, number>> {
  const counts: Partial<Record<PiiKind, number>> = {};
  for (const finding of findings) counts[finding.kind] = (counts[finding.kind] ?? 0) + 1;
  return counts;
}
