/**
 * The content script runs on every chatbot page load: keep it small (issue 4: ≤ 50 KB gzipped).
 * Reads the built file, so run after `npm run build`.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const FILE = path.resolve(import.meta.dirname, '../../.output/chrome-mv3/content-scripts/chatbot.js');
const LIMIT = 50 * 1024;

describe('content-script bundle', () => {
  it('exists (run `npm run build` first)', () => {
    expect(existsSync(FILE), `${FILE} is missing: run \`npm run build\` before \`npm run test:build\``).toBe(true);
  });

  it('is at most 50 KB gzipped', () => {
    const gzipped = gzipSync(readFileSync(FILE), { level: 9 }).length;
    expect(
      gzipped,
      `chatbot.js is ${(gzipped / 1024).toFixed(1)} KB gzipped (limit 50 KB): move data out of the content script or trim it`,
    ).toBeLessThanOrEqual(LIMIT);
  });

  it('builds its UI without HTML strings and never evaluates code', () => {
    const source = readFileSync(FILE, 'utf8');
    // Our own code must not use these; the check is on the whole bundle, dependencies included.
    expect(source).not.toMatch(/\.innerHTML\s*=|insertAdjacentHTML|outerHTML\s*=/);
    expect(source).not.toMatch(/\beval\(|new Function\(/);
    expect(source).not.toMatch(/console\.log\(/);
  });
});
