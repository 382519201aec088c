/**
 * The one place that maps a page URL to its site adapter (hosts.ts holds the URL patterns).
 *
 * @example adapterForUrl('https://chatgpt.com/c/abc')?.id // 'chatgpt'
 */
import { chatgptAdapter } from './chatgpt';
import { claudeAdapter } from './claude';
import { copilotAdapter } from './copilot';
import { deepseekAdapter } from './deepseek';
import { geminiAdapter } from './gemini';
import { GENERIC_ADAPTER } from './generic';
import { grokAdapter } from './grok';
import { siteForUrl, type SiteId } from './hosts';
import { huggingchatAdapter } from './huggingchat';
import { metaAiAdapter } from './meta-ai';
import { mistralAdapter } from './mistral';
import { perplexityAdapter } from './perplexity';
import type { SiteAdapter } from './types';

export { GENERIC_ADAPTER };

/** One adapter per supported site, keyed by the site id (also the adapter's file name). */
export const ADAPTERS: Readonly<Record<SiteId, SiteAdapter>> = {
  chatgpt: chatgptAdapter,
  claude: claudeAdapter,
  gemini: geminiAdapter,
  mistral: mistralAdapter,
  copilot: copilotAdapter,
  perplexity: perplexityAdapter,
  deepseek: deepseekAdapter,
  'meta-ai': metaAiAdapter,
  grok: grokAdapter,
  huggingchat: huggingchatAdapter,
};

/** The adapter for a supported chatbot URL, or null (unsupported pages get no adapter, not the generic one). */
export function adapterForUrl(url: URL | string): SiteAdapter | null {
  const site = siteForUrl(typeof url === 'string' ? url : url.href);
  return site ? ADAPTERS[site.id] : null;
}
