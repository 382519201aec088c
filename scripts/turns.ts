/**
 * `npm run --silent turns -- FILE.html --url URL [--generic]`
 *
 * Loads a saved page in jsdom (no scripts run, nothing fetched), reads it with the adapter its URL selects
 * (or the generic reader with --generic) and prints one JSON object:
 *   {"site", "turns": [{"role", "text", "complete"}], "composer": {"found", "kind"}}
 * For debugging an adapter against a page saved from the browser. Without --url, the page's leading
 * `<!-- url: … -->` comment (as in tests/fixtures/) is used. Exit code 2 on bad arguments.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { adapterForUrl, GENERIC_ADAPTER } from '../sites/registry';

const USAGE = 'usage: npm run --silent turns -- FILE.html --url https://chatgpt.com/c/<id> [--generic]';

/** jsdom ships no types and @types/jsdom is not installed: the one constructor used, typed here. */
type JsdomConstructor = new (html: string, options: { url: string }) => { window: { document: Document } };

function fail(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

function main(): void {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: { url: { type: 'string' }, generic: { type: 'boolean', default: false }, help: { type: 'boolean' } },
    });
  } catch (error) {
    fail((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (positionals.length !== 1) fail('expected exactly one FILE.html');
  const file = positionals[0]!;
  let html: string;
  try {
    html = readFileSync(file, 'utf8');
  } catch {
    fail(`cannot read ${file}`);
  }
  const url = values.url ?? /^<!--\s*url:\s*(\S+)\s*-->/.exec(html)?.[1];
  if (!url) fail('--url is required (the page has no leading <!-- url: … --> comment)');
  try {
    new URL(url);
  } catch {
    fail(`not a URL: ${url}`);
  }
  const adapter = values.generic ? GENERIC_ADAPTER : adapterForUrl(url);
  if (!adapter) fail(`no site adapter for ${url} (see sites/hosts.ts); use --generic to try the generic reader`);

  const { JSDOM } = createRequire(import.meta.url)('jsdom') as { JSDOM: JsdomConstructor };
  const doc = new JSDOM(html, { url }).window.document;
  const composer = adapter.composer(doc);
  const output = {
    site: adapter.id,
    turns: adapter.readTurns(doc).map(({ role, text, complete }) => ({ role, text, complete })),
    composer: { found: composer !== null, kind: composer?.kind ?? null },
  };
  process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
}

main();
