/**
 * Slot for the organisation-profile import section (issue 6). That work replaces this body with its
 * import component; the options page renders it between the sites and "Tout effacer".
 */
export function OrganisationImportSlot(): null {
  return null;
}
