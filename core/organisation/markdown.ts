/**
 * The tiny Markdown subset an organisation may use in its short message: paragraphs (blank line),
 * line breaks, **bold**, *italic* or _italic_, bullet lists ("- " or "* "), and [links](https://…)
 * or [links](tel:…). Everything else is shown as typed: the source is HTML-escaped first, so a "<b>"
 * in the message stays the four characters "<b>".
 *
 * The output is a string of HTML that must still go through sanitiseMessage() (message.ts) before it
 * reaches a page: this renderer is small, DOMPurify is the safety net.
 *
 *   markdownToHtml('**Appelez-nous** au [01 99 00 12 34](tel:0199001234)')
 *   // → '<p><strong>Appelez-nous</strong> au <a href="tel:0199001234">01 99 00 12 34</a></p>'
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character);
}

const LIST_ITEM = /^\s*[-*]\s+/;
// Applied to escaped text: a URL cannot contain a raw quote or angle bracket by then.
const LINK = /\[([^\]\n]+)\]\(((?:https:\/\/|tel:)[^\s()]+)\)/g;
// Private-use characters mark where links were set aside while emphasis is applied to the rest.
const PLACEHOLDER = /\uE000(\d+)\uE001/g;

function renderInline(escaped: string): string {
  const links: string[] = [];
  const withoutLinks = escaped.replace(/[\uE000\uE001]/g, '').replace(LINK, (_, text: string, href: string) => {
    links.push(`<a href="${href}">${text}</a>`);
    return `\uE000${links.length - 1}\uE001`;
  });
  return withoutLinks
    .replace(/\*\*(?=\S)([^*\n]*?\S)\*\*/g, '<strong>$1</strong>')
    .replace(/(^|[^*\w])\*(?=\S)([^*\n]*?\S)\*(?![*\w])/g, '$1<em>$2</em>')
    .replace(/(^|[^_\w])_(?=\S)([^_\n]*?\S)_(?![_\w])/g, '$1<em>$2</em>')
    .replace(PLACEHOLDER, (_, index: string) => links[Number(index)] ?? '');
}

function renderBlock(block: string): string {
  const lines = block.split('\n').map((line) => line.trimEnd());
  if (lines.every((line) => LIST_ITEM.test(line))) {
    const items = lines.map((line) => `<li>${renderInline(escapeHtml(line.replace(LIST_ITEM, '')))}</li>`);
    return `<ul>${items.join('')}</ul>`;
  }
  return `<p>${lines.map((line) => renderInline(escapeHtml(line.trim()))).join('<br>')}</p>`;
}

/** Renders the Markdown subset to (unsanitised) HTML. */
export function markdownToHtml(source: string): string {
  return source
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((block) => block.replace(/^\n+|\n+$/g, ''))
    .filter((block) => block.trim() !== '')
    .map(renderBlock)
    .join('');
}
