/**
 * Content script for every supported chatbot host (matches come from sites/hosts.ts).
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ToBackground } from '../../core/protocol';
import { ALL_CHATBOT_MATCHES, siteForUrl } from '../../sites/hosts';

export default defineContentScript({
  matches: [...ALL_CHATBOT_MATCHES],
  runAt: 'document_idle',
  main() {
    const site = siteForUrl(location.href);
    if (!site) return;
    const announce: ToBackground = { type: 'announce', site: site.id };
    browser.runtime.sendMessage(announce).catch(() => undefined);
  },
});
