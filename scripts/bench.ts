/**
 * `npm run bench`: throughput, 4 KB latency and linearity of `analyze()` in Chromium (the extension's runtime, see
 * bench/in-chromium.ts) and in Node (the command line's), the same measurements in both (bench/measure.ts); in Node, a
 * naive baseline measured in the same run (every lexicon term as its own RegExp over the text) and adversarial 1 MB
 * inputs. Prints a table and writes bench/engine.json. Single thread; timings are wall clock on this machine.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { analyze } from '../engine/index.ts';
import { defaultLexicon } from '../engine/lexicon/runtime.ts';
import { unpackSlots, type Slot } from '../engine/lexicon/pattern.ts';
import { frozenTexts, readFrozenInput } from './bench/frozen-input.ts';
import { measureInChromium } from './bench/in-chromium.ts';
import { flatCopy, MB, measureAll, type RuntimeResult } from './bench/measure.ts';

const OUTPUT = fileURLToPath(new URL('../bench/engine.json', import.meta.url));

/** Deterministic pseudo-random numbers (so every run measures the same input). */
function rng(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x = (x * 1664525 + 1013904223) >>> 0;
    return x / 2 ** 32;
  };
}

/**
 * ≥ `bytes` of mixed French/English messages: corpus texts (the frozen input, see bench/frozen-input.ts) joined into
 * short and long (multi-paragraph) messages.
 *
 * Each message is one flat string (see `flatCopy`), as the engine gets them in the extension: text read from the page
 * or from the composer, and messages passed between the extension's contexts. Built with `+=`, a message is a V8 rope,
 * whose characters are read through an indirection: 7 % of Node's time on the same messages (2026-11-29; the Chromium
 * run always had flat strings, since its batch is copied into the page).
 */
function messages(bytes: number): string[] {
  const texts = frozenTexts();
  const random = rng(42);
  const out: string[] = [];
  let size = 0;
  while (size < bytes) {
    const parts = 1 + Math.floor(random() * (random() < 0.2 ? 12 : 3));
    let message = '';
    for (let i = 0; i < parts; i++)
      message += (i ? (random() < 0.3 ? '\n\n' : ' ') : '') + texts[Math.floor(random() * texts.length)];
    out.push(flatCopy(message));
    size += message.length;
  }
  return out;
}

