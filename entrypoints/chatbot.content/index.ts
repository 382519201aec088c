/**
 * Content script for every supported chatbot host (matches come from sites/hosts.ts).
 *
 * Wiring only: the work is in orchestrator.ts. Listeners go through WXT's ContentScriptContext and timers
 * check it, so an extension update or reload (context invalidated) tears everything down without errors in
 * the page console.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ToBackground } from '../../core/protocol';
import type { PiiFinding } from '../../engine/types';
import { createPortTransport, ENGINE_PORT_NAME } from '../../core/engine-port';
import { DEFAULT_SETTINGS, settingsItem, type Settings } from '../../core/settings';
import { ALL_CHATBOT_MATCHES, siteForUrl } from '../../sites/hosts';
import { adapterForUrl, GENERIC_ADAPTER } from '../../sites/registry';
import { createOrchestrator, type BenchKind } from './orchestrator';
import type { Scheduler } from './scheduler';
import type { Transport } from './turn-sync';

export default defineContentScript({
  matches: [...ALL_CHATBOT_MATCHES],
  runAt: 'document_idle',
  main(ctx) {
    const site = siteForUrl(location.href);
    if (!site) return;
    const send = (message: ToBackground) => {
      if (ctx.isInvalid) return;
      try {
        browser.runtime.sendMessage(message).catch(() => undefined);
      } catch {
        // The extension was reloaded between the check and the call: nothing to tell anyone.
      }
    };
    send({ type: 'announce', site: site.id });
    void settingsItem
      .getValue()
      .catch(() => DEFAULT_SETTINGS)
      .then((settings) => {
        if (!ctx.isInvalid) run(ctx, site.id, settings, send);
      });
  },
});

function run(
  ctx: ContentScriptContext,
  site: NonNullable<ReturnType<typeof siteForUrl>>['id'],
  settings: Settings,
  send: (message: ToBackground) => void,
): void {
  // Plain timers that do nothing once the context is invalid, not ctx.setTimeout / ctx.requestAnimationFrame:
  // those add an "invalidated" listener per call that is never removed, and the orchestrator sets a timer or
  // a frame for every batch of a streaming answer. On invalidation orchestrator.stop() cancels its timers.
  const scheduler: Scheduler = {
    setTimeout: (callback, ms) =>
      window.setTimeout(() => {
        if (ctx.isValid) callback();
      }, ms),
    clearTimeout: (id) => window.clearTimeout(id),
    requestFrame: (callback) =>
      window.requestAnimationFrame(() => {
        if (ctx.isValid) callback();
      }),
    cancelFrame: (id) => window.cancelAnimationFrame(id),
    requestIdle: (callback, timeoutMs) =>
      window.requestIdleCallback(
        () => {
          if (ctx.isValid) callback();
        },
        { timeout: timeoutMs },
      ),
    cancelIdle: (id) => window.cancelIdleCallback(id),
    now: () => performance.now(),
  };
  const engine = engineTransport(ctx);
  const orchestrator = createOrchestrator({
    doc: document,
    site,
    url: location.href,
    adapter: adapterForUrl(location.href) ?? GENERIC_ADAPTER,
    generic: GENERIC_ADAPTER,
    transport: engine.turns,
    findPii: engine.findPii,
    scheduler,
    send,
    settings,
    browserLanguages: navigator.languages,
    onBatch: benchProbe(),
  });
  orchestrator.start();
  ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => orchestrator.locationChanged(newUrl.href));
  const unwatch = settingsItem.watch((next) => orchestrator.updateSettings(next ?? DEFAULT_SETTINGS));
  ctx.onInvalidated(() => {
    orchestrator.stop();
    try {
      unwatch();
    } catch {
      // The extension is gone (reloaded or updated): its storage listeners went with it.
    }
  });
}

/**
 * Turns, and the prompt for the privacy guard, go to the background's engine over one port per tab
 * (core/engine-port.ts); its reply, or null when it cannot answer, comes back. The port closes with the
 * content script.
 */
function engineTransport(ctx: ContentScriptContext): {
  turns: Transport;
  findPii: (text: string) => Promise<PiiFinding[] | null>;
} {
  const port = createPortTransport(() => browser.runtime.connect({ name: ENGINE_PORT_NAME }));
  ctx.onInvalidated(() => port.close());
  return {
    turns: (message) => (ctx.isInvalid ? Promise.resolve(null) : port.send(message)),
    findPii: (text) => (ctx.isInvalid ? Promise.resolve(null) : port.findPii(text)),
  };
}

/**
 * `npm run bench:page` serves its page with <html data-repere-bench>: then each processing pass is
 * recorded as a performance measure the benchmark reads from the page (the timeline is shared with
 * the content script's isolated world). Off on every real page.
 */
function benchProbe(): ((start: number, duration: number, kind: BenchKind) => void) | undefined {
  if (!document.documentElement.hasAttribute('data-repere-bench')) return undefined;
  // Recorded after the pass, in a task of its own: a measure costs ≈ 0.3 ms from the isolated world, and
  // the read and send measures recorded inside a pass were counted in that pass.
  const records: [number, number, string][] = [];
  const flush = () => {
    for (const [start, duration, kind] of records.splice(0)) {
      try {
        performance.measure(`repere-ia-sante:${kind}`, { start, duration });
      } catch {
        // Timeline full or unavailable: the benchmark reports what it has.
      }
    }
  };
  return (start, duration, kind) => {
    if (records.push([start, duration, kind]) === 1) setTimeout(flush, 0);
  };
}
