/**
 * Finding and launching the system Chromium with the built extension loaded.
 *
 * Shared by the end-to-end tests, the demo and the benchmarks. Playwright never downloads a browser
 * here: we drive the Chromium the machine already has (Debian: `apt-get install chromium`).
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext } from 'playwright-core';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CHROME_BUILD_DIR = path.join(REPO_ROOT, '.output', 'chrome-mv3');

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/** The Chromium to drive: $CHROME_PATH, else the first system install found, else undefined. */
export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return CANDIDATES.find((candidate) => existsSync(candidate));
}

export const NO_CHROMIUM_HELP = [
  'No Chromium found.',
  '  Debian/Ubuntu: sudo apt-get install chromium',
  '  Or point CHROME_PATH at a Chromium or Chrome binary: CHROME_PATH=/path/to/chrome npm run demo',
].join('\n');

/** Quiet, offline-friendly Chromium: no background services phoning home (toolchain.md §5). */
export const QUIET_FLAGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-default-apps',
  '--no-default-browser-check',
];

export interface LaunchOptions {
  readonly headless?: boolean;
  /** UI language and Accept-Language (French by default, like our users). */
  readonly locale?: string;
  readonly colorScheme?: 'light' | 'dark';
  /** Extra Chromium flags (for example a remote-debugging port to reach the real side panel). */
  readonly extraArgs?: readonly string[];
  readonly viewport?: { width: number; height: number };
}

/**
 * Launches Chromium with the built extension (.output/chrome-mv3) in a fresh profile.
 * Extensions only load in a persistent context (toolchain.md §5).
 */
export async function launchChromiumWithExtension(options: LaunchOptions = {}): Promise<BrowserContext> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(NO_CHROMIUM_HELP);
  if (!existsSync(path.join(CHROME_BUILD_DIR, 'manifest.json'))) {
    throw new Error(`No built extension in ${CHROME_BUILD_DIR}: run \`npm run build\` first.`);
  }
  const locale = options.locale ?? 'fr-FR';
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'repere-chromium-'));
  return chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: options.headless ?? true,
    locale,
    // On Linux, Chromium takes its UI language (and so navigator.languages in extension pages such as
    // the side panel, which Playwright's locale emulation doesn't reach) from LANGUAGE, not --lang.
    env: { ...process.env, LANGUAGE: locale.replace('-', '_') },
    colorScheme: options.colorScheme ?? 'light',
    viewport: options.viewport ?? { width: 1280, height: 800 },
    args: [
      `--disable-extensions-except=${CHROME_BUILD_DIR}`,
      `--load-extension=${CHROME_BUILD_DIR}`,
      `--lang=${locale}`,
      `--accept-lang=${locale},${locale.split('-')[0]}`,
      ...QUIET_FLAGS,
      ...(options.extraArgs ?? []),
    ],
  });
}
