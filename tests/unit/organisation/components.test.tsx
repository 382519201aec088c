// @vitest-environment jsdom
/**
 * The organisation components: the "Votre association" card, the import flow (file picker and
 * drag-and-drop, preview, refusal with every problem listed) and the options section (managed
 * profile read-only).
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OrganisationCard } from '../../../components/organisation-card';
import { OrganisationImport } from '../../../components/organisation-import';
import { OrganisationSettings } from '../../../components/organisation-settings';
import type { OrganisationProfile } from '../../../core/organisation/types';
import { DEFAULT_SETTINGS } from '../../../core/settings';

afterEach(cleanup);

const exampleText = readFileSync(path.resolve(__dirname, '../../../examples/association-regionale.json'), 'utf8');
const example = JSON.parse(exampleText) as OrganisationProfile;

function jsonFile(text: string, name = 'profil.json'): File {
  return new File([text], name, { type: 'application/json' });
}

describe('OrganisationCard', () => {
  it('shows the organisation with tap-to-call numbers, text-message links and resources', () => {
    render(<OrganisationCard profile={example} language="fr" />);
    const card = screen.getByTestId('organisation-card');
    expect(within(card).getByRole('heading', { name: 'Votre association' })).toBeTruthy();
    expect(within(card).getByText(example.name)).toBeTruthy();
    const call = within(card).getByRole('link', { name: 'Appeler Ligne d’écoute des aidants au 01 99 00 12 34' });
    expect(call.getAttribute('href')).toBe('tel:0199001234');
    expect(within(card).getByRole('link', { name: 'Envoyer un SMS au 01 99 00 12 34' }).getAttribute('href')).toBe(
      'sms:0199001234',
    );
    const resource = within(card).getByRole('link', { name: /Nos groupes de parole \(ouvre un nouvel onglet\)/ });
    expect(resource.getAttribute('href')).toBe('https://www.example.org/aidants-val-de-loire/groupes');
    expect(resource.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('renders the short message from limited Markdown, and HTML in it only as text', async () => {
    render(
      <OrganisationCard profile={{ name: 'A', message: '**Important** <img src=x onerror=alert(1)>' }} language="en" />,
    );
    const message = screen.getByTestId('organisation-message');
    // The renderer is loaded on demand.
    await waitFor(() => expect(message.querySelector('strong')?.textContent).toBe('Important'));
    expect(message.querySelector('img')).toBeNull();
    expect(message.textContent).toBe('Important <img src=x onerror=alert(1)>');
    expect(screen.getByRole('heading', { name: 'Your organisation' })).toBeTruthy();
  });
});

describe('OrganisationImport', () => {
  it('previews a valid file with the settings it will change, and applies it only on confirmation', async () => {
    const onApply = vi.fn(async () => undefined);
    render(<OrganisationImport language="fr" currentSettings={DEFAULT_SETTINGS} onApply={onApply} />);
    fireEvent.change(screen.getByTestId('organisation-file-input'), { target: { files: [jsonFile(exampleText)] } });
    const preview = await screen.findByTestId('organisation-preview');
    expect(within(preview).getByText(example.name)).toBeTruthy();
    expect(within(preview).getByTestId('organisation-settings-changes').textContent).toContain(
      'français facile à lire\u00a0: activé',
    );
    expect(onApply).not.toHaveBeenCalled();
    fireEvent.click(within(preview).getByTestId('organisation-apply'));
    await screen.findByTestId('organisation-applied');
    expect(onApply).toHaveBeenCalledWith(example);
  });

  it('accepts a dropped file', async () => {
    render(<OrganisationImport language="fr" currentSettings={DEFAULT_SETTINGS} onApply={vi.fn()} />);
    fireEvent.drop(screen.getByTestId('organisation-drop-zone'), { dataTransfer: { files: [jsonFile(exampleText)] } });
    expect(await screen.findByTestId('organisation-preview')).toBeTruthy();
  });

  it('refuses a bad file with every problem and its field path, and applies nothing', async () => {
    const onApply = vi.fn(async () => undefined);
    render(<OrganisationImport language="fr" currentSettings={DEFAULT_SETTINGS} onApply={onApply} />);
    const bad = JSON.stringify({
      name: 'Asso',
      contacts: [
        { label: 'A', phone: '01 99 00 12 34' },
        { label: 'B', phone: 'douze' },
      ],
      resources: [{ title: 'Site', url: 'http://example.org' }],
      couleur: 'bleu',
    });
    fireEvent.change(screen.getByTestId('organisation-file-input'), {
      target: { files: [jsonFile(bad, 'asso.json')] },
    });
    const refused = await screen.findByTestId('organisation-refused');
    expect(refused.textContent).toContain('Le fichier « asso.json » n’a pas été appliqué');
    const items = within(refused)
      .getAllByRole('listitem')
      .map((item) => item.querySelector('code')?.textContent);
    expect(items.sort()).toEqual(['contacts[1].phone', 'couleur', 'resources[0].url']);
    expect(refused.textContent).toContain('le profil précédent reste en place');
    expect(screen.queryByTestId('organisation-apply')).toBeNull();
    expect(onApply).not.toHaveBeenCalled();
  });

  it('refuses invalid JSON and files over 64 KB', async () => {
    render(<OrganisationImport language="en" currentSettings={DEFAULT_SETTINGS} onApply={vi.fn()} />);
    const input = screen.getByTestId('organisation-file-input');
    fireEvent.change(input, { target: { files: [jsonFile('{ name: Asso }')] } });
    expect((await screen.findByTestId('organisation-refused')).textContent).toContain(
      '(file) : this file is not valid JSON',
    );

    const big = new File(['x'.repeat(70 * 1024)], 'big.json');
    const text = vi.spyOn(big, 'text');
    fireEvent.change(input, { target: { files: [big] } });
    await waitFor(() => expect(screen.getByTestId('organisation-refused').textContent).toContain('64 KB at most'));
    expect(text).not.toHaveBeenCalled();
  });

  it('says so when storing fails, without claiming success', async () => {
    const onApply = vi.fn(async () => {
      throw new Error('quota');
    });
    render(<OrganisationImport language="fr" currentSettings={DEFAULT_SETTINGS} onApply={onApply} />);
    fireEvent.change(screen.getByTestId('organisation-file-input'), { target: { files: [jsonFile(exampleText)] } });
    fireEvent.click(await screen.findByTestId('organisation-apply'));
    expect(await screen.findByText('Le profil n’a pas pu être enregistré. Rien n’a été modifié.')).toBeTruthy();
    expect(screen.queryByTestId('organisation-applied')).toBeNull();
  });
});

describe('OrganisationSettings', () => {
  const base = {
    language: 'fr' as const,
    currentSettings: DEFAULT_SETTINGS,
    onApply: vi.fn(async () => undefined),
    onRemove: vi.fn(async () => undefined),
  };

  it('shows a managed profile as managed and read-only: no import, no removal', () => {
    render(
      <OrganisationSettings
        {...base}
        managed={{ status: 'valid', profile: example }}
        imported={{ name: 'Importée' }}
      />,
    );
    expect(screen.getByTestId('organisation-managed').textContent).toContain('géré par votre organisation');
    expect(screen.getByTestId('organisation-managed').textContent).toContain('Importée');
    expect(screen.getByText(example.name)).toBeTruthy();
    expect(screen.queryByTestId('organisation-file-input')).toBeNull();
    expect(screen.queryByTestId('organisation-remove')).toBeNull();
    expect(screen.getByTestId('organisation-export')).toBeTruthy();
  });

  it('lists the errors of an invalid managed profile, and keeps import available', () => {
    render(
      <OrganisationSettings
        {...base}
        managed={{ status: 'invalid', errors: [{ path: 'contacts[0].phone', message: 'numéro mal formé' }] }}
        imported={null}
      />,
    );
    expect(screen.getByTestId('organisation-managed-invalid').textContent).toContain('contacts[0].phone');
    expect(screen.getByTestId('organisation-none')).toBeTruthy();
    expect(screen.getByTestId('organisation-file-input')).toBeTruthy();
  });

  it('offers to remove an imported profile', async () => {
    render(<OrganisationSettings {...base} managed={{ status: 'absent' }} imported={example} />);
    fireEvent.click(screen.getByTestId('organisation-remove'));
    await waitFor(() => expect(base.onRemove).toHaveBeenCalled());
  });

  it('exports the profile and settings as a JSON download', async () => {
    const created: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:test';
    });
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    render(<OrganisationSettings {...base} managed={{ status: 'absent' }} imported={example} />);
    fireEvent.click(screen.getByTestId('organisation-export'));
    expect(click).toHaveBeenCalled();
    const exported = JSON.parse(await created[0]!.text()) as Record<string, unknown>;
    expect(exported).toMatchObject({ name: example.name, defaultLanguage: 'auto', enabledFeatures: expect.any(Array) });
  });
});
