/**
 * Network-API uses tolerated in the built extension. Each entry needs a reason a reviewer can check.
 *
 * Empty on purpose: our own code never calls a network API, and the third-party code we bundle
 * (React, DOMPurify, Readability, WXT's runtime) contains none once Vite's modulepreload polyfill is
 * off (see wxt.config.ts). Adding an entry here needs a review of why that code can never run.
 */
export interface NetworkAllowance {
  /** Built file, relative to the output folder, as a regular expression. */
  readonly file: RegExp;
  /** The API name matched by the scanner (e.g. 'fetch'). */
  readonly api: string;
  /** Why it is there and why it is never called. */
  readonly reason: string;
}

export const NETWORK_ALLOWLIST: readonly NetworkAllowance[] = [];
