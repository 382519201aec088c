/**
 * The corpus scorer shared by `npm run eval` (scripts/eval.ts) and the floors test (corpus-floors.test.ts).
 *
 * Corpus items (tests/corpus/*.jsonl, one JSON object per line):
 *   { id, lang, role, slice, text, health?, topics?, redFlags?, pii?: [{kind, value}], checks?, previous? }
 * A missing label means "not scored on that dimension". `previous` (assistant items) is the user message the
 * answer replies to; it is analysed first and passed as `previousUser`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../../engine/index.ts';
import type { Analysis, Language, Role } from '../../engine/types.ts';

export const CORPUS_DIR = fileURLToPath(new URL('.', import.meta.url));

export interface CorpusItem {
  readonly id: string;
  readonly lang: Language;
  readonly role?: Role;
  readonly slice: string;
  readonly text: string;
  readonly health?: boolean;
  readonly topics?: readonly string[];
  readonly redFlags?: readonly string[];
  readonly pii?: readonly { kind: string; value: string }[];
  readonly checks?: readonly string[];
  readonly previous?: string;
}

/** Every corpus item, file by file in name order. Throws on a malformed line (the corpus is ours). */
export function loadCorpus(dir = CORPUS_DIR): CorpusItem[] {
  const items: CorpusItem[] = [];
  for (const file of readdirSync(dir).sort()) {
    if (!file.endsWith('.jsonl')) continue;
    readFileSync(join(dir, file), 'utf8')
      .split('\n')
      .forEach((line, index) => {
        if (line.trim() === '') return;
        try {
          items.push(JSON.parse(line) as CorpusItem);
        } catch {
          throw new Error(`${file}:${index + 1} is not valid JSON`);
        }
      });
  }
  return items;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Prf {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly support: number;
}

function prf(c: Counts): Prf {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, support: c.tp + c.fn };
}

const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
function bump(map: Map<string, Counts>, key: string): Counts {
  let c = map.get(key);
  if (!c) map.set(key, (c = zero()));
  return c;
}

export interface SliceStats {
  readonly items: number;
  /** Share of items whose `health` prediction matches the label. */
  readonly healthAccuracy: number;
  /** Share of items with any red flag predicted. */
  readonly redFlagRate: number;
}

export interface Report {
  readonly items: number;
  readonly frenchShare: number;
  readonly languageAccuracy: number;
  readonly health: Record<string, Prf>;
  readonly hardNegativeFalsePositiveRate: number;
  readonly redFlags: Record<string, Prf>;
  readonly falseAlarmRate: number;
  readonly falseAlarmItems: number;
  readonly topics: Record<string, Prf>;
  readonly pii: Record<string, Prf>;
  readonly checks: Record<string, Prf>;
  readonly slices: Record<string, SliceStats>;
  readonly errors: readonly string[];
}

/** Slices whose red flags would be false alarms (negated, past, general, figurative). */
export const FALSE_ALARM_SLICES = new Set(['negated', 'past', 'general', 'figurative']);

/** Analyses one corpus item the way the product would (assistant answers get the previous user message). */
export function analyzeItem(item: CorpusItem): Analysis {
  const role = item.role ?? 'user';
  if (role === 'assistant' && item.previous) {
    const previousUser = analyze({ text: item.previous, role: 'user' });
    return analyze({ text: item.text, role, previousUser });
  }
  return analyze({ text: item.text, role });
}

/**
 * Scores the engine on `items`; `errors` lists per-item misses (id, what was expected, what came out) for
 * debugging — never used to tune on specific items.
 *
 * @example score(loadCorpus()).health.fr?.f1
 */
