/**
 * Test helpers: load a saved or fixture page in jsdom under a URL, list fixtures, summarise a read.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { SITE_HOSTS } from '../../../sites/hosts';
import type { SiteAdapter } from '../../../sites/types';

export const repoRoot = path.resolve(import.meta.dirname, '../../..');
export const fixturesDir = path.join(repoRoot, 'tests/fixtures');

export interface FixtureCase {
  readonly site: string;
  readonly name: string;
  readonly file: string;
  readonly url: string;
  readonly html: string;
}

/** The URL a fixture is served under, from its leading `<!-- url: … -->` comment. */
export function fixtureUrl(html: string, file: string): string {
  const match = /^<!--\s*url:\s*(\S+)\s*-->/.exec(html);
  if (!match?.[1]) throw new Error(`${file} must start with <!-- url: https://… -->`);
  return match[1];
}

export function listFixtures(): FixtureCase[] {
  const cases: FixtureCase[] = [];
  for (const site of readdirSync(fixturesDir, { withFileTypes: true })) {
    // Only site folders (tests/fixtures/bench/ and others belong to other tools).
    if (!site.isDirectory() || !SITE_HOSTS.some((host) => host.id === site.name)) continue;
    for (const file of readdirSync(path.join(fixturesDir, site.name)).sort()) {
      if (!file.endsWith('.html')) continue;
      const full = path.join(fixturesDir, site.name, file);
      const html = readFileSync(full, 'utf8');
      cases.push({ site: site.name, name: file.replace(/\.html$/, ''), file: full, url: fixtureUrl(html, full), html });
    }
  }
  return cases;
}

/** jsdom ships no types and @types/jsdom is not installed: the one constructor used, typed here. */
type JsdomConstructor = new (html: string, options: { url: string }) => { window: { document: Document } };
const { JSDOM } = createRequire(import.meta.url)('jsdom') as { JSDOM: JsdomConstructor };

/** A page parsed in jsdom under its URL (no scripts run, no resources load). */
export function loadDocument(html: string, url: string): Document {
  return new JSDOM(html, { url }).window.document;
}

/** The shape of the `turns` CLI output and of the expected JSON files. */
export function summarise(adapter: SiteAdapter, doc: Document) {
  const composer = adapter.composer(doc);
  return {
    site: adapter.id,
    turns: adapter.readTurns(doc).map(({ role, text, complete }) => ({ role, text, complete })),
    composer: { found: composer !== null, kind: composer?.kind ?? null },
  };
}
