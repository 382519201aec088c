/**
 * The content script runs on every chatbot page load: keep it small (issue 4: ≤ 50 KB gzipped).
 *
 * The engine, its compiled lexicons and the personal-data reader run in the background (docs/decisions.md §9); the
 * content script keeps the site readers and the in-page UI (~25 KB in all).
 * Reads the built file, so run after `npm run build`.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const FILE = path.resolve(import.meta.dirname, '../../.output/chrome-mv3/content-scripts/chatbot.js');
const BUDGET = 50 * 1024;

describe('content-script bundle', () => {
  it('exists (run `npm run build` first)', () => {
    expect(existsSync(FILE), `${FILE} is missing: run \`npm run build\` before \`npm run test:build\``).toBe(true);
  });

  it(`stays within ${BUDGET / 1024} KB gzipped`, () => {
    const gzipped = gzipSync(readFileSync(FILE), { level: 9 }).length;
    expect(
      gzipped,
      `chatbot.js is ${(gzipped / 1024).toFixed(1)} KB gzipped (budget ${BUDGET / 1024} KB): move work to the background or trim it`,
    ).toBeLessThanOrEqual(BUDGET);
  });

  it('does not bundle the analysis engine (it runs in the background)', () => {
    const source = readFileSync(FILE, 'utf8');
    // Lexicon ids only exist in the compiled lexicons (engine/generated/lexicons.json).
    expect(source).not.toMatch(/fr\/red-flags\//);
  });

  it('does not bundle the personal-data reader (the background reads the prompt for the privacy guard)', () => {
    const source = readFileSync(FILE, 'utf8');
    // Its reviewed first-name list (engine/pii/generated/pii-data.json): ≈ 20 KB gzipped of code and data, and half of
    // the time the page spent evaluating this file (bench:page, stop 14).
    expect(source).not.toContain('abdelaziz|abdelhamid');
  });

  it("does not bundle our pages' string catalogues (its own strings are in ui/strings.ts)", () => {
    const source = readFileSync(FILE, 'utf8');
    // A side-panel key: core/i18n.ts imported from code the content script uses added ≈ 4 KB gzipped.
    expect(source).not.toContain('statusSupported');
  });

  it('builds its UI without HTML strings and never evaluates code', () => {
    const source = readFileSync(FILE, 'utf8');
    // Our own code must not use these; the check is on the whole bundle, dependencies included.
    expect(source).not.toMatch(/\.innerHTML\s*=|insertAdjacentHTML|outerHTML\s*=/);
    expect(source).not.toMatch(/\beval\(|new Function\(/);
    expect(source).not.toMatch(/console\.log\(/);
  });
});
