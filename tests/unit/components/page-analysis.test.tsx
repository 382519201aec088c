// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PageAnalysis } from '../../../components/page-analysis';
import { translator } from '../../../core/i18n';
import { SAMPLE_CONTENT } from './sample-content';

const t = translator('fr');
afterEach(cleanup);

describe('PageAnalysis ("Analyser cette page")', () => {
  it('only reads the page when asked, then shows findings and the text read', async () => {
    const analysePage = vi.fn(async () => ({
      title: 'Forum santé',
      excerpt: ['Premier paragraphe.', 'Second paragraphe.'],
      findings: { redFlags: [{ category: 'cardiac' as const }], checks: ['no_source'], topics: [] },
    }));
    render(<PageAnalysis content={SAMPLE_CONTENT} t={t} analysePage={analysePage} />);
    expect(analysePage).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Analyser cette page' }));
    const result = await screen.findByTestId('analyse-result');
    expect(analysePage).toHaveBeenCalledOnce();
    expect(within(result).getByText('Page : Forum santé')).toBeTruthy();
    expect(within(result).getByTestId('emergency-card').getAttribute('data-category')).toBe('cardiac');
    expect(within(result).getByText('Pas de source')).toBeTruthy();
    expect(within(result).getByText('Second paragraphe.')).toBeTruthy();
  });

  it('explains how to allow it when the page cannot be read', async () => {
    render(
      <PageAnalysis content={SAMPLE_CONTENT} t={t} analysePage={() => Promise.reject(new Error('no activeTab'))} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Analyser cette page' }));
    await waitFor(() => expect(screen.getByTestId('analyse-failed').textContent).toMatch(/barre d’outils/));
  });

  it('says when nothing was found', async () => {
    render(
      <PageAnalysis
        content={SAMPLE_CONTENT}
        t={t}
        analysePage={async () => ({ title: '', excerpt: [], findings: { redFlags: [], checks: [], topics: [] } })}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Analyser cette page' }));
    await screen.findByText('Aucun point particulier n’a été repéré sur cette page.');
    expect(screen.getByText('Page : sans titre')).toBeTruthy();
  });
});
