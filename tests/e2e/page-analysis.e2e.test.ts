/**
 * "Analyser cette page", end to end, through the real permission path: the user clicks the toolbar icon
 * on an ordinary (non-chatbot) article, which grants activeTab on that tab and opens the side panel; the
 * panel injects page-extract.js with scripting.executeScript and runs the engine on the main text.
 *
 * The click is Chromium's own `Extensions.triggerAction` (DevTools), which runs the extension action as a
 * toolbar click does — no test-only permission: the manifest is the shipped one (tests/build/manifest.test.ts).
 * A tab whose icon was never clicked is the control: there the panel must say it could not read the page.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionUnderTest } from './harness';

const ARTICLE_URL = 'https://sante.example.org/articles/douleur-thoracique';
const ARTICLE_HTML = `<!doctype html>
<html lang="fr"><head><title>Douleur dans la poitrine : que faire ?</title></head>
<body>
<header><nav><a href="/">Accueil</a> · <a href="/articles">Articles</a></nav></header>
<main><article>
<h1>Douleur dans la poitrine : que faire ?</h1>
<p>Mon père a une douleur dans la poitrine qui serre et qui descend dans le bras gauche depuis vingt minutes.
Il transpire beaucoup et il est essoufflé.</p>
<p>Pour soulager la douleur, prenez 2 comprimés de 1000 mg de paracétamol toutes les 3 heures. Ce traitement
est sans aucun risque et il n’est pas utile de consulter.</p>
<p>Ce texte est un exemple de page de forum santé écrite pour les tests de l’extension. Il est assez long pour
que l’extracteur y reconnaisse un article et laisse de côté la navigation et le pied de page.</p>
</article></main>
<footer><p>Pied de page du site d’exemple.</p></footer>
</body></html>`;

const OTHER_URL = 'https://autre.example.org/page';
const OTHER_HTML =
  '<!doctype html><html lang="fr"><head><title>Autre page</title></head><body><main><p>Une douleur dans la poitrine qui serre.</p></main></body></html>';

let ext: ExtensionUnderTest | undefined;
afterEach(async () => {
  await ext?.close();
  ext = undefined;
});

async function analyse(panel: Page): Promise<void> {
  await panel.getByTestId('analyse-page').click();
  await panel.locator('[data-testid="analyse-result"], [data-testid="analyse-failed"]').first().waitFor({
    timeout: 20_000,
  });
}

describe('Analyser cette page in the real side panel', () => {
  const launch = () =>
    launchExtension({
      pages: { [ARTICLE_URL]: ARTICLE_HTML, [OTHER_URL]: OTHER_HTML },
      sidePanel: true,
      toolbarAction: true,
    });

  it('opens the side panel from the toolbar icon and cannot read a tab whose icon was not clicked', async () => {
    ext = await launch();
    const article = await ext.openPage(ARTICLE_URL);
    // As below: the onboarding tab opens at install, possibly after the article (one run in three failed here
    // before waiting for it: the click landed while the install was still opening that tab).
    await expect
      .poll(() => ext!.context.pages().some((page) => page.url().endsWith('/onboarding.html')), { timeout: 10_000 })
      .toBe(true);
    await article.bringToFront();
    const panel = await ext.clickToolbarIcon(article);
    await panel.getByTestId('analyse-page').waitFor({ timeout: 15_000 });
    // Another tab, icon never clicked there: no activeTab grant, so the panel says it can't read the page.
    const other = await ext.openPage(OTHER_URL);
    await other.bringToFront();
    await analyse(panel);
    expect(await panel.getByTestId('analyse-failed').count()).toBe(1);
    expect(await panel.getByTestId('analyse-result').count()).toBe(0);
  });

  // The background opens the panel from its own action.onClicked handler: Chromium then grants activeTab on
  // the clicked tab (with setPanelBehavior({ openPanelOnActionClick: true }) it did not, and this failed).
  it('reads and analyses the article whose toolbar icon was clicked', async () => {
    ext = await launch();
    const article = await ext.openPage(ARTICLE_URL);
    // The user clicks the icon while reading the article. The onboarding tab opens at install, possibly after the
    // article: wait for it, then bring the article back to the front.
    await expect
      .poll(() => ext!.context.pages().some((page) => page.url().endsWith('/onboarding.html')), { timeout: 10_000 })
      .toBe(true);
    await article.bringToFront();
    const panel = await ext.clickToolbarIcon(article);
    await panel.getByTestId('analyse-page').waitFor({ timeout: 15_000 });
    await analyse(panel);
    const result = panel.getByTestId('analyse-result');
    expect(await result.count()).toBe(1);
    expect(await result.textContent()).toContain('Douleur dans la poitrine : que faire ?');
    // The dosage advice and the "no risk" claim → points to check; the symptoms → guidance cards.
    expect(await result.getByTestId('answer-checks').count()).toBe(1);
    expect(await result.getByTestId('answer-checks').textContent()).toMatch(/dose/i);
    // The excerpt is the article's main text, not the site's navigation or footer.
    const excerpt = await result.locator('details').textContent();
    expect(excerpt).toContain('paracétamol');
    expect(excerpt).not.toContain('Pied de page');
    // The page itself is untouched (Readability ran on a clone).
    expect(await article.locator('footer').count()).toBe(1);
  });
});
