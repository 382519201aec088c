// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { mask, positionAt, readComposerText } from '../../../entrypoints/chatbot.content/composer-text';

const NIR = '1 85 06 75 123 456 89';
const PHONE = '06 12 34 56 78';

function spanOf(text: string, part: string) {
  const start = text.indexOf(part);
  return { start, end: start + part.length };
}

describe('composer text', () => {
  it('reads a rich editor as text with a line break between blocks', () => {
    const editor = document.createElement('div');
    editor.contentEditable = 'true';
    const p1 = document.createElement('p');
    p1.append('Bonjour ', Object.assign(document.createElement('strong'), { textContent: 'docteur' }));
    const p2 = document.createElement('p');
    p2.textContent = `Mon numéro : ${PHONE}`;
    editor.append(p1, p2);
    expect(readComposerText(editor).text).toBe(`Bonjour docteur\nMon numéro : ${PHONE}`);
  });

  it('maps offsets to text nodes, snapping block separators to the neighbouring text', () => {
    const editor = document.createElement('div');
    editor.innerHTML = '<p>ab</p><p>cd</p>';
    const { text, segments } = readComposerText(editor);
    expect(text).toBe('ab\ncd');
    expect(positionAt(segments, 1, false)).toEqual([editor.firstChild!.firstChild, 1]);
    expect(positionAt(segments, 2, true)).toEqual([editor.firstChild!.firstChild, 2]);
    expect(positionAt(segments, 2, false)).toEqual([editor.lastChild!.firstChild, 0]);
    expect(positionAt(segments, 3, false)).toEqual([editor.lastChild!.firstChild, 0]);
    expect(positionAt(segments, 5, true)).toEqual([editor.lastChild!.firstChild, 2]);
  });

  it('masks findings in a React-style textarea through the prototype setter and an input event', () => {
    const textarea = document.createElement('textarea');
    document.body.append(textarea);
    textarea.value = `Je suis ${NIR}, tel ${PHONE}.`;
    const onInput = vi.fn();
    textarea.addEventListener('input', onInput);
    const text = textarea.value;
    const result = mask(textarea, [
      { ...spanOf(text, NIR), placeholder: '[N° SÉCU]' },
      { ...spanOf(text, PHONE), placeholder: '[TÉLÉPHONE]' },
    ]);
    expect(result).toBe('Je suis [N° SÉCU], tel [TÉLÉPHONE].');
    expect(textarea.value).toBe(result);
    expect(onInput).toHaveBeenCalledTimes(2);
    textarea.remove();
  });

  it('masks findings spread over several paragraphs and formatting of a contenteditable editor', () => {
    const editor = document.createElement('div');
    editor.contentEditable = 'true';
    editor.innerHTML = `<p>Je suis <em>1 85 06</em> 75 123 456 89</p><p>Appelez le ${PHONE} svp</p>`;
    document.body.append(editor);
    const onInput = vi.fn();
    editor.addEventListener('input', onInput);
    const { text } = readComposerText(editor);
    const result = mask(editor, [
      { ...spanOf(text, NIR), placeholder: '[N° SÉCU]' },
      { ...spanOf(text, PHONE), placeholder: '[TÉLÉPHONE]' },
    ]);
    expect(result).toBe('Je suis [N° SÉCU]\nAppelez le [TÉLÉPHONE] svp');
    expect(result).not.toMatch(/\d/);
    expect(editor.querySelectorAll('p')).toHaveLength(2);
    expect(onInput).toHaveBeenCalled();
    editor.remove();
  });
});
