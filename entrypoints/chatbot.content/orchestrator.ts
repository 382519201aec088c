/**
 * Content-script orchestrator: page DOM → turns → background (engine) → in-page UI.
 *
 *   MutationObserver (one, on adapter.observeRoot)       composer `input` (document, capture)
 *          │ only queues                                        │ debounced 400 ms
 *          ▼                                                    ▼
 *   FrameQueue ── next frame (or 150 ms in hidden tabs)   scanComposer() ── findPii (background) ──► privacy guard
 *          │                                                       └─ Masquer ► composer-text.mask()
 *          ▼
 *   flush(): first scan: adapter.prefetchText() in ≤ 8 ms slices (one per idle period), then
 *          │ adapter.readTurns() (reads at most every 250 ms while an answer streams)
 *          ▼
 *   TurnSync: new or changed turns only ─► background: TurnAnalyzer + summarize ─► TabState (storage.session)
 *          │                                                    │ reply
 *          ▼                                                    ▼
 *   render(): AlertState ─► banner (+ live region once) · indicator · layout
 *
 *   location change ─► conversationId differs? reset (null → id keeps: first answer of a new chat)
 *   no turns for 3 s while the generic reader sees some ─► generic reader, readerStatus 'degraded'
 *
 * Never throws into the page: every entry point is wrapped. Timers go through the injected Scheduler
 * (checked against WXT's ctx in production, so none fires after invalidation); stop() cancels every timer
 * and disconnects everything.
 */
import type { ToBackground, TurnsContext } from '../../core/protocol';
import { contentVersionFor, resolveUiLanguage, type Settings } from '../../core/settings';
import type { ContentVersion } from '../../core/content-inpage';
import type { PiiFinding, PiiKind } from '../../engine/types';
import type { SiteId } from '../../sites/hosts';
import { ignoreChangesUnder, textChanged, watchTextUnder } from '../../sites/text';
import type { SiteAdapter, Turn } from '../../sites/types';
import { mask, readComposerText } from './composer-text';
import { countPii } from '../../core/conversation/findings';
import { createDebounce, createFrameQueue, type Scheduler } from './scheduler';
import { createTurnSync, type Analysed, type Transport } from './turn-sync';
import { createAlertState } from './ui/alert-state';
import { announcement } from './ui/banner';
import { createInPageUi, type InPageUi } from './ui/in-page-ui';
import { inPageStrings, type InPageStrings } from './ui/strings';

export interface OrchestratorOptions {
  readonly doc: Document;
  readonly site: SiteId;
  readonly url: string;
  readonly adapter: SiteAdapter;
  readonly generic: SiteAdapter;
  /** Delivers the turns to the background's engine and returns its findings. */
  readonly transport: Transport;
  /**
   * The personal data in the prompt being typed, from the background's privacy reader (so that the page does not
   * load it: docs/decisions.md §9); null when the background cannot answer.
   */
  readonly findPii: (text: string) => Promise<readonly PiiFinding[] | null>;
  readonly scheduler: Scheduler;
  readonly send: (message: ToBackground) => void;
  readonly settings: Settings;
  /** The browser's languages, for the 'auto' language setting. */
  readonly browserLanguages: readonly string[];
  readonly degradedAfterMs?: number;
  readonly composerDebounceMs?: number;
  readonly streamingIntervalMs?: number;
  /** Per-pass budget (ms) of the first scan's text prefetch: beyond it the rest waits for the next frame. */
  readonly budgetMs?: number;
  /**
   * Benchmark probe: each processing pass ('scan' until the first full read of the page is done, then
   * 'batch'), each read of the turns, each message handed to the background ('send'), and each placement of the
   * in-page UI ('layout').
   */
  readonly onBatch?: (start: number, duration: number, kind: BenchKind) => void;
}

/** What a benchmark probe records: passes, reads, messages, UI placements, and each reply with findings ('findings', no duration). */
export type BenchKind = 'scan' | 'batch' | 'read' | 'send' | 'findings' | 'layout';

export interface Orchestrator {
  start(): void;
  locationChanged(url: string): void;
  updateSettings(settings: Settings): void;
  stop(): void;
  /** Runs queued work synchronously (tests and benchmarks). */
  flushNow(): void;
  /** Test and bench probes: processing passes, and turn texts handed to the background. */
  readonly stats: { batches: number; sent: number };
}

