/**
 * WCAG 2.2 AA (issue 5): axe-core reports no serious or critical violation on every side-panel view,
 * the options page and the onboarding page, in French, English and easy-to-read French (its own labels),
 * light and dark.
 */
import type { Page } from 'playwright-core';
import type { Settings } from '../../core/settings';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionUnderTest } from './harness';
import {
  ARTICLE_PAGE,
  ARTICLE_URL,
  describeViolations,
  openSeededTab,
  RICH_STATE,
  seriousViolations,
  setSettings,
} from './side-panel-helpers';

const VIEWS = ['current', 'sheet', 'checklists', 'numbers', 'verify', 'questions'] as const;

for (const colorScheme of ['light', 'dark'] as const) {
  describe(`accessibility, ${colorScheme} theme`, () => {
    let ext: ExtensionUnderTest;
    let tabId: number;
    let emptyTabId: number;

    beforeAll(async () => {
      ext = await launchExtension({ pages: { [ARTICLE_URL]: ARTICLE_PAGE }, colorScheme });
      tabId = await openSeededTab(ext, RICH_STATE);
      emptyTabId = await openSeededTab(ext, null);
    });
    afterAll(async () => {
      await ext.close();
    });

    for (const language of ['fr', 'en', 'fr-easy'] as const) {
      const settings: Partial<Settings> =
        language === 'fr-easy' ? { language: 'fr', easyToRead: true } : { language, easyToRead: false };
      it(`side panel views, ${language}`, async () => {
        await setSettings(ext, settings);
        const page = await ext.openExtensionPage(`sidepanel.html?tabId=${tabId}#current`);
        const check = async (where: string, target: Page = page) => {
          await target.locator('main[aria-busy="false"]').waitFor();
          const violations = await seriousViolations(target);
          expect(violations, describeViolations(where, violations)).toEqual([]);
        };
        for (const view of VIEWS) {
          await page.evaluate((hash) => (location.hash = hash), `#${view}`);
          await page.locator(`nav a[data-view="${view}"][aria-current="page"]`).waitFor();
          await check(`${language}/${colorScheme} #${view}`);
        }
        // Interactive states: a ticked sign (the call-now alert) and a question added by hand.
        await page.evaluate(() => (location.hash = '#current'));
        await page.locator('[data-testid="checklist"] input[type="checkbox"]').first().check();
        await page.getByTestId('checklist-alert').waitFor();
        await check(`${language}/${colorScheme} #current with a ticked sign`);
        await page.evaluate(() => (location.hash = '#questions'));
        await page.locator('[data-testid="doctor-questions"] form input').fill('Une question ?');
        await page.locator('[data-testid="doctor-questions"] form button[type="submit"]').click();
        await check(`${language}/${colorScheme} #questions filled`);
        await page.close();

        const empty = await ext.openExtensionPage(`sidepanel.html?tabId=${emptyTabId}`);
        await check(`${language}/${colorScheme} not a chatbot page (guidance sheet)`, empty);
        await empty.close();
      });

      it(`options and onboarding pages, ${language}`, async () => {
        await setSettings(ext, settings);
        for (const name of ['options', 'onboarding']) {
          const page = await ext.openExtensionPage(`${name}.html`);
          await page.locator('h1').waitFor();
          const violations = await seriousViolations(page);
          expect(violations, describeViolations(`${language}/${colorScheme} ${name}`, violations)).toEqual([]);
          await page.close();
        }
      });
    }
  });
}
