/**
 * Strings of the organisation card and the options section, kept next to the feature (not in
 * locales/) so the feature ships as one folder; same two languages, same `$1` placeholders.
 */
import type { UiLanguage } from '../i18n';

const FR = {
  cardTitle: 'Votre association',
  smsLink: 'Envoyer un SMS',
  sendSms: 'Envoyer un SMS au $1',
  call: 'Appeler $1 au $2',
  resourcesTitle: 'Ressources',
  newTab: '(ouvre un nouvel onglet)',
  sectionTitle: 'Profil de votre association',
  sectionIntro:
    'Une association, un réseau d’aidants ou une ligne d’écoute peut vous donner un fichier de profil (.json) : ses numéros, ses ressources et des réglages conseillés. Le fichier est lu sur cet ordinateur ; rien n’est envoyé.',
  noProfile: 'Aucun profil n’est installé.',
  currentImported: 'Profil installé : $1.',
  managedNotice:
    'Ce profil est géré par votre organisation (politique d’entreprise). Il s’applique en priorité et ne peut pas être modifié ici.',
  managedHidesImported: 'Le profil que vous aviez importé ($1) n’est pas utilisé tant que ce profil géré est en place.',
  managedInvalid:
    'Votre organisation a défini un profil par politique d’entreprise, mais il contient des erreurs et n’est pas appliqué. Transmettez cette liste à la personne qui gère les ordinateurs :',
  importTitle: 'Importer un profil',
  chooseFile: 'Choisir un fichier de profil',
  dropZone: 'ou déposez le fichier ici',
  reading: 'Lecture du fichier…',
  previewTitle: 'Aperçu du profil « $1 »',
  previewSettings: 'Ce profil changera ces réglages (vous pourrez les modifier ensuite) :',
  previewNoSettings: 'Ce profil ne change aucun de vos réglages.',
  apply: 'Appliquer ce profil',
  cancel: 'Annuler',
  applied: 'Le profil « $1 » est appliqué.',
  applyFailed: 'Le profil n’a pas pu être enregistré. Rien n’a été modifié.',
  errorsTitle: 'Le fichier « $1 » n’a pas été appliqué :',
  errorsKeep: 'Rien n’a été modifié : le profil précédent reste en place.',
  wholeFile: '(fichier)',
  remove: 'Retirer le profil importé',
  removed: 'Le profil importé a été retiré. Vos réglages restent tels quels.',
  exportTitle: 'Exporter',
  exportHelp: 'Enregistre le profil et vos réglages actuels dans un fichier .json, à importer sur un autre ordinateur.',
  exportButton: 'Exporter le profil et les réglages',
  exportFallbackName: 'Réglages exportés',
  settingLanguage: 'langue',
  settingEasyToRead: 'français facile à lire',
  settingDisabledSites: 'sites activés',
  settingInPageAlert: 'alerte d’urgence dans la page',
  settingPrivacyGuard: 'avertissement données personnelles',
  settingHealthIndicator: 'bouton « Conseils pour vérifier cette réponse »',
  on: 'activé',
  off: 'désactivé',
  languageAuto: 'celle du navigateur',
  languageFr: 'français',
  languageEn: 'anglais',
  allSites: 'tous',
  noSites: 'aucun',
};

type UiKey = keyof typeof FR;

const EN: Record<UiKey, string> = {
  cardTitle: 'Your organisation',
  smsLink: 'Send a text message',
  sendSms: 'Send a text message to $1',
  call: 'Call $1 on $2',
  resourcesTitle: 'Resources',
  newTab: '(opens a new tab)',
  sectionTitle: 'Your organisation’s profile',
  sectionIntro:
    'An association, a carers’ network or a helpline can give you a profile file (.json): its numbers, its resources and recommended settings. The file is read on this computer; nothing is sent.',
  noProfile: 'No profile is installed.',
  currentImported: 'Installed profile: $1.',
  managedNotice:
    'This profile is managed by your organisation (enterprise policy). It takes priority and cannot be changed here.',
  managedHidesImported: 'The profile you imported ($1) is not used while this managed profile is in place.',
  managedInvalid:
    'Your organisation set a profile by enterprise policy, but it contains errors and is not applied. Pass this list on to whoever manages the computers:',
  importTitle: 'Import a profile',
  chooseFile: 'Choose a profile file',
  dropZone: 'or drop the file here',
  reading: 'Reading the file…',
  previewTitle: 'Preview of the profile “$1”',
  previewSettings: 'This profile will change these settings (you can change them afterwards):',
  previewNoSettings: 'This profile does not change any of your settings.',
  apply: 'Apply this profile',
  cancel: 'Cancel',
  applied: 'The profile “$1” is applied.',
  applyFailed: 'The profile could not be saved. Nothing was changed.',
  errorsTitle: 'The file “$1” was not applied:',
  errorsKeep: 'Nothing was changed: the previous profile stays in place.',
  wholeFile: '(file)',
  remove: 'Remove the imported profile',
  removed: 'The imported profile was removed. Your settings stay as they are.',
  exportTitle: 'Export',
  exportHelp: 'Saves the profile and your current settings to a .json file, to import on another computer.',
  exportButton: 'Export the profile and settings',
  exportFallbackName: 'Exported settings',
  settingLanguage: 'language',
  settingEasyToRead: 'easy-to-read French',
  settingDisabledSites: 'enabled sites',
  settingInPageAlert: 'in-page emergency alert',
  settingPrivacyGuard: 'personal data warning',
  settingHealthIndicator: '“Tips to check this answer” button',
  on: 'on',
  off: 'off',
  languageAuto: 'the browser’s',
  languageFr: 'French',
  languageEn: 'English',
  allSites: 'all',
  noSites: 'none',
};

export type OrganisationTranslator = (key: UiKey, ...args: string[]) => string;

export function organisationStrings(language: UiLanguage): OrganisationTranslator {
  const catalogue = language === 'en' ? EN : FR;
  return (key, ...args) => catalogue[key].replace(/\$(\d)/g, (_, index: string) => args[Number(index) - 1] ?? '');
}
