/**
 * The composer's plain text and the way back from text offsets to the editor's DOM.
 *
 * The engine sees one string; for rich editors (ProseMirror, TipTap, Lexical, Quill, plain
 * contenteditable) that string is built by walking text nodes, with a line break between blocks.
 * `mask()` replaces findings from the last to the first (so earlier offsets stay valid) through
 * `document.execCommand('insertText')`: it fires `beforeinput`/`input`, which those editors handle,
 * so their own state (and undo history) stays consistent. Textareas fall back to the native value
 * setter + `input` event, which React-controlled textareas need.
 */
import type { Span } from '../../engine/types';

interface Segment {
  readonly node: Text;
  readonly start: number;
}

export interface ComposerText {
  readonly text: string;
  /** Text node segments of a rich editor (empty for textarea/input). */
  readonly segments: readonly Segment[];
}

const BLOCK = /^(P|DIV|LI|H[1-6]|BLOCKQUOTE|PRE|UL|OL)$/;

type FormField = HTMLTextAreaElement | HTMLInputElement;

function isFormField(element: Element): element is FormField {
  return element.tagName === 'TEXTAREA' || element.tagName === 'INPUT';
}

/** Reads the composer's text (value for form fields, a text-node walk for editors). */
export function readComposerText(element: HTMLElement): ComposerText {
  if (isFormField(element)) return { text: element.value, segments: [] };
  const segments: Segment[] = [];
  let text = '';
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const value = (child as Text).data;
        if (value.length > 0) {
          segments.push({ node: child as Text, start: text.length });
          text += value;
        }
      } else if (child.nodeType === 1) {
        const tag = (child as Element).tagName;
        if (tag === 'BR') {
          text += '\n';
          continue;
        }
        const block = BLOCK.test(tag);
        if (block && text.length > 0 && !text.endsWith('\n')) text += '\n';
        walk(child);
      }
    }
  };
  walk(element);
  return { text, segments };
}

/** The DOM position of a text offset (offsets inside a block separator snap to the next text). */
export function positionAt(segments: readonly Segment[], offset: number, preferEnd: boolean): [Text, number] | null {
  let fallback: [Text, number] | null = null;
  for (const segment of segments) {
    const end = segment.start + segment.node.data.length;
    if (offset < segment.start) return preferEnd && fallback ? fallback : [segment.node, 0];
    if (offset < end || (offset === end && preferEnd)) return [segment.node, offset - segment.start];
    fallback = [segment.node, segment.node.data.length];
  }
  return fallback;
}

export interface Replacement extends Span {
  readonly placeholder: string;
}

/**
 * Replaces each span of the composer's text (as read by readComposerText) by its placeholder.
 * Returns the composer's text afterwards.
 */
export function mask(element: HTMLElement, replacements: readonly Replacement[]): string {
  const doc = element.ownerDocument;
  const ordered = [...replacements].sort((a, b) => b.start - a.start);
  element.focus();
  for (const replacement of ordered) {
    if (isFormField(element)) replaceInField(element, replacement);
    else replaceInEditor(element, replacement, doc);
  }
  return readComposerText(element).text;
}

function execInsert(doc: Document, text: string): boolean {
  try {
    return typeof doc.execCommand === 'function' && doc.execCommand('insertText', false, text);
  } catch {
    return false;
  }
}

function replaceInField(field: FormField, { start, end, placeholder }: Replacement): void {
  const before = field.value;
  field.setSelectionRange(start, end);
  if (execInsert(field.ownerDocument, placeholder) && field.value !== before) return;
  // React tracks the last value it set through the instance property: use the prototype's setter.
  const proto = field.tagName === 'TEXTAREA' ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  const next = before.slice(0, start) + placeholder + before.slice(end);
  if (setter) setter.call(field, next);
  else field.value = next;
  field.setSelectionRange(start + placeholder.length, start + placeholder.length);
  field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: placeholder }));
}

function replaceInEditor(element: HTMLElement, { start, end, placeholder }: Replacement, doc: Document): void {
  const { segments } = readComposerText(element);
  const from = positionAt(segments, start, false);
  const to = positionAt(segments, end, true);
  if (!from || !to) return;
  const range = doc.createRange();
  range.setStart(from[0], from[1]);
  range.setEnd(to[0], to[1]);
  const selection = doc.getSelection();
  if (selection) {
    selection.removeAllRanges();
    selection.addRange(range);
    if (execInsert(doc, placeholder)) return;
  }
  // No execCommand (or the editor refused it): edit the DOM and tell the editor through `input`.
  range.deleteContents();
  range.insertNode(doc.createTextNode(placeholder));
  element.normalize();
  element.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: placeholder }));
}