function time(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/** CPU time of this process in ms: less disturbed than wall clock when other processes share the cores. */
function cpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

/** The naive alternative: one RegExp per expanded lexicon term, each run over the whole text. */
function naiveRegexes(): string[] {
  const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const piece = (p: string): string => {
    if (p === '...') return '(?:\\W+\\w+){0,5}';
    if (p === '#' || p.startsWith('{')) return '\\d+(?:[.,]\\d+)?';
    if (p.endsWith('*')) return escape(p.slice(0, -1)) + '\\w*';
    return escape(p);
  };
  const variants = (slots: readonly Slot[]): string[] => {
    let acc = [''];
    for (const slot of slots) {
      const alts = typeof slot === 'string' ? [slot] : slot;
      acc = acc.flatMap((prefix) => alts.map((alt) => (alt === '' ? prefix : prefix + (prefix ? ' ' : '') + alt)));
    }
    return acc;
  };
  // Sources, not RegExp objects: 45 000 compiled Unicode regexes alive at once exhaust V8's heap.
  const out: string[] = [];
  for (const entry of defaultLexicon().entries) {
    for (const term of entry.terms) {
      for (const v of variants(unpackSlots(term))) {
        const body = v
          .split(' ')
          .map(piece)
          .join('\\W+')
          .replace(/\\W\+\(\?:\\W\+/g, '(?:\\W+');
        out.push(`\\b${body}\\b`);
      }
    }
  }
  return out;
}

/**
 * Every regex over every text, as before, but a chunk of regexes at a time (each still compiled once, on its
 * first exec, inside the timing), so that the compiled code of one chunk can be collected before the next.
 */
function naiveThroughput(
  batch: readonly string[],
  sources: readonly string[],
): { mbPerSecond: number; ms: number; bytes: number } {
  const bytes = batch.reduce((n, m) => n + m.length, 0);
  let folded: string[] = [];
  let ms = time(() => {
    folded = batch.map((text) =>
      text
        .toLowerCase()
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, ''),
    );
  });
  const CHUNK = 2000;
  for (let from = 0; from < sources.length; from += CHUNK) {
    ms += time(() => {
      const regexes = sources.slice(from, from + CHUNK).map((source) => new RegExp(source, 'giu'));
      for (const text of folded) {
        for (const re of regexes) {
          re.lastIndex = 0;
          while (re.exec(text) !== null);
        }
      }
    });
  }
  return { mbPerSecond: bytes / MB / (ms / 1000), ms, bytes };
}

function adversarial(): { name: string; ms: number }[] {
  const n = 1_000_000;
  const fill = (unit: string): string => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
  const random = rng(7);
  let noise = '';
  for (let i = 0; i < n; i++) noise += String.fromCharCode(Math.floor(random() * 0xffff));
  const cases: [string, string][] = [
    ['one 1 MB word', fill('a')],
    ['spaces', fill(' ')],
    ['line breaks', fill('\n')],
    ['full stops', fill('.')],
    ['digits', fill('7')],
    ['decimal numbers', fill('38,5 ')],
    ['apostrophes', fill("l'")],
    ['contractions', fill("can't ")],
    ['repeated red flag', fill('douleur dans la poitrine ')],
    ['negation + red flag', fill("pas de douleur dans la poitrine, j'ai mal a la poitrine ")],
    ['gap bait', fill('douleur tres tres tres tres tres ')],
    ['stems', fill('saignsaignsaign ')],
    ['emails bait', fill('a@')],
    ['@ run', fill('@')],
    ['phone bait', fill('06 ')],
    ['+33 bait', fill('+33 ')],
    ['zeros', fill('0 ')],
    ['birth cue bait', fill('né le ')],
    ['street numbers', fill('12 rue ')],
    ['lieu-dit bait', fill('lieu-dit ')],
    ['name bait', fill('Jean Martin ')],
    ['one-word sentences', fill('a.a.')],
    ['emoji', fill('😷🚑')],
    ['lone surrogates', fill('\ud83d')],
    ['right-to-left', fill('مرحبا ')],
    ['random UTF-16', noise],
  ];
  // Warm the engine on a 100 KB slice first: the timing is about the algorithm, not the JIT tiers. Best of five
  // runs: on the shared machine one 1 MB run in two was slowed by other work (the same input measured 100–240 ms).
  return cases.map(([name, text]) => {
    for (let k = 0; k < 3; k++) analyze({ text: text.slice(0, 100_000) });
    return { name, ms: Math.min(...[0, 1, 2, 3, 4].map(() => time(() => analyze({ text })))) };
  });
}

/**
 * Cost of the first `analyze()` of a page (lexicon structures built on first use), measured in fresh Node
 * processes after the engine module is imported (the import itself is transpiling TypeScript here, unlike the
 * bundled extension). Median of 5 processes, wall clock and CPU time (CPU time is less disturbed by other load).
 */
function firstCall(): { wallMs: number; cpuMs: number; processes: number } {
  const engine = fileURLToPath(new URL('../engine/index.ts', import.meta.url));
  const script = `
    const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
    const { analyze } = await import(${JSON.stringify(engine)});
    const c = cpu(), w = performance.now();
    analyze({ text: "J'ai mal à la poitrine depuis ce matin, appelez-moi au 06 12 34 56 78" });
    console.log(JSON.stringify({ wallMs: performance.now() - w, cpuMs: cpu() - c }));`;
  const runs = [0, 1, 2, 3, 4].map(
    () =>
      JSON.parse(
        execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' }),
      ) as { wallMs: number; cpuMs: number },
  );
  const median = (values: number[]): number => [...values].sort((a, b) => a - b)[2] ?? 0;
  return { wallMs: median(runs.map((r) => r.wallMs)), cpuMs: median(runs.map((r) => r.cpuMs)), processes: 5 };
}

/**
 * The adversarial inputs, in a Node process of their own (this script again, with BENCH_PART=adversarial). In this
 * process after the 5 MB run, the naive baseline's 200 000 compiled regexes and the joined inputs below, each 1 MB
 * input took 2–3× longer in garbage collection (one-word sentences 217 ms against 75–80 ms alone, 2026-11-29), which
 * measured the benchmark's heap rather than the engine. Run here before the throughput instead, the 26 MB of junk left
 * the engine 10–20 % slower on the messages for the rest of the process (alternated processes, 2026-11-29; the cause
 * is not pinned down — no single input explains it, and the word table then holds ~190 000 junk words): that measured
 * an engine that had just chewed junk, not analyze() on messages.
 */
function adversarialApart(): { name: string; ms: number }[] {
  const output = execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url)], {
    encoding: 'utf8',
    env: { ...process.env, BENCH_PART: 'adversarial' },
  });
  return JSON.parse(output) as { name: string; ms: number }[];
}

