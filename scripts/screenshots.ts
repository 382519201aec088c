/**
 * `npm run screenshots`: every side-panel view, the options page and the onboarding page, in French,
 * English and easy-to-read French, saved to docs/screenshots/<version>-<view>.png (panel width 400 px).
 * (The panel's first render is measured by `npm run bench:panel`.)
 *
 * The panel is opened as a tab pinned to a seeded tab state (sidepanel.html?tabId=<n>), so each view
 * shows a full example without depending on a live conversation. Nothing leaves the browser: the
 * session's network guard is on.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { findChromium, NO_CHROMIUM_HELP, REPO_ROOT } from './chromium';
import { launchExtension } from './extension-session';
import { ARTICLE_PAGE, ARTICLE_URL, openSeededTab, RICH_STATE, setSettings } from '../tests/e2e/side-panel-helpers';

const OUTPUT_DIR = path.join(REPO_ROOT, 'docs', 'screenshots');
const VIEWS = ['current', 'sheet', 'checklists', 'numbers', 'verify', 'questions'] as const;
const VERSIONS = [
  { id: 'fr', settings: { language: 'fr', easyToRead: false } },
  { id: 'en', settings: { language: 'en', easyToRead: false } },
  { id: 'fr-easy', settings: { language: 'fr', easyToRead: true } },
] as const;
const SAMPLE_ANSWER: Record<string, string> = {
  fr: 'Pour votre mal de tête, prenez 2 comprimés de 1000 mg de paracétamol toutes les 3 heures. Ce traitement est sans aucun risque.',
  en: 'For your headache, take 2 tablets of 1000 mg paracetamol every 3 hours. This treatment is completely risk-free.',
};

async function shoot(page: Page, name: string): Promise<void> {
  await page.locator('main[aria-busy="false"], main.options, main.onboarding').first().waitFor();
  await page.screenshot({ path: path.join(OUTPUT_DIR, `${name}.png`), fullPage: true });
  process.stdout.write(`  ${name}.png\n`);
}

async function main(): Promise<number> {
  if (!findChromium()) {
    process.stderr.write(`${NO_CHROMIUM_HELP}\n`);
    return 1;
  }
  mkdirSync(OUTPUT_DIR, { recursive: true });
  const ext = await launchExtension({ pages: { [ARTICLE_URL]: ARTICLE_PAGE }, colorScheme: 'light' });
  try {
    const tabId = await openSeededTab(ext, RICH_STATE);
    for (const version of VERSIONS) {
      await setSettings(ext, version.settings);
      const page = await ext.openExtensionPage(`sidepanel.html?tabId=${tabId}#current`);
      await page.setViewportSize({ width: 400, height: 800 });
      for (const view of VIEWS) {
        await page.evaluate((hash) => (location.hash = hash), `#${view}`);
        await page.locator(`nav a[data-view="${view}"][aria-current="page"]`).waitFor();
        if (view === 'verify') {
          await page.getByTestId('verify-input').fill(SAMPLE_ANSWER[version.settings.language] ?? '');
          await page.getByTestId('verify-submit').click();
          await page.getByTestId('verify-result').locator('*').first().waitFor();
        }
        if (view === 'checklists') await page.locator('[data-testid="checklist"] input').first().check();
        await shoot(page, `${version.id}-${view}`);
      }
      await page.close();
      for (const name of ['options', 'onboarding']) {
        const other = await ext.openExtensionPage(`${name}.html`);
        await other.setViewportSize({ width: 900, height: 800 });
        // The organisation section waits for storage.managed, which can take seconds without a policy.
        if (name === 'options') await other.getByTestId('organisation-settings').waitFor({ timeout: 15_000 });
        await shoot(other, `${version.id}-${name}`);
        await other.close();
      }
    }
    await setSettings(ext, { theme: 'dark' });
    const dark = await ext.openExtensionPage(`sidepanel.html?tabId=${tabId}#current`);
    await dark.setViewportSize({ width: 400, height: 800 });
    await shoot(dark, 'fr-current-dark');
    await dark.close();
    await setSettings(ext, {});
  } finally {
    await ext.close();
  }
  process.stdout.write(`Screenshots written to ${path.relative(REPO_ROOT, OUTPUT_DIR)}/\n`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
