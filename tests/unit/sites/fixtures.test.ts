// @vitest-environment jsdom
/**
 * Every fixture page in tests/fixtures/<site>/ is read by the adapter its URL selects and must give the
 * turns of <case>.expected.json (written from the conversation data, not from an adapter).
 * The generic reader must find the same turns and roles on the sites listed in GENERIC_READS.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { adapterForUrl, GENERIC_ADAPTER } from '../../../sites/registry';
import { listFixtures, loadDocument, summarise } from './load-page';

const fixtures = listFixtures();

/** Sites whose fixtures the generic reader reads turn for turn (role attributes or clear repeated blocks). */
const GENERIC_READS = [
  'chatgpt',
  'claude',
  'gemini',
  'mistral',
  'copilot',
  'deepseek',
  'meta-ai',
  'grok',
  'huggingchat',
];
/**
 * Perplexity puts a query and its answer in one block with no role attribute: with several pairs the
 * generic reader sees one assistant block per pair (roles wrong), but it still reads all the text.
 */
const GENERIC_PAIRS = ['perplexity'];

function expected(file: string) {
  return JSON.parse(readFileSync(file.replace(/\.html$/, '.expected.json'), 'utf8')) as ReturnType<typeof summarise>;
}

describe('fixture pages', { timeout: 0 }, () => {
  it('exist for every site', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(40);
  });

  it.each(fixtures.map((f) => [`${f.site}/${f.name}`, f] as const))('%s reads as expected', (_label, fixture) => {
    const adapter = adapterForUrl(fixture.url);
    expect(adapter?.id, `${fixture.url} must select the ${fixture.site} adapter`).toBe(fixture.site);
    const doc = loadDocument(fixture.html, fixture.url);
    expect(summarise(adapter!, doc)).toEqual(expected(fixture.file));
    expect(adapter!.isConversationPage(new URL(fixture.url), doc)).toBe(true);
    expect(adapter!.conversationId(new URL(fixture.url))).not.toBeNull();
    // Turn keys are unique and stable across two reads (the orchestrator caches by key).
    const keys = adapter!.readTurns(doc).map((turn) => turn.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(adapter!.readTurns(doc).map((turn) => turn.key)).toEqual(keys);
    // The observed root holds every turn and the composer, and choosing it reads no layout: on a page just loaded,
    // a visibility check there makes the browser compute the whole page's style inside the first pass.
    const layoutReads = countLayoutReads(doc);
    const root = adapter!.observeRoot(doc);
    expect(layoutReads()).toBe(0);
    expect(root).not.toBeNull();
    expect(root!.contains(adapter!.composer(doc)!.element)).toBe(true);
    expect(layoutReads()).toBeGreaterThan(0);
  });

  it.each(fixtures.filter((f) => GENERIC_READS.includes(f.site)).map((f) => [`${f.site}/${f.name}`, f] as const))(
    'generic reader finds the turns and roles of %s',
    (_label, fixture) => {
      const got = summarise(GENERIC_ADAPTER, loadDocument(fixture.html, fixture.url));
      const want = expected(fixture.file);
      expect(got.turns.map((turn) => turn.role)).toEqual(want.turns.map((turn) => turn.role));
      expect(got.turns.map((turn) => turn.complete)).toEqual(want.turns.map((turn) => turn.complete));
      expect(got.composer).toEqual(want.composer);
    },
  );

  it.each(fixtures.filter((f) => GENERIC_PAIRS.includes(f.site)).map((f) => [`${f.site}/${f.name}`, f] as const))(
    'generic reader still reads the text of %s',
    (_label, fixture) => {
      const got = summarise(GENERIC_ADAPTER, loadDocument(fixture.html, fixture.url));
      const want = expected(fixture.file);
      const text = got.turns.map((turn) => turn.text).join('\n');
      for (const turn of want.turns) expect(text).toContain(turn.text);
    },
  );
});

/**
 * Counts calls to `checkVisibility` (which jsdom lacks: installed here on the document's elements) and to
 * `getComputedStyle`, the two ways our code reads layout.
 */
function countLayoutReads(doc: Document): () => number {
  const view = doc.defaultView!;
  let reads = 0;
  const proto = view.Element.prototype as Element & { checkVisibility?: () => boolean };
  proto.checkVisibility = () => {
    reads += 1;
    return true;
  };
  const computed = view.getComputedStyle.bind(view);
  view.getComputedStyle = (el, pseudo) => {
    reads += 1;
    return computed(el, pseudo);
  };
  return () => reads;
}
