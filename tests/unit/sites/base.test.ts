// @vitest-environment jsdom
/**
 * The shared base: plain text without labels or injected widgets, visible composers without layout,
 * conversation ids, stable keys under virtualisation, streaming → complete, and never throwing.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { composerText, findComposer } from '../../../sites/dom';
import { ADAPTERS, GENERIC_ADAPTER } from '../../../sites/registry';
import { cachedElementText, elementText, ignoreChangesUnder, textChanged, watchTextUnder } from '../../../sites/text';
import { fixturesDir, fixtureUrl, loadDocument } from './load-page';
import type { SiteAdapter } from '../../../sites/types';

function fragment(html: string): HTMLElement {
  const host = document.createElement('div');
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  host.append(...Array.from(parsed.body.childNodes, (node) => document.importNode(node, true)));
  document.body.replaceChildren(host);
  return host;
}

function fixtureDoc(site: string, name: string): Document {
  const html = readFileSync(path.join(fixturesDir, site, `${name}.html`), 'utf8');
  return loadDocument(html, fixtureUrl(html, name));
}

const ALL = [...Object.values(ADAPTERS), GENERIC_ADAPTER];

describe('elementText', () => {
  it('drops screen-reader labels, hidden copies, buttons, styles and templates', () => {
    const el = fragment(
      '<h4 class="sr-only">Vous avez dit :</h4><p>J’ai mal<button>Copier</button> à la tête.</p><span aria-hidden="true">x</span><style>p{}</style><script>1</script><template><p>t</p></template><span class="cdk-visually-hidden">Gemini a dit</span>',
    );
    expect(elementText(el)).toBe('J’ai mal à la tête.');
  });

  it('strips a visible leading label but not the same words later', () => {
    expect(elementText(fragment('<p>ChatGPT a dit : Bonjour</p>'))).toBe('Bonjour');
    expect(elementText(fragment('<p>You said: hello</p>'))).toBe('hello');
    expect(elementText(fragment('<p>Mon médecin a dit : repos. Vous avez dit : oui</p>'))).toBe(
      'Mon médecin a dit : repos. Vous avez dit : oui',
    );
  });

  it('keeps one line per block, pre text as is, table rows on one line, TeX once', () => {
    const el = fragment(
      '<p>Un</p><ul><li>deux</li><li>trois</li></ul><pre>a\n  b</pre><table><tr><td>x</td><td>y</td></tr></table><span class="katex"><span class="katex-mathml"><math><semantics><mi>e</mi><annotation encoding="application/x-tex">e^{i\\pi}</annotation></semantics></math></span><span class="katex-html" aria-hidden="true">eiπ</span></span>',
    );
    expect(elementText(el)).toBe('Un\ndeux\ntrois\na\nb\nx y\ne^{i\\pi}');
  });

  it('never reads shadow hosts or editors injected by other extensions', () => {
    const el = fragment('<p>Texte</p><span id="host">hôte</span><grammarly-extension>G</grammarly-extension>');
    el.querySelector('#host')!.attachShadow({ mode: 'open' }).append('secret');
    expect(elementText(el)).toBe('Texte');
  });
});

describe('cachedElementText', () => {
  it('re-reads an element whose text changed, when nobody reports changes', () => {
    const el = fragment('<p>avant</p>');
    expect(cachedElementText(el)).toBe('avant');
    el.querySelector('p')!.textContent = 'après';
    expect(cachedElementText(el)).toBe('après');
  });

  it('under a watched root, trusts the cache until a change below the element is reported', () => {
    const host = fragment('<div id="a"><p>un</p></div><div id="b"><p>deux</p></div>');
    const [a, b] = [host.querySelector('#a')!, host.querySelector('#b')!];
    watchTextUnder(host);
    try {
      expect([cachedElementText(a), cachedElementText(b)]).toEqual(['un', 'deux']);
      const paragraph = a.querySelector('p')!;
      paragraph.firstChild!.nodeValue = 'un bis';
      // Not reported yet: the cached text stands (the content script's observer always reports it).
      expect(cachedElementText(a)).toBe('un');
      textChanged(paragraph.firstChild!);
      expect(cachedElementText(a)).toBe('un bis');
      // An element outside the watched root is still validated against its textContent.
      const outside = document.createElement('div');
      outside.textContent = 'dehors';
      document.body.append(outside);
      expect(cachedElementText(outside)).toBe('dehors');
      outside.textContent = 'encore dehors';
      expect(cachedElementText(outside)).toBe('encore dehors');
    } finally {
      watchTextUnder(null);
    }
  });
});

describe('findComposer', () => {
  it.each([
    ['hidden', '<textarea hidden></textarea>'],
    ['aria-hidden ancestor', '<div aria-hidden="true"><textarea></textarea></div>'],
    ['display:none', '<textarea style="display: none"></textarea>'],
    ['visibility:hidden ancestor', '<div style="visibility: hidden"><textarea></textarea></div>'],
    ['zero size', '<div style="height: 0px"><textarea></textarea></div>'],
    ['data-hidden', '<div data-hidden=""><textarea></textarea></div>'],
    ['inert', '<div inert><textarea></textarea></div>'],
  ])('skips a %s twin and returns the visible editor', (_label, twin) => {
    const root = fragment(`<form>${twin}<div class="ProseMirror" contenteditable="true"></div></form>`);
    const found = findComposer(root, ['textarea', '[contenteditable="true"]']);
    expect(found?.kind).toBe('prosemirror');
  });

  it.each([
    ['<textarea></textarea>', 'textarea'],
    ['<div class="tiptap ProseMirror" contenteditable="true"></div>', 'tiptap'],
    ['<div class="ProseMirror" contenteditable="true"></div>', 'prosemirror'],
    ['<div data-lexical-editor="true" contenteditable="true"></div>', 'lexical'],
    ['<div class="ql-editor" contenteditable="true"></div>', 'quill'],
    ['<div contenteditable="true"></div>', 'contenteditable'],
  ])('recognises %s', (html, kind) => {
    expect(findComposer(fragment(`<form>${html}</form>`), ['form > *'])?.kind).toBe(kind);
  });

  it('finds the editor inside a matched wrapper, never the Quill clipboard or a non-editor', () => {
    const root = fragment(
      '<div class="wrap"><div class="ql-clipboard" contenteditable="true"></div></div><div class="wrap"><div class="ql-editor" contenteditable="true"></div></div><input class="wrap">',
    );
    expect(findComposer(root, ['.wrap'])?.element.className).toBe('ql-editor');
    expect(findComposer(fragment('<input class="x">'), ['.x'])).toBeNull();
  });

  it('reads typed text without the shadow roots other extensions inject into the editor', () => {
    const root = fragment('<div class="ProseMirror" contenteditable="true"><p>Mon NIR</p><span id="qb"></span></div>');
    root.querySelector('#qb')!.attachShadow({ mode: 'open' }).append('QuillBot suggestion');
    const composer = findComposer(root, ['.ProseMirror'])!;
    expect(composerText(composer)).toBe('Mon NIR');
    const textarea = findComposer(fragment('<textarea></textarea>'), ['textarea'])!;
    (textarea.element as HTMLTextAreaElement).value = 'bonjour';
    expect(composerText(textarea)).toBe('bonjour');
  });
});

describe('conversationId', () => {
  it.each([
    ['chatgpt', 'https://chatgpt.com/', null],
    ['chatgpt', 'https://chatgpt.com/?temporary-chat=true', null],
    ['chatgpt', 'https://chatgpt.com/c/local-1234', null],
    ['chatgpt', 'https://chatgpt.com/c/6a1f-0c2e', '6a1f-0c2e'],
    ['chatgpt', 'https://chatgpt.com/g/g-abc-sante/c/6a1f', '6a1f'],
    ['chatgpt', 'https://chat.openai.com/share/abc', 'abc'],
    ['claude', 'https://claude.ai/new', null],
    ['claude', 'https://claude.ai/chat/0b6e-3c52', '0b6e-3c52'],
    ['gemini', 'https://gemini.google.com/app', null],
    ['gemini', 'https://gemini.google.com/u/1/app/5e1f0c0a', '5e1f0c0a'],
    ['gemini', 'https://gemini.google.com/gem/coach/5e1f', '5e1f'],
    ['mistral', 'https://chat.mistral.ai/chat', null],
    ['mistral', 'https://chat.mistral.ai/chat/9d3c', '9d3c'],
    ['copilot', 'https://copilot.microsoft.com/', null],
    ['copilot', 'https://copilot.microsoft.com/chats/Xy7k', 'Xy7k'],
    ['perplexity', 'https://www.perplexity.ai/search?q=fievre', null],
    ['perplexity', 'https://www.perplexity.ai/search/fievre-k3J9', 'fievre-k3J9'],
    ['deepseek', 'https://chat.deepseek.com/', null],
    ['deepseek', 'https://chat.deepseek.com/a/chat/s/7f3e', '7f3e'],
    ['deepseek', 'https://chat.deepseek.com/chat/s/7f3e', '7f3e'],
    ['meta-ai', 'https://www.meta.ai/', null],
    ['meta-ai', 'https://www.meta.ai/prompt/2c7b', '2c7b'],
    ['grok', 'https://grok.com/', null],
    ['grok', 'https://grok.com/c/8e2d?rid=1', '8e2d'],
    ['huggingchat', 'https://huggingface.co/chat/', null],
    ['huggingchat', 'https://huggingface.co/chat/conversation/66a1', '66a1'],
  ] as const)('%s %s → %s', (site, url, id) => {
    expect(ADAPTERS[site].conversationId(new URL(url))).toBe(id);
  });
});

describe('turn keys and streaming', () => {
  // Sites whose markup carries a message id: keys survive virtualised lists unmounting older turns.
  it.each(['chatgpt', 'gemini', 'mistral', 'copilot', 'deepseek', 'meta-ai', 'grok', 'huggingchat'] as const)(
    '%s keeps the keys of the remaining turns when the first one is unmounted',
    (site) => {
      const doc = fixtureDoc(site, 'conversation');
      const adapter = ADAPTERS[site];
      const before = adapter.readTurns(doc).map((turn) => turn.key);
      const turnEls = doc.querySelectorAll(
        '[data-chatgpt-search-unit-key], user-query, [data-message-author-role], [data-content="user-message"], [data-virtual-list-item-key], [data-message-item], [id^="response-"], [data-message-type]',
      );
      turnEls[0]!.remove();
      const after = adapter.readTurns(doc).map((turn) => turn.key);
      expect(after.length).toBeLessThan(before.length);
      expect(before.slice(before.length - after.length)).toEqual(after);
    },
  );

  it('turns a streaming answer complete, same key, once the site says it is done', () => {
    const doc = fixtureDoc('chatgpt', 'streaming');
    const adapter = ADAPTERS.chatgpt;
    const streaming = adapter.readTurns(doc).at(-1)!;
    expect(streaming.complete).toBe(false);
    doc.querySelector('[data-testid="stop-button"]')!.remove();
    doc.querySelector('[data-stream-active]')!.removeAttribute('data-stream-active');
    doc.querySelector('[role="status"][aria-busy]')!.remove();
    doc.querySelector('[data-talvt-turn-state="streaming"]')!.setAttribute('data-talvt-turn-state', 'complete');
    const done = adapter.readTurns(doc).at(-1)!;
    expect(done).toMatchObject({ key: streaming.key, complete: true });
  });

  it('reads blocks a streaming answer adds after the first read', () => {
    const doc = fixtureDoc('meta-ai', 'streaming');
    expect(ADAPTERS['meta-ai'].readTurns(doc).at(-1)!.text).not.toContain('Nouveau bloc');
    const block = doc.createElement('div');
    block.className = 'ur-markdown prose';
    block.textContent = 'Nouveau bloc.';
    doc
      .querySelectorAll('.markdown-content')
      .item(doc.querySelectorAll('.markdown-content').length - 1)
      .append(block);
    expect(ADAPTERS['meta-ai'].readTurns(doc).at(-1)!.text).toMatch(/en parler\nNouveau bloc\.$/);
  });

  it('does not mark the previous answer as streaming once the user has asked again', () => {
    const doc = fixtureDoc('claude', 'conversation');
    const list = doc.querySelector('[data-testid="virtual-message-list"]')!;
    const next = doc.querySelector('[data-test-render-count]')!.cloneNode(true);
    list.append(next);
    list.insertAdjacentHTML('afterend', '<button aria-label="Arrêter la réponse"></button>');
    expect(ADAPTERS.claude.readTurns(doc).every((turn) => turn.complete)).toBe(true);
  });
});

describe('reading again under a watched root (what the content script does after each batch)', () => {
  /** The text node starting with a turn's text (not a hidden "Vous avez dit : …" label repeating it). */
  function textNodeOf(doc: Document, text: string): Text {
    const walker = doc.createTreeWalker(doc.body, 4);
    const start = text.slice(0, 12);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if ((node.nodeValue ?? '').trimStart().startsWith(start)) return node as Text;
    }
    throw new Error(`no text node for ${start}`);
  }

  /** Runs `check` on a site's conversation fixture whose body is watched, as the content script's observer does. */
  function withWatchedFixture(site: keyof typeof ADAPTERS, check: (doc: Document, adapter: SiteAdapter) => void): void {
    const doc = fixtureDoc(site, 'conversation');
    watchTextUnder(doc.body);
    try {
      check(doc, ADAPTERS[site]);
    } finally {
      watchTextUnder(null);
    }
  }

  it.each(Object.keys(ADAPTERS) as (keyof typeof ADAPTERS)[])(
    '%s re-reads exactly the turns under which a change was reported',
    (site) =>
      withWatchedFixture(site, (doc, adapter) => {
        const first = adapter.readTurns(doc);
        expect(adapter.readTurns(doc)).toEqual(first);
        const node = textNodeOf(doc, first[0]!.text);
        node.nodeValue = `${node.nodeValue} (modifié)`;
        // Not reported: the earlier read stands (the content script's observer reports every change).
        expect(adapter.readTurns(doc)[0]!.text).toBe(first[0]!.text);
        textChanged(node);
        const again = adapter.readTurns(doc);
        expect(again[0]!.text).toContain('(modifié)');
        expect(again.slice(1)).toEqual(first.slice(1));
      }),
  );

  it.each(Object.keys(ADAPTERS) as (keyof typeof ADAPTERS)[])(
    '%s: a change under the last turn re-reads only that turn; a change elsewhere, everything',
    (site) =>
      withWatchedFixture(site, (doc, adapter) => {
        const first = adapter.readTurns(doc);
        const last = textNodeOf(doc, first[first.length - 1]!.text);
        last.nodeValue = `${last.nodeValue} (suite)`;
        textChanged(last);
        const streamed = adapter.readTurns(doc);
        expect(streamed.map((turn) => turn.key)).toEqual(first.map((turn) => turn.key));
        expect(streamed[streamed.length - 1]!.text).toContain('(suite)');
        expect(streamed.slice(0, -1)).toEqual(first.slice(0, -1));
        // A change in an earlier turn after that: read again too.
        const earlier = textNodeOf(doc, first[0]!.text);
        earlier.nodeValue = `${earlier.nodeValue} (corrigé)`;
        textChanged(earlier);
        const again = adapter.readTurns(doc);
        expect(again[0]!.text).toContain('(corrigé)');
        expect(again[again.length - 1]!.text).toContain('(suite)');
      }),
  );

  it('keeps the turns before a streaming answer as they were read (same objects, no DOM work)', () =>
    withWatchedFixture('chatgpt', (doc) => {
      const first = ADAPTERS.chatgpt.readTurns(doc);
      const last = textNodeOf(doc, first[first.length - 1]!.text);
      // Changed without a report: the turns before the last are not read again (the same objects below).
      const firstTurnText = textNodeOf(doc, first[0]!.text);
      firstTurnText.nodeValue = 'jamais relu';
      last.nodeValue = `${last.nodeValue} (suite)`;
      textChanged(last);
      const streamed = ADAPTERS.chatgpt.readTurns(doc);
      for (let i = 0; i < first.length - 1; i++) expect(streamed[i]).toBe(first[i]);
      expect(streamed[0]!.text).not.toBe('jamais relu');
      // A new turn (a change under the list, outside the last turn) is a full read again.
      let lastTurn: Node = last;
      while (lastTurn.parentNode && !lastTurn.parentNode.contains(firstTurnText)) lastTurn = lastTurn.parentNode;
      (lastTurn as Element).after(lastTurn.cloneNode(true));
      textChanged(lastTurn.parentNode!);
      expect(ADAPTERS.chatgpt.readTurns(doc).length).toBe(first.length + 1);
    }));

  it('keeps the turns before the last when the site marks the answer finished on an ancestor', () =>
    withWatchedFixture('chatgpt', (doc) => {
      const first = ADAPTERS.chatgpt.readTurns(doc);
      const lastUnit = [...doc.querySelectorAll('[data-chatgpt-search-unit-key]')].at(-1)!;
      const wrapper = lastUnit.closest('[data-talvt-turn-state]')!;
      wrapper.setAttribute('data-talvt-turn-state', 'complete');
      textChanged(wrapper, true);
      const read = ADAPTERS.chatgpt.readTurns(doc);
      for (let i = 0; i < first.length - 1; i++) expect(read[i]).toBe(first[i]);
      // The same attribute change on an earlier turn's own element is a full read (its role or text may differ).
      const earlier = doc.querySelector('[data-chatgpt-search-unit-key]')!;
      earlier.setAttribute('data-chatgpt-search-unit-key', 'conv:0:user');
      textChanged(earlier, true);
      expect(ADAPTERS.chatgpt.readTurns(doc)[0]).not.toBe(first[0]);
    }));

  it('counts changes under the editor as no change to the turns', () =>
    withWatchedFixture('chatgpt', (doc) => {
      const first = ADAPTERS.chatgpt.readTurns(doc);
      const editor = ADAPTERS.chatgpt.composer(doc)!.element;
      ignoreChangesUnder(editor);
      try {
        editor.textContent = 'Ma mère a';
        expect(textChanged(editor.firstChild!)).toBe(false);
        const read = ADAPTERS.chatgpt.readTurns(doc);
        for (let i = 0; i < first.length - 1; i++) expect(read[i]).toBe(first[i]);
        expect(textChanged(editor.parentNode!)).toBe(true);
      } finally {
        ignoreChangesUnder(null);
      }
    }));

  it('never trusts a turn outside the watched root', () => {
    const doc = fixtureDoc('chatgpt', 'conversation');
    watchTextUnder(doc.createElement('div'));
    try {
      const first = ADAPTERS.chatgpt.readTurns(doc);
      const node = textNodeOf(doc, first[0]!.text);
      node.nodeValue = 'Texte remplacé';
      expect(ADAPTERS.chatgpt.readTurns(doc)[0]!.text).toBe('Texte remplacé');
    } finally {
      watchTextUnder(null);
    }
  });
});

