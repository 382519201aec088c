/**
 * Injected on demand by the side panel's "Analyser cette page" (scripting.executeScript with
 * files: ['/page-extract.js']). Runs Readability on a clone, so the page itself is never modified, and
 * returns the main text. The returned value is what executeScript resolves to.
 */
import { Readability } from '@mozilla/readability';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';

export interface ExtractedPage {
  readonly title: string;
  readonly textContent: string;
  /** Readability's HTML: untrusted, only shown after sanitizeHtml (components/sanitize.ts). */
  readonly content: string;
}

/** Main text of a document; falls back to the body text when Readability finds no article. */
export function extractPage(document: Document): ExtractedPage {
  const clone = document.cloneNode(true) as Document;
  const article = new Readability(clone).parse();
  if (article?.textContent?.trim()) {
    return { title: article.title ?? document.title, textContent: article.textContent, content: article.content ?? '' };
  }
  return {
    title: document.title,
    textContent: document.body?.innerText ?? document.body?.textContent ?? '',
    content: '',
  };
}

export default defineUnlistedScript(() => extractPage(document));