if (process.env['BENCH_PART'] === 'adversarial') {
  process.stdout.write(JSON.stringify(adversarial()));
  process.exit(0);
}

const loadAtStart = loadavg()[0]!;
const first = firstCall();
const adv = adversarialApart();
const batch = messages(5 * MB);
// Throughput (whole analyze(), then turns without the privacy reader), 4 KB latency and linearity, in this order, all
// before the naive baseline: its ~375 000 compiled regexes stay alive to the end of the run, and every garbage
// collection during a 4 KB call then had that heap to go through (p50 1.11 ms, p95 2.04 ms after the baseline,
// against 0.68 ms per call in a loop on the same messages, 2026-11-29).
const node = measureAll(analyze, { now: () => performance.now(), cpu: cpuMs }, batch);
const regexes = naiveRegexes();
// The naive baseline is ~1000× slower: a small sample is enough to measure its rate.
const naiveSample = batch.slice(0, 60);
const naive = naiveThroughput(naiveSample, regexes);
// Chromium last, in its own process: this process's heap no longer matters.
const inChromium = await measureInChromium(batch);

/** The figures of one runtime, rounded, with the floors. */
function summary(r: RuntimeResult) {
  return {
    engine: {
      mbPerSecond: +r.engine.mbPerSecond.toFixed(2),
      ms: +r.engine.ms.toFixed(1),
      /** Same passes measured in CPU time (best pass): what the code costs when the cores are not shared. */
      cpuMbPerSecond: r.engine.cpuMbPerSecond === null ? null : +r.engine.cpuMbPerSecond.toFixed(2),
      floor: 10,
      /** analyze({ personalData: false }), as the background runs it on conversation turns (no floor of its own). */
      turnsMbPerSecond: +r.turns.mbPerSecond.toFixed(2),
    },
    /** Over messages, each message's best of four runs (see scripts/bench/measure.ts); `everyRun`: over all runs. */
    latency4kMs: {
      p50: +r.latency.p50.toFixed(3),
      p95: +r.latency.p95.toFixed(3),
      p99: +r.latency.p99.toFixed(3),
      everyRun: {
        p50: +r.latency.everyRun.p50.toFixed(3),
        p95: +r.latency.everyRun.p95.toFixed(3),
        p99: +r.latency.everyRun.p99.toFixed(3),
      },
      messages: r.latency.messages,
      runs: r.latency.runs,
      floor: 0.5,
    },
    linearity: {
      ...r.linearity,
      ms1: +r.linearity.ms1.toFixed(2),
      ms10: +r.linearity.ms10.toFixed(2),
      ratio: +r.linearity.ratio.toFixed(2),
      floor: 12,
    },
  };
}

