/**
 * Conventions of sites/: one adapter file and one registry entry per site id of hosts.ts, thin files,
 * fixtures for every site. Failure messages say what to add.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE_HOSTS } from '../../../sites/hosts';
import { ADAPTERS, adapterForUrl, GENERIC_ADAPTER } from '../../../sites/registry';
import { fixturesDir, repoRoot } from './load-page';

const sitesDir = path.join(repoRoot, 'sites');
const REQUIRED_CASES = ['conversation', 'streaming', 'red-flag', 'non-health'];

describe('site registry', () => {
  it.each(SITE_HOSTS.map((site) => [site.id]))('%s has an adapter file, a registry entry and fixtures', (id) => {
    const file = path.join(sitesDir, `${id}.ts`);
    expect(existsSync(file), `add sites/${id}.ts`).toBe(true);
    expect(ADAPTERS[id]?.id, `register sites/${id}.ts in sites/registry.ts`).toBe(id);
    const lines = readFileSync(file, 'utf8').split('\n').length;
    expect(lines, `sites/${id}.ts has ${lines} lines: move shared logic to sites/base.ts`).toBeLessThanOrEqual(200);
    for (const name of REQUIRED_CASES) {
      const fixture = path.join(fixturesDir, id, `${name}.html`);
      expect(existsSync(fixture), `add tests/fixtures/${id}/${name}.html`).toBe(true);
      expect(existsSync(fixture.replace(/\.html$/, '.expected.json')), `add ${name}.expected.json`).toBe(true);
    }
  });

  it('has no adapter for a site hosts.ts does not list', () => {
    expect(Object.keys(ADAPTERS).sort()).toEqual(SITE_HOSTS.map((site) => site.id).sort());
    // Folders holding expected turns are site fixtures (others, e.g. bench/, belong to other tools).
    const extra = readdirSync(fixturesDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .filter((name) => readdirSync(path.join(fixturesDir, name)).some((file) => file.endsWith('.expected.json')))
      .filter((name) => !SITE_HOSTS.some((site) => site.id === name));
    expect(extra, 'folders with .expected.json files must be named after a site id').toEqual([]);
  });

  it('picks adapters by URL, and none for other pages', () => {
    for (const site of SITE_HOSTS) {
      for (const pattern of site.matches) {
        expect(adapterForUrl(pattern.replace('*', 'some/path'))?.id).toBe(site.id);
        expect(adapterForUrl(new URL(pattern.replace('*', '')))?.id).toBe(site.id);
      }
    }
    expect(adapterForUrl('https://example.com/chat')).toBeNull();
    expect(adapterForUrl('not a url')).toBeNull();
    expect(GENERIC_ADAPTER.id).toBe('generic');
  });
});
