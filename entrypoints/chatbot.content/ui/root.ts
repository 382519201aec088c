/**
 * The extension's one host element in the page, with an open shadow root (tests and assistive tech
 * reach it; the page's styles do not). Attached to <html> rather than <body> so a site re-rendering
 * its body does not remove it, and outside the observed conversation root so our own DOM writes never
 * wake the mutation observer.
 */
import { el } from './dom';
import { STYLES } from './styles';

export const ROOT_ID = 'repere-ia-sante-root';

export interface UiRoot {
  readonly host: HTMLElement;
  readonly shadow: ShadowRoot;
  /** Fixed layers, positioned by layout.ts. */
  readonly bannerLayer: HTMLElement;
  readonly indicatorLayer: HTMLElement;
  readonly guardLayer: HTMLElement;
  /** Assertive live region: each alert is announced once, here (the banner itself stays quiet). */
  readonly announcer: HTMLElement;
  destroy(): void;
}

export function createUiRoot(doc: Document): UiRoot {
  doc.getElementById(ROOT_ID)?.remove(); // a previous copy of the script (extension reloaded)
  const host = el(doc, 'div', { attrs: { id: ROOT_ID } });
  const shadow = host.attachShadow({ mode: 'open' });
  const style = el(doc, 'style', { text: STYLES });
  const bannerLayer = el(doc, 'div', { className: 'layer', attrs: { hidden: '' } });
  const indicatorLayer = el(doc, 'div', { className: 'layer', attrs: { hidden: '' } });
  const guardLayer = el(doc, 'div', { className: 'layer', attrs: { hidden: '' } });
  const announcer = el(doc, 'div', { className: 'sr-only', attrs: { 'aria-live': 'assertive' } });
  shadow.append(style, announcer, bannerLayer, guardLayer, indicatorLayer);
  (doc.documentElement ?? doc.body).appendChild(host);
  return {
    host,
    shadow,
    bannerLayer,
    indicatorLayer,
    guardLayer,
    announcer,
    destroy: () => host.remove(),
  };
}
