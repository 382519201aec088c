/**
 * `npm run bench:page`: the content script's cost on a long conversation, in real Chromium.
 *
 *   page: 200 turns (~400 KB of text, ChatGPT markup) + an answer streamed as 4 000 characters
 *         over ~130 mutations (tests/fixtures/bench/page.ts)
 *   run A: the built extension loaded          run B: the same page, no extension (same run)
 *   measures: the content script's own passes and its messages to the background (performance.measure,
 *             on only for this page), each in wall time and in the main thread's CPU time (from a trace
 *             recorded during run A: on a shared machine wall time includes waiting for a core),
 *             long tasks (PerformanceObserver 'longtask'), main-thread task time (CDP Performance)
 *
 * Writes bench/page.json and prints a summary. Timing figures vary with the machine: compare runs on
 * the same machine; the targets are the (scan ≤ 30 ms, p95 batch ≤ 1 ms, no task ≥ 50 ms,
 * ≤ 3 % extra main-thread time while streaming, bundle ≤ 50 KB gzipped).
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import {
  benchPageHtml,
  BENCH_TURNS,
  BENCH_URL,
  STREAM_CHARS,
  STREAM_MUTATIONS,
  streamText,
} from '../tests/fixtures/bench/page';
import { CHROME_BUILD_DIR, findChromium, NO_CHROMIUM_HELP, QUIET_FLAGS, REPO_ROOT } from './chromium';
import { launchExtension } from './extension-session';
import { threadClock, TRACE_CATEGORIES, type TraceEvent } from './thread-clock';

const STREAM_INTERVAL_MS = 30;

interface Measure {
  readonly name: string;
  readonly start: number;
  readonly duration: number;
  /** Thread CPU time of the page's main thread over the same interval (from a trace; see thread-clock.ts). */
  readonly cpu: number;
}

interface RunResult {
  readonly measures: Measure[];
  readonly longTasks: { start: number; duration: number }[];
  readonly streamStart: number;
  readonly streamEnd: number;
  readonly taskMs: number;
  readonly scriptMs: number;
  /** Evaluations of the content script's file (compiling it and running its top level), from the trace. */
  readonly evaluations: { wall: number; cpu: number }[];
}

declare global {
  interface Window {
    __benchLongTasks: { start: number; duration: number }[];
  }
}

/**
 * Runs of each page (with and without the extension; `BENCH_PAGE_RUNS`, default 3). One run's figures moved by a
 * third from one run to the next on this shared machine, and its "p95" of 11 batches was their maximum: the report
 * takes medians over runs, pools the batches of every run for their percentiles, and keeps the worst longest task.
 */
const RUNS = Math.max(1, Number(process.env['BENCH_PAGE_RUNS'] ?? 3) || 3);

/** Runs dumped so far (see BENCH_PAGE_DUMP below). */
let dumps = 0;

