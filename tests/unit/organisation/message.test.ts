// @vitest-environment jsdom
/**
 * The short message: the Markdown subset renders as documented, and nothing an organisation (or
 * someone who tampered with a profile file) writes can become script, style or a dangerous link.
 * Run under jsdom: DOMPurify is not safe to test under happy-dom (toolchain.md §2).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markdownToHtml } from '../../../core/organisation/markdown';
import { renderMessage, sanitiseMessageHtml } from '../../../core/organisation/message';

function rendered(source: string): string {
  const container = document.createElement('div');
  container.replaceChildren(renderMessage(source, window));
  return container.innerHTML;
}

describe('Markdown subset', () => {
  it.each([
    ['Bonjour', '<p>Bonjour</p>'],
    ['**gras** et *italique* et _aussi_', '<p><strong>gras</strong> et <em>italique</em> et <em>aussi</em></p>'],
    ['ligne 1\nligne 2', '<p>ligne 1<br>ligne 2</p>'],
    ['un\n\ndeux', '<p>un</p><p>deux</p>'],
    ['- un\n- deux', '<ul><li>un</li><li>deux</li></ul>'],
    ['* un\n* **deux**', '<ul><li>un</li><li><strong>deux</strong></li></ul>'],
    ['[Aide](https://www.example.org/aide)', '<p><a href="https://www.example.org/aide">Aide</a></p>'],
    ['[01 99 00 12 34](tel:0199001234)', '<p><a href="tel:0199001234">01 99 00 12 34</a></p>'],
    ['2 * 3 * 4', '<p>2 * 3 * 4</p>'],
    ['snake_case_name', '<p>snake_case_name</p>'],
  ])('%j → %s', (source, html) => {
    expect(markdownToHtml(source)).toBe(html);
  });

  it('leaves links to anything but https: and tel: as text', () => {
    expect(markdownToHtml('[x](http://example.org) [y](javascript:alert(1))')).toBe(
      '<p>[x](http://example.org) [y](javascript:alert(1))</p>',
    );
  });

  it('keeps emphasis markers inside a URL intact', () => {
    expect(markdownToHtml('[lien](https://example.org/a_b_c/*x*)')).toBe(
      '<p><a href="https://example.org/a_b_c/*x*">lien</a></p>',
    );
  });

  it('escapes HTML typed in the message', () => {
    expect(markdownToHtml('<b>bold</b> & "quotes"')).toBe('<p>&lt;b&gt;bold&lt;/b&gt; &amp; &quot;quotes&quot;</p>');
  });
});

describe('rendered message (Markdown → DOMPurify → DOM nodes)', () => {
  it('shows HTML as text: no element is created from it', () => {
    const html = rendered('<img src=x onerror="alert(1)"><script>alert(2)</script>');
    expect(html).toBe('<p>&lt;img src=x onerror="alert(1)"&gt;&lt;script&gt;alert(2)&lt;/script&gt;</p>');
  });

  it('opens web links in a new tab without an opener; tel: links stay as they are', () => {
    expect(rendered('[Aide](https://www.example.org) [Appeler](tel:3114)')).toBe(
      '<p><a href="https://www.example.org" target="_blank" rel="noopener noreferrer">Aide</a> <a href="tel:3114">Appeler</a></p>',
    );
  });

  it('cannot break out of an href with quotes', () => {
    const html = rendered('[x](https://example.org/"onmouseover="alert(1))');
    const container = document.createElement('div');
    container.innerHTML = html;
    for (const element of container.querySelectorAll('*')) {
      expect([...element.attributes].map((attribute) => attribute.name)).not.toContain('onmouseover');
    }
  });
});

describe('sanitiser allow-list (the safety net behind the renderer)', () => {
  it.each([
    ['<img src=x onerror=alert(1)>', ''],
    ['<script>alert(1)</script>ok', 'ok'],
    ['<a href="javascript:alert(1)">x</a>', '<a>x</a>'],
    ['<a href="http://example.org">x</a>', '<a>x</a>'],
    ['<a href="data:text/html,x">x</a>', '<a>x</a>'],
    ['<p style="color:red" onclick="x()">t</p>', '<p>t</p>'],
    ['<iframe src="https://example.org"></iframe>', ''],
    ['<form action="https://example.org"><input></form>', ''],
    ['<svg><a href="https://e.org">s</a></svg>', ''],
    ['<strong>ok</strong><em>ok</em><ul><li>ok</li></ul>', '<strong>ok</strong><em>ok</em><ul><li>ok</li></ul>'],
  ])('%s → %s', (input, output) => {
    expect(sanitiseMessageHtml(input, window)).toBe(output);
  });

  it('never lets through elements or attributes outside the allow-list, whatever the message', () => {
    const allowedTags = new Set(['P', 'BR', 'STRONG', 'EM', 'UL', 'LI', 'A']);
    const allowedAttributes = new Set(['href', 'target', 'rel']);
    const pieces = fc.constantFrom(
      '<',
      '>',
      '"',
      "'",
      '**',
      '*',
      '_',
      '[',
      '](',
      ')',
      'https://e.org/',
      'tel:15',
      'javascript:',
      '<script>',
      '<img src=x onerror=y>',
      'onload=',
      '\n',
      '\n\n',
      '- ',
      'texte',
      ' ',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
        const container = document.createElement('div');
        container.replaceChildren(renderMessage(parts.join(''), window));
        for (const element of container.querySelectorAll('*')) {
          expect(allowedTags.has(element.tagName)).toBe(true);
          for (const attribute of element.attributes) {
            expect(allowedAttributes.has(attribute.name)).toBe(true);
            if (attribute.name === 'href') expect(attribute.value).toMatch(/^(https:|tel:)/);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
