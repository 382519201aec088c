/**
 * Network-API uses tolerated in the built extension. Each entry needs a reason a reviewer can check.
 *
 * Our own code never calls a network API, and the third-party code we bundle (Preact, DOMPurify,
 * Readability, WXT's runtime) contains none once Vite's modulepreload polyfill is off (see
 * wxt.config.ts). The entries are words of our word lists (lexicon, spelling) that happen to be an API's name.
 * Adding an entry here needs a review of why that code can never run.
 */
export interface NetworkAllowance {
  /** Built file, relative to the output folder, as a regular expression. */
  readonly file: RegExp;
  /** The API name matched by the scanner (e.g. 'fetch'). */
  readonly api: string;
  /**
   * What the text around the match must look like (`NetworkApiHit.excerpt`), so an entry allows one known
   * occurrence and never the API anywhere else in the same file.
   */
  readonly excerpt: RegExp;
  /** Why it is there and why it is never called. */
  readonly reason: string;
}

export const NETWORK_ALLOWLIST: readonly NetworkAllowance[] = [
  {
    file: /^(?:background\.js|chunks\/engine-[\w-]+\.js)$/,
    api: 'fetch',
    excerpt: /\|grab\|fetch\|getting\|/,
    reason:
      'The English red-flag lexicon (content/lexicons/en/red-flags.yml) lists "get|grab|fetch|getting…" a defibrillator: a word inside the compiled lexicon string, never code.',
  },
  {
    file: /^(?:background\.js|chunks\/engine-[\w-]+\.js)$/,
    api: 'fetch',
    excerpt: / fe[a-z]* fetch fe[a-z]* /,
    reason:
      'The spelling corrector\'s list of real words never to correct (engine/generated/spelling.json, a space-separated string) holds the English word "fetch" between its alphabetical neighbours: data, never code.',
  },
];
