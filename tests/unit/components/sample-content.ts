/** Small inline content for component tests: the components must not depend on the editorial files. */
import type { PanelContent, PhoneNumberView } from '../../../components/content-types';

export const SAMU: PhoneNumberView = { id: '15', display: '15', href: 'tel:15', label: 'Appeler le 15 (SAMU)' };
export const SMS114: PhoneNumberView = {
  id: '114',
  display: '114',
  href: 'sms:114',
  label: 'Écrire au 114 par SMS (personnes sourdes ou malentendantes)',
};
export const SUICIDE: PhoneNumberView = { id: '3114', display: '3114', href: 'tel:3114', label: 'Appeler le 3114' };

export const SAMPLE_CONTENT: PanelContent = {
  sheetTitle: 'Bien utiliser une IA pour sa santé',
  sheet: [
    { id: 'urgence', title: 'En cas d’urgence', items: ['Appelez le 15 ou le 112 sans attendre.'] },
    { id: 'verifier', title: 'Vérifier la réponse', items: ['Demandez les sources et la date.'] },
    { id: 'fievre', title: 'Fièvre de l’enfant', items: ['Surveillez la température.'] },
  ],
  checklists: [
    {
      category: 'cardiac',
      title: 'Douleur dans la poitrine',
      signs: ['Douleur qui serre la poitrine', 'Douleur qui descend dans le bras'],
      doNow: ['Asseyez-vous et restez au calme.'],
      dont: ['Ne prenez pas la voiture pour aller aux urgences.'],
      numbers: [SAMU, SMS114],
    },
    {
      category: 'suicide',
      title: 'Idées suicidaires',
      signs: ['Envie de mourir'],
      doNow: ['Parlez-en à quelqu’un maintenant.'],
      dont: [],
      numbers: [SUICIDE],
    },
  ],
  emergencyCards: [
    {
      category: 'cardiac',
      title: 'Douleur dans la poitrine',
      action: 'Appelez le 15 maintenant, ne vous déplacez pas.',
      numbers: [SAMU, SMS114],
      whenTicked: 'Appelez le 15 maintenant.',
    },
    {
      category: 'suicide',
      title: 'Détresse',
      action: 'Appelez le 3114, 24 h/24.',
      numbers: [SUICIDE],
      whenTicked: 'Appelez le 3114 maintenant.',
    },
  ],
  numbers: [SAMU, SMS114, SUICIDE],
  guidanceCards: [
    {
      topic: 'medication',
      title: 'Médicaments',
      paragraphs: ['Vérifiez la dose avec votre pharmacien.'],
      numbers: [],
    },
    { topic: 'mental_health', title: 'Santé mentale', paragraphs: ['Parlez-en à votre médecin.'], numbers: [SUICIDE] },
  ],
  answerChecks: [
    {
      id: 'verify_dosage',
      title: 'Une dose est donnée',
      why: 'Les doses dépendent de la personne.',
      whatToDo: 'Vérifiez avec un pharmacien.',
    },
    {
      id: 'no_source',
      title: 'Pas de source',
      why: 'On ne sait pas d’où vient l’information.',
      whatToDo: 'Cherchez une source officielle.',
    },
  ],
  doctorQuestions: {
    topics: { medication: ['Quelle dose dois-je prendre ?'] },
    checks: { verify_dosage: ['Cette dose est-elle adaptée à mon âge ?'] },
  },
  piiLabels: { email: 'adresse e-mail', phone: 'numéro de téléphone' },
};
