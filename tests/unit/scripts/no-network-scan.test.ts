import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanBuild, scanSource } from '../../../scripts/no-network-scan';

describe('static network scan', () => {
  it.each([
    ['fetch', 'function a(){return fetch("https://x.example/")}'],
    ['fetch', 'globalThis.fetch(u)'],
    ['XMLHttpRequest', 'var r=new XMLHttpRequest;r.open("POST",u)'],
    ['WebSocket', 'new WebSocket("wss://x.example")'],
    ['EventSource', 'new EventSource(u)'],
    ['sendBeacon', 'navigator.sendBeacon(u,d)'],
    ['importScripts', 'importScripts("https://cdn.example/x.js")'],
    ['remote import()', 'import("https://cdn.example/x.js")'],
    ['remote import()', 'import(url)'],
    ['remote script src', '<script src="https://cdn.example/x.js"></script>'],
  ])('finds %s in %s', (api, source) => {
    expect(scanSource('x.js', source).map((hit) => hit.api)).toContain(api);
  });

  it.each([
    'import("./chunk-abc.js")',
    'const prefetchDone = true; obj.refetchLater = 1',
    'const text = "no network here"',
    '<script type="module" src="/chunks/sidepanel.js"></script>',
  ])('does not flag %s', (source) => {
    expect(scanSource('x.js', source)).toEqual([]);
  });

  it('scans a build folder recursively and honours the allow-list', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'scan-'));
    mkdirSync(path.join(dir, 'chunks'));
    writeFileSync(path.join(dir, 'chunks', 'leaky.js'), 'fetch("https://x.example")');
    writeFileSync(path.join(dir, 'clean.js'), 'console.info(1)');
    expect(scanBuild(dir, []).map((hit) => hit.file)).toEqual([path.join('chunks', 'leaky.js')]);
    expect(scanBuild(dir, [{ file: /leaky\.js$/, api: 'fetch', excerpt: /x\.example/, reason: 'test' }])).toEqual([]);
    // An entry allows one known occurrence, not the API anywhere in the file.
    expect(
      scanBuild(dir, [{ file: /leaky\.js$/, api: 'fetch', excerpt: /defibrillator/, reason: 'test' }]),
    ).toHaveLength(1);
  });
});
