// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CurrentTabView } from '../../../components/current-tab-view';
import { translator } from '../../../core/i18n';
import { emptyTabState, type TabState } from '../../../core/protocol';
import { SAMPLE_CONTENT } from './sample-content';

const t = translator('fr');
afterEach(cleanup);

const withRedFlag: TabState = {
  ...emptyTabState('chatgpt'),
  health: true,
  topics: ['medication'],
  redFlags: [{ category: 'cardiac', evidence: 'une douleur qui serre la poitrine', source: 'user' }],
  checks: ['verify_dosage'],
  piiCounts: { email: 1, phone: 2 },
};

describe('CurrentTabView', () => {
  it('puts the emergency card first, with a labelled tel: link to the right number and 114 by SMS', () => {
    const { container } = render(<CurrentTabView tabState={withRedFlag} content={SAMPLE_CONTENT} t={t} />);
    const firstSection = container.querySelector('section section');
    expect(firstSection?.getAttribute('data-testid')).toBe('emergency-card');
    const card = screen.getByTestId('emergency-card');
    expect(within(card).getByText('Appelez le 15 maintenant, ne vous déplacez pas.')).toBeTruthy();
    expect(within(card).getByRole('link', { name: 'Appeler le 15 (SAMU)' }).getAttribute('href')).toBe('tel:15');
    expect(
      within(card)
        .getByRole('link', { name: /114 par SMS/ })
        .getAttribute('href'),
    ).toBe('sms:114');
    expect(within(card).getByText('une douleur qui serre la poitrine')).toBeTruthy();
  });

  it('shows the matching checklist after the card; ticking a sign says to call now', () => {
    render(<CurrentTabView tabState={withRedFlag} content={SAMPLE_CONTENT} t={t} />);
    const checklist = screen.getByTestId('checklist');
    expect(checklist.getAttribute('data-category')).toBe('cardiac');
    expect(screen.queryByTestId('checklist-alert')).toBeNull();
    fireEvent.click(within(checklist).getByLabelText('Douleur qui descend dans le bras'));
    const alert = screen.getByTestId('checklist-alert');
    expect(alert.textContent).toContain('Appelez le 15 maintenant.');
    expect(within(alert).getByRole('link', { name: 'Appeler le 15 (SAMU)' })).toBeTruthy();
  });

  it('lists the points to check, the topic guidance and the privacy counts in that order', () => {
    render(<CurrentTabView tabState={withRedFlag} content={SAMPLE_CONTENT} t={t} />);
    const checks = screen.getByTestId('answer-checks');
    expect(within(checks).getByRole('heading', { name: 'Points à vérifier' })).toBeTruthy();
    expect(within(checks).getByText('Vérifiez avec un pharmacien.')).toBeTruthy();
    const guidance = screen.getByTestId('guidance-cards');
    expect(within(guidance).getByText('Vérifiez la dose avec votre pharmacien.')).toBeTruthy();
    const privacy = screen.getByTestId('privacy-reminder');
    expect(privacy.textContent).toContain('adresse e-mail : 1');
    expect(privacy.textContent).toContain('numéro de téléphone : 2');
    expect(checks.compareDocumentPosition(guidance) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(guidance.compareDocumentPosition(privacy) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('says when the site reader is degraded', () => {
    render(<CurrentTabView tabState={{ ...withRedFlag, readerStatus: 'degraded' }} content={SAMPLE_CONTENT} t={t} />);
    expect(screen.getByTestId('reader-degraded').textContent).toMatch(/^Lecture du site dégradée/);
  });

  it('shows the guidance sheet when this is not a chatbot page', () => {
    render(<CurrentTabView tabState={null} content={SAMPLE_CONTENT} t={t} />);
    expect(screen.getByTestId('site-status').textContent).toBe('pas une page de chatbot');
    expect(screen.getByTestId('sheet')).toBeTruthy();
    expect(screen.queryByTestId('emergency-card')).toBeNull();
  });

  it('shows the guidance sheet when nothing was detected on a chatbot page', () => {
    render(<CurrentTabView tabState={emptyTabState('claude')} content={SAMPLE_CONTENT} t={t} />);
    expect(screen.getByTestId('site-status').textContent).toBe('page de chatbot prise en charge : Claude');
    expect(screen.getByRole('heading', { name: 'Bien utiliser une IA pour sa santé' })).toBeTruthy();
  });

  it('keeps the emergency first for several red flags, each followed by its checklist', () => {
    const state: TabState = {
      ...withRedFlag,
      redFlags: [
        { category: 'suicide', evidence: 'envie de mourir', source: 'user' },
        { category: 'cardiac', evidence: 'poitrine', source: 'user' },
      ],
    };
    render(<CurrentTabView tabState={state} content={SAMPLE_CONTENT} t={t} />);
    const cards = screen.getAllByTestId('emergency-card').map((card) => card.getAttribute('data-category'));
    expect(cards).toEqual(['suicide', 'cardiac']);
    expect(screen.getAllByRole('link', { name: 'Appeler le 3114' })[0]?.getAttribute('href')).toBe('tel:3114');
  });

  it('warns when the latest answer missed the emergency', () => {
    render(<CurrentTabView tabState={{ ...withRedFlag, missedEmergency: true }} content={SAMPLE_CONTENT} t={t} />);
    expect(screen.getByTestId('missed-emergency')).toBeTruthy();
  });
});
