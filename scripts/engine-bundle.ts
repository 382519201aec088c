/**
 * The engine as it ships: bundled into one script by esbuild, as the extension's build bundles it.
 *
 * Node scripts that run `analyze()` on many messages (`npm run analyze`, `npm run bench`) load this bundle instead of
 * the TypeScript modules one by one. tsx transpiles each module on its own, and a module on its own cannot inline what
 * it imports: every `TokenType.Word` of the trie, the context rules and the privacy reader stays a read of a property of
 * an imported object, and other constants the same. One bundle inlines them as the extension's build does: the engine
 * took 0.95–0.97 of the time in Node 20 (same-process runs on the bench's messages, both orders, 2026-11-30). The
 * outputs are the same: the code is the same.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The public engine (engine/index.ts). */
export type Engine = typeof import('../engine/index.ts');

/**
 * `entry` (a path from the repository root) and everything it imports as one script: an ES module for Node, or a
 * classic script for a page.
 */
export async function bundle(entry: string, format: 'esm' | 'iife'): Promise<string> {
  const result = await build({
    entryPoints: [path.join(REPO_ROOT, entry)],
    bundle: true,
    format,
    platform: format === 'esm' ? 'neutral' : 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

/**
 * The engine, bundled and loaded in this process (from a data: URL: nothing is written to disk). Built from the
 * sources at each call, so a lexicon just compiled is the one loaded.
 *
 * @example const { analyze } = await loadBundledEngine();
 */
export async function loadBundledEngine(): Promise<Engine> {
  const code = await bundle('engine/index.ts', 'esm');
  return (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as Engine;
}
