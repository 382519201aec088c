// @vitest-environment jsdom
/**
 * Easy-to-read French changes the panel's own labels, not only the editorial content: the fr-easy UI catalogue
 * (locales/easy-to-read/fr.json over French), its rules, the components rendered with it, and the settings
 * wiring (useSettings gives the fr-easy translator when easy-to-read is on in French, never in English).
 */
import { cleanup, fireEvent, render, renderHook, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CurrentTabView } from '../../../components/current-tab-view';
import { PanelNav } from '../../../components/panel-nav';
import { VerifyView } from '../../../components/verify-view';
import { translator, type MessageKey } from '../../../core/i18n';
import type { TabState } from '../../../core/protocol';
import easyFrench from '../../../locales/easy-to-read/fr.json';
import french from '../../../locales/fr.json';
import { SAMPLE_CONTENT } from './sample-content';

const fr = translator('fr');
const easy = translator('fr-easy');
const easyKeys = Object.keys(easyFrench) as MessageKey[];

afterEach(cleanup);

const STATE: TabState = {
  site: 'chatgpt',
  readerStatus: 'ok',
  conversationId: 'c',
  health: true,
  topics: ['medication'],
  redFlags: [{ category: 'cardiac', evidence: 'une douleur qui serre', source: 'user' }],
  checks: ['verify_dosage'],
  missedEmergency: false,
  piiCounts: { email: 1 },
};

describe('the easy-to-read French catalogue', () => {
  it('only rewrites labels French has, keeping their $n placeholders', () => {
    const placeholders = (text: string) => [...text.matchAll(/\$\d/g)].map((match) => match[0]).sort();
    for (const key of easyKeys) {
      expect(french, key).toHaveProperty(key);
      expect(placeholders(easyFrench[key as keyof typeof easyFrench]), key).toEqual(placeholders(french[key]));
    }
  });

  it('covers the panel labels the issue names as hard: navigation, headings, buttons, empty states, privacy', () => {
    const hard: MessageKey[] = [
      'navSheet',
      'navChecklists',
      'navVerify',
      'navQuestions',
      'checksTitle',
      'guidanceTitle',
      'checklistSigns',
      'verifyButton',
      'analyseButton',
      'nothingDetected',
      'verifyNothing',
      'analyseNothing',
      'questionsEmpty',
      'privacyIntro',
      'privacyAdvice',
      'missedEmergency',
      'emergencyEvidence',
    ];
    for (const key of hard) expect(easy(key), key).not.toBe(fr(key));
  });

  it('writes short sentences (at most 16 words each), the FALC way', () => {
    for (const key of easyKeys) {
      const sentences = easy(key)
        .split(/(?<=[.!?…])\s+/)
        .filter(Boolean);
      for (const sentence of sentences) {
        const words = sentence.split(/\s+/).filter((word) => /\p{L}|\d/u.test(word));
        expect(words.length, `${key}: "${sentence}"`).toBeLessThanOrEqual(16);
      }
    }
  });

  it('falls back to French for labels that are already simple', () => {
    expect(easyKeys).not.toContain('panelTitle');
    expect(easy('panelTitle')).toBe(fr('panelTitle'));
    expect(easy('settingsTheme')).toBe(fr('settingsTheme'));
  });
});

describe('panel components with the easy-to-read labels', () => {
  it('navigation', () => {
    render(<PanelNav view="verify" t={easy} />);
    const nav = screen.getByRole('navigation', { name: easy('navLabel') });
    expect(within(nav).getByRole('link', { current: 'page' }).textContent).toBe('Tester une réponse');
    expect(within(nav).queryByText('Vérifier une réponse')).toBeNull();
  });

  it('the current tab: checks heading, guidance heading, privacy reminder, emergency evidence', () => {
    render(<CurrentTabView tabState={STATE} content={SAMPLE_CONTENT} t={easy} />);
    expect(screen.getByRole('heading', { name: 'Attention à cette réponse' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Points à vérifier' })).toBeNull();
    expect(screen.getByRole('heading', { name: easy('guidanceTitle') })).toBeTruthy();
    expect(screen.getByText(easy('privacyAdvice'))).toBeTruthy();
    expect(screen.getByText(easy('emergencyEvidence'), { exact: false })).toBeTruthy();
    expect(screen.getByRole('group', { name: easy('checklistSigns') })).toBeTruthy();
  });

  it('the empty state', () => {
    render(
      <CurrentTabView
        tabState={{ ...STATE, redFlags: [], checks: [], topics: [], piiCounts: {} }}
        content={SAMPLE_CONTENT}
        t={easy}
      />,
    );
    expect(screen.getByText(easy('nothingDetected'))).toBeTruthy();
    expect(screen.queryByText(fr('nothingDetected'))).toBeNull();
  });

  it('the verify view: button and "nothing found"', async () => {
    const analyze = vi.fn().mockResolvedValue({ redFlags: [], checks: [], topics: [] });
    render(<VerifyView content={SAMPLE_CONTENT} t={easy} analyze={analyze} />);
    fireEvent.input(screen.getByLabelText(easy('verifyLabel')), { target: { value: 'Un texte.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tester' }));
    await waitFor(() => expect(screen.getByText(easy('verifyNothing'))).toBeTruthy());
  });
});

describe('useSettings picks the labels from the settings', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.resetModules();
  });

  async function labelsWith(settings: object) {
    await fakeBrowser.storage.local.set({ settings });
    // Imported after the settings are stored: the hook's module starts reading them when it is evaluated.
    const { useSettings } = await import('../../../entrypoints/sidepanel/use-settings');
    const { result } = renderHook(() => useSettings());
    await waitFor(() => expect(result.current.loaded).toBe(true));
    return result.current.t;
  }

  it('easy-to-read in French → easy labels', async () => {
    const t = await labelsWith({ language: 'fr', easyToRead: true });
    expect(t('navVerify')).toBe('Tester une réponse');
    expect(t('checksTitle')).toBe('Attention à cette réponse');
  });

  it('easy-to-read off → the usual French labels', async () => {
    const t = await labelsWith({ language: 'fr', easyToRead: false });
    expect(t('navVerify')).toBe('Vérifier une réponse');
    expect(t('checksTitle')).toBe('Points à vérifier');
  });

  it('easy-to-read in English → English labels (it only exists in French)', async () => {
    const t = await labelsWith({ language: 'en', easyToRead: true });
    expect(t('navVerify')).toBe(translator('en')('navVerify'));
  });
});
