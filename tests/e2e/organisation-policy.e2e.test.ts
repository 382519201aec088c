/**
 * A profile set by enterprise policy, the way an IT team deploys it: Chromium reads
 * /etc/chromium/policies/managed/*.json at start-up (Google Chrome: /etc/opt/chrome/…), and
 * `3rdparty.extensions.<id>` reaches the extension's storage.managed (checked against
 * public/managed-schema.json). The profile is applied, the options page says it is managed (and offers
 * no import), and the side panel shows it.
 *
 * Writing to /etc needs root (CI runs as root). Elsewhere the test skips with a message, except under
 * CI=true where it must run.
 */
import { accessSync, constants, existsSync, mkdirSync, readFileSync, rmSync, rmdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findChromium, REPO_ROOT } from '../../scripts/chromium';
import { CHROME_EXTENSION_ID } from '../../scripts/extension-identity';
import { launchExtension } from './harness';

// Debian's Chromium reads /etc/chromium/policies; Google Chrome (CHROME_PATH) reads /etc/opt/chrome/policies.
// Each folder from the top, so the test can create (and afterwards remove) the ones that are missing.
const POLICY_DIRS = /chromium/.test(findChromium() ?? '')
  ? ['/etc/chromium', '/etc/chromium/policies', '/etc/chromium/policies/managed']
  : ['/etc/opt', '/etc/opt/chrome', '/etc/opt/chrome/policies', '/etc/opt/chrome/policies/managed'];
const POLICY_DIR = POLICY_DIRS.at(-1)!;
const POLICY_FILE = path.join(POLICY_DIR, 'repere-ia-sante-e2e-test.json');
const PROFILE = JSON.parse(readFileSync(path.join(REPO_ROOT, 'examples', 'ligne-nationale.json'), 'utf8')) as {
  name: string;
};

/** Creates the policy folder if needed; returns the folders created (to remove afterwards), or undefined. */
function preparePolicyDir(): string[] | undefined {
  const created: string[] = [];
  try {
    for (const dir of POLICY_DIRS) {
      if (!existsSync(dir)) {
        mkdirSync(dir);
        created.push(dir);
      }
    }
    accessSync(POLICY_DIR, constants.W_OK);
    return created;
  } catch {
    removeDirs(created);
    return undefined;
  }
}

/** Removes the folders the test created, deepest first (only if empty: rmdir). */
function removeDirs(created: readonly string[]): void {
  for (const dir of [...created].reverse()) {
    try {
      rmdirSync(dir);
    } catch {
      // Not empty (someone else put a policy there) or already gone: leave it.
    }
  }
}

describe('organisation profile from enterprise policy', () => {
  it('is applied, shown as managed in the options page, and shown in the side panel', async (context) => {
    const created = preparePolicyDir();
    if (!created) {
      const reason = `${POLICY_DIR} is not writable (run as root, as CI does, to test managed policies)`;
      if (process.env.CI === 'true') throw new Error(`${reason}; under CI=true this test must run`);
      console.warn(`Skipping the managed-policy test: ${reason}.`);
      context.skip(reason);
      return;
    }
    try {
      const { $schema: _schema, ...profile } = PROFILE as { $schema?: string; name: string };
      writeFileSync(
        POLICY_FILE,
        JSON.stringify({ '3rdparty': { extensions: { [CHROME_EXTENSION_ID]: { organisationProfile: profile } } } }),
      );
      const ext = await launchExtension();
      try {
        const options = await ext.openExtensionPage('options.html');
        const managed = options.getByTestId('organisation-managed');
        await managed.waitFor({ timeout: 10_000 });
        expect(await managed.textContent()).toContain('géré par votre organisation');
        expect(await options.getByTestId('organisation-settings').textContent()).toContain(PROFILE.name);
        expect(await options.getByTestId('organisation-file-input').count()).toBe(0);

        // Its settings defaults were applied once (the sites list → the other sites switched off).
        await expect
          .poll(async () => (await ext.storage('local'))['settings'], { timeout: 10_000 })
          .toMatchObject({ disabledSites: ['deepseek', 'meta-ai', 'grok', 'huggingchat'] });

        const panel = await ext.openExtensionPage('sidepanel.html');
        const card = panel.getByTestId('organisation-card');
        await card.waitFor({ timeout: 10_000 });
        expect(await card.textContent()).toContain(PROFILE.name);
        expect(await card.getByRole('link', { name: /Appeler Écoute Santé Info/ }).getAttribute('href')).toBe(
          'tel:0977420000',
        );
      } finally {
        await ext.close();
      }
    } finally {
      // Other Chromium runs on this machine must not inherit the test policy.
      rmSync(POLICY_FILE, { force: true });
      removeDirs(created);
    }
  });
});
