/**
 * The emergency banner: situation in lay words, one action, tel:/sms: links, the missed-emergency
 * notice, "Voir la liste de vérification" and a close button. Rebuilt only when its content changes.
 */
import type { RedFlagCategory } from '../../../engine/types';
import type { BannerContent } from './alert-state';
import { el } from './dom';
import type { Contact, InPageStrings } from './strings';

export interface BannerView {
  render(content: BannerContent | null, strings: InPageStrings): void;
  readonly element: HTMLElement;
}

export function createBanner(
  layer: HTMLElement,
  handlers: { onChecklist(category: RedFlagCategory): void; onDismiss(content: BannerContent): void },
): BannerView {
  const doc = layer.ownerDocument;
  const box = el(doc, 'section', { className: 'box banner' });
  layer.appendChild(box);
  let signature = '';
  let shown: BannerContent | null = null;

  box.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && shown) handlers.onDismiss(shown);
  });

  return {
    element: box,
    render(content, strings) {
      const next = content ? JSON.stringify([content, strings.bannerTitle]) : '';
      if (next === signature) return;
      signature = next;
      shown = content;
      layer.hidden = content === null;
      box.replaceChildren();
      if (!content) return;
      box.setAttribute('aria-label', strings.bannerLabel);
      const primary = content.categories[0];
      const texts = content.categories.map((category) => strings.categories[category]);
      const contacts = new Map<string, Contact>();
      for (const text of texts.length > 0 ? texts : [strings.categories.cardiac]) {
        for (const contact of text.contacts) if (!contacts.has(contact.href)) contacts.set(contact.href, contact);
      }

      const close = el(doc, 'button', {
        className: 'close',
        text: '×',
        attrs: { type: 'button', 'aria-label': strings.dismiss },
      });
      close.addEventListener('click', () => handlers.onDismiss(content));
      box.append(close, el(doc, 'h2', { text: strings.bannerTitle }));
      if (texts.length > 0) {
        // One line per situation: its lay name, then the action with its number.
        box.append(
          el(
            doc,
            'ul',
            {},
            texts.map((text) =>
              el(doc, 'li', {}, [el(doc, 'strong', { text: text.situation }), doc.createTextNode(` ${text.action}`)]),
            ),
          ),
        );
      }
      if (content.missedEmergency) box.append(el(doc, 'p', { className: 'missed', text: strings.missedEmergency }));

      box.append(
        el(
          doc,
          'ul',
          { className: 'contacts' },
          [...contacts.values()].map((contact) =>
            el(doc, 'li', {}, [
              el(doc, 'a', { text: contact.label, attrs: { href: contact.href } }),
              el(doc, 'small', { text: contact.detail }),
            ]),
          ),
        ),
      );
      if (content.categories.includes('poisoning')) {
        box.append(
          el(doc, 'details', {}, [
            el(doc, 'summary', { text: strings.poisonCentres }),
            el(
              doc,
              'ul',
              {},
              strings.poisonCentreList.map((centre) =>
                el(doc, 'li', {}, [
                  doc.createTextNode(`${centre.city} : `),
                  el(doc, 'a', { text: centre.dial, attrs: { href: centre.href } }),
                ]),
              ),
            ),
          ]),
        );
      }
      const actions = el(doc, 'div', { className: 'actions' });
      if (primary) {
        const checklist = el(doc, 'button', { text: strings.checklist, attrs: { type: 'button' } });
        checklist.addEventListener('click', () => handlers.onChecklist(primary));
        actions.append(checklist);
      }
      box.append(actions);
    },
  };
}

function dedupe(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/** The sentence the live region reads once for newly found categories. */
export function announcement(
  fresh: { categories: readonly RedFlagCategory[]; missedEmergency: boolean },
  strings: InPageStrings,
): string {
  const parts: string[] = [];
  if (fresh.categories.length > 0) {
    parts.push(`${strings.bannerLabel}.`);
    for (const category of fresh.categories) {
      const text = strings.categories[category];
      parts.push(`${text.situation}. ${text.action}`);
    }
  }
  if (fresh.missedEmergency) parts.push(strings.missedEmergency);
  return parts.join(' ');
}