export function createOrchestrator(options: OrchestratorOptions): Orchestrator {
  const { doc, scheduler, adapter, generic } = options;
  const degradedAfterMs = options.degradedAfterMs ?? 3000;
  const stats = { batches: 0, sent: 0 };
  const budgetMs = options.budgetMs ?? 8;

  let settings = options.settings;
  let strings: InPageStrings = inPageStrings(versionOf(settings, options.browserLanguages));
  let url = safeUrl(options.url);
  let conversationId = safeCall(() => (url ? adapter.conversationId(url) : null), null);
  let reader: SiteAdapter = adapter;
  let readerStatus: 'ok' | 'degraded' = 'ok';
  let running = false;
  let observer: MutationObserver | null = null;
  let observed: Element | null = null;
  let ui: InPageUi | null = null;
  /** The background's latest answer for this conversation. */
  let findings: Analysed | null = null;
  let failures = 0;
  let retryTimer: number | null = null;
  let degradeTimer: number | null = null;
  /** Turns still on screen from the previous conversation (SPA navigation renders the new one later). */
  let stale = new Map<string, string>();
  let composerPii: readonly PiiFinding[] = [];
  /** The prompt text `composerPii` was found in. */
  let composerText = '';
  let composerSignature = '';
  /** Bumped by each prompt scan: a reply to an older scan (the user typed on meanwhile) is dropped. */
  let piiRequest = 0;
  let ignoredPii = '';
  let layoutTimer: number | null = null;

  const sync = createTurnSync({
    transport: (message) => {
      stats.sent += message.changed.length;
      // Measured on its own too: the next chunk of a long scan is sent from the previous reply, outside any pass.
      const start = options.onBatch ? scheduler.now() : 0;
      const reply = options.transport(message);
      options.onBatch?.(start, scheduler.now() - start, 'send');
      return reply;
    },
    onReply: (reply) =>
      guarded(() => {
        if (options.onBatch) options.onBatch(scheduler.now(), 0, 'findings');
        failures = 0;
        // While an answer streams most replies say the same thing: nothing to redraw or measure then.
        const same = findings !== null && sameFindings(findings, reply);
        findings = reply;
        if (running && !same) render();
      }),
    // The background did not answer (starting up, or gone): try again later, more slowly each time.
    onFailure: () => {
      failures += 1;
      if (running) scheduleRetry(Math.min(30_000, 500 * 2 ** failures));
    },
  });
  const alerts = createAlertState();
  const queue = createFrameQueue(scheduler, () => guarded(flush));
  const composerScan = createDebounce(scheduler, () => guarded(scanComposer), options.composerDebounceMs ?? 400);

  const enabled = () => !settings.disabledSites.includes(options.site);

  function ensureUi(): InPageUi {
    ui ??= createInPageUi(doc, {
      onChecklist: (category) => options.send({ type: 'open-panel', checklist: category }),
      onDismiss: (content) =>
        guarded(() => {
          alerts.dismiss(content);
          render();
        }),
      onOpenPanel: () => options.send({ type: 'open-panel' }),
      onMask: () => guarded(maskComposer),
      onIgnore: () =>
        guarded(() => {
          ignoredPii = composerSignature;
          renderGuard();
        }),
    });
    return ui;
  }

  /** Observes the adapter's narrowest root; re-attaches when the site replaces it. */
  function ensureObserved(force = false): void {
    // observeRoot() may measure the page (composer visibility): only ask when the root may have changed.
    if (!force && observer && observed?.isConnected) return;
    const root = safeCall(() => reader.observeRoot(doc), null) ?? doc.body;
    if (!root || (root === observed && observer && root.isConnected)) return;
    if (observer) {
      // Changes already recorded but not yet delivered still invalidate cached text.
      for (const record of observer.takeRecords()) textChanged(record.target, record.type === 'attributes');
      observer.disconnect();
    }
    observer = new MutationObserver(onMutations);
    // Attributes too: some sites mark the end of streaming with an attribute only.
    observer.observe(root, { childList: true, subtree: true, characterData: true, attributes: true });
    observed = root;
    // From here on every change under the root reaches the text cache, which can trust the rest.
    watchTextUnder(root);
    dirty = true;
  }

  /** Mutations since the last read of the turns. */
  let dirty = true;
  /** The last read, reused while a long first scan continues over several passes without mutations. */
  let snapshot: Turn[] | null = null;
  /** An answer was still streaming at the last read: mutations then wait for the streaming interval. */
  let streaming = false;
  let lastProcessedAt = -Infinity;
  const streamingInterval = options.streamingIntervalMs ?? 250;

  function onMutations(records: MutationRecord[]): void {
    // Every change under the observed root reaches the text cache, which can then trust the rest.
    let conversation = false;
    for (const record of records) if (textChanged(record.target, record.type === 'attributes')) conversation = true;
    if (!conversation) {
      // Only typing in the composer: nothing to read again; the privacy warning follows the editor's size.
      if (composerPii.length > 0) scheduleLayout();
      return;
    }
    dirty = true;
    // Only queue: the work happens once per frame in flush(), and at most every 250 ms while an
    // answer streams. The next read is often timed already: then not even the clock is read (a streaming
    // answer can mutate a hundred times between two reads).
    if (streaming && retryTimer !== null) return;
    const wait = streaming ? lastProcessedAt + streamingInterval - scheduler.now() : 0;
    if (wait > 0) scheduleRetry(wait);
    else queue.schedule();
  }

  /** The first read of this conversation is done (before it, text is prefetched in slices). */
  let scanned = false;

  function flush(): void {
    if (!running) return;
    const started = options.onBatch ? scheduler.now() : 0;
    const kind = scanned ? 'batch' : 'scan';
    process();
    options.onBatch?.(started, scheduler.now() - started, kind);
  }

  function process(): void {
    stats.batches += 1;
    ensureObserved();
    if (!scanned && !prefetched()) {
      // A long conversation's first read walks every message: spread that walk over frames, and have the
      // newest messages (read first) analysed at once rather than after the whole conversation.
      if (!newestSent) publishNewest();
      queue.scheduleIdle();
      return;
    }
    let turns: Turn[];
    if (dirty || !snapshot) {
      dirty = false;
      const readStart = options.onBatch ? scheduler.now() : 0;
      turns = safeCall(() => reader.readTurns(doc), []);
      options.onBatch?.(readStart, scheduler.now() - readStart, 'read');
      if (stale.size > 0) turns = dropStale(turns);
      snapshot = turns;
    } else {
      turns = snapshot;
    }
    lastProcessedAt = scheduler.now();
    streaming = turns.some((turn) => !turn.complete);
    if (turns.length === 0 && reader !== generic) watchForDegradedReader();
    else cancelDegradeTimer();
    if (turns.length > 0) scanned = true;
    publish();
    if (composerPii.length > 0) scheduleLayout();
  }

  /** The newest turns of a long first read went to the background before the rest was read. */
  let newestSent = false;

  function publishNewest(): void {
    newestSent = true;
    let turns = safeCall(() => reader.readNewestTurns?.(doc) ?? [], []);
    if (stale.size > 0) turns = dropStale(turns);
    if (turns.length > 0) sync.push(turns, context());
  }

  /** Warms the reader's text cache for at most `budgetMs`; true once every message was read. */
  function prefetched(): boolean {
    if (!reader.prefetchText) return true;
    const deadline = scheduler.now() + budgetMs;
    return safeCall(() => reader.prefetchText!(doc, () => scheduler.now() > deadline), true);
  }

  function dropStale(turns: Turn[]): Turn[] {
    const kept = turns.filter((turn) => stale.get(turn.key) !== turn.text);
    // Once the page shows something new, the old conversation is gone for good.
    if (kept.length > 0) stale = new Map();
    return kept;
  }

  function scheduleRetry(ms: number): void {
    if (retryTimer !== null) return;
    retryTimer = scheduler.setTimeout(() => {
      retryTimer = null;
      queue.schedule();
    }, ms);
  }

  function watchForDegradedReader(): void {
    if (degradeTimer !== null) return;
    degradeTimer = scheduler.setTimeout(() => {
      degradeTimer = null;
      guarded(() => {
        if (!running || reader === generic) return;
        const own = safeCall(() => adapter.readTurns(doc), []);
        const fallback = safeCall(() => generic.readTurns(doc), []);
        if (own.length > 0 || fallback.length === 0) return;
        // The site changed its markup: read with the generic reader and tell the side panel.
        reader = generic;
        readerStatus = 'degraded';
        dirty = true;
        ensureObserved(true);
        queue.schedule();
      });
    }, degradedAfterMs);
  }

  function cancelDegradeTimer(): void {
    if (degradeTimer !== null) scheduler.clearTimeout(degradeTimer);
    degradeTimer = null;
  }

  function context(): TurnsContext {
    return { site: options.site, readerStatus, conversationId, piiCounts: countPii(composerPii) };
  }

  /** Hands the turns read last and the tab's context to the background (only what changed goes). */
  function publish(): void {
    sync.push(snapshot ?? [], context());
  }

  function render(): void {
    if (!findings) return;
    const { categories, missedEmergency, health } = findings;
    const content = settings.inPageAlert ? alerts.visible(categories, missedEmergency) : null;
    const wantsIndicator = settings.healthIndicator && health;
    if (ui || content || wantsIndicator) {
      const view = ensureUi();
      view.banner(content, strings);
      view.indicator(wantsIndicator, strings);
      if (content) {
        const fresh = alerts.takeAnnouncements(content);
        if (fresh.categories.length > 0 || fresh.missedEmergency) view.announce(announcement(fresh, strings));
      }
    }
    renderGuard();
    scheduleLayout();
  }

  function renderGuard(): void {
    const visible = settings.privacyGuard && composerPii.length > 0 && composerSignature !== ignoredPii;
    if (!ui && !visible) return;
    const kinds = visible ? distinctKinds(composerPii) : null;
    ensureUi().guard(kinds, strings);
    scheduleLayout();
  }

  /** Measures once per frame at most, and only while a layer is shown. */
  function scheduleLayout(): void {
    if (!ui?.showing || layoutTimer !== null) return;
    layoutTimer = scheduler.requestFrame(() => {
      layoutTimer = null;
      const started = options.onBatch ? scheduler.now() : 0;
      guarded(layout);
      options.onBatch?.(started, scheduler.now() - started, 'layout');
    });
  }

  function layout(): void {
    if (!ui?.showing) return;
    const view = doc.defaultView;
    const composer = composerElement();
    const column = observed && observed !== doc.body ? observed.getBoundingClientRect() : null;
    ui.layout(
      composer?.getBoundingClientRect() ?? null,
      column && column.width > 0 && column.width < (view?.innerWidth ?? 0) - 100 ? column : null,
      view?.innerWidth ?? 1280,
      view?.innerHeight ?? 800,
    );
  }

  /** The composer, cached while it stays in the page (finding it checks visibility, a layout read). */
  let composerCache: HTMLElement | null = null;
  function composerElement(): HTMLElement | null {
    if (composerCache?.isConnected) return composerCache;
    composerCache = safeCall(() => (reader.composer(doc) ?? adapter.composer(doc))?.element ?? null, null);
    // Typing mutates the editor at every keystroke: those changes need no read of the conversation.
    ignoreChangesUnder(composerCache);
    return composerCache;
  }

  function onInput(event: Event): void {
    if (!settings.privacyGuard || !running) return;
    const target = event.target as Node | null;
    if (!target) return;
    const inside = (element: HTMLElement | null) =>
      element !== null && (element === target || element.contains(target));
    let composer = composerElement();
    if (!inside(composer)) {
      composerCache = null; // the site may have swapped editors
      composer = composerElement();
    }
    if (!inside(composer)) return;
    composerScan.trigger();
  }

  function scanComposer(): void {
    const element = composerElement();
    const text = element ? readComposerText(element).text : '';
    const ticket = ++piiRequest;
    if (text.trim() === '') {
      showComposerPii(text, []);
      return;
    }
    findPiiIn(text, (found) => {
      // No answer (the background is restarting): the warning stays as it was until the next keystroke.
      if (ticket === piiRequest && found) showComposerPii(text, found);
    });
  }

  function showComposerPii(text: string, found: readonly PiiFinding[]): void {
    const before = composerSignature;
    composerPii = found;
    composerText = text;
    composerSignature = piiSignature(found, text);
    if (composerSignature !== before) publish();
    renderGuard();
  }

  /** Calls `done` with the background's findings in `text` (null when it cannot answer), unless stopped meanwhile. */
  function findPiiIn(text: string, done: (found: readonly PiiFinding[] | null) => void): void {
    const asked = safeCall(() => options.findPii(text), Promise.resolve(null));
    asked.then(
      (found) => guarded(() => running && done(found)),
      () => undefined,
    );
  }

  function maskComposer(): void {
    const element = composerElement();
    if (!element) return;
    const text = readComposerText(element).text;
    // The warning's findings are those of this very text unless the user typed since (then ask again).
    if (text === composerText) maskWith(element, composerPii);
    else
      findPiiIn(text, (found) => {
        const now = composerElement();
        if (found && now && readComposerText(now).text === text) maskWith(now, found);
      });
  }

  function maskWith(element: HTMLElement, found: readonly PiiFinding[]): void {
    mask(
      element,
      found.map((finding) => ({
        start: finding.start,
        end: finding.end,
        placeholder: strings.placeholders[finding.kind],
      })),
    );
    // Everything the warning listed is masked: it goes at once, and comes back if the check of the new text finds more.
    showComposerPii(readComposerText(element).text, []);
    scanComposer();
  }

  function resetConversation(): void {
    stale = new Map((snapshot ?? []).map((turn) => [turn.key, turn.text]));
    sync.reset();
    alerts.reset();
    reader = adapter;
    readerStatus = 'ok';
    cancelDegradeTimer();
    scanned = false;
    newestSent = false;
    snapshot = null;
    dirty = true;
    observed = null; // the new conversation may render into a new root
    composerCache = null;
    // Tell the background at once (the side panel empties), clear the page, then read the new conversation.
    sync.push([], context());
    findings = NOTHING_FOUND;
    render();
    queue.schedule();
  }

  const onResize = () => scheduleLayout();

  /**
   * Once a second, checks that the observed root is still the page's: a site that swaps its whole
   * message list (SPA navigation, re-mount) would otherwise leave us watching a detached subtree.
   */
  let watchdog: number | null = null;
  function watchRoot(): void {
    watchdog = scheduler.setTimeout(() => {
      watchdog = null;
      if (!running) return;
      guarded(() => {
        if (observed?.isConnected && observed !== doc.body) return;
        // Detached, or still on the body fallback: look for the site's root again.
        const before = observed;
        ensureObserved(true);
        if (observed !== before) queue.schedule();
      });
      watchRoot();
    }, 1000);
  }

  function start(): void {
    if (running || !enabled()) return;
    running = true;
    ensureObserved();
    doc.addEventListener('input', onInput, true);
    doc.defaultView?.addEventListener('resize', onResize);
    // The first read waits for an idle moment: a page that just loaded a long conversation is laying it out.
    queue.scheduleIdle();
    watchRoot();
  }

  function stop(): void {
    running = false;
    watchTextUnder(null);
    ignoreChangesUnder(null);
    observer?.disconnect();
    observer = null;
    observed = null;
    queue.cancel();
    composerScan.cancel();
    cancelDegradeTimer();
    if (retryTimer !== null) scheduler.clearTimeout(retryTimer);
    if (layoutTimer !== null) scheduler.cancelFrame(layoutTimer);
    if (watchdog !== null) scheduler.clearTimeout(watchdog);
    watchdog = null;
    retryTimer = null;
    layoutTimer = null;
    doc.removeEventListener('input', onInput, true);
    doc.defaultView?.removeEventListener('resize', onResize);
    ui?.destroy();
    ui = null;
  }

  return {
    stats,
    start: () => guarded(start),
    stop: () => guarded(stop),
    flushNow: () => {
      queue.flush();
      guarded(flush);
    },
    locationChanged(next) {
      guarded(() => {
        const nextUrl = safeUrl(next);
        if (!nextUrl) return;
        url = nextUrl;
        const id = safeCall(() => adapter.conversationId(nextUrl), null);
        if (id === conversationId) return;
        const firstAnswer = conversationId === null && id !== null;
        conversationId = id;
        if (!running) return;
        // "/" → "/c/<id>" while the first answer arrives is the same conversation: keep everything.
        if (firstAnswer) publish();
        else resetConversation();
      });
    },
    updateSettings(next) {
      guarded(() => {
        settings = next;
        strings = inPageStrings(versionOf(settings, options.browserLanguages));
        if (!enabled()) {
          const wasRunning = running;
          stop();
          // Switched off for this site: the side panel forgets what was found here.
          sync.reset();
          if (wasRunning) sync.push([], { ...context(), piiCounts: {} });
          findings = null;
          scanned = false;
          newestSent = false;
          snapshot = null;
          return;
        }
        if (!running) {
          start();
          return;
        }
        if (!settings.privacyGuard) {
          composerPii = [];
          composerText = '';
          composerSignature = '';
          piiRequest += 1;
        }
        render();
        renderGuard();
      });
    },
  };
}

function versionOf(settings: Settings, browserLanguages: readonly string[]): ContentVersion {
  return contentVersionFor(settings, resolveUiLanguage(settings, browserLanguages));
}

function sameFindings(a: Analysed, b: Analysed): boolean {
  return (
    a.health === b.health &&
    a.missedEmergency === b.missedEmergency &&
    a.categories.length === b.categories.length &&
    a.categories.every((category, i) => b.categories[i] === category)
  );
}

const NOTHING_FOUND: Analysed = { resync: false, health: false, categories: [], missedEmergency: false };

function distinctKinds(findings: readonly PiiFinding[]): PiiKind[] {
  return [...new Set(findings.map((finding) => finding.kind))];
}

/** What was found, by value (kept in page memory only), so "Ignorer" survives further typing. */
function piiSignature(findings: readonly PiiFinding[], text: string): string {
  return findings.map((finding) => `${finding.kind}:${text.slice(finding.start, finding.end)}`).join('|');
}

function safeUrl(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

function safeCall<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch {
    return fallback;
  }
}

function guarded(fn: () => void): void {
  try {
    fn();
  } catch {
    // Never throw into the page; a failed pass is retried on the next mutation.
  }
}
