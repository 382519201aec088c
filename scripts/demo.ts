/**
 * `npm run demo [-- --headless]`: the extension at work without any chatbot account.
 *
 * Serves the built-in demo conversation (scripts/demo/demo-conversation.html) under a chatgpt.com URL
 * inside a local Chromium (request routing: nothing reaches the internet, and the network guard is on),
 * loads the built extension, lets the answer stream in, and opens the side panel.
 *   --headless   writes demo-output/page.png and demo-output/side-panel.png, then exits.
 * Without a display (Linux, no $DISPLAY), it runs headless and says so.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { findChromium, NO_CHROMIUM_HELP, REPO_ROOT } from './chromium';
import { launchExtension } from './extension-session';

const DEMO_FILE = path.join(REPO_ROOT, 'scripts', 'demo', 'demo-conversation.html');
const OUTPUT_DIR = path.join(REPO_ROOT, 'demo-output');

async function main(): Promise<number> {
  if (!findChromium()) {
    process.stderr.write(`${NO_CHROMIUM_HELP}\n`);
    return 1;
  }
  const askedHeadless = process.argv.includes('--headless');
  const noDisplay = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
  const headless = askedHeadless || noDisplay;
  if (noDisplay && !askedHeadless) {
    process.stdout.write('No display found: running headless and saving screenshots instead of opening a window.\n');
  }

  const html = readFileSync(DEMO_FILE, 'utf8');
  const url = /<!--\s*url:\s*(\S+)\s*-->/.exec(html)?.[1];
  if (!url) throw new Error(`${DEMO_FILE} must start with <!-- url: … -->`);

  const session = await launchExtension({ pages: { [url]: html }, sidePanel: true, headless });
  try {
    const page = await session.openPage(url);
    await page.waitForSelector('html[data-demo-stream-done]', { timeout: 30_000 });
    const panel = await session.openSidePanel();
    await page.bringToFront();
    // Give the content script its last analysis pass (after the stream) and the panel its update.
    await page.waitForTimeout(1500);

    if (!headless) {
      process.stdout.write(
        `Demo running: ${url} (served locally) with Repère IA santé loaded.\nClose the browser window to quit.\n`,
      );
      await new Promise<void>((resolve) => session.context.on('close', () => resolve()));
      return 0;
    }

    mkdirSync(OUTPUT_DIR, { recursive: true });
    await page.screenshot({ path: path.join(OUTPUT_DIR, 'page.png') });
    await panel.screenshot({ path: path.join(OUTPUT_DIR, 'side-panel.png'), fullPage: true });
    process.stdout.write(
      `Screenshots written:\n  ${path.relative(REPO_ROOT, path.join(OUTPUT_DIR, 'page.png'))}\n  ${path.relative(REPO_ROOT, path.join(OUTPUT_DIR, 'side-panel.png'))}\n`,
    );
    return 0;
  } finally {
    await session.close().catch((error: unknown) => {
      process.stderr.write(`${String(error)}\n`);
      process.exitCode = 1;
    });
  }
}

main().then(
  (code) => {
    if (code !== 0) process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
