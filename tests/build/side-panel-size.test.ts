/**
 * Budget for the side panel's JavaScript (issue 5): everything the panel loads when it opens must stay
 * ≤ 120 KB gzipped. That is the entry script and its static imports (modulepreloaded), plus what it
 * imports right away in parallel: the content accessors chunk (core/content.ts) and the text of one
 * content version (content/generated/panel.<version>.json, a chunk per version). sidepanel.html also
 * modulepreloads the accessors and the French text (wxt.config.ts), so a panel shown in another version loads
 * the French text too: the total counts the preloaded versions plus the largest other one. The UI runtime is Preact through preact/compat (≈ 12 KB gzipped; React + ReactDOM were ≈ 60 KB):
 * a check below fails if React itself comes back into a page's scripts. Chunks loaded on demand (the
 * engine, DOMPurify for "Analyser cette page") are not counted.
 *
 * The helpers are tested on a small fake build first, so the budget check is known to count the lazy
 * content chunks. Run the rest after `npm run build`.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';

const OUT = join(process.cwd(), '.output', 'chrome-mv3');
const BUDGET = 120 * 1024;
const VERSIONS = ['fr', 'en', 'fr-easy'] as const;

const fromRoot = (matches: Iterable<RegExpMatchArray>) => [
  ...new Set([...matches].map((match) => match[1]!.replace(/^\//, ''))),
];

/** Scripts the HTML runs (its entry), as paths from the output root ("chunks/x.js"). */
function entryScripts(html: string): string[] {
  return fromRoot(html.matchAll(/<script[^>]+src="([^"]+)"/g));
}

/** Scripts the HTML modulepreloads: the entry's static imports, and chunks it imports dynamically at once. */
function preloadedScripts(html: string): string[] {
  return fromRoot(html.matchAll(/rel="modulepreload"[^>]+href="([^"]+)"/g));
}

