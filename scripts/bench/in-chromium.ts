/**
 * The engine benchmark in Chromium: the V8 that runs the extension (its background service worker analyses the
 * conversation, its content script the prompt being typed). Node 20, which runs `npm run analyze`, ships an older V8;
 * the same engine code runs at a different speed there, so `npm run bench` measures both.
 *
 * The engine and measure.ts are bundled with esbuild into one script and run in a blank page's main thread, the same
 * single thread and the same measurements as in Node. The page is cross-origin isolated (COOP + COEP headers) so that
 * `performance.now()` has its fine resolution (5 µs, against 100 µs otherwise: too coarse for a 0.4 ms call). Nothing
 * leaves the machine: the page and the script are served by Playwright's request routing.
 */
import path from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { findChromium, QUIET_FLAGS, REPO_ROOT } from '../chromium.ts';
import type { RuntimeResult } from './measure.ts';

const ORIGIN = 'https://bench.invalid';

export interface ChromiumResult extends RuntimeResult {
  readonly browser: string;
  /** Whether the page was cross-origin isolated (fine timer resolution). */
  readonly isolated: boolean;
}

async function bundle(): Promise<string> {
  const result = await build({
    entryPoints: [path.join(REPO_ROOT, 'scripts/bench/chromium-entry.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

/** Runs measure.ts's `measureAll` on `batch` in Chromium; null when no Chromium is installed. */
export async function measureInChromium(batch: readonly string[]): Promise<ChromiumResult | null> {
  const executablePath = findChromium();
  if (!executablePath) return null;
  const script = await bundle();
  const browser = await chromium.launch({ executablePath, args: [...QUIET_FLAGS] });
  try {
    const page = await browser.newPage();
    const isolation = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' };
    await page.route(`${ORIGIN}/**`, (route) => {
      const url = new URL(route.request().url());
      if (url.pathname === '/engine.js')
        return route.fulfill({ body: script, contentType: 'text/javascript', headers: isolation });
      return route.fulfill({
        body: '<!doctype html><title>engine bench</title><script src="/engine.js"></script>',
        contentType: 'text/html',
        headers: isolation,
      });
    });
    await page.goto(`${ORIGIN}/`);
    const isolated = await page.evaluate(() => globalThis.crossOriginIsolated);
    const result = await page.evaluate((messages) => globalThis.benchEngine(messages), batch);
    return { ...result, browser: `Chromium ${browser.version()}`, isolated };
  } finally {
    await browser.close();
  }
}
