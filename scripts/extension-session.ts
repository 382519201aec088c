/**
 * A browser session with the real built extension (.output/chrome-mv3) in the system Chromium,
 * chatbot hosts routed to local pages, and the network guard always on. Used by the end-to-end tests
 * (tests/e2e/harness.ts), the demo and the benchmarks.
 *
 *   const ext = await launchExtension({ pages: { 'https://chatgpt.com/c/abc': html } });
 *   const page = await ext.openPage('https://chatgpt.com/c/abc');
 *   …
 *   await ext.close(); // throws if anything tried to leave the browser
 */
import { createServer } from 'node:net';
import { chromium, type Browser, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { launchChromiumWithExtension } from './chromium';
import { NetworkGuard, type GuardOptions } from './network-guard';

/** The slice of the extension API the harness evaluates inside the service worker. */
declare const chrome: {
  storage: Record<'local' | 'sync' | 'session', { get(keys: null): Promise<Record<string, unknown>> }>;
  tabs: { query(query: object): Promise<{ id?: number; active: boolean }[]> };
};

export interface LaunchExtensionOptions extends Partial<GuardOptions> {
  readonly locale?: string;
  readonly colorScheme?: 'light' | 'dark';
  readonly extraArgs?: readonly string[];
  /**
   * Opens a DevTools port so `openSidePanel()` can reach the real side panel (toolchain.md §7) and
   * `stopServiceWorker()` can stop the background.
   */
  readonly sidePanel?: boolean;
  /** Allows `clickToolbarIcon()` (Chromium's --enable-unsafe-extension-debugging). */
  readonly toolbarAction?: boolean;
  /** Headed runs are for people (the demo); tests and CI run headless. */
  readonly headless?: boolean;
}

export interface ExtensionUnderTest {
  readonly context: BrowserContext;
  readonly extensionId: string;
  readonly serviceWorker: Worker;
  readonly guard: NetworkGuard;
  /** Opens a routed page (served from `pages` or `guard.servePage`) in a new tab. */
  openPage(url: string): Promise<Page>;
  /** Opens one of the extension's pages (e.g. 'sidepanel.html?tabId=3') in a new tab. */
  openExtensionPage(pathAndQuery: string): Promise<Page>;
  /**
   * Opens the real Chrome side panel the way a user can (the onboarding page's button, a user
   * gesture) and returns it. Needs `sidePanel: true` at launch.
   */
  openSidePanel(): Promise<Page>;
  /**
   * Stops the extension's service worker the way Chrome does after 30 s idle (its memory is lost; the
   * next event starts a new one). Needs `sidePanel: true` at launch (the DevTools port).
   */
  stopServiceWorker(): Promise<void>;
  /**
   * Clicks the extension's toolbar icon on `page`'s tab, through DevTools' `Extensions.triggerAction`:
   * Chromium runs the action as for a user's click (activeTab granted on that tab, the side panel opened)
   * and returns the side panel. Needs `sidePanel: true` and `toolbarAction: true` at launch.
   */
  clickToolbarIcon(page: Page): Promise<Page>;
  /** Ids of the tabs the background has state for (storage.session `tab:<id>` keys). */
  trackedTabIds(): Promise<number[]>;
  /** The storage area's whole content, read from the service worker. */
  storage(area: 'local' | 'sync' | 'session'): Promise<Record<string, unknown>>;
  /** Closes the browser; throws if the network guard recorded a request leaving the browser. */
  close(): Promise<void>;
}

export async function launchExtension(options: LaunchExtensionOptions = {}): Promise<ExtensionUnderTest> {
  const debugPort = options.sidePanel ? await freePort() : undefined;
  const context = await launchChromiumWithExtension({
    locale: options.locale,
    headless: options.headless,
    colorScheme: options.colorScheme,
    extraArgs: [
      ...(options.extraArgs ?? []),
      ...(debugPort ? [`--remote-debugging-port=${debugPort}`, '--remote-debugging-address=127.0.0.1'] : []),
      ...(options.toolbarAction ? ['--enable-unsafe-extension-debugging'] : []),
    ],
  });
  let cdpBrowser: Browser | undefined;
  const guard = new NetworkGuard({ pages: options.pages ?? {}, allowPageRequests: options.allowPageRequests });
  try {
    await guard.install(context);
    const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const extensionId = new URL(serviceWorker.url()).host;

    /** The real side panel's page, reached over the DevTools port (Playwright does not list it). */
    const findSidePanel = async (): Promise<Page> => {
      cdpBrowser ??= await chromium.connectOverCDP(`http://127.0.0.1:${debugPort}`);
      const panelUrl = `chrome-extension://${extensionId}/sidepanel.html`;
      const deadline = Date.now() + 10_000;
      while (Date.now() < deadline) {
        const panel = cdpBrowser
          .contexts()
          .flatMap((ctx) => ctx.pages())
          .find((candidate) => candidate.url().startsWith(panelUrl));
        if (panel) return panel;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error('The side panel did not open');
    };

    const session: ExtensionUnderTest = {
      context,
      extensionId,
      serviceWorker,
      guard,
      async openPage(url) {
        const page = await context.newPage();
        await page.goto(url);
        return page;
      },
      async openExtensionPage(pathAndQuery) {
        const page = await context.newPage();
        await page.goto(`chrome-extension://${extensionId}/${pathAndQuery.replace(/^\//, '')}`);
        return page;
      },
      async openSidePanel() {
        if (!debugPort) throw new Error('launchExtension({ sidePanel: true }) is needed to reach the real side panel');
        // Give the focus back to the page the caller opened last (not the onboarding tab opened at install).
        const current = context
          .pages()
          .filter((page) => !page.url().startsWith(`chrome-extension://${extensionId}/onboarding.html`))
          .at(-1);
        const onboarding = await session.openExtensionPage('onboarding.html');
        await onboarding.getByTestId('open-side-panel').click();
        const panel = await findSidePanel();
        await onboarding.close();
        await current?.bringToFront();
        return panel;
      },
      async clickToolbarIcon(page) {
        if (!debugPort || !options.toolbarAction)
          throw new Error(
            'launchExtension({ sidePanel: true, toolbarAction: true }) is needed to click the toolbar icon',
          );
        // The background registers its action.onClicked listener when its script runs: a click that arrives
        // before (a worker still starting) does nothing. Anything evaluated in the worker runs after that script.
        await serviceWorker.evaluate(() => 0).catch(() => undefined); // a stopped worker restarts on the click
        const browserSession = await context.browser()!.newBrowserCDPSession();
        try {
          // triggerAction wants the tab target (not the page target) of the page's tab.
          const pageSession = await context.newCDPSession(page);
          const { targetInfo } = await pageSession.send('Target.getTargetInfo');
          await pageSession.detach();
          const { targetInfos } = await browserSession.send('Target.getTargets', { filter: [{ type: 'tab' }] });
          const tab = targetInfos.find((info) => info.type === 'tab' && info.url === targetInfo.url);
          if (!tab) throw new Error(`no tab target for ${targetInfo.url}`);
          await browserSession.send('Extensions.triggerAction', { id: extensionId, targetId: tab.targetId });
        } finally {
          await browserSession.detach();
        }
        return findSidePanel();
      },
      async stopServiceWorker() {
        if (!debugPort) throw new Error('launchExtension({ sidePanel: true }) is needed to stop the service worker');
        cdpBrowser ??= await chromium.connectOverCDP(`http://127.0.0.1:${debugPort}`);
        const cdp = await cdpBrowser.newBrowserCDPSession();
        try {
          const isOurs = (target: { type: string; url: string }) =>
            target.type === 'service_worker' && target.url.startsWith(`chrome-extension://${extensionId}/`);
          const { targetInfos } = await cdp.send('Target.getTargets');
          const worker = targetInfos.find(isOurs);
          if (!worker) throw new Error('The extension has no running service worker');
          await cdp.send('Target.closeTarget', { targetId: worker.targetId });
          const deadline = Date.now() + 5_000;
          while ((await cdp.send('Target.getTargets')).targetInfos.some(isOurs)) {
            if (Date.now() > deadline) throw new Error('The service worker did not stop');
            await new Promise((resolve) => setTimeout(resolve, 50));
          }
        } finally {
          await cdp.detach().catch(() => undefined);
        }
      },
      async trackedTabIds() {
        const stored = await session.storage('session');
        return Object.keys(stored)
          .filter((key) => key.startsWith('tab:'))
          .map((key) => Number(key.slice(4)));
      },
      storage(area) {
        return serviceWorker.evaluate(
          (name) => chrome.storage[name as 'local' | 'sync' | 'session'].get(null),
          area,
        ) as Promise<Record<string, unknown>>;
      },
      async close() {
        await cdpBrowser?.close().catch(() => undefined);
        await context.close();
        guard.assertClean();
      },
    };
    return session;
  } catch (error) {
    await context.close();
    throw error;
  }
}

/** A free TCP port on loopback for the DevTools endpoint. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}