/** Relative targets of `import … from "./x.js"` / `import "./x.js"` (static) or `import("./x.js")` (dynamic). */
function importsOf(source: string, kind: 'static' | 'dynamic'): string[] {
  const pattern =
    kind === 'static'
      ? /(?:\bfrom|\bimport)\s*["'`](\.{1,2}\/[^"'`]+)["'`]/g
      : /\bimport\s*\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g;
  return [...source.matchAll(pattern)].map((match) => match[1]!);
}

/** `files` and everything they statically import, transitively (paths from the output root). */
function withStaticImports(files: readonly string[], read: (file: string) => string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const target of importsOf(read(file), 'static')) visit(posix.join(posix.dirname(file), target));
  };
  files.forEach(visit);
  return [...seen];
}

interface PanelLoad {
  /** HTML scripts and their static imports. */
  readonly initial: readonly string[];
  /** The content accessors chunk and its static imports not already in `initial`. */
  readonly accessors: readonly string[];
  /** Per version: its text chunk (and any static import not already counted). */
  readonly versions: Readonly<Record<string, readonly string[]>>;
  /** The versions whose text the HTML modulepreloads (loaded whatever the version shown). */
  readonly preloadedVersions: readonly string[];
  /** Modulepreloads of the HTML that none of the above counts (must stay empty). */
  readonly uncountedPreloads: readonly string[];
}

/**
 * What the side panel loads for one version, from the build at `root`: follows the entry's dynamic import
 * of the content accessors chunk (content-*.js), then that chunk's dynamic import of each version's text.
 */
function panelLoad(root: string, htmlFile = 'sidepanel.html'): PanelLoad {
  const read = (file: string) => readFileSync(join(root, file), 'utf8');
  const html = read(htmlFile);
  const initial = withStaticImports(entryScripts(html), read);
  const dynamicFrom = (files: readonly string[]) =>
    files.flatMap((file) => importsOf(read(file), 'dynamic').map((target) => posix.join(posix.dirname(file), target)));
  const accessorsEntry = dynamicFrom(initial).filter((file) => /(^|\/)content-[\w-]+\.js$/.test(file));
  const accessors = withStaticImports(accessorsEntry, read).filter((file) => !initial.includes(file));
  const counted = [...initial, ...accessors];
  const versions: Record<string, string[]> = {};
  for (const file of dynamicFrom(counted)) {
    const version = /(?:^|\/)panel\.([\w-]+?)-[\w-]{8}\.js$/.exec(file)?.[1];
    if (version) versions[version] = withStaticImports([file], read).filter((entry) => !counted.includes(entry));
  }
  const preloads = preloadedScripts(html);
  const preloadedVersions = Object.keys(versions).filter((version) =>
    versions[version]!.some((file) => preloads.includes(file)),
  );
  const everyCounted = [...counted, ...Object.values(versions).flat()];
  const uncountedPreloads = preloads.filter((file) => !everyCounted.includes(file));
  return { initial, accessors, versions, preloadedVersions, uncountedPreloads };
}

const gzippedSize = (root: string, file: string) => gzipSync(readFileSync(join(root, file)), { level: 9 }).length;

const sum = (root: string, files: readonly string[]) =>
  files.reduce((total, file) => total + gzippedSize(root, file), 0);

/**
 * Gzipped bytes for the first load, the accessors, each version, and the worst total: the preloaded versions
 * plus the largest of the others (a panel shown in that version).
 */
function panelLoadSizes(root: string, load: PanelLoad) {
  const initial = sum(root, load.initial);
  const accessors = sum(root, load.accessors);
  const versions = Object.fromEntries(
    Object.entries(load.versions).map(([version, files]) => [version, sum(root, files)]),
  );
  const preloaded = load.preloadedVersions.reduce((total, version) => total + versions[version]!, 0);
  const largestOther = Math.max(
    0,
    ...Object.entries(versions)
      .filter(([version]) => !load.preloadedVersions.includes(version))
      .map(([, size]) => size),
  );
  return { initial, accessors, versions, total: initial + accessors + preloaded + largestOther };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

describe('side panel size helpers (on a fake build)', () => {
  const root = mkdtempSync(join(tmpdir(), 'side-panel-size-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const write = (file: string, text: string) => {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  };
  // Pseudo-random text compresses poorly, so each file's gzipped size is dominated by its own length.
  const noise = (length: number, seed: number) =>
    Array.from({ length }, (_, index) => String.fromCharCode(33 + ((index * 7919 + seed * 104729) % 89))).join('');
  write(
    'sidepanel.html',
    '<script type="module" crossorigin src="/chunks/entry-AAAAAAAA.js"></script>\n' +
      '<link rel="modulepreload" crossorigin href="/chunks/react-BBBBBBBB.js">\n' +
      '<link rel="modulepreload" crossorigin href="/chunks/content-DDDDDDDD.js">\n' +
      '<link rel="modulepreload" crossorigin href="/chunks/panel.fr-FFFFFFFF.js">',
  );
  write(
    'chunks/entry-AAAAAAAA.js',
    `import{a}from"./react-BBBBBBBB.js";import"./shared-CCCCCCCC.js";const c=import(\`./content-DDDDDDDD.js\`);` +
      `const e=()=>import("./engine-EEEEEEEE.js");/*${noise(2000, 1)}*/`,
  );
  write('chunks/react-BBBBBBBB.js', `export const a=1;/*${noise(3000, 2)}*/`);
  write('chunks/shared-CCCCCCCC.js', `export const s=1;/*${noise(500, 3)}*/`);
  write(
    'chunks/content-DDDDDDDD.js',
    `import{s}from"./shared-CCCCCCCC.js";const l={fr:()=>import(\`./panel.fr-FFFFFFFF.js\`),` +
      `en:()=>import(\`./panel.en-GGGGGGGG.js\`),"fr-easy":()=>import(\`./panel.fr-easy-HHHHHHHH.js\`)};/*${noise(800, 4)}*/`,
  );
  write('chunks/panel.fr-FFFFFFFF.js', `export default{};/*${noise(4000, 5)}*/`);
  write('chunks/panel.en-GGGGGGGG.js', `export default{};/*${noise(3500, 6)}*/`);
  write('chunks/panel.fr-easy-HHHHHHHH.js', `export default{};/*${noise(3000, 7)}*/`);
  write('chunks/engine-EEEEEEEE.js', `export const engine=1;/*${noise(20000, 8)}*/`);

  it('counts the scripts, their static imports, the accessors chunk and each version, not on-demand chunks', () => {
    const load = panelLoad(root);
    expect([...load.initial].sort()).toEqual([
      'chunks/entry-AAAAAAAA.js',
      'chunks/react-BBBBBBBB.js',
      'chunks/shared-CCCCCCCC.js',
    ]);
    expect(load.accessors).toEqual(['chunks/content-DDDDDDDD.js']);
    expect(load.versions).toEqual({
      fr: ['chunks/panel.fr-FFFFFFFF.js'],
      en: ['chunks/panel.en-GGGGGGGG.js'],
      'fr-easy': ['chunks/panel.fr-easy-HHHHHHHH.js'],
    });
    expect(load.preloadedVersions).toEqual(['fr']);
    expect(load.uncountedPreloads).toEqual([]);
  });

  it('notices a modulepreload that no count includes', () => {
    const html = readFileSync(join(root, 'sidepanel.html'), 'utf8');
    write('other.html', `${html}\n<link rel="modulepreload" crossorigin href="/chunks/engine-EEEEEEEE.js">`);
    expect(panelLoad(root, 'other.html').uncountedPreloads).toEqual(['chunks/engine-EEEEEEEE.js']);
  });

  it('totals the first load, the accessors, the preloaded version and the largest other one', () => {
    const sizes = panelLoadSizes(root, panelLoad(root));
    const size = (file: string) => gzippedSize(root, `chunks/${file}`);
    const initial = size('entry-AAAAAAAA.js') + size('react-BBBBBBBB.js') + size('shared-CCCCCCCC.js');
    expect(sizes.initial).toBe(initial);
    expect(sizes.versions.en).toBeGreaterThan(sizes.versions['fr-easy']!);
    expect(sizes.total).toBe(
      initial + size('content-DDDDDDDD.js') + size('panel.fr-FFFFFFFF.js') + size('panel.en-GGGGGGGG.js'),
    );
    // A budget between the real total and a miscounted one is enforced, in both directions.
    expect(sizes.total).toBeGreaterThan(initial + size('content-DDDDDDDD.js') + size('panel.fr-FFFFFFFF.js'));
    expect(sizes.total).toBeLessThan(
      initial +
        size('content-DDDDDDDD.js') +
        size('panel.fr-FFFFFFFF.js') +
        size('panel.en-GGGGGGGG.js') +
        size('panel.fr-easy-HHHHHHHH.js'),
    );
  });
});