async function main(): Promise<void> {
  const html = benchPageHtml();
  const text = streamText();
  const runs: Figures[] = [];
  for (let i = 0; i < RUNS; i++) {
    const withExtension = await run(true, html, text);
    const without = await run(false, html, text);
    runs.push(figuresOf(withExtension, without));
  }
  const report = summarize(html, runs);
  mkdirSync(path.join(REPO_ROOT, 'bench'), { recursive: true });
  writeFileSync(path.join(REPO_ROOT, 'bench', 'page.json'), `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
}

async function run(extension: boolean, html: string, text: string): Promise<RunResult> {
  let context: BrowserContext;
  let close: () => Promise<void>;
  if (extension) {
    const ext = await launchExtension({ pages: { [BENCH_URL]: html } });
    context = ext.context;
    close = () => ext.close();
  } else {
    context = await launchPlain();
    await context.route('**/*', (route) =>
      route.request().url() === BENCH_URL
        ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
        : route.abort('blockedbyclient'),
    );
    close = () => context.close();
  }
  try {
    const page = await context.newPage();
    // tsx (esbuild keepNames) wraps named functions in __name(); functions sent to the page need it.
    await page.addInitScript('globalThis.__name = (fn) => fn;');
    await page.addInitScript(() => {
      window.__benchLongTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          window.__benchLongTasks.push({ start: entry.startTime, duration: entry.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const trace = extension ? await startTrace(cdp) : null;
    await page.goto(BENCH_URL);
    // The initial scan: wait until the content script reports its first full pass (or 3 s without it).
    await waitForScan(page, extension);
    await page.waitForTimeout(500);
    const before = await metrics(cdp);
    const { start, end } = await stream(page, text);
    await page.waitForTimeout(600); // the throttled last analysis and the completion pass
    const after = await metrics(cdp);
    const walls = await page.evaluate(() =>
      performance
        .getEntriesByType('measure')
        .filter((entry) => entry.name.startsWith('repere-ia-sante:'))
        .map((entry) => ({ name: entry.name, start: entry.startTime, duration: entry.duration })),
    );
    const events = trace ? await trace.stop() : [];
    const clock = trace ? threadClock(events, 'repere-ia-sante:') : null;
    const measures = walls.map((m) => ({ ...m, cpu: clock ? clock.cpuMs(m.start, m.start + m.duration) : NaN }));
    // BENCH_PAGE_DUMP=file.json: every measure of each run with the extension, in order (where the time goes), in
    // file-1.json, file-2.json…
    const dump = process.env.BENCH_PAGE_DUMP;
    if (extension && dump) writeFileSync(dump.replace(/(\.json)?$/, `-${++dumps}.json`), JSON.stringify(measures));
    const longTasks = await page.evaluate(() => window.__benchLongTasks);
    return {
      measures,
      longTasks,
      streamStart: start,
      streamEnd: end,
      taskMs: ((after.TaskDuration ?? 0) - (before.TaskDuration ?? 0)) * 1000,
      scriptMs: ((after.ScriptDuration ?? 0) - (before.ScriptDuration ?? 0)) * 1000,
      evaluations: scriptEvaluations(events, CONTENT_SCRIPT_URL),
    };
  } finally {
    await close();
  }
}

/** How the content script's file appears in trace events (chrome-extension://<id>/content-scripts/chatbot.js). */
const CONTENT_SCRIPT_URL = /^chrome-extension:\/\/[a-p]{32}\/content-scripts\/chatbot\.js$/;

/**
 * The tasks that evaluate a script (compile it, run its top level): the browser evaluates the content script's
 * file once per page, before any pass, in a task of its own that the passes' measures do not cover.
 */
function scriptEvaluations(events: readonly TraceEvent[], url: RegExp): { wall: number; cpu: number }[] {
  return events
    .filter((e) => e.ph === 'X' && e.name === 'EvaluateScript' && url.test(scriptUrl(e)))
    .map((e) => ({ wall: (e.dur ?? 0) / 1000, cpu: (e.tdur ?? e.dur ?? 0) / 1000 }));
}

function scriptUrl(event: TraceEvent): string {
  const data = event.args?.['data'] as { url?: unknown } | undefined;
  return typeof data?.url === 'string' ? data.url : '';
}

/** Records a trace of the page (thread CPU time of every task) until `stop()`. */
async function startTrace(cdp: CDPSession): Promise<{ stop(): Promise<TraceEvent[]> }> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (chunk) => {
    for (const event of chunk.value as unknown as TraceEvent[]) events.push(event);
  });
  await cdp.send('Tracing.start', { categories: TRACE_CATEGORIES, transferMode: 'ReportEvents' });
  return {
    async stop() {
      const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
      await cdp.send('Tracing.end');
      await complete;
      return events;
    },
  };
}

async function launchPlain(): Promise<BrowserContext> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(NO_CHROMIUM_HELP);
  return chromium.launchPersistentContext(mkdtempSync(path.join(tmpdir(), 'repere-bench-')), {
    executablePath,
    headless: true,
    locale: 'fr-FR',
    viewport: { width: 1280, height: 800 },
    args: [...QUIET_FLAGS],
  });
}

async function waitForScan(page: Page, extension: boolean): Promise<void> {
  if (!extension) return page.waitForTimeout(1500);
  await page.waitForFunction(
    () => performance.getEntriesByName('repere-ia-sante:batch').length > 0 || performance.now() > 20_000,
    undefined,
    { timeout: 30_000, polling: 100 },
  );
}

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = (await cdp.send('Performance.getMetrics')) as {
    metrics: { name: string; value: number }[];
  };
  return Object.fromEntries(list.map((metric) => [metric.name, metric.value]));
}

/** Page-side streaming: ~130 text appends to the last answer, then the markers of a finished answer. */
async function stream(page: Page, text: string): Promise<{ start: number; end: number }> {
  return page.evaluate(
    ({ source, mutations, interval }) =>
      new Promise<{ start: number; end: number }>((resolve) => {
        const answers = document.querySelectorAll('[data-markdown-text-style="assistant-message"] p');
        const target = answers[answers.length - 1]!;
        const size = Math.ceil(source.length / mutations);
        const start = performance.now();
        let offset = 0;
        const step = () => {
          if (offset < source.length) {
            target.append(source.slice(offset, offset + size));
            offset += size;
            setTimeout(step, interval);
            return;
          }
          // The site marks the answer finished.
          document.querySelector('[data-stream-active]')?.removeAttribute('data-stream-active');
          document.querySelector('[role="status"][aria-busy="true"]')?.remove();
          const turns = document.querySelectorAll('[data-talvt-turn-state]');
          turns[turns.length - 1]?.setAttribute('data-talvt-turn-state', 'complete');
          resolve({ start, end: performance.now() });
        };
        step();
      }),
    { source: text, mutations: STREAM_MUTATIONS, interval: STREAM_INTERVAL_MS },
  );
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const round = (value: number) => Math.round(value * 1000) / 1000;

type Figures = ReturnType<typeof figuresOf>;

function figuresOf(withExtension: RunResult, without: RunResult) {
  const passes = withExtension.measures.filter((m) => /:(?:scan|batch)$/.test(m.name));
  const inPass = (m: Measure) => passes.some((p) => m.start >= p.start && m.start <= p.start + p.duration);
  // The next chunk of a long first scan is sent from the previous reply: work outside any pass, counted too.
  const replySends = withExtension.measures.filter((m) => m.name === 'repere-ia-sante:send' && !inPass(m));
  const scans = [
    ...withExtension.measures.filter((m) => m.name === 'repere-ia-sante:scan'),
    ...replySends.filter((m) => m.start < withExtension.streamStart),
  ];
  const batches = [
    ...withExtension.measures.filter((m) => m.name === 'repere-ia-sante:batch'),
    ...replySends.filter((m) => m.start >= withExtension.streamStart),
  ];
  const streamingBatches = batches.filter(
    (m) => m.start >= withExtension.streamStart && m.start <= withExtension.streamEnd + 600,
  );
  const scanStart = Math.min(...scans.map((m) => m.start));
  const replies = withExtension.measures
    .filter((m) => m.name === 'repere-ia-sante:findings' && m.start < withExtension.streamStart)
    .map((m) => m.start);
  const firstFindings = Math.min(...replies);
  const allFindings = Math.max(...replies);
  const batchDurations = batches.map((m) => m.duration);
  const batchCpu = batches.map((m) => m.cpu);
  const reads = withExtension.measures.filter((m) => m.name === 'repere-ia-sante:read').map((m) => m.duration);
  const sends = withExtension.measures.filter((m) => m.name === 'repere-ia-sante:send').map((m) => m.duration);
  const readsCpu = withExtension.measures.filter((m) => m.name === 'repere-ia-sante:read').map((m) => m.cpu);
  const sendsCpu = withExtension.measures.filter((m) => m.name === 'repere-ia-sante:send').map((m) => m.cpu);
  // Placing the in-page UI reads the page's geometry, which makes the browser lay the page out there and then if
  // anything changed since its last layout: extension work, measured on its own (not a scan or a batch).
  const layouts = withExtension.measures.filter((m) => m.name === 'repere-ia-sante:layout');
  const allPasses = [...scans, ...batches, ...layouts].map((m) => m.duration);
  const allPassesCpu = [...scans, ...batches, ...layouts].map((m) => m.cpu);
  const wall = withExtension.streamEnd - withExtension.streamStart + 600;
  const extraTaskMs = withExtension.taskMs - without.taskMs;
  const streamingBatchMs = streamingBatches.reduce((sum, m) => sum + m.duration, 0);
  const bundle = readFileSync(path.join(CHROME_BUILD_DIR, 'content-scripts', 'chatbot.js'));
  const longest = Math.max(0, ...allPasses);
  const figures = {
    initialScanMs: round(scans.reduce((sum, m) => sum + m.duration, 0)),
    /** The same passes in thread CPU time: what they cost the page when it is not waiting for a core. */
    initialScanCpuMs: round(scans.reduce((sum, m) => sum + m.cpu, 0)),
    initialScanPasses: scans.length,
    /** Each pass and reply send of the first read, in order, in CPU time (where the scan's time goes). */
    initialScanCpuEachMs: [...scans].sort((a, b) => a.start - b.start).map((m) => round(m.cpu)),
    /**
     * Wall time from the first scan pass to the first reply of the background (findings for the newest
     * turns: the scan sends them first) and to the last reply before streaming (the whole conversation).
     */
    firstFindingsMs: round(firstFindings - scanStart),
    allFindingsMs: round(allFindings - scanStart),
    /** Of which: messages handed to the background from its replies (the next chunk of the first scan). */
    initialScanReplySendsCpuMs: round(
      replySends.filter((m) => m.start < withExtension.streamStart).reduce((sum, m) => sum + m.cpu, 0),
    ),
    initialScanLongestPassMs: round(Math.max(0, ...scans.map((m) => m.duration))),
    batchCount: batches.length,
    batchMedianMs: round(percentile(batchDurations, 50)),
    batchP95Ms: round(percentile(batchDurations, 95)),
    batchMaxMs: round(Math.max(0, ...batchDurations)),
    batchCpuMedianMs: round(percentile(batchCpu, 50)),
    batchCpuP95Ms: round(percentile(batchCpu, 95)),
    batchCpuMaxMs: round(Math.max(0, ...batchCpu)),
    batchCpuMs: batchCpu.map(round),
    batchMs: batchDurations.map(round),
    readTurnsCount: reads.length,
    readTurnsMedianMs: round(percentile(reads, 50)),
    readTurnsMaxMs: round(Math.max(0, ...reads)),
    readTurnsCpuMedianMs: round(percentile(readsCpu, 50)),
    sendToBackgroundCount: sends.length,
    sendToBackgroundMedianMs: round(percentile(sends, 50)),
    sendToBackgroundMaxMs: round(Math.max(0, ...sends)),
    sendToBackgroundCpuMedianMs: round(percentile(sendsCpu, 50)),
    sendToBackgroundCpuMs: round(sendsCpu.reduce((sum, ms) => sum + ms, 0)),
    sendToBackgroundMs: sends.map(round),
    sendToBackgroundCpuEachMs: sendsCpu.map(round),
    layoutPasses: layouts.length,
    layoutCpuMaxMs: round(Math.max(0, ...layouts.map((m) => m.cpu))),
    layoutCpuMs: round(layouts.reduce((sum, m) => sum + m.cpu, 0)),
    layoutMaxMs: round(Math.max(0, ...layouts.map((m) => m.duration))),
    /** Evaluating the content script's file when the page loads (compile + top level), once per page. */
    scriptEvaluationMs: round(sum(withExtension.evaluations.map((e) => e.wall))),
    scriptEvaluationCpuMs: round(sum(withExtension.evaluations.map((e) => e.cpu))),
    longestExtensionTaskMs: round(Math.max(longest, ...withExtension.evaluations.map((e) => e.wall))),
    longestExtensionTaskCpuMs: round(Math.max(0, ...allPassesCpu, ...withExtension.evaluations.map((e) => e.cpu))),
    longTasksWithExtension: withExtension.longTasks.map((t) => round(t.duration)),
    longTasksWithoutExtension: without.longTasks.map((t) => round(t.duration)),
    streamingWallMs: round(wall),
    mainThreadTaskMsWithExtension: round(withExtension.taskMs),
    mainThreadTaskMsWithoutExtension: round(without.taskMs),
    extraMainThreadMs: round(extraTaskMs),
    extraMainThreadShareOfWall: round(extraTaskMs / wall),
    extensionPassesMsWhileStreaming: round(streamingBatchMs),
    extensionPassesShareOfWall: round(streamingBatchMs / wall),
    contentScriptGzipBytes: gzipSync(bundle, { level: 9 }).length,
  };
  return figures;
}

const median = (values: readonly number[]) => percentile(values, 50);

/**
 * The runs' figures as one: batch percentiles over the batches of every run, the worst run for maxima and the
 * longest task, the median run for everything else. Lists (each pass, each message) stay in `runs`.
 */
function combine(runs: readonly Figures[]) {
  const all = (pick: (figures: Figures) => readonly number[]) => runs.flatMap(pick);
  const each = (pick: (figures: Figures) => number) => runs.map(pick);
  return {
    runs: runs.length,
    initialScanMs: median(each((f) => f.initialScanMs)),
    initialScanCpuMs: median(each((f) => f.initialScanCpuMs)),
    initialScanPasses: median(each((f) => f.initialScanPasses)),
    initialScanReplySendsCpuMs: median(each((f) => f.initialScanReplySendsCpuMs)),
    initialScanLongestPassMs: Math.max(...each((f) => f.initialScanLongestPassMs)),
    firstFindingsMs: median(each((f) => f.firstFindingsMs)),
    allFindingsMs: median(each((f) => f.allFindingsMs)),
    batchCount: all((f) => f.batchMs).length,
    batchMedianMs: median(all((f) => f.batchMs)),
    batchP95Ms: percentile(
      all((f) => f.batchMs),
      95,
    ),
    batchMaxMs: Math.max(0, ...all((f) => f.batchMs)),
    batchCpuMedianMs: median(all((f) => f.batchCpuMs)),
    batchCpuP95Ms: percentile(
      all((f) => f.batchCpuMs),
      95,
    ),
    batchCpuMaxMs: Math.max(0, ...all((f) => f.batchCpuMs)),
    readTurnsCpuMedianMs: median(each((f) => f.readTurnsCpuMedianMs)),
    sendToBackgroundCpuMedianMs: median(each((f) => f.sendToBackgroundCpuMedianMs)),
    layoutCpuMaxMs: Math.max(...each((f) => f.layoutCpuMaxMs)),
    scriptEvaluationMs: median(each((f) => f.scriptEvaluationMs)),
    scriptEvaluationCpuMs: median(each((f) => f.scriptEvaluationCpuMs)),
    longestExtensionTaskMs: Math.max(...each((f) => f.longestExtensionTaskMs)),
    longestExtensionTaskCpuMs: Math.max(...each((f) => f.longestExtensionTaskCpuMs)),
    extraMainThreadShareOfWall: median(each((f) => f.extraMainThreadShareOfWall)),
    extensionPassesShareOfWall: median(each((f) => f.extensionPassesShareOfWall)),
    contentScriptGzipBytes: runs[0]!.contentScriptGzipBytes,
  };
}

function summarize(html: string, runs: readonly Figures[]) {
  const textBytes = Buffer.byteLength(html.replace(/<[^>]+>/g, ''), 'utf8');
  const figures = combine(runs);
  return {
    date: new Date().toISOString(),
    page: {
      turns: BENCH_TURNS,
      htmlBytes: Buffer.byteLength(html, 'utf8'),
      textBytes,
      streamedChars: STREAM_CHARS,
      streamMutations: STREAM_MUTATIONS,
      streamIntervalMs: STREAM_INTERVAL_MS,
    },
    figures,
    targets: {
      initialScanMs: { max: 30, met: figures.initialScanMs <= 30 },
      initialScanCpuMs: { max: 30, met: figures.initialScanCpuMs <= 30 },
      batchP95Ms: { max: 1, met: figures.batchP95Ms <= 1 },
      batchCpuP95Ms: { max: 1, met: figures.batchCpuP95Ms <= 1 },
      longestExtensionTaskMs: { max: 50, met: figures.longestExtensionTaskMs < 50 },
      longestExtensionTaskCpuMs: { max: 50, met: figures.longestExtensionTaskCpuMs < 50 },
      extraMainThreadShareOfWall: { max: 0.03, met: figures.extraMainThreadShareOfWall <= 0.03 },
      contentScriptGzipBytes: { max: 51200, met: figures.contentScriptGzipBytes <= 51200 },
    },
    runs,
  };
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
