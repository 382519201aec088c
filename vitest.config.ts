import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { PREACT_COMPAT_ALIASES } from './wxt.config';

/**
 * Three projects, run in this order by `npm test`:
 * - unit:  source-level tests (engine, sites, components, content conformance, corpus floors, meta-tests);
 * - build: checks on the built extension in .output/ (manifest snapshot, bundle sizes, network scan);
 * - e2e:   the built extension in real Chromium, with the network guard on.
 */
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        // The component tests render with the renderer that ships (Preact through preact/compat). Testing
        // Library's ES build is processed by Vite (inlined), so its own `react`/`react-dom` imports take the
        // aliases too (its CommonJS build, Node's default, would `require` the real React).
        resolve: {
          alias: [
            ...PREACT_COMPAT_ALIASES,
            {
              find: /^@testing-library\/react$/,
              replacement: '@testing-library/react/dist/@testing-library/react.esm.js',
            },
          ],
        },
        test: {
          server: { deps: { inline: ['@testing-library/react'] } },
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/meta/**/*.test.ts', 'tests/corpus/**/*.test.ts'],
          environment: 'node',
          // A harness limit, not a performance check: a test that imports the engine afresh or scans a corpus takes
          // seconds when the two cores are shared, and the default 5 s failed two such tests at load 8–10 (stop 14).
          testTimeout: 30_000,
          mockReset: true,
          restoreMocks: true,
        },
      },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One Chromium at a time: the machines have two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
