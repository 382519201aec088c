/**
 * Accessibility of the organisation surfaces (axe-core, no serious or critical violation): the
 * "Votre association" card in the side panel, and the options section with a profile, an import
 * preview and a refused file. French and English, light and dark.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../scripts/chromium';
import { launchExtension, type ExtensionUnderTest } from './harness';
import { describeViolations, seriousViolations, setSettings } from './side-panel-helpers';

declare const chrome: { storage: { local: { set(items: object): Promise<void> } } };

const EXAMPLE_FILE = path.join(REPO_ROOT, 'examples', 'association-regionale.json');
const NATIONAL = JSON.parse(readFileSync(path.join(REPO_ROOT, 'examples', 'ligne-nationale.json'), 'utf8')) as object;

async function expectAccessible(page: Page, where: string) {
  const violations = await seriousViolations(page);
  expect(violations, describeViolations(where, violations)).toEqual([]);
}

for (const colorScheme of ['light', 'dark'] as const) {
  describe(`organisation surfaces, ${colorScheme} theme`, () => {
    let ext: ExtensionUnderTest;
    beforeAll(async () => {
      ext = await launchExtension({ colorScheme });
      await ext.serviceWorker.evaluate(
        (profile) => chrome.storage.local.set({ organisationProfile: profile }),
        NATIONAL,
      );
    });
    afterAll(async () => {
      await ext.close();
    });

    for (const language of ['fr', 'en'] as const) {
      it(`side panel card and options section, ${language}`, async () => {
        await setSettings(ext, { language });
        const panel = await ext.openExtensionPage('sidepanel.html');
        await panel.getByTestId('organisation-card').waitFor();
        await panel.getByTestId('organisation-message').locator('em').waitFor();
        await expectAccessible(panel, `${language}/${colorScheme} side panel card`);
        await panel.close();

        const options = await ext.openExtensionPage('options.html');
        await options.getByTestId('organisation-settings').waitFor();
        await expectAccessible(options, `${language}/${colorScheme} options with an imported profile`);

        await options.getByTestId('organisation-file-input').setInputFiles(EXAMPLE_FILE);
        await options.getByTestId('organisation-preview').waitFor();
        await expectAccessible(options, `${language}/${colorScheme} options, import preview`);

        await options.getByTestId('organisation-file-input').setInputFiles({
          name: 'bad.json',
          mimeType: 'application/json',
          buffer: Buffer.from('{ "name": "", "couleur": 1 }'),
        });
        await options.getByTestId('organisation-refused').waitFor();
        await expectAccessible(options, `${language}/${colorScheme} options, refused file`);
        await options.close();
      });
    }
  });
}
