/**
 * Scores findPii against the labelled corpus files (tests/corpus/pii-*.jsonl): a labelled value is found when a
 * predicted span of the same kind overlaps it; a prediction is right when it overlaps a labelled value of its kind.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findPii } from '../../../../engine/pii/index.ts';
import { PII_KINDS, type PiiKind } from '../../../../engine/types.ts';

export interface CorpusItem {
  readonly id: string;
  readonly lang: 'fr' | 'en';
  readonly slice: string;
  readonly text: string;
  readonly pii: readonly { readonly kind: PiiKind; readonly value: string }[];
}

export interface KindScore {
  labelled: number;
  found: number;
  predicted: number;
  correct: number;
}

export interface Miss {
  readonly id: string;
  readonly kind: PiiKind;
  readonly value: string;
  readonly type: 'missed' | 'wrong';
}

export function loadCorpus(name: string): CorpusItem[] {
  const path = fileURLToPath(new URL(`../../../corpus/${name}`, import.meta.url));
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as CorpusItem);
}

export function score(items: readonly CorpusItem[]): { scores: Record<PiiKind, KindScore>; misses: Miss[] } {
  const scores = Object.fromEntries(
    PII_KINDS.map((kind) => [kind, { labelled: 0, found: 0, predicted: 0, correct: 0 }]),
  ) as Record<PiiKind, KindScore>;
  const misses: Miss[] = [];
  for (const item of items) {
    const predicted = findPii(item.text);
    let from = 0;
    const labels = item.pii.map((label) => {
      const start = item.text.indexOf(label.value, label.value === item.pii[0]?.value ? 0 : from);
      from = start + label.value.length;
      return { kind: label.kind, start, end: start + label.value.length, value: label.value };
    });
    const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
      a.start < b.end && b.start < a.end;
    for (const label of labels) {
      const s = scores[label.kind];
      s.labelled++;
      if (predicted.some((p) => p.kind === label.kind && overlaps(p, label))) s.found++;
      else misses.push({ id: item.id, kind: label.kind, value: label.value, type: 'missed' });
    }
    for (const p of predicted) {
      const s = scores[p.kind];
      s.predicted++;
      if (labels.some((label) => label.kind === p.kind && overlaps(p, label))) s.correct++;
      else misses.push({ id: item.id, kind: p.kind, value: item.text.slice(p.start, p.end), type: 'wrong' });
    }
  }
  return { scores, misses };
}

export const recall = (s: KindScore): number => (s.labelled ? s.found / s.labelled : 1);
export const precision = (s: KindScore): number => (s.predicted ? s.correct / s.predicted : 1);
