// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChecklistsView } from '../../../components/checklists-view';
import { NumbersView } from '../../../components/numbers-view';
import { PanelNav } from '../../../components/panel-nav';
import { parseRoute, routeHash } from '../../../components/routes';
import { filterSections, SheetView } from '../../../components/sheet-view';
import { VerifyView } from '../../../components/verify-view';
import { translator } from '../../../core/i18n';
import { SAMPLE_CONTENT } from './sample-content';

const t = translator('fr');
afterEach(cleanup);

describe('routes', () => {
  it('parses views and linkable anchors, defaulting to the current tab', () => {
    expect(parseRoute('#sheet/urgence')).toEqual({ view: 'sheet', anchor: 'urgence' });
    expect(parseRoute('#checklists')).toEqual({ view: 'checklists' });
    expect(parseRoute('')).toEqual({ view: 'current' });
    expect(parseRoute('#nonsense')).toEqual({ view: 'current' });
    expect(routeHash({ view: 'checklists', anchor: 'cardiac' })).toBe('#checklists/cardiac');
  });
});

describe('PanelNav', () => {
  it('marks the current view and links every view by hash', () => {
    render(<PanelNav view="numbers" t={t} />);
    const nav = screen.getByRole('navigation', { name: 'Rubriques du panneau' });
    expect(within(nav).getAllByRole('link')).toHaveLength(6);
    expect(within(nav).getByRole('link', { name: 'Numéros utiles' }).getAttribute('aria-current')).toBe('page');
    expect(within(nav).getByRole('link', { name: 'Vérifier une réponse' }).getAttribute('href')).toBe('#verify');
  });
});

describe('SheetView', () => {
  it('shows every section with its own link, and filters by search ignoring accents and case', () => {
    render(<SheetView title="Fiche" sections={SAMPLE_CONTENT.sheet} t={t} />);
    expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(3);
    expect(screen.getByRole('link', { name: 'Lien vers la section : En cas d’urgence' }).getAttribute('href')).toBe(
      '#sheet/urgence',
    );
    fireEvent.input(screen.getByLabelText('Rechercher dans la fiche'), { target: { value: 'FIEVRE' } });
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['Fièvre de l’enfant #']);
    expect(screen.getByText('1 section(s) trouvée(s)')).toBeTruthy();
    fireEvent.input(screen.getByLabelText('Rechercher dans la fiche'), { target: { value: 'zzz' } });
    expect(screen.getByText('Aucune section ne correspond à « zzz ».')).toBeTruthy();
  });

  it('filterSections keeps sections that contain every word', () => {
    expect(filterSections(SAMPLE_CONTENT.sheet, 'sources date').map((s) => s.id)).toEqual(['verifier']);
    expect(filterSections(SAMPLE_CONTENT.sheet, '  ')).toHaveLength(3);
  });
});

describe('ChecklistsView', () => {
  it('lists every category with a table of contents, each interactive', () => {
    render(<ChecklistsView content={SAMPLE_CONTENT} t={t} />);
    expect(screen.getAllByTestId('checklist').map((c) => c.getAttribute('data-category'))).toEqual([
      'cardiac',
      'suicide',
    ]);
    expect(screen.getByRole('link', { name: 'Idées suicidaires' }).getAttribute('href')).toBe('#checklists/suicide');
    const suicide = screen.getAllByTestId('checklist')[1]!;
    fireEvent.click(within(suicide).getByLabelText('Envie de mourir'));
    expect(within(suicide).getByTestId('checklist-alert').textContent).toContain('Appelez le 3114 maintenant.');
  });
});

describe('NumbersView', () => {
  it('gives each number an explicit accessible name', () => {
    render(<NumbersView numbers={SAMPLE_CONTENT.numbers} t={t} />);
    const links = screen.getAllByRole('link');
    expect(links.map((link) => link.getAttribute('aria-label'))).toEqual([
      'Appeler le 15 (SAMU)',
      'Écrire au 114 par SMS (personnes sourdes ou malentendantes)',
      'Appeler le 3114',
    ]);
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['tel:15', 'sms:114', 'tel:3114']);
  });
});

describe('VerifyView', () => {
  it('runs the engine on the pasted answer and shows red flags and points to check', async () => {
    const analyze = vi.fn(async () => ({
      redFlags: [{ category: 'cardiac' as const, evidence: 'douleur poitrine' }],
      checks: ['verify_dosage'],
      topics: [],
    }));
    render(<VerifyView content={SAMPLE_CONTENT} t={t} analyze={analyze} />);
    fireEvent.input(screen.getByLabelText('Réponse de l’IA à vérifier'), {
      target: { value: 'Prenez 3 g de paracétamol.' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Vérifier' }));
    await waitFor(() => expect(screen.getByTestId('emergency-card')).toBeTruthy());
    expect(analyze).toHaveBeenCalledWith('Prenez 3 g de paracétamol.');
    expect(screen.getByText('Une dose est donnée')).toBeTruthy();
  });

  it('says when nothing was found, and clears the text on request', async () => {
    render(
      <VerifyView content={SAMPLE_CONTENT} t={t} analyze={async () => ({ redFlags: [], checks: [], topics: [] })} />,
    );
    const field = screen.getByLabelText('Réponse de l’IA à vérifier') as HTMLTextAreaElement;
    fireEvent.input(field, { target: { value: 'Bonjour' } });
    fireEvent.click(screen.getByRole('button', { name: 'Vérifier' }));
    await waitFor(() => expect(screen.getByText(/Aucun point particulier/)).toBeTruthy());
    fireEvent.click(screen.getByRole('button', { name: 'Effacer' }));
    expect(field.value).toBe('');
    expect(screen.queryByText(/Aucun point particulier/)).toBeNull();
  });
});
