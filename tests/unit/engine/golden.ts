/**
 * Golden digest of the engine's outputs over every corpus text (tests/corpus/**\/*.jsonl), so that a
 * performance change can be checked to leave every result identical.
 *
 *   npx tsx tests/unit/engine/golden.ts          print the digests of the current code and lexicons
 *   npx tsx tests/unit/engine/golden.ts --write  rewrite tests/unit/engine/golden-digest.json
 *
 * The `engine` digest covers lang, health, topics, red flags (with spans), checks (with spans),
 * `missedEmergency` and `detectLanguage`; personal data (`findPii`, owned and tested in tests/unit/engine/pii)
 * has its own `pii` digest, printed for local checks but not asserted, so that PII work does not break this test.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze, detectLanguage, missedEmergency, type Analysis } from '../../../engine/index.ts';
import type { CorpusItem } from '../../corpus/scorer.ts';

const CORPUS = fileURLToPath(new URL('../../corpus/', import.meta.url));
export const GOLDEN_PATH = fileURLToPath(new URL('./golden-digest.json', import.meta.url));

/** Every corpus file (hold-out included) with its items, in a stable order, keyed by path under tests/corpus. */
function corpusFiles(dir = CORPUS, prefix = ''): [string, CorpusItem[]][] {
  const files: [string, CorpusItem[]][] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...corpusFiles(path, `${prefix}${entry.name}/`));
    else if (entry.name.endsWith('.jsonl')) {
      const items: CorpusItem[] = [];
      for (const line of readFileSync(path, 'utf8').split('\n'))
        if (line.trim() !== '') items.push(JSON.parse(line) as CorpusItem);
      files.push([`${prefix}${entry.name}`, items]);
    }
  }
  return files;
}

/** Deterministic pseudo-random numbers. */
function rng(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x = (x * 1664525 + 1013904223) >>> 0;
    return x / 2 ** 32;
  };
}

/** Long texts: corpus texts joined (multi-paragraph, mixed languages), plus repetitive inputs past the hit caps. */
function longTexts(texts: readonly string[]): string[] {
  const random = rng(42);
  const out: string[] = [];
  for (let m = 0; m < 120; m++) {
    const parts = 2 + Math.floor(random() * 14);
    let message = '';
    for (let i = 0; i < parts; i++)
      message +=
        (i ? (random() < 0.3 ? '\n\n' : random() < 0.5 ? '\n' : ' ') : '') + texts[Math.floor(random() * texts.length)];
    out.push(message);
  }
  const units = [
    'douleur dans la poitrine ',
    "pas de douleur dans la poitrine, j'ai mal a la poitrine ",
    'douleur tres tres tres tres tres ',
    '38,5 ',
    "l'",
    "can't ",
    'saignsaignsaign ',
    'Mon bébé de 2 mois a 38,5 de fièvre. ',
  ];
  for (const unit of units) out.push(unit.repeat(Math.ceil(20_000 / unit.length)));
  return out;
}

function engineView(a: Analysis): unknown {
  return { lang: a.lang, health: a.health, topics: a.topics, redFlags: a.redFlags, checks: a.checks };
}

export interface Digests {
  /** Engine digest per corpus file (and `long-texts` for the joined and repetitive texts). */
  readonly engine: Record<string, string>;
  readonly pii: string;
  readonly analyses: number;
}

/** Digests of the engine outputs (per corpus file) and of the PII outputs, and how many analyses they cover. */
export function goldenDigests(): Digests {
  const engine: Record<string, string> = {};
  const pii = createHash('sha256');
  let analyses = 0;
  let hash = createHash('sha256');
  const record = (tag: string, a: Analysis): void => {
    hash.update(`${tag}\t${JSON.stringify(engineView(a))}\n`);
    pii.update(`${tag}\t${JSON.stringify(a.pii)}\n`);
    analyses++;
  };
  const files = corpusFiles();
  for (const [file, items] of files) {
    hash = createHash('sha256');
    for (const item of items) {
      const user = analyze({ text: item.text });
      record(`${item.id}/user`, user);
      record(`${item.id}/user-forced`, analyze({ text: item.text, lang: item.lang }));
      const previous = item.previous ? analyze({ text: item.previous }) : user;
      record(`${item.id}/previous`, previous);
      record(`${item.id}/assistant`, analyze({ text: item.text, role: 'assistant', previousUser: previous }));
      record(`${item.id}/assistant-alone`, analyze({ text: item.text, role: 'assistant' }));
      hash.update(`${item.id}\t${detectLanguage(item.text)}\t${missedEmergency(previous, item.text)}\n`);
    }
    engine[file] = hash.digest('hex');
  }
  // Long texts come from the committed top-level files only, so that new hold-out items do not change them.
  hash = createHash('sha256');
  const texts = files.filter(([file]) => !file.includes('/')).flatMap(([, items]) => items.map((item) => item.text));
  longTexts(texts).forEach((text, i) => {
    const user = analyze({ text });
    record(`long-${i}/user`, user);
    record(`long-${i}/assistant`, analyze({ text, role: 'assistant', previousUser: user }));
  });
  engine['long-texts'] = hash.digest('hex');
  return { engine, pii: pii.digest('hex'), analyses };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const digests = goldenDigests();
  console.log(JSON.stringify(digests, null, 2));
  if (process.argv.includes('--write')) {
    writeFileSync(GOLDEN_PATH, JSON.stringify({ engine: digests.engine }, null, 2) + '\n');
    console.log(`Saved ${GOLDEN_PATH}`);
  }
}
