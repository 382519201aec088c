/**
 * Content-script orchestrator: page DOM → turns → engine → in-page UI + background.
 *
 *   MutationObserver (one, on adapter.observeRoot)       composer `input` (document, capture)
 *          │ only queues                                        │ debounced 400 ms
 *          ▼                                                    ▼
 *   FrameQueue ── next frame (or 150 ms in hidden tabs)   scanComposer() ── findPii ──► privacy guard
 *          │                                                                  └─ Masquer ► composer-text.mask()
 *          ▼
 *   flush(): adapter.readTurns() ─► TurnAnalyzer (cache per key+text, streaming throttled 250 ms,
 *          │                        8 ms budget per pass: a long first scan spreads over frames)
 *          │ changed?
 *          ▼
 *   publish(): summarize() ─► TabState ─► send('findings') when different
 *                          └► AlertState ─► banner (+ live region once) · indicator · layout
 *
 *   location change ─► conversationId differs? reset (null → id keeps: first answer of a new chat)
 *   no turns for 3 s while the generic reader sees some ─► generic reader, readerStatus 'degraded'
 *
 * Never throws into the page: every entry point is wrapped. Timers go through the injected Scheduler
 * (WXT's ctx in production), so invalidation cancels them; stop() disconnects everything.
 */
import type { ToBackground } from '../../core/protocol';
import { contentVersionFor, type Settings } from '../../core/settings';
import type { ContentVersion } from '../../core/content-inpage';
import type { UiLanguage } from '../../core/i18n';
import type { PiiFinding, PiiKind } from '../../engine/types';
import type { SiteId } from '../../sites/hosts';
import type { SiteAdapter, Turn } from '../../sites/types';
import { mask, readComposerText } from './composer-text';
import { countPii, summarize, type ConversationFindings } from './findings';
import { createDebounce, createFrameQueue, type Scheduler } from './scheduler';
import { createTurnAnalyzer, type AnalyzeFn } from './turn-analyzer';
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
  readonly analyze: AnalyzeFn;
  readonly findPii: (text: string) => readonly PiiFinding[];
  readonly scheduler: Scheduler;
  readonly send: (message: ToBackground) => void;
  readonly settings: Settings;
  /** The browser's languages, for the 'auto' language setting. */
  readonly browserLanguages: readonly string[];
  readonly degradedAfterMs?: number;
  readonly composerDebounceMs?: number;
  readonly streamingIntervalMs?: number;
  /** Per-pass analysis budget (ms): beyond it the rest waits for the next pass. */
  readonly budgetMs?: number;
  /** Benchmark probe: each processing pass, 'scan' until the first full read of the page is done. */
  readonly onBatch?: (start: number, duration: number, kind: 'scan' | 'batch' | 'read') => void;
}

export interface Orchestrator {
  start(): void;
  locationChanged(url: string): void;
  updateSettings(settings: Settings): void;
  stop(): void;
  /** Runs queued work synchronously (tests and benchmarks). */
  flushNow(): void;
  /** Test and bench probes. */
  readonly stats: { batches: number; analysed: number };
}

