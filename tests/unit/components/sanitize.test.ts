// @vitest-environment jsdom
// jsdom on purpose: happy-dom defeats DOMPurify (see /work/shared/reference/toolchain.md §2).
import { describe, expect, it } from 'vitest';
import { htmlToParagraphs, sanitizeHtml } from '../../../components/sanitize';
import { extractPage } from '../../../entrypoints/page-extract';

describe('sanitizeHtml', () => {
  it('removes scripts, event handlers, styles, forms and frames', () => {
    expect(sanitizeHtml('<img src=x onerror=alert(1)><script>1</script><p>ok</p>')).toBe('<p>ok</p>');
    expect(sanitizeHtml('<p style="color:red" onclick="x()">a</p><iframe src="https://x"></iframe>')).toBe('<p>a</p>');
    expect(sanitizeHtml('<form><input name="q"></form><style>p{}</style><b>b</b>')).toBe('<b>b</b>');
  });

  it('keeps safe links and drops javascript: ones', () => {
    expect(sanitizeHtml('<a href="https://www.has-sante.fr" target="_blank">HAS</a>')).toBe(
      '<a href="https://www.has-sante.fr">HAS</a>',
    );
    expect(sanitizeHtml('<a href="javascript:alert(1)">x</a>')).toBe('<a>x</a>');
  });

  it('survives mutation-XSS classics', () => {
    const out = sanitizeHtml('<svg><p><style><img src=x onerror=alert(1)></style></p></svg><math><mi><a>');
    expect(out).not.toMatch(/onerror|<svg|<math|<style/);
  });
});

describe('htmlToParagraphs', () => {
  it('reads blocks back as plain text, deduplicated and capped', () => {
    const html = '<h2>Titre</h2><p>Un  <b>texte</b></p><script>x</script><ul><li>Point</li><li>Point</li></ul>';
    expect(htmlToParagraphs(html)).toEqual(['Titre', 'Un texte', 'Point']);
    expect(htmlToParagraphs('<p>a</p><p>b</p><p>c</p>', window, 2)).toEqual(['a', 'b']);
  });
});

describe('extractPage (Analyser cette page)', () => {
  it('extracts the main text from a clone and leaves the page untouched', () => {
    const paragraph = 'Le paracétamol se prend toutes les six heures, sans dépasser la dose indiquée. '.repeat(8);
    document.title = 'Article santé';
    document.body.innerHTML = `<nav>Menu Accueil Contact</nav><article><h1>Paracétamol</h1><p>${paragraph}</p><p>${paragraph}</p></article><footer>Pied</footer>`;
    const before = document.body.innerHTML;
    const page = extractPage(document);
    expect(page.textContent).toContain('toutes les six heures');
    expect(page.textContent).not.toContain('Menu Accueil');
    expect(page.content).toContain('<p>');
    expect(document.body.innerHTML).toBe(before);
  });

  it('falls back to the body text when there is no article', () => {
    document.title = 'Court';
    document.body.innerHTML = '<p>Bonjour</p>';
    expect(extractPage(document).textContent).toContain('Bonjour');
  });
});
