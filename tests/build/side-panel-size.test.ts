/**
 * Budget for the side panel's JavaScript (issue 5): what the panel loads when it opens — the entry
 * script and its modulepreloaded static imports — must stay ≤ 120 KB gzipped. React + ReactDOM are
 * ~60 KB of that. Lazy chunks (the engine, DOMPurify for "Analyser cette page") are loaded on demand
 * and not counted.
 *
 * The editorial content chunk (core/content.ts + content/generated/panel.json, all three language
 * versions) is fetched right away too, in parallel; it is checked separately with its own ceiling so
 * it cannot grow unnoticed. Splitting panel.json per version would cut it to about a third.
 * Run after `npm run build`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const OUT = join(process.cwd(), '.output', 'chrome-mv3');
const BUDGET = 120 * 1024;

function initialScripts(html: string): string[] {
  const sources = [
    ...html.matchAll(/<script[^>]+src="([^"]+)"/g),
    ...html.matchAll(/rel="modulepreload"[^>]+href="([^"]+)"/g),
  ];
  return [...new Set(sources.map((match) => match[1]!))];
}

const gzipped = (file: string) => gzipSync(readFileSync(join(OUT, file)), { level: 9 }).length;

describe('side panel bundle size', () => {
  it('has a build to check', () => {
    expect(existsSync(join(OUT, 'sidepanel.html')), 'run `npm run build` first').toBe(true);
  });

  it(`loads ≤ ${BUDGET / 1024} KB of gzipped JavaScript when it opens`, () => {
    const scripts = initialScripts(readFileSync(join(OUT, 'sidepanel.html'), 'utf8'));
    expect(scripts.length).toBeGreaterThan(0);
    const sizes = scripts.map((script) => ({ script, gzip: gzipped(script) }));
    const total = sizes.reduce((sum, entry) => sum + entry.gzip, 0);
    const report = sizes.map((entry) => `${entry.script}: ${(entry.gzip / 1024).toFixed(1)} KB`).join(', ');
    expect(
      total,
      `side panel initial JS is ${(total / 1024).toFixed(1)} KB gzipped (${report}); lazy-load more`,
    ).toBeLessThanOrEqual(BUDGET);
  });

  it('keeps the editorial content chunk ≤ 48 KB gzipped (reported with the first load)', () => {
    const html = readFileSync(join(OUT, 'sidepanel.html'), 'utf8');
    const initial = initialScripts(html).reduce((sum, script) => sum + gzipped(script), 0);
    const content = readdirSync(join(OUT, 'chunks')).filter((name) => /^content-[\w-]+\.js$/.test(name));
    expect(content, 'the side panel loads core/content.ts as its own chunk').toHaveLength(1);
    const size = gzipped(`chunks/${content[0]}`);
    const message = `content chunk ${(size / 1024).toFixed(1)} KB; first load + content ${((initial + size) / 1024).toFixed(1)} KB`;
    expect(size, message).toBeLessThanOrEqual(48 * 1024);
  });

  it('does not bundle the YAML parser or DOMPurify into the first load', () => {
    const scripts = initialScripts(readFileSync(join(OUT, 'sidepanel.html'), 'utf8'));
    for (const script of scripts) {
      const source = readFileSync(join(OUT, script), 'utf8');
      expect(source, `${script} contains the YAML parser: import compiled JSON instead`).not.toMatch(/YAMLParseError/);
      expect(source, `${script} contains DOMPurify: keep it behind the lazy page-analysis import`).not.toMatch(
        /DOMPurify|ALLOWED_URI_REGEXP/,
      );
    }
  });
});
