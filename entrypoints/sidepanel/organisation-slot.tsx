/**
 * Slot for "Votre association" (issue 6). The organisation-profile work replaces this body with
 * `<OrganisationCard … />` from components/organisation-card.tsx when a profile exists; the side panel
 * already renders the slot in the current-tab view, after the findings.
 */
export function OrganisationSlot(): null {
  return null;
}
