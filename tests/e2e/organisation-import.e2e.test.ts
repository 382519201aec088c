/**
 * Importing an organisation profile in real Chromium: a bad file is refused with its problems and
 * changes nothing; an example profile, once previewed and applied, shows in the side panel as
 * "Votre association" with tap-to-call links, and its settings defaults are stored; a later bad
 * file leaves it in place.
 */
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../scripts/chromium';
import { launchExtension, type ExtensionUnderTest } from './harness';

const EXAMPLE = path.join(REPO_ROOT, 'examples', 'association-regionale.json');

let ext: ExtensionUnderTest | undefined;
afterEach(async () => {
  await ext?.close();
  ext = undefined;
});

describe('organisation profile import', () => {
  it('refuses a bad file, then imports an example and shows its contact card in the side panel', async () => {
    ext = await launchExtension({ sidePanel: true });
    const extension = ext;
    const options = await extension.openExtensionPage('options.html');
    const input = options.getByTestId('organisation-file-input');

    await input.setInputFiles({
      name: 'mauvais.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ name: 'Asso', contacts: [{ label: 'Écoute', phone: 'douze' }] })),
    });
    const refused = options.getByTestId('organisation-refused');
    await refused.waitFor();
    expect(await refused.textContent()).toContain('contacts[0].phone');
    expect(await extension.storage('local')).not.toHaveProperty('organisationProfile');

    await input.setInputFiles(EXAMPLE);
    const preview = options.getByTestId('organisation-preview');
    await preview.waitFor();
    expect(await preview.textContent()).toContain('Aidants du Val-de-Loire');
    await preview.getByTestId('organisation-apply').click();
    await options.getByTestId('organisation-applied').waitFor();

    await expect
      .poll(async () => (await extension.storage('local'))['organisationProfile'], { timeout: 10_000 })
      .toMatchObject({ name: 'Aidants du Val-de-Loire (exemple fictif)' });
    expect((await extension.storage('local'))['settings']).toMatchObject({ easyToRead: true, language: 'fr' });

    // The real side panel (opened by a user gesture, reached over DevTools: docs/decisions.md §3).
    const panel = await extension.openSidePanel();
    const card = panel.getByTestId('organisation-card');
    await card.waitFor({ timeout: 10_000 });
    expect(await card.getByRole('heading', { name: 'Votre association' }).count()).toBe(1);
    const call = card.getByRole('link', { name: /Appeler Ligne d’écoute des aidants/ });
    expect(await call.getAttribute('href')).toBe('tel:0199001234');
    expect(await card.getByTestId('organisation-message').locator('strong').first().textContent()).toBe('Appelez-nous');

    // A later bad file (here: over 64 KB) is refused whole; the applied profile stays in place.
    const before = await extension.storage('local');
    await input.setInputFiles({
      name: 'trop-gros.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ name: 'Asso', description: 'x'.repeat(70 * 1024) })),
    });
    await expect.poll(() => refused.textContent(), { timeout: 10_000 }).toContain('64 Ko au plus');
    expect(await extension.storage('local')).toEqual(before);
    expect(await card.textContent()).toContain('Aidants du Val-de-Loire');
  });
});