const nodeSummary = summary(node);
const result = {
  date: new Date().toISOString(),
  node: process.version,
  /** 1-minute load average when the run ended: on a shared 2-core machine, above 2 means other work competed. */
  loadAverage: +loadavg()[0]!.toFixed(2),
  loadAverageAtStart: +loadAtStart.toFixed(2),
  /** The corpus texts frozen on `frozen` (bench/input.json), joined into messages (see `messages`). */
  input: {
    frozen: readFrozenInput().frozen,
    messages: batch.length,
    megabytes: +(node.engine.bytes / MB).toFixed(2),
  },
  /** First analyze() in a fresh process, lexicon structures included (before lazy construction: ~100 ms CPU). */
  firstCallMs: { wall: +first.wallMs.toFixed(1), cpu: +first.cpuMs.toFixed(1), processes: first.processes },
  /** Node (the command line), same process. */
  ...nodeSummary,
  naiveBaseline: {
    regexes: regexes.length,
    sampleMegabytes: +(naive.bytes / MB).toFixed(3),
    mbPerSecond: +naive.mbPerSecond.toFixed(3),
    /** Node's engine against Node's naive baseline (same runtime, same run). */
    speedup: +(node.engine.mbPerSecond / naive.mbPerSecond).toFixed(1),
    floor: 10,
  },
  /** The same measurements in Chromium, the extension's runtime (null when no Chromium is installed). */
  chromium: inChromium && {
    browser: inChromium.browser,
    crossOriginIsolated: inChromium.isolated,
    ...summary(inChromium),
  },
  adversarial1MbMs: Object.fromEntries(adv.map((a) => [a.name, +a.ms.toFixed(1)])),
  adversarialFloorMs: 200,
};

type Row = [string, string, string, boolean];

function runtimeRows(label: string, s: ReturnType<typeof summary>): Row[] {
  return [
    [`${label}: throughput (MB/s)`, s.engine.mbPerSecond.toFixed(2), '≥ 10', s.engine.mbPerSecond >= 10],
    ...(s.engine.cpuMbPerSecond === null
      ? []
      : ([[`${label}: throughput, CPU time (MB/s)`, s.engine.cpuMbPerSecond.toFixed(2), '', true]] as Row[])),
    [`${label}: turns without privacy reader`, s.engine.turnsMbPerSecond.toFixed(2), '', true],
    [`${label}: p95 latency 4 KB (ms)`, s.latency4kMs.p95.toFixed(3), '≤ 0.5', s.latency4kMs.p95 <= 0.5],
    [`${label}: p95 latency 4 KB, every run (ms)`, s.latency4kMs.everyRun.p95.toFixed(3), '', true],
    [`${label}: 10× input → time ratio`, s.linearity.ratio.toFixed(2), '≤ 12', s.linearity.ratio <= 12],
  ];
}

const rows: Row[] = [
  ['first analyze() incl. lexicon (ms CPU)', result.firstCallMs.cpu.toFixed(1), '', true],
  ...(result.chromium ? runtimeRows(result.chromium.browser, result.chromium) : []),
  ...runtimeRows(`Node ${process.version}`, nodeSummary),
  ['Node: naive baseline (MB/s)', result.naiveBaseline.mbPerSecond.toFixed(3), '', true],
  ['Node: speed-up vs naive', `${result.naiveBaseline.speedup}×`, '≥ 10×', result.naiveBaseline.speedup >= 10],
  ...adv.map((a): Row => [`adversarial (Node): ${a.name} (ms)`, a.ms.toFixed(1), '< 200', a.ms < 200]),
];
console.log(
  `analyze() on ${result.input.megabytes} MB (${result.input.messages} messages of the corpus frozen on ${result.input.frozen}), ${regexes.length} naive regexes, load average ${result.loadAverageAtStart} at start, ${result.loadAverage} at end`,
);
if (!inChromium) console.log('No Chromium found: Node figures only (Debian: apt-get install chromium).');
else if (!inChromium.isolated) console.log('Chromium page not cross-origin isolated: its timer is coarse (100 µs).');
const width = Math.max(...rows.map(([name]) => name.length));
for (const [name, value, floor, ok] of rows)
  console.log(`${ok ? 'ok  ' : 'SLOW'} ${name.padEnd(width)} ${value.padStart(10)}  ${floor}`);
writeFileSync(OUTPUT, JSON.stringify(result, null, 2) + '\n');
console.log('Saved bench/engine.json');
