/**
 * The e2e network guard: "nothing you type or read leaves your browser", as a tested property.
 *
 * Every request made in the browser context goes through one route handler. The only requests
 * allowed are the fixture documents the test serves itself (fulfilled locally) and the extension's
 * own packaged files. Anything else — from the service worker, an extension page, or a chatbot page
 * (where a content-script request would appear) — is aborted and recorded as a violation.
 * Chromium's own background traffic (initiator "not an origin") never reaches context routes.
 */
import type { BrowserContext, Request, Route } from 'playwright-core';

export interface GuardOptions {
  /** Exact document URL → HTML served for it. */
  readonly pages: Readonly<Record<string, string>>;
  /**
   * Requests a served page makes on its own (e.g. an avatar in a real capture): aborted, not
   * counted. Keep these narrow — a content-script request to the same host would be hidden.
   */
  readonly allowPageRequests?: readonly RegExp[];
}

export interface Violation {
  readonly url: string;
  readonly method: string;
  readonly resourceType: string;
  /** Who made it: 'service-worker', 'extension-page' or the page URL. */
  readonly from: string;
}

export class NetworkGuard {
  readonly #violations: Violation[] = [];
  readonly #pages = new Map<string, string>();
  readonly #ignored: readonly RegExp[];

  constructor(options: GuardOptions) {
    for (const [url, html] of Object.entries(options.pages)) this.#pages.set(url, html);
    this.#ignored = options.allowPageRequests ?? [];
  }

  /** Serves another fixture document (e.g. for a navigation inside a test). */
  servePage(url: string, html: string): void {
    this.#pages.set(url, html);
  }

  async install(context: BrowserContext): Promise<void> {
    await context.route('**/*', (route) => this.#handle(route));
  }

  violations(): readonly Violation[] {
    return [...this.#violations];
  }

  /** Throws, listing every request that tried to leave the browser. */
  assertClean(): void {
    if (this.#violations.length === 0) return;
    const lines = this.#violations.map((v) => `  ${v.method} ${v.url} (${v.resourceType}, from ${v.from})`);
    throw new Error(
      `Network guard: ${this.#violations.length} request(s) tried to leave the browser:\n${lines.join('\n')}`,
    );
  }

  async #handle(route: Route): Promise<void> {
    const request = route.request();
    const url = request.url();
    if (/^(chrome-extension|data|blob):/.test(url)) return route.continue();
    const html = request.isNavigationRequest() ? this.#pages.get(url) : undefined;
    if (html !== undefined) {
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    }
    if (!this.#ignored.some((pattern) => pattern.test(url))) {
      this.#violations.push({
        url,
        method: request.method(),
        resourceType: request.resourceType(),
        from: origin(request),
      });
    }
    return route.abort('blockedbyclient');
  }
}

function origin(request: Request): string {
  if (request.serviceWorker()) return 'service-worker';
  try {
    const frameUrl = request.frame().url();
    return frameUrl.startsWith('chrome-extension://') ? `extension-page ${frameUrl}` : frameUrl || 'unknown';
  } catch {
    return 'unknown';
  }
}
