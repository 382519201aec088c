// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Onboarding } from '../../../components/onboarding';
import { SettingsForm } from '../../../components/settings-form';
import { translator } from '../../../core/i18n';
import { DEFAULT_SETTINGS } from '../../../core/settings';

afterEach(cleanup);

describe('SettingsForm', () => {
  it('reports each change as a partial patch', () => {
    const onChange = vi.fn();
    render(<SettingsForm settings={DEFAULT_SETTINGS} onChange={onChange} t={translator('fr')} onClearAll={vi.fn()} />);
    fireEvent.click(screen.getByLabelText('Anglais'));
    expect(onChange).toHaveBeenLastCalledWith({ language: 'en' });
    fireEvent.click(screen.getByLabelText('Facile à lire'));
    expect(onChange).toHaveBeenLastCalledWith({ easyToRead: true });
    fireEvent.click(screen.getByLabelText('Très grande'));
    expect(onChange).toHaveBeenLastCalledWith({ textSize: 'larger' });
    fireEvent.click(screen.getByLabelText('Sombre'));
    expect(onChange).toHaveBeenLastCalledWith({ theme: 'dark' });
    fireEvent.click(screen.getByLabelText('Alerte d’urgence dans la page'));
    expect(onChange).toHaveBeenLastCalledWith({ inPageAlert: false });
    fireEvent.click(screen.getByLabelText('Avertissement quand vous tapez des données personnelles'));
    expect(onChange).toHaveBeenLastCalledWith({ privacyGuard: false });
    fireEvent.click(screen.getByLabelText('Indicateur « Conseils pour vérifier cette réponse »'));
    expect(onChange).toHaveBeenLastCalledWith({ healthIndicator: false });
    fireEvent.click(screen.getByLabelText('Claude'));
    expect(onChange).toHaveBeenLastCalledWith({ disabledSites: ['claude'] });
  });

  it('re-enables a disabled site', () => {
    const onChange = vi.fn();
    render(
      <SettingsForm
        settings={{ ...DEFAULT_SETTINGS, disabledSites: ['claude', 'gemini'] }}
        onChange={onChange}
        t={translator('en')}
        onClearAll={vi.fn()}
      />,
    );
    expect((screen.getByLabelText('Claude') as HTMLInputElement).checked).toBe(false);
    fireEvent.click(screen.getByLabelText('Claude'));
    expect(onChange).toHaveBeenLastCalledWith({ disabledSites: ['gemini'] });
  });

  it('asks for confirmation before "Tout effacer", then confirms it is done', async () => {
    const onClearAll = vi.fn(async () => undefined);
    render(
      <SettingsForm settings={DEFAULT_SETTINGS} onChange={vi.fn()} t={translator('fr')} onClearAll={onClearAll} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Tout effacer…' }));
    expect(onClearAll).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Annuler' }));
    fireEvent.click(screen.getByRole('button', { name: 'Tout effacer…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Oui, tout effacer' }));
    await waitFor(() => expect(screen.getByText('Tout a été effacé.')).toBeTruthy());
    expect(onClearAll).toHaveBeenCalledOnce();
  });
});

describe('Onboarding', () => {
  it('explains the extension and the privacy promise, and offers the panel and the settings', () => {
    const onOpenSidePanel = vi.fn();
    const onOpenSettings = vi.fn();
    render(<Onboarding t={translator('fr')} onOpenSidePanel={onOpenSidePanel} onOpenSettings={onOpenSettings} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Bienvenue dans Repère IA santé' })).toBeTruthy();
    expect(screen.getByText(/Rien de ce que vous écrivez ou lisez n’est envoyé/)).toBeTruthy();
    fireEvent.click(screen.getByTestId('open-side-panel'));
    fireEvent.click(screen.getByRole('button', { name: 'Réglages' }));
    expect(onOpenSidePanel).toHaveBeenCalledOnce();
    expect(onOpenSettings).toHaveBeenCalledOnce();
  });
});
