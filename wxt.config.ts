import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { EXTENSION_PUBLIC_KEY, GECKO_ID } from './scripts/extension-identity';

/**
 * Store packages (`npm run zip`) leave out the manifest `key`: the stores assign the id. Every other
 * build (dev, test, unpacked, policy deployment) keeps it, so the extension id is fixed and enterprise
 * policies can target it.
 */
const storeBuild = process.env.REPERE_STORE_BUILD === '1';

// No remote sources anywhere: our pages only load their own packaged scripts.
const EXTENSION_PAGES_CSP = "script-src 'self'; object-src 'self'; base-uri 'none'; form-action 'none'";

/**
 * The pages' components are written against React's API, and run on Preact through `preact/compat`
 * (docs/decisions.md §10): ≈ 4× less JavaScript to download, compile and run when the side panel opens.
 * Exact matches, so `react-dom/client` is not caught by `react-dom`. vitest.config.ts uses the same list, so
 * the component tests run the renderer that ships.
 */
export const PREACT_COMPAT_ALIASES = [
  { find: /^react$/, replacement: 'preact/compat' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/compat/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/compat/jsx-dev-runtime' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react-dom\/test-utils$/, replacement: 'preact/test-utils' },
];

/** The side panel's page, as the build names it (both plugins below only touch that page). */
const SIDE_PANEL_HTML = /\/sidepanel\/index\.html$/;

/**
 * The side panel's first view needs two chunks that its entry only imports dynamically: the content accessors
 * (core/content.ts) and one version's text. Each extension resource is a round trip through the browser process
 * (≈ 40–200 ms each when the machine is busy, scripts/bench-panel.ts), and the entry could only ask for them
 * once it had run, one after the other. Listed as modulepreloads in sidepanel.html, they load with the entry's
 * own chunks. The text preloaded is French (`fr`), the version shown with the default settings in a French
 * browser; another version (the last one shown, entrypoints/sidepanel/content-version-hint.ts) is still asked for
 * as soon as the entry runs, and the French chunk then goes unused.
 */
function preloadSidePanelContent(): Plugin {
  const PRELOADED = [/\/core\/content\.ts$/, /\/content\/generated\/panel\.fr\.json$/];
  return {
    name: 'repere:preload-side-panel-content',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        if (!SIDE_PANEL_HTML.test(context.filename) || !context.bundle) return html;
        const chunks = Object.values(context.bundle).filter((output) => output.type === 'chunk');
        // `wxt` dev pre-renders the pages without these chunks (they are served by the dev server): nothing to
        // preload there. The production build is checked by tests/build/side-panel-size.test.ts.
        return PRELOADED.flatMap((pattern) => {
          const chunk = chunks.find((candidate) => pattern.test(candidate.facadeModuleId ?? ''));
          if (!chunk) return [];
          return [
            {
              tag: 'link',
              attrs: { rel: 'modulepreload', crossorigin: true, href: `/${chunk.fileName}` },
              injectTo: 'head' as const,
            },
          ];
        });
      },
    },
  };
}

/**
 * The side panel's stylesheet (≈ 7 KB) goes into `sidepanel.html` as a `<style>` element. A `<link rel=stylesheet>`
 * is one more round trip through the browser process, and it blocks the first paint: measured on an otherwise empty
 * extension page, the linked stylesheet put the first paint ≈ 40 ms later on the shared 2-core machine. The pages'
 * CSP restricts scripts only (`EXTENSION_PAGES_CSP`), so an inline style is allowed; the options and onboarding
 * pages keep the linked file.
 */
function inlineSidePanelStylesheet(): Plugin {
  return {
    name: 'repere:inline-side-panel-stylesheet',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        if (!SIDE_PANEL_HTML.test(context.filename) || !context.bundle) return html;
        const bundle = context.bundle;
        return html.replace(/<link rel="stylesheet"[^>]*href="\/([^"]+\.css)"[^>]*>/g, (link, fileName: string) => {
          const asset = bundle[fileName];
          if (asset?.type !== 'asset') return link;
          const css = typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source);
          // A stylesheet cannot close the element early: the build's CSS never contains this sequence.
          if (/<\/style/i.test(css)) return link;
          return `<style>${css}</style>`;
        });
      },
    },
  };
}

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/i18n/module'],
  // React Fast Refresh patches React's internals, which Preact does not have: in `wxt` dev, an edit reloads the
  // page instead of being hot-swapped.
  react: { vite: { refreshExclude: /./ } },
  // Every dependency is an explicit import: no auto-imported globals.
  imports: false,
  webExt: { disabled: true },
  // Store packages build into their own folder, so a zip never replaces the keyed build the tests,
  // the demo and unpacked installs use.
  outDirTemplate: storeBuild
    ? '{{browser}}-mv{{manifestVersion}}-store'
    : '{{browser}}-mv{{manifestVersion}}{{modeSuffix}}',
  // Vite's modulepreload polyfill calls fetch() on our own chunk URLs; browsers that run this
  // extension support modulepreload natively, and the build must contain no network API at all.
  vite: () => ({
    build: { modulePreload: { polyfill: false } },
    resolve: { alias: PREACT_COMPAT_ALIASES },
    plugins: [preloadSidePanelContent(), inlineSidePanelStylesheet()],
  }),
  zip: {
    excludeSources: ['tests/**', 'bench/**', 'demo-output/**', '.ci/**'],
  },
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'fr',
    // activeTab + scripting: "Analyser cette page" reads the tab the user is on, only when they click it.
    permissions: ['storage', 'activeTab', 'scripting'],
    action: { default_title: '__MSG_actionTitle__' },
    ...(manifestVersion === 3
      ? { content_security_policy: { extension_pages: EXTENSION_PAGES_CSP } }
      : { content_security_policy: EXTENSION_PAGES_CSP }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {
          // Chrome/Edge validate enterprise-policy values for chrome.storage.managed against this
          // schema (public/managed-schema.json); see docs/DISTRIBUTING.md.
          storage: { managed_schema: 'managed-schema.json' },
          ...(storeBuild ? {} : { key: EXTENSION_PUBLIC_KEY }),
        }),
  }),
});
