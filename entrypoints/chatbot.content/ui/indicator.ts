/** The small "Conseils pour vérifier cette réponse" pill shown next to the composer. */
import { el } from './dom';
import type { InPageStrings } from './strings';

export interface IndicatorView {
  render(visible: boolean, strings: InPageStrings): void;
  readonly element: HTMLButtonElement;
}

export function createIndicator(layer: HTMLElement, onOpen: () => void): IndicatorView {
  const button = el(layer.ownerDocument, 'button', { className: 'pill', attrs: { type: 'button' } });
  button.addEventListener('click', onOpen);
  layer.appendChild(button);
  return {
    element: button,
    render(visible, strings) {
      layer.hidden = !visible;
      if (button.textContent !== strings.indicator) button.textContent = strings.indicator;
    },
  };
}
