/**
 * The one list of supported chatbot sites and the URL patterns they live under.
 *
 * Everything that needs to know "which pages are chatbots" reads this list: the manifest's
 * content-script matches (wxt.config.ts via the content script), the site registry, the README
 * table (a meta-test keeps them in agreement). Add a site here first.
 */
export interface SiteHost {
  /** Stable site id, also the adapter's file name in sites/. */
  readonly id: SiteId;
  /** Human name shown in the side panel and README. */
  readonly name: string;
  /** Extension match patterns (https only). */
  readonly matches: readonly string[];
}

export type SiteId =
  | 'chatgpt'
  | 'claude'
  | 'gemini'
  | 'mistral'
  | 'copilot'
  | 'perplexity'
  | 'deepseek'
  | 'meta-ai'
  | 'grok'
  | 'huggingchat';

export const SITE_HOSTS: readonly SiteHost[] = [
  { id: 'chatgpt', name: 'ChatGPT', matches: ['https://chatgpt.com/*', 'https://chat.openai.com/*'] },
  { id: 'claude', name: 'Claude', matches: ['https://claude.ai/*'] },
  { id: 'gemini', name: 'Gemini', matches: ['https://gemini.google.com/*'] },
  { id: 'mistral', name: 'Le Chat (Mistral)', matches: ['https://chat.mistral.ai/*'] },
  {
    id: 'copilot',
    name: 'Copilot',
    matches: ['https://copilot.microsoft.com/*', 'https://copilot.com/*', 'https://www.copilot.com/*'],
  },
  { id: 'perplexity', name: 'Perplexity', matches: ['https://www.perplexity.ai/*', 'https://perplexity.ai/*'] },
  { id: 'deepseek', name: 'DeepSeek', matches: ['https://chat.deepseek.com/*'] },
  { id: 'meta-ai', name: 'Meta AI', matches: ['https://www.meta.ai/*', 'https://meta.ai/*'] },
  { id: 'grok', name: 'Grok', matches: ['https://grok.com/*'] },
  { id: 'huggingchat', name: 'HuggingChat', matches: ['https://huggingface.co/chat/*'] },
];

/** Every match pattern, in list order: the content script's `matches`. */
export const ALL_CHATBOT_MATCHES: readonly string[] = SITE_HOSTS.flatMap((site) => site.matches);

/** Tests a URL against one extension match pattern (https scheme, exact host, `*` path glob). */
export function urlMatchesPattern(url: string, pattern: string): boolean {
  const match = /^https:\/\/([^/]+)(\/.*)$/.exec(pattern);
  if (!match) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:' || parsed.host !== match[1]) return false;
  const path = match[2] ?? '/*';
  const pathGlob = new RegExp(`^${path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  return pathGlob.test(parsed.pathname + parsed.search);
}

/** The supported site a URL belongs to, or undefined. */
export function siteForUrl(url: string): SiteHost | undefined {
  return SITE_HOSTS.find((site) => site.matches.some((pattern) => urlMatchesPattern(url, pattern)));
}