describe('prefetchText (a long first read spread over frames)', () => {
  it.each(Object.keys(ADAPTERS) as (keyof typeof ADAPTERS)[])(
    '%s reads one message per slice, then reads the same turns as without it',
    (site) => {
      const expected = ADAPTERS[site].readTurns(fixtureDoc(site, 'conversation'));
      const doc = fixtureDoc(site, 'conversation');
      const adapter = ADAPTERS[site];
      let slices = 0;
      // A slice that stops as soon as it did any work: one message per call.
      for (;;) {
        let calls = 0;
        const done = adapter.prefetchText!(doc, () => (calls += 1) > 1);
        slices += 1;
        if (done) break;
        expect(slices).toBeLessThan(100);
        // Meanwhile, the newest turns read so far are the conversation's end, as a full read gives it.
        const newest = adapter.readNewestTurns!(doc);
        expect(newest.length).toBeGreaterThan(0);
        expect(newest).toEqual(expected.slice(expected.length - newest.length));
      }
      expect(slices).toBeGreaterThan(1);
      expect(adapter.readTurns(doc)).toEqual(expected);
      // Nothing left to read: the next call is done at once, without reading.
      expect(adapter.prefetchText!(doc, () => true)).toBe(true);
    },
  );
});

describe('never throws', () => {
  it.each(ALL.map((adapter) => [adapter.id, adapter] as const))('%s on an empty or hostile page', (_id, adapter) => {
    const empty = document.implementation.createHTMLDocument('');
    expect(adapter.readTurns(empty)).toEqual([]);
    expect(adapter.composer(empty)).toBeNull();
    expect(adapter.isConversationPage(new URL('https://example.com/'), empty)).toBe(false);
    const hostile = document.implementation.createHTMLDocument('');
    hostile.querySelectorAll = () => {
      throw new Error('boom');
    };
    hostile.querySelector = () => {
      throw new Error('boom');
    };
    expect(adapter.readTurns(hostile)).toEqual([]);
    expect(adapter.composer(hostile)).toBeNull();
    expect(() => adapter.observeRoot(hostile)).not.toThrow();
    expect(adapter.isConversationPage(new URL('https://example.com/'), hostile)).toBe(false);
  });
});
