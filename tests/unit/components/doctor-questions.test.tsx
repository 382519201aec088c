// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DoctorQuestions, questionsAsText } from '../../../components/doctor-questions';
import { translator } from '../../../core/i18n';

const t = translator('fr');
afterEach(cleanup);

function Harness(props: { copy: (text: string) => Promise<void>; print: () => void }) {
  const [questions, setQuestions] = useState<readonly string[]>([]);
  return (
    <DoctorQuestions
      questions={questions}
      onChange={setQuestions}
      suggestions={['Quelle dose dois-je prendre ?', 'Combien de temps ?']}
      t={t}
      {...props}
    />
  );
}

describe('DoctorQuestions', () => {
  it('adds the suggested questions, edits, removes, adds by hand, copies and prints', async () => {
    const copy = vi.fn(async () => undefined);
    const print = vi.fn();
    render(<Harness copy={copy} print={print} />);
    expect(screen.getByText('Aucune question pour l’instant.')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Copier la liste' }) as HTMLButtonElement).disabled).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: 'Ajouter les questions suggérées (2)' }));
    expect((screen.getByLabelText('Question 1') as HTMLInputElement).value).toBe('Quelle dose dois-je prendre ?');
    expect(screen.queryByTestId('questions-suggest')).toBeNull();

    fireEvent.input(screen.getByLabelText('Question 2'), { target: { value: 'Pendant combien de jours ?' } });
    fireEvent.input(screen.getByLabelText('Nouvelle question'), {
      target: { value: 'Et avec mon autre traitement ?' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Ajouter' }));
    fireEvent.click(screen.getByRole('button', { name: 'Supprimer la question 1' }));

    fireEvent.click(screen.getByRole('button', { name: 'Copier la liste' }));
    await waitFor(() => expect(screen.getByText('Liste copiée.')).toBeTruthy());
    expect(copy).toHaveBeenCalledWith(
      'Questions pour mon médecin\n\n1. Pendant combien de jours ?\n2. Et avec mon autre traitement ?',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Imprimer' }));
    expect(print).toHaveBeenCalledOnce();
  });

  it('reports a failed copy', async () => {
    render(<Harness copy={() => Promise.reject(new Error('denied'))} print={() => undefined} />);
    fireEvent.click(screen.getByRole('button', { name: 'Ajouter les questions suggérées (2)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Copier la liste' }));
    await waitFor(() => expect(screen.getByText(/La copie n’a pas fonctionné/)).toBeTruthy());
  });

  it('formats the clipboard text as a numbered list', () => {
    expect(questionsAsText('Q', ['a', 'b'])).toBe('Q\n\n1. a\n2. b');
  });
});