describe('side panel bundle size', () => {
  it('has a build to check', () => {
    expect(existsSync(join(OUT, 'sidepanel.html')), 'run `npm run build` first').toBe(true);
  });

  it('loads the content accessors and exactly one text chunk per version, lazily', () => {
    const load = panelLoad(OUT);
    expect(load.accessors, 'the side panel imports core/content.ts as its own chunk').toHaveLength(1);
    expect(load.uncountedPreloads, 'sidepanel.html preloads chunks the budget does not count').toEqual([]);
    expect(Object.keys(load.versions).sort()).toEqual([...VERSIONS].sort());
    for (const [version, files] of Object.entries(load.versions)) expect(files, version).toHaveLength(1);
    const first = [...load.initial, ...load.accessors];
    for (const file of first) {
      expect(
        readFileSync(join(OUT, file), 'utf8'),
        `${file} holds panel text: keep it in the version chunks`,
      ).not.toMatch(/guidance-sheet/);
    }
  });

  it('preloads the accessors and the French text with the entry (no round trip after it runs)', () => {
    const load = panelLoad(OUT);
    const preloads = preloadedScripts(readFileSync(join(OUT, 'sidepanel.html'), 'utf8'));
    expect(preloads).toEqual(expect.arrayContaining([...load.accessors]));
    expect(load.preloadedVersions).toEqual(['fr']);
  });

  it('carries its stylesheet inline (a linked one is a round trip that blocks the first paint)', () => {
    const html = readFileSync(join(OUT, 'sidepanel.html'), 'utf8');
    expect(html).not.toMatch(/rel="stylesheet"/);
    const style = /<style>([^<]+)<\/style>/.exec(html)?.[1] ?? '';
    // The panel's own rules are there (the emergency card's class, from entrypoints/sidepanel/style.css).
    expect(style).toMatch(/\.emergency-card\b/);
  });

  it(`loads ≤ ${BUDGET / 1024} KB of gzipped JavaScript for one version (first load + content)`, () => {
    const load = panelLoad(OUT);
    const sizes = panelLoadSizes(OUT, load);
    const report =
      `first load ${kb(sizes.initial)} (${load.initial.join(', ')}), accessors ${kb(sizes.accessors)}, ` +
      Object.entries(sizes.versions)
        .map(([version, size]) => `${version} ${kb(size)}`)
        .join(', ');
    expect(load.initial.length).toBeGreaterThan(0);
    expect(Object.keys(sizes.versions)).toHaveLength(VERSIONS.length);
    expect(sizes.total, `side panel loads ${kb(sizes.total)} gzipped: ${report}; lazy-load more`).toBeLessThanOrEqual(
      BUDGET,
    );
  });

  it('does not bundle the YAML parser or DOMPurify into the first load', () => {
    const load = panelLoad(OUT);
    for (const script of [...load.initial, ...load.accessors, ...Object.values(load.versions).flat()]) {
      const source = readFileSync(join(OUT, script), 'utf8');
      expect(source, `${script} contains the YAML parser: import compiled JSON instead`).not.toMatch(/YAMLParseError/);
      expect(source, `${script} contains DOMPurify: keep it behind the lazy page-analysis import`).not.toMatch(
        /DOMPurify|ALLOWED_URI_REGEXP/,
      );
    }
  });
});

describe('extension pages UI runtime', () => {
  // React 19's production build carries these (its error-decoder links and the internals handed to
  // react-dom); Preact has neither. A missed alias in wxt.config.ts would bring ≈ 60 KB gzipped back.
  const REACT_MARKERS = /react\.dev\/errors|__CLIENT_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE/;

  it.each(['sidepanel.html', 'options.html', 'onboarding.html'])('%s runs on Preact, not React', (html) => {
    const read = (file: string) => readFileSync(join(OUT, file), 'utf8');
    const scripts = withStaticImports(entryScripts(read(html)), read);
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(read(script), `${script} bundles React`).not.toMatch(REACT_MARKERS);
    expect(
      scripts.some((script) => /\b__H\b/.test(read(script))),
      'no Preact hooks state in the first load',
    ).toBe(true);
  });
});
