// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAlertState } from '../../../entrypoints/chatbot.content/ui/alert-state';
import { announcement } from '../../../entrypoints/chatbot.content/ui/banner';
import { createInPageUi } from '../../../entrypoints/chatbot.content/ui/in-page-ui';
import { placeBanner, placeBesideComposer } from '../../../entrypoints/chatbot.content/ui/layout';
import { ROOT_ID } from '../../../entrypoints/chatbot.content/ui/root';
import { inPageStrings } from '../../../entrypoints/chatbot.content/ui/strings';
import { RED_FLAG_CATEGORIES } from '../../../engine/types';

const fr = inPageStrings('fr');
const en = inPageStrings('en');

function setup() {
  const handlers = {
    onChecklist: vi.fn(),
    onDismiss: vi.fn(),
    onOpenPanel: vi.fn(),
    onMask: vi.fn(),
    onIgnore: vi.fn(),
  };
  const ui = createInPageUi(document, handlers);
  const shadow = document.getElementById(ROOT_ID)!.shadowRoot!;
  return { ui, handlers, shadow };
}

const links = (root: ParentNode) => [...root.querySelectorAll('a')].map((a) => a.getAttribute('href'));

afterEach(() => document.getElementById(ROOT_ID)?.remove());

describe('emergency banner', () => {
  it('names the situation, gives the action and 15 / 112 / 114 by SMS for a medical emergency', () => {
    const { ui, shadow } = setup();
    ui.banner({ categories: ['cardiac'], missedEmergency: false }, fr);
    const banner = shadow.querySelector('section.banner')!;
    expect(banner.textContent).toContain('Signes possibles d’une urgence cardiaque');
    expect(banner.textContent).toContain('Appelez le 15');
    expect(links(banner)).toEqual(['tel:15', 'tel:112', 'sms:114']);
    expect(banner.textContent).toContain('personnes sourdes, malentendantes');
    expect(banner.getAttribute('aria-label')).toBe('Alerte Repère IA santé');
    expect(banner.querySelector('button.close')!.getAttribute('aria-label')).toBe('Fermer l’alerte');
  });

  it('gives 3114 for a suicidal crisis, 17 / 119 / 3919 for violence, the poison centres for poisoning', () => {
    const { ui, shadow } = setup();
    ui.banner({ categories: ['suicide'], missedEmergency: false }, fr);
    expect(links(shadow)).toEqual(expect.arrayContaining(['tel:3114', 'tel:15', 'tel:112', 'sms:114']));
    expect(links(shadow)[0]).toBe('tel:3114');
    ui.banner({ categories: ['violence'], missedEmergency: false }, fr);
    expect(links(shadow)).toEqual(expect.arrayContaining(['tel:17', 'tel:119', 'tel:3919', 'sms:114', 'tel:112']));
    ui.banner({ categories: ['poisoning'], missedEmergency: false }, fr);
    expect(shadow.querySelector('details summary')!.textContent).toBe('Centres antipoison (par région)');
    expect(links(shadow)).toContain('tel:+33140054848');
  });

  it('has an action and a number for every red-flag category, in French and English', () => {
    for (const strings of [fr, en]) {
      for (const category of RED_FLAG_CATEGORIES) {
        const text = strings.categories[category];
        expect(text.situation.length).toBeGreaterThan(5);
        expect(text.action).toMatch(/\d/);
        expect(text.contacts.some((c) => c.href.startsWith('tel:'))).toBe(true);
        expect(text.contacts.some((c) => c.href === 'sms:114')).toBe(true);
      }
    }
  });

  it('says plainly when the answer missed the emergency', () => {
    const { ui, shadow } = setup();
    ui.banner({ categories: ['stroke'], missedEmergency: true }, fr);
    expect(shadow.querySelector('.missed')!.textContent).toContain('ne conseille pas d’appeler le 15');
    expect(shadow.querySelector('.missed')!.textContent).toContain('appelez le 15');
  });

  it('opens the checklist of the first category and dismisses with the button or Escape', () => {
    const { ui, shadow, handlers } = setup();
    const content = { categories: ['breathing', 'cardiac'] as const, missedEmergency: false };
    ui.banner({ ...content, categories: [...content.categories] }, fr);
    const buttons = [...shadow.querySelectorAll('button')];
    buttons.find((b) => b.textContent === 'Voir la liste de vérification')!.click();
    expect(handlers.onChecklist).toHaveBeenCalledWith('breathing');
    shadow.querySelector<HTMLButtonElement>('button.close')!.click();
    expect(handlers.onDismiss).toHaveBeenCalledTimes(1);
    shadow
      .querySelector('section.banner')!
      .dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(handlers.onDismiss).toHaveBeenCalledTimes(2);
    ui.banner(null, fr);
    expect(shadow.querySelector<HTMLElement>('section.banner')!.parentElement!.hidden).toBe(true);
  });

  it('announces through one assertive live region', () => {
    const { ui, shadow } = setup();
    ui.announce(announcement({ categories: ['cardiac'], missedEmergency: false }, fr));
    const live = shadow.querySelector('[aria-live="assertive"]')!;
    expect(live.textContent).toContain('Appelez le 15');
  });

  it('is in English when asked', () => {
    const { ui, shadow } = setup();
    ui.banner({ categories: ['cardiac'], missedEmergency: true }, en);
    expect(shadow.textContent).toContain('Call 15 now');
    expect(shadow.textContent).toContain('114 by text');
  });
});

