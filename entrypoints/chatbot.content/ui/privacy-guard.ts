/**
 * The prompt privacy guard's inline warning: what was found, "Masquer", "Ignorer". It warns; it never
 * blocks sending.
 */
import type { PiiKind } from '../../../engine/types';
import { el } from './dom';
import type { InPageStrings } from './strings';

export interface GuardView {
  render(kinds: readonly PiiKind[] | null, strings: InPageStrings): void;
  readonly element: HTMLElement;
}

export function createGuard(layer: HTMLElement, handlers: { onMask(): void; onIgnore(): void }): GuardView {
  const doc = layer.ownerDocument;
  const box = el(doc, 'section', { className: 'box guard', attrs: { role: 'status', 'aria-live': 'polite' } });
  layer.appendChild(box);
  let signature = '';
  return {
    element: box,
    render(kinds, strings) {
      const next = kinds && kinds.length > 0 ? `${kinds.join(',')}|${strings.guardMask}` : '';
      if (next === signature) return;
      signature = next;
      layer.hidden = next === '';
      box.replaceChildren();
      if (!kinds || kinds.length === 0) return;
      box.setAttribute('aria-label', strings.guardLabel);
      const list = kinds.map((kind) => strings.piiLabels[kind]).join(', ');
      const mask = el(doc, 'button', { text: strings.guardMask, attrs: { type: 'button' } });
      const ignore = el(doc, 'button', { text: strings.guardIgnore, attrs: { type: 'button' } });
      // Keep the composer's focus and selection while clicking (the mask needs the editor focused).
      for (const button of [mask, ignore]) button.addEventListener('mousedown', (event) => event.preventDefault());
      mask.addEventListener('click', handlers.onMask);
      ignore.addEventListener('click', handlers.onIgnore);
      box.append(
        el(doc, 'p', { text: strings.guardFound.replace('$1', list) }),
        el(doc, 'p', { className: 'hint', text: strings.guardHint }),
        el(doc, 'div', { className: 'actions' }, [mask, ignore]),
      );
    },
  };
}
