/**
 * The layers are enforced by the type checker, and this test shows it: a file that uses the DOM in
 * engine/, or the extension API in sites/, fails its folder's tsconfig. (A layer rule that the
 * checker would silently accept is no rule.)
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const tsc = path.join(root, 'node_modules/.bin/tsc');
const scratch = mkdtempSync(path.join(root, 'node_modules/.layer-check-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Type-checks one snippet with the given layer's compiler options; returns the errors. */
function typeCheckAs(layer: 'engine' | 'sites', name: string, source: string): string {
  const file = path.join(scratch, `${name}.ts`);
  writeFileSync(file, source);
  const config = path.join(scratch, `${name}.tsconfig.json`);
  writeFileSync(
    config,
    JSON.stringify({ extends: path.join(root, layer, 'tsconfig.json'), include: [], files: [file] }),
  );
  try {
    execFileSync(tsc, ['-p', config], { encoding: 'utf8', stdio: 'pipe' });
    return '';
  } catch (error) {
    return String((error as { stdout?: string }).stdout ?? error);
  }
}

describe('layer boundaries', () => {
  it('engine/: plain text processing type-checks', () => {
    expect(typeCheckAs('engine', 'engine-ok', 'export const words = (text: string) => text.split(/\\s+/);\n')).toBe('');
  });

  it.each([
    ['document', 'export const title = () => document.title;\n'],
    ['window', 'export const width = () => window.innerWidth;\n'],
    ['browser', 'export const id = () => browser.runtime.id;\n'],
    ['chrome', 'export const id = () => chrome.runtime.id;\n'],
  ])('engine/: using %s fails the type check', (name, source) => {
    expect(typeCheckAs('engine', `engine-${name}`, source)).toMatch(new RegExp(`Cannot find name '${name}'`));
  });

  it('sites/: DOM access type-checks', () => {
    expect(
      typeCheckAs('sites', 'sites-ok', 'export const turns = (d: Document) => d.querySelectorAll("article");\n'),
    ).toBe('');
  });

  it.each([
    ['browser', 'export const id = () => browser.runtime.id;\n'],
    ['chrome', 'export const id = () => chrome.runtime.id;\n'],
  ])('sites/: using %s fails the type check', (name, source) => {
    expect(typeCheckAs('sites', `sites-${name}`, source)).toMatch(new RegExp(`Cannot find name '${name}'`));
  });
});
