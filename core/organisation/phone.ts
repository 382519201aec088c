/**
 * Phone numbers as links. The profile keeps the number as the organisation wrote it (for display);
 * the link drops the separators: "01 99 00 12 34" → "tel:0199001234", "+33 9 77…" → "tel:+33977…".
 */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^0-9+]/g, '')}`;
}
