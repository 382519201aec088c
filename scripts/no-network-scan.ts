/**
 * Static guard: finds network APIs in built JavaScript.
 *
 * The e2e network guard proves nothing leaves the browser on the paths the tests drive; this scan
 * covers the paths they don't, by refusing the APIs themselves anywhere in the build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { NetworkAllowance } from './network-allowlist';

/** API name → how it shows up in (possibly minified) JavaScript. */
export const NETWORK_API_PATTERNS: Readonly<Record<string, RegExp>> = {
  fetch: /(?<![\w$.])fetch\b|\.fetch\s*\(|\bfetch\s*\(/g,
  XMLHttpRequest: /\bXMLHttpRequest\b/g,
  WebSocket: /\bWebSocket\b/g,
  EventSource: /\bEventSource\b/g,
  sendBeacon: /\bsendBeacon\b/g,
  importScripts: /\bimportScripts\s*\(/g,
  // import() of anything that is not one of our own relative chunks.
  'remote import()': /\bimport\s*\(\s*(?!["'`]\.{0,2}\/)[^)]/g,
  'remote script src': /<script[^>]+src\s*=\s*["']?(?:https?:)?\/\//gi,
};

export interface NetworkApiHit {
  readonly file: string;
  readonly api: string;
  /** A few characters around the match, for the error message. */
  readonly excerpt: string;
}

/** Scans one file's text. */
export function scanSource(file: string, source: string): NetworkApiHit[] {
  const hits: NetworkApiHit[] = [];
  for (const [api, pattern] of Object.entries(NETWORK_API_PATTERNS)) {
    for (const match of source.matchAll(pattern)) {
      const at = match.index;
      hits.push({ file, api, excerpt: source.slice(Math.max(0, at - 40), at + 40).replace(/\s+/g, ' ') });
    }
  }
  return hits;
}

/** Scans every .js/.mjs/.html file under `dir` and drops the allow-listed hits. */
export function scanBuild(dir: string, allowlist: readonly NetworkAllowance[]): NetworkApiHit[] {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(m?js|html)$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
  return files
    .flatMap((file) => scanSource(path.relative(dir, file), readFileSync(file, 'utf8')))
    .filter(
      (hit) =>
        !allowlist.some(
          (allowed) => allowed.api === hit.api && allowed.file.test(hit.file) && allowed.excerpt.test(hit.excerpt),
        ),
    );
}
