/**
 * Chatbot fixture pages: tests/fixtures/<site>/<case>.html, whose first line is `<!-- url: … -->`
 * (the URL to serve the page under, so the real content script's matches apply).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../scripts/chromium';

export interface Fixture {
  readonly url: string;
  readonly html: string;
}

export function readFixture(site: string, name: string): Fixture {
  const file = path.join(REPO_ROOT, 'tests', 'fixtures', site, `${name}.html`);
  const html = readFileSync(file, 'utf8');
  const url = /^\s*<!--\s*url:\s*(\S+)\s*-->/.exec(html)?.[1];
  if (!url) throw new Error(`${file} must start with <!-- url: https://… --> (the URL to serve it under)`);
  return { url, html };
}