describe('alert state (per conversation)', () => {
  it('stays dismissed for the same categories, comes back for a new one, announces each once', () => {
    const state = createAlertState();
    const first = state.visible(['cardiac'], false)!;
    expect(state.takeAnnouncements(first).categories).toEqual(['cardiac']);
    expect(state.takeAnnouncements(first).categories).toEqual([]);
    state.dismiss(first);
    expect(state.visible(['cardiac'], false)).toBeNull();
    const again = state.visible(['cardiac', 'stroke'], false)!;
    expect(again.categories).toEqual(['cardiac', 'stroke']);
    expect(state.takeAnnouncements(again).categories).toEqual(['stroke']);
    state.dismiss(again);
    expect(state.visible(['cardiac', 'stroke'], true)).not.toBeNull(); // the missed notice is new information
    state.reset();
    expect(state.visible(['cardiac'], false)).not.toBeNull();
  });
});

describe('health indicator and privacy guard', () => {
  it('shows the indicator button that opens the side panel', () => {
    const { ui, shadow, handlers } = setup();
    ui.indicator(true, fr);
    const button = shadow.querySelector<HTMLButtonElement>('button.pill')!;
    expect(button.textContent).toBe('Conseils pour vérifier cette réponse');
    button.click();
    expect(handlers.onOpenPanel).toHaveBeenCalled();
    ui.indicator(false, fr);
    expect(button.parentElement!.hidden).toBe(true);
  });

  it('lists what was found with Masquer and Ignorer', () => {
    const { ui, shadow, handlers } = setup();
    ui.guard(['nir', 'phone'], fr);
    const guard = shadow.querySelector('section.guard')!;
    expect(guard.textContent).toContain('numéro de sécurité sociale, numéro de téléphone');
    expect(guard.getAttribute('aria-live')).toBe('polite');
    const [maskButton, ignoreButton] = [...guard.querySelectorAll('button')];
    expect([maskButton!.textContent, ignoreButton!.textContent]).toEqual(['Masquer', 'Ignorer']);
    maskButton!.click();
    ignoreButton!.click();
    expect(handlers.onMask).toHaveBeenCalled();
    expect(handlers.onIgnore).toHaveBeenCalled();
  });

  it('never uses innerHTML-built content: everything is text', () => {
    const { ui, shadow } = setup();
    ui.guard(['email'], { ...fr, guardFound: '<img src=x onerror=alert(1)> $1' });
    expect(shadow.querySelector('img')).toBeNull();
  });
});

describe('layout', () => {
  const composer = { left: 300, right: 1000, top: 700, bottom: 780 };
  it('puts layers beside the composer when there is room, never over it', () => {
    const place = placeBesideComposer(composer, 1400, 800);
    expect(place.left).toBeGreaterThanOrEqual(composer.right);
    expect(placeBanner(composer, 1400).left).toBeGreaterThanOrEqual(composer.right);
  });
  it('keeps the banner beside a 712-px column on a 1280-px window (demo screenshot: it covered the messages)', () => {
    const column = { left: 284, right: 996, top: 700, bottom: 780 };
    const place = placeBanner(column, 1280);
    expect(place.left).toBeGreaterThanOrEqual(column.right);
    expect((place.left ?? 0) + place.maxWidth).toBeLessThanOrEqual(1280);
  });
  it('falls back above the composer on narrow screens', () => {
    const narrow = { left: 10, right: 390, top: 700, bottom: 780 };
    const place = placeBesideComposer(narrow, 400, 800);
    expect(place.bottom).toBeGreaterThanOrEqual(800 - narrow.top);
  });
});

describe('styles', () => {
  it('follow dark mode and reduced motion, and stay inside the shadow root', () => {
    setup();
    const css = document.getElementById(ROOT_ID)!.shadowRoot!.querySelector('style')!.textContent!;
    expect(css).toContain('@media (prefers-color-scheme: dark)');
    expect(css).toMatch(/@media \(prefers-reduced-motion: no-preference\)[^}]*animation/);
    expect(document.head.querySelector('style')).toBeNull();
  });
});
