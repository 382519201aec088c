/**
 * The content script runs on every chatbot page load: keep it small.
 *
 * Issue 4's target is ≤ 50 KB gzipped and is NOT met yet: the engine's compiled lexicons (~31 KB) and
 * personal-data tables (~8 KB) ship inside the content script. Until the analysis moves out of the page
 * (for example into the background, which also takes it off the page's main thread) this test is a
 * ratchet at the current size plus a small margin, so the bundle cannot grow unnoticed. Lower RATCHET
 * whenever the bundle shrinks; the goal is TARGET. Reads the built file, so run after `npm run build`.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const FILE = path.resolve(import.meta.dirname, '../../.output/chrome-mv3/content-scripts/chatbot.js');
const TARGET = 50 * 1024;
const RATCHET = 80 * 1024;

describe('content-script bundle', () => {
  it('exists (run `npm run build` first)', () => {
    expect(existsSync(FILE), `${FILE} is missing: run \`npm run build\` before \`npm run test:build\``).toBe(true);
  });

  it(`does not grow past the ratchet (${RATCHET / 1024} KB gzipped; target ${TARGET / 1024} KB)`, () => {
    const gzipped = gzipSync(readFileSync(FILE), { level: 9 }).length;
    expect(
      gzipped,
      `chatbot.js is ${(gzipped / 1024).toFixed(1)} KB gzipped (ratchet ${RATCHET / 1024} KB, target ${TARGET / 1024} KB): move data out of the content script or trim it`,
    ).toBeLessThanOrEqual(RATCHET);
  });

  it('builds its UI without HTML strings and never evaluates code', () => {
    const source = readFileSync(FILE, 'utf8');
    // Our own code must not use these; the check is on the whole bundle, dependencies included.
    expect(source).not.toMatch(/\.innerHTML\s*=|insertAdjacentHTML|outerHTML\s*=/);
    expect(source).not.toMatch(/\beval\(|new Function\(/);
    expect(source).not.toMatch(/console\.log\(/);
  });
});
