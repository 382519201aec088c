import { browser } from 'wxt/browser';
import type { PageAnalysisResult } from '../../components/page-analysis';
import { htmlToParagraphs } from '../../components/sanitize';
import type { ExtractedPage } from '../page-extract';
import { analyzeText } from './engine-loader';

/** Text beyond this is not analysed: long pages would only slow the panel down. */
const MAX_TEXT = 60_000;

/**
 * "Analyser cette page": injects the Readability extractor into the tab (activeTab + scripting, so
 * only after the user's click), then runs the engine here, in the panel. Page HTML is only displayed
 * after DOMPurify (htmlToParagraphs).
 */
export async function analyseTab(pinnedTabId: number | undefined): Promise<PageAnalysisResult> {
  const tabId = pinnedTabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) throw new Error('no active tab');
  const [injection] = await browser.scripting.executeScript({ target: { tabId }, files: ['/page-extract.js'] });
  const page = injection?.result as ExtractedPage | null | undefined;
  if (!page || !page.textContent.trim()) throw new Error('nothing to read');
  const findings = await analyzeText(page.textContent.slice(0, MAX_TEXT));
  return { title: page.title, excerpt: htmlToParagraphs(page.content, window, 6), findings };
}