export function score(items: readonly CorpusItem[]): Report {
  const health = new Map<string, Counts>();
  const flags = new Map<string, Counts>();
  const topics = new Map<string, Counts>();
  const pii = new Map<string, Counts>();
  const checks = new Map<string, Counts>();
  const slices = new Map<string, { items: number; healthOk: number; withFlag: number }>();
  const errors: string[] = [];
  let hardNegatives = 0;
  let hardNegativeFp = 0;
  let falseAlarmItems = 0;
  let falseAlarms = 0;
  let langOk = 0;
  let french = 0;

  for (const item of items) {
    const a = analyzeItem(item);
    if (item.lang === 'fr') french++;
    if (a.lang === item.lang) langOk++;
    const slice = slices.get(item.slice) ?? { items: 0, healthOk: 0, withFlag: 0 };
    slices.set(item.slice, slice);
    slice.items++;
    if (a.redFlags.length > 0) slice.withFlag++;

    if (item.health !== undefined) {
      const c = bump(health, item.lang);
      if (a.health === item.health) slice.healthOk++;
      if (a.health && item.health) c.tp++;
      else if (a.health && !item.health) c.fp++;
      else if (!a.health && item.health) c.fn++;
      if (a.health !== item.health) errors.push(`${item.id} health: expected ${item.health}`);
      if (item.slice === 'hard_negative') {
        hardNegatives++;
        if (a.health) hardNegativeFp++;
      }
    }
    if (item.redFlags) {
      const predicted = new Set(a.redFlags.map((f) => f.category));
      const expected = new Set(item.redFlags);
      for (const id of new Set([...predicted, ...expected])) {
        const c = bump(flags, id);
        if (predicted.has(id as never) && expected.has(id)) c.tp++;
        else if (predicted.has(id as never)) c.fp++;
        else c.fn++;
      }
      if (FALSE_ALARM_SLICES.has(item.slice)) {
        falseAlarmItems++;
        if (predicted.size > 0) falseAlarms++;
      }
      const missing = [...expected].filter((id) => !predicted.has(id as never));
      const extra = [...predicted].filter((id) => !expected.has(id));
      if (missing.length + extra.length > 0) errors.push(`${item.id} redFlags: missing [${missing}] extra [${extra}]`);
    }
    if (item.topics) {
      const predicted = new Set<string>(a.topics.map((t) => t.topic));
      const expected = new Set(item.topics);
      for (const id of new Set([...predicted, ...expected])) {
        const c = bump(topics, id);
        if (predicted.has(id) && expected.has(id)) c.tp++;
        else if (predicted.has(id)) c.fp++;
        else c.fn++;
      }
    }
    if (item.pii) scorePii(item, a, pii, errors);
    if (item.checks) {
      const predicted = new Set<string>(a.checks.map((c) => c.id));
      const expected = new Set(item.checks);
      for (const id of new Set([...predicted, ...expected])) {
        const c = bump(checks, id);
        if (predicted.has(id) && expected.has(id)) c.tp++;
        else if (predicted.has(id)) c.fp++;
        else c.fn++;
      }
      const missing = [...expected].filter((id) => !predicted.has(id));
      const extra = [...predicted].filter((id) => !expected.has(id));
      if (missing.length + extra.length > 0) errors.push(`${item.id} checks: missing [${missing}] extra [${extra}]`);
    }
  }

  const toPrf = (m: Map<string, Counts>): Record<string, Prf> =>
    Object.fromEntries([...m.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, c]) => [k, prf(c)]));
  const all = zero();
  for (const c of health.values()) {
    all.tp += c.tp;
    all.fp += c.fp;
    all.fn += c.fn;
  }
  return {
    items: items.length,
    frenchShare: items.length === 0 ? 0 : french / items.length,
    languageAccuracy: items.length === 0 ? 1 : langOk / items.length,
    health: { ...toPrf(health), all: prf(all) },
    hardNegativeFalsePositiveRate: hardNegatives === 0 ? 0 : hardNegativeFp / hardNegatives,
    redFlags: toPrf(flags),
    falseAlarmRate: falseAlarmItems === 0 ? 0 : falseAlarms / falseAlarmItems,
    falseAlarmItems,
    topics: toPrf(topics),
    pii: toPrf(pii),
    checks: toPrf(checks),
    slices: Object.fromEntries(
      [...slices.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, s]) => [
          k,
          { items: s.items, healthAccuracy: s.healthOk / s.items, redFlagRate: s.withFlag / s.items },
        ]),
    ),
    errors,
  };
}

/** Expected PII spans are located by their exact value; a prediction counts when its span overlaps one. */
function scorePii(item: CorpusItem, a: Analysis, pii: Map<string, Counts>, errors: string[]): void {
  const expected: { kind: string; start: number; end: number; matched: boolean }[] = [];
  let from = 0;
  for (const e of item.pii ?? []) {
    let start = item.text.indexOf(e.value, from);
    if (start < 0) start = item.text.indexOf(e.value);
    if (start < 0) {
      errors.push(`${item.id} pii: value "${e.value}" not found in text`);
      continue;
    }
    expected.push({ kind: e.kind, start, end: start + e.value.length, matched: false });
    from = start + e.value.length;
  }
  for (const p of a.pii) {
    const hit = expected.find((e) => e.kind === p.kind && p.start < e.end && e.start < p.end);
    const c = bump(pii, p.kind);
    if (hit) {
      if (!hit.matched) c.tp++;
      hit.matched = true;
    } else {
      c.fp++;
      errors.push(`${item.id} pii: extra ${p.kind} "${item.text.slice(p.start, p.end)}"`);
    }
  }
  for (const e of expected) {
    if (e.matched) continue;
    bump(pii, e.kind).fn++;
    errors.push(`${item.id} pii: missed ${e.kind} "${item.text.slice(e.start, e.end)}"`);
  }
}

export interface Floor {
  readonly name: string;
  readonly value: number;
  readonly limit: number;
  readonly kind: 'min' | 'max';
}

/** The floors from the issue; `npm run eval` and the corpus test fail when one is not met. */
export function floors(report: Report): Floor[] {
  const out: Floor[] = [];
  for (const lang of ['fr', 'en']) {
    out.push({ name: `health F1 (${lang})`, value: report.health[lang]?.f1 ?? 0, limit: 0.95, kind: 'min' });
  }
  out.push({
    name: 'hard-negative false-positive rate',
    value: report.hardNegativeFalsePositiveRate,
    limit: 0.05,
    kind: 'max',
  });
  for (const [id, m] of Object.entries(report.redFlags)) {
    out.push({ name: `red flag recall: ${id}`, value: m.recall, limit: 0.97, kind: 'min' });
  }
  out.push({ name: 'red-flag false-alarm rate', value: report.falseAlarmRate, limit: 0.08, kind: 'max' });
  for (const kind of ['email', 'phone', 'nir', 'iban', 'card']) {
    out.push({ name: `pii recall: ${kind}`, value: report.pii[kind]?.recall ?? 0, limit: 0.98, kind: 'min' });
    out.push({ name: `pii precision: ${kind}`, value: report.pii[kind]?.precision ?? 0, limit: 0.97, kind: 'min' });
  }
  for (const kind of ['birthdate', 'address', 'person_name']) {
    out.push({ name: `pii recall: ${kind}`, value: report.pii[kind]?.recall ?? 0, limit: 0.85, kind: 'min' });
    out.push({ name: `pii precision: ${kind}`, value: report.pii[kind]?.precision ?? 0, limit: 0.9, kind: 'min' });
  }
  return out;
}

/** Whether a floor is met. */
export function passes(floor: Floor): boolean {
  return floor.kind === 'min' ? floor.value >= floor.limit : floor.value <= floor.limit;
}