export function createOrchestrator(options: OrchestratorOptions): Orchestrator {
  const { doc, scheduler, adapter, generic } = options;
  const degradedAfterMs = options.degradedAfterMs ?? 3000;
  const stats = { batches: 0, analysed: 0 };

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
  let findings: ConversationFindings | null = null;
  let lastSent = '';
  let retryTimer: number | null = null;
  let degradeTimer: number | null = null;
  /** Turns still on screen from the previous conversation (SPA navigation renders the new one later). */
  let stale = new Map<string, string>();
  let composerPii: readonly PiiFinding[] = [];
  let composerSignature = '';
  let ignoredPii = '';
  let layoutTimer: number | null = null;

  const countingAnalyze: AnalyzeFn = (input) => {
    stats.analysed += 1;
    return options.analyze(input);
  };
  const analyzer = createTurnAnalyzer({
    analyze: countingAnalyze,
    now: () => scheduler.now(),
    streamingIntervalMs: options.streamingIntervalMs,
    budgetMs: options.budgetMs ?? 8,
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
    observer?.disconnect();
    observer = new MutationObserver(onMutations);
    // Attributes too: some sites mark the end of streaming with an attribute only.
    observer.observe(root, { childList: true, subtree: true, characterData: true, attributes: true });
    observed = root;
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

  function onMutations(): void {
    dirty = true;
    // Only queue: the work happens once per frame in flush(), and at most every 250 ms while an
    // answer streams (each read walks the whole conversation).
    const wait = streaming ? lastProcessedAt + streamingInterval - scheduler.now() : 0;
    if (wait > 0) scheduleRetry(wait);
    else queue.schedule();
  }

  let scanned = false;
  let passesSincePublish = 0;

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
    const { changed, retryInMs, incomplete } = analyzer.update(turns);
    if (!incomplete && turns.length > 0) scanned = true;
    if (incomplete) scheduleRetry(0);
    else if (retryInMs !== null) scheduleRetry(retryInMs);
    passesSincePublish += 1;
    // A long first scan publishes when done (and every 10 passes meanwhile), not after every slice.
    const due = !incomplete || passesSincePublish >= 10;
    if ((changed && due) || findings === null) {
      passesSincePublish = 0;
      publish();
    } else if (composerPii.length > 0) scheduleLayout();
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

  function publish(): void {
    findings = summarize(analyzer.turns(), {
      site: options.site,
      readerStatus,
      conversationId,
      piiCounts: countPii(composerPii),
    });
    const message = JSON.stringify(findings.state);
    if (message !== lastSent) {
      lastSent = message;
      options.send({ type: 'findings', state: findings.state });
    }
    render();
  }

  function render(): void {
    if (!findings) return;
    const { state, categories } = findings;
    const content = settings.inPageAlert ? alerts.visible(categories, state.missedEmergency) : null;
    const wantsIndicator = settings.healthIndicator && state.health;
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
      guarded(layout);
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
    const before = composerSignature;
    composerPii = text.trim() === '' ? [] : safeCall(() => options.findPii(text), []);
    composerSignature = piiSignature(composerPii, text);
    if (composerSignature !== before && findings) publish();
    else renderGuard();
  }

  function maskComposer(): void {
    const element = composerElement();
    if (!element) return;
    const text = readComposerText(element).text;
    const found = safeCall(() => options.findPii(text), []);
    mask(
      element,
      found.map((finding) => ({
        start: finding.start,
        end: finding.end,
        placeholder: strings.placeholders[finding.kind],
      })),
    );
    scanComposer();
  }

  function resetConversation(): void {
    stale = new Map(analyzer.turns().map((turn) => [turn.key, turn.text]));
    analyzer.reset();
    alerts.reset();
    reader = adapter;
    readerStatus = 'ok';
    cancelDegradeTimer();
    findings = null;
    scanned = false;
    snapshot = null;
    dirty = true;
    observed = null; // the new conversation may render into a new root
    composerCache = null;
    queue.schedule();
    publish();
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
    queue.schedule();
    watchRoot();
  }

  function stop(): void {
    running = false;
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
          stop();
          if (findings)
            options.send({
              type: 'findings',
              state: {
                ...findings.state,
                redFlags: [],
                topics: [],
                checks: [],
                health: false,
                missedEmergency: false,
                piiCounts: {},
              },
            });
          findings = null;
          lastSent = '';
          return;
        }
        if (!running) {
          start();
          return;
        }
        if (!settings.privacyGuard) {
          composerPii = [];
          composerSignature = '';
        }
        render();
        renderGuard();
      });
    },
  };
}

/**
 * The same rule as core/i18n's pickUiLanguage (French unless English comes first), repeated here so
 * the content script does not bundle the side panel's whole string catalogues.
 */
function versionOf(settings: Settings, browserLanguages: readonly string[]): ContentVersion {
  return contentVersionFor(settings, languageOf(settings, browserLanguages));
}

function languageOf(settings: Settings, browserLanguages: readonly string[]): UiLanguage {
  if (settings.language !== 'auto') return settings.language;
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'fr' || base === 'en') return base;
  }
  return 'fr';
}

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
