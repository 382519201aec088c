/**
 * `npm run check:network [DIR…]`: fails when a built extension contains a network API outside
 * scripts/network-allowlist.ts. Defaults to every build in .output/.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './chromium';
import { NETWORK_ALLOWLIST } from './network-allowlist';
import { scanBuild } from './no-network-scan';

const outputRoot = path.join(REPO_ROOT, '.output');
const dirs = process.argv.slice(2).length
  ? process.argv.slice(2)
  : existsSync(outputRoot)
    ? readdirSync(outputRoot, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => path.join(outputRoot, entry.name))
    : [];

if (dirs.length === 0) {
  process.stderr.write('No build found: run `npm run build` first.\n');
  process.exit(2);
}

let failed = false;
for (const dir of dirs) {
  const hits = scanBuild(dir, NETWORK_ALLOWLIST);
  if (hits.length === 0) {
    process.stdout.write(`✓ ${path.relative(REPO_ROOT, dir)}: no network API\n`);
    continue;
  }
  failed = true;
  process.stderr.write(`✗ ${path.relative(REPO_ROOT, dir)}: network APIs found\n`);
  for (const hit of hits) process.stderr.write(`  ${hit.file}: ${hit.api} … ${hit.excerpt} …\n`);
}
if (failed) {
  process.stderr.write('Remove the call, or justify it in scripts/network-allowlist.ts.\n');
  process.exit(1);
}
