/**
 * `medication-drug-name-stems` (topics.yml, fr and en) names drugs by their INN stem (`*olol`, `*pril`…): any word
 * ending so is read as a medicine. A stem that ends an everyday word would make that word a health topic ("-grel"
 * ends "mongrel", "-pitant" ends "palpitant"), so every real word of the spelling step's word lists that ends with a
 * stem must be a reviewed one below: a drug, or a term of medicine or biochemistry for which a health reading is right.
 * Adding a stem that ends any other real word fails here, with the words to look at.
 */
import { describe, expect, it } from 'vitest';
import { loadWordLists, realWordsOf, WORD_LIST_PACKAGES } from '../../../scripts/compile-spelling.ts';
import { defaultLexicon } from '../../../engine/lexicon/runtime.ts';
import { unpackSlots } from '../../../engine/lexicon/pattern.ts';

/** Same rule as the trie's suffix pieces. */
const SUFFIX_MIN_ROOT = 2;

const REVIEWED: Record<'fr' | 'en', readonly string[]> = {
  fr: [
    ...['aureomycine', 'erythromycine', 'heparine', 'hydrocortisone', 'neomycine', 'penicilline'],
    ...['penthiobarbital', 'phenobarbital', 'streptomycine', 'terrafungine', 'tetracycline', 'typhomycine'],
  ],
  en: [
    // Drugs.
    ...['actinomycin', 'amitriptyline', 'amobarbital', 'amoxicillin', 'amoxycillin', 'ampicillin', 'antimycin'],
    ...['atenolol', 'benzodiazepine', 'bleomycin', 'bupivacaine', 'captopril', 'carbamazepine', 'celecoxib'],
    ...['cetuximab', 'chlorhexidine', 'chloroquine', 'chlorothiazide', 'chlorpromazine', 'chlortetracycline'],
    ...['cimetidine', 'ciprofloxacin', 'clindamycin', 'clofibrate', 'clonazepam', 'cloxacillin', 'clozapine'],
    ...['daunomycin', 'desipramine', 'dexamethasone', 'diazepam', 'diltiazem', 'donepezil', 'doxycycline'],
    ...['enalapril', 'erythromycin', 'fentanyl', 'flunitrazepam', 'fluoxetine', 'frusemide', 'furosemide'],
    ...['gabapentin', 'heparin', 'hexobarbital', 'hydrochlorothiazide', 'hydrocodone', 'hydrocortisone'],
    ...['hydroxyzine', 'ibuprofen', 'imipramine', 'indinavir', 'ipratropium', 'isoniazide', 'isotretinoin'],
    ...['kanamycin', 'lidocaine', 'lincomycin', 'lorazepam', 'lovastatin', 'mefloquine', 'methicillin'],
    ...['methylphenidate', 'methylprednisolone', 'metronidazole', 'mitomycin', 'neomycin', 'neostigmine'],
    ...['nifedipine', 'nitrazepam', 'nortriptyline', 'nystatin', 'oleandomycin', 'oxacillin', 'oxazepam'],
    ...['oxycodone', 'oxytetracycline', 'paroxetine', 'penicillin', 'pentabarbital', 'pentobarbital'],
    ...['phenobarbital', 'physostigmine', 'piracetam', 'prednisolone', 'prednisone', 'propranolol', 'puromycin'],
    ...['ritonavir', 'rituximab', 'secobarbital', 'temazepam', 'tetracycline', 'thiazide', 'timolol'],
    ...['triamcinolone', 'zanamivir'],
    ...['rifamycin', 'spectinomycin', 'streptomycin', 'vancomycin', 'viomycin'],
    // Medicine and biochemistry: eyelid conditions, hormones, reagents.
    ...['ectropium', 'entropium', 'hydrazide', 'myostatin', 'phenetidine', 'semicarbazide', 'somatostatin'],
  ],
};

function stemsOf(lang: 'fr' | 'en'): string[] {
  const entry = defaultLexicon().entries.find((e) => e.id === `${lang}/topics/medication-drug-name-stems`);
  if (!entry) throw new Error(`no ${lang} drug-name stems entry`);
  const pieces = entry.terms.flatMap((term) =>
    unpackSlots(term).flatMap((slot) => (typeof slot === 'string' ? [slot] : slot)),
  );
  return pieces.filter((piece) => piece.startsWith('*')).map((piece) => piece.slice(1));
}

describe('drug-name stems end no everyday word', () => {
  const lists = loadWordLists();
  (['fr', 'en'] as const).forEach((lang, index) => {
    // Folding ~300 000 list words takes a few seconds on a loaded shared machine: a generous timeout (not a speed check).
    it(
      `${lang}: the real words ending with a stem are reviewed (${WORD_LIST_PACKAGES[index]})`,
      { timeout: 60_000 },
      () => {
        const stems = stemsOf(lang);
        expect(stems.length).toBeGreaterThan(50);
        const ending = [...realWordsOf([lists[index]!], 1)].filter((word) =>
          stems.some((stem) => word.length >= stem.length + SUFFIX_MIN_ROOT && word.endsWith(stem)),
        );
        // A plural of a reviewed word is reviewed ("tetracyclines", "benzodiazepines").
        const reviewed = (word: string): boolean =>
          REVIEWED[lang].includes(word) || (word.endsWith('s') && REVIEWED[lang].includes(word.slice(0, -1)));
        expect(ending.filter((word) => !reviewed(word)).sort()).toEqual([]);
      },
    );
  });
});
