/**
 * Names of private persons: a known first name followed by a capitalised surname ("Jeanne Martin", "Lucas
 * BERNARD", "Paul-Henri de La Roche", "Élodie N'Diaye", "Mary-Beth Thompson"), a capitalised surname then a first
 * name ("GARCIA Antoine"), an unlisted first name before a foreign particle or a listed surname ("Gwendolyn van der
 * Merwe", "Thuy Nguyen"), or words after a cue ("je m'appelle kevin moreau", "Nom : DUPONT", "Mme Durand Sophie",
 * "la fille de jean-pierre le gall", "my gf's dad tom hendricks"). Not flagged: a first name alone (also before a
 * verb, participle, adverb or illness in lowercase: "ma fille léa toussait"), a title with a surname ("Dr Martin"),
 * placeholders ("Mme X", "[NOM]"), public figures and fictional characters (content/pii/not-private-names.yaml),
 * and names of hospitals or streets ("hôpital Robert Debré").
 */
import type { PiiFinding } from '../types.ts';
import { NAME_PARTICLES, NOT_NAME_BEFORE, NOT_PRIVATE, NOT_SURNAME, knownWords } from './data.ts';
import { isApostrophe, isHyphen, isLetter, isSpace, isUpper } from './text.ts';
import {
  AMBIGUOUS_FIRST_NAME,
  FIRST_NAME,
  FOREIGN_PARTICLE,
  FOREIGN_PARTICLES,
  NAME_PARTICLE,
  NOT_NAME_BEFORE_WORD,
  NOT_PRIVATE_FIRST_WORD,
  NOT_SURNAME_WORD,
  SURNAME,
  wordCues,
  wordLists,
  wordNorm,
  type CueHit,
  type Words,
} from './words.ts';

/** Elided words before an apostrophe that may precede a name ("qu'Emmanuel", "d'Aïcha"). */
const ELISIONS = new Set(['l', 'd', 'qu', 'j', 'm', 'n', 's', 'c', 't', 'jusqu', 'lorsqu', 'puisqu']);
knownWords([...ELISIONS]);

/**
 * Capitalised, a particle marks a name only when a lowercase one follows ("Gertrude Van der Meulen"): "Camping Dos
 * Santos", "Prof Van Helsing" are no names.
 */
const CAPITAL_PARTICLES = new Set(['van', 'von']);

/** Particles that are whole surnames when nothing follows them (Vietnamese "Le", "Do": "Minh Le"). */
const LONE_PARTICLES = new Set(['le', 'do']);

/**
 * One-letter prefixes joined to a surname by an apostrophe ("N'Diaye", "O'Brien", "D'Angelo", "M'Bappé"): the
 * capital and the "not a surname" test are those of the word after the apostrophe.
 */
const SURNAME_PREFIXES = new Set(['n', 'o', 'd', 'l', 'm']);
knownWords([...SURNAME_PREFIXES]);

/**
 * Endings of verbs, participles and adverbs (with the shortest word they apply to) that a lowercase surname after a
 * relation cue may not have. English "-ly" only after "al", "nt", "en", "d": "Kelly", "Connolly", "Reilly" stay.
 */
const VERB_ENDINGS: readonly (readonly [string, number])[] = [
  ['ait', 4],
  ['ient', 5],
  ['ée', 4],
  ['és', 4],
  ['ées', 5],
  // Not shorter: "Traoré", "Touré", "Sidibé", "Dembélé", "Dupré" (short participles are listed: "opéré", "tombé").
  ['é', 8],
  ['ment', 6],
  ['ed', 5],
  ['ing', 5],
  ['ally', 5],
  ['ntly', 5],
  ['enly', 5],
  ['dly', 5],
];

/**
 * Articles, prepositions and pronouns: a first name that is also a common word is that word after them ("du
 * Fanta Orange", "En Mai Paul Martin…", "He Said Nothing").
 */
const DETERMINERS = new Set(
  'le la les l un une des du de d au aux en the a an some in on of il elle he she it they we i you'.split(' '),
);
knownWords([...DETERMINERS]);

/** Letters that French elision comes before (vowels and h, with their accents), as character codes. */
const ELIDING = new Set([...'aeiouyhàâäéèêëîïôöùûüœæ'].map((ch) => ch.charCodeAt(0)));

/**
 * Titles before a surname. After them a first name that is also a particle is the particle of the surname: "Dr Ben
 * Salah", "Mme Ben Ali", "Maître Ben Salah" are a title and a surname.
 */
const TITLES = new Set(
  'dr dre pr prof docteur docteure doctoresse professeur m mr mrs ms mme mlle madame monsieur maitre me miss doctor professor'.split(
    ' ',
  ),
);
knownWords([...TITLES]);

/** Civil titles (not professional ones: "mon kiné Dr Martin" names a professional). */
const CIVIL_TITLES = new Set('m mr mrs ms mme mlle madame monsieur mademoiselle miss'.split(' '));

/** Saints and places ("Saint-Louis", "Sainte-Anne"): a hyphenated word starting with them is no first name. */
const SAINTS = new Set(['saint', 'sainte', 'st', 'ste']);
knownWords([...SAINTS]);

const MAX_JOINED = 3;

/** A name token: words `first..last` joined by single hyphens or apostrophes ("Lemoine-Garnier", "O'Connor"). */
interface Token {
  readonly first: number;
  readonly last: number;
}

class NameReader {
  constructor(
    private readonly text: string,
    private readonly words: Words,
  ) {}

  /** Folded word w ('' for a word in none of the reviewed lists). */
  norm(w: number): string {
    return wordNorm(this.words, w);
  }

  gap(w: number): string {
    return this.text.slice(this.words.ends[w]!, this.words.starts[w + 1]!);
  }

  private joinedToNext(w: number): boolean {
    if (w + 1 >= this.words.count || this.words.starts[w + 1]! - this.words.ends[w]! !== 1) return false;
    const c = this.text.charCodeAt(this.words.ends[w]!);
    return isHyphen(c) || isApostrophe(c);
  }

  token(w: number): Token {
    let last = w;
    // At most four joined words ("Jean-Marie-Pierre", "d'Estaing"): a longer chain is no name, and reading it
    // again from each of its words would be quadratic.
    while (last - w < MAX_JOINED && this.joinedToNext(last)) last++;
    // Possessive: "Mosley's" ends before the apostrophe.
    if (last > w && this.norm(last) === 's' && isApostrophe(this.text.charCodeAt(this.words.ends[last - 1]!))) {
      last--;
    }
    return { first: w, last };
  }

  /** The word after a token, when one space (or two) separates them; -1 otherwise. */
  next(t: Token): number {
    const w = t.last + 1;
    if (w >= this.words.count) return -1;
    // Read in the text, not in a slice of it: no string per call (this runs for most words the name reader reads).
    const from = this.words.ends[t.last]!;
    const to = this.words.starts[w]!;
    if (to - from < 1 || to - from > 2) return -1;
    for (let i = from; i < to; i++) if (!isSpace(this.text.charCodeAt(i))) return -1;
    return w;
  }

  /**
   * Word w, or the word after it when w is a middle initial: one capital letter, its dot, one or two spaces, then a
   * capitalised word ("Sarah J. Whitaker", "Jean P. Moreau"). A capital without its dot is left alone.
   */
  pastInitial(w: number): number {
    const { starts, ends } = this.words;
    if (w < 0 || w + 1 >= this.words.count || ends[w]! - starts[w]! !== 1 || !this.capitalised(w)) return w;
    const dot = ends[w]!;
    const next = starts[w + 1]!;
    if (this.text.charCodeAt(dot) !== 46 || next - dot < 2 || next - dot > 3) return w;
    for (let i = dot + 1; i < next; i++) if (!isSpace(this.text.charCodeAt(i))) return w;
    return this.capitalised(w + 1) ? w + 1 : w;
  }

  capitalised(w: number): boolean {
    return isUpper(this.text.charCodeAt(this.words.starts[w]!));
  }

  allCaps(t: Token): boolean {
    for (let i = this.words.starts[t.first]!; i < this.words.ends[t.last]!; i++) {
      const c = this.text.charCodeAt(i);
      if (isLetter(c) && !isUpper(c)) return false;
    }
    return true;
  }

  /**
   * False only when no uncued name can start at word w: its first part is no first name (so the token's
   * `firstName` is null) and its second character is a lowercase letter (so the token is not `allCaps`).
   */
  mayStartName(w: number): boolean {
    if (wordLists(this.words, w, FIRST_NAME | AMBIGUOUS_FIRST_NAME)) return true;
    // "Lou-Ann": a compound first name whose second part is in the list.
    if (this.joinedToNext(w) && wordLists(this.words, w + 1, FIRST_NAME)) return true;
    const start = this.words.starts[w]!;
    if (this.words.ends[w]! - start < 2) return true;
    const c = this.text.charCodeAt(start + 1);
    return !isLetter(c) || isUpper(c);
  }

  /**
   * Every part is a first name; 'ambiguous' when all parts are also common words ("Will", "Rose"). A hyphenated
   * first name needs only one part in the list when the others are capitalised words ("Mary-Beth", "Marie-Lou",
   * "Billy-Joe"): compound first names are too many to list, their parts are not.
   */
  firstName(t: Token): 'known' | 'ambiguous' | null {
    let known = false;
    for (let w = t.first; w <= t.last; w++) {
      const lists = wordLists(this.words, w, FIRST_NAME | AMBIGUOUS_FIRST_NAME);
      if (lists & FIRST_NAME) known = true;
      else if (!(lists & AMBIGUOUS_FIRST_NAME)) return this.compoundFirstName(t) ? 'known' : null;
    }
    return known ? 'known' : 'ambiguous';
  }

  /**
   * Capitalised words joined by hyphens, one of them a known first name, none a function word or a saint
   * ("Mary-Beth", "Billy-Joe"; not "Saint-Louis", "Aix-les-Bains").
   */
  private compoundFirstName(t: Token): boolean {
    if (t.last === t.first) return false;
    for (let w = t.first; w < t.last; w++) if (!isHyphen(this.text.charCodeAt(this.words.ends[w]!))) return false;
    let known = false;
    for (let w = t.first; w <= t.last; w++) {
      const norm = this.norm(w);
      if (!this.capitalised(w) || NOT_SURNAME.has(norm) || SAINTS.has(norm)) return false;
      if (wordLists(this.words, w, FIRST_NAME)) known = true;
    }
    return known;
  }

  /** Could be (part of) a surname: two letters at least, not a function word, verb, acronym or placeholder. */
  surnameLike(t: Token, lower: boolean): boolean {
    const { starts, ends } = this.words;
    if (ends[t.last]! - starts[t.first]! < 2) return false;
    // "d'Estaing", "N'Diaye", "O'Brien": the word after the one-letter prefix carries the capital. In lowercase
    // ("n'a", "l'hôpital", "m'a") the prefix is mostly an elided function word, so the capital is required, except
    // after "o'" and before a consonant after "n'" or "m'" (French elides only before a vowel or h): "o'brien",
    // "n'diaye", "m'bengue".
    if (this.prefixed(t)) {
      if (wordLists(this.words, t.first + 1, NOT_SURNAME_WORD)) return false;
      if (this.capitalised(t.first + 1)) return true;
      const prefix = this.norm(t.first);
      const c = this.text.charCodeAt(starts[t.first + 1]!);
      return lower && (prefix === 'o' || ((prefix === 'n' || prefix === 'm') && !ELIDING.has(c)));
    }
    if (wordLists(this.words, t.first, NOT_SURNAME_WORD)) return false;
    if (this.capitalised(t.first)) return true;
    return lower && !(t.first === t.last && this.verbLike(t.first));
  }

  /**
   * Word w starts a lowercase "d'" surname ("d'angelo", "d'hautefeuille"): the word after the apostrophe has three
   * letters or more and is neither in the not-a-surname lists ("d'abord", "d'ailleurs") nor shaped as a verb.
   */
  elidedSurname(w: number): boolean {
    const t = this.token(w);
    if (!this.prefixed(t) || this.norm(t.first) !== 'd' || t.last !== t.first + 1) return false;
    const { starts, ends } = this.words;
    if (ends[t.last]! - starts[t.last]! < 3 || wordLists(this.words, t.last, NOT_SURNAME_WORD)) return false;
    return !this.verbLike(t.last);
  }

  /** A one-letter prefix and an apostrophe start the token ("N'Diaye", "d'Estaing"). */
  private prefixed(t: Token): boolean {
    const { starts, ends } = this.words;
    return (
      t.last > t.first &&
      ends[t.first]! - starts[t.first]! === 1 &&
      SURNAME_PREFIXES.has(this.norm(t.first)) &&
      isApostrophe(this.text.charCodeAt(ends[t.first]!))
    );
  }

  /**
   * A lowercase word with the ending of a conjugated verb, a participle or an adverb, which follows a first name far
   * more often than a surname does: "ma fille léa toussait", "mon père paul hospitalisé", "my dad tom fainted", "my
   * son jack coughing", "my mom linda usually". Short words are kept ("dupré", "reed"): a common short verb is in
   * the "not a surname" list.
   */
  private verbLike(w: number): boolean {
    const end = this.words.ends[w]!;
    const n = end - this.words.starts[w]!;
    for (const [suffix, min] of VERB_ENDINGS) if (n >= min && this.text.endsWith(suffix, end)) return true;
    return false;
  }

  /**
   * Up to `max` name tokens from word w, separated by spaces; particles may sit between or before them ("de La
   * Roche") but are not tokens themselves. Stops at the first word that cannot be part of a name.
   */
  run(w: number, lower: boolean, max: number): Token[] {
    const tokens: Token[] = [];
    let particle = -1;
    let particles = 0;
    while (w >= 0 && tokens.length < max) {
      const t = this.token(w);
      if (t.first === t.last && wordLists(this.words, w, NAME_PARTICLE)) {
        // At most three in a row ("de la", "van der", "Ould Sidi"): a run of "de de de…" is no name, and reading
        // it again from each start would cost more than one pass.
        if (++particles > 3) break;
        particle = w;
        w = this.next(t);
        continue;
      }
      particles = 0;
      if (!this.surnameLike(t, lower)) break;
      tokens.push(t);
      // A possessive ("Mosley's") ends the name.
      if (this.joinedToNext(t.last)) break;
      w = this.next(t);
    }
    // "Minh Le", "Anh Do": a capitalised particle with no surname after it is the surname.
    if (!tokens.length && particle >= 0 && LONE_PARTICLES.has(this.norm(particle)) && this.capitalised(particle)) {
      tokens.push({ first: particle, last: particle });
    }
    return tokens;
  }

  /**
   * "Gwendolyn van der Merwe", "Gertrude Van der Meulen": a capitalised word that is no first name of the list,
   * then a foreign particle (lowercase, or a capitalised "Van" / "Von" before a lowercase one) and a capitalised
   * surname. Returns the surnames, or an empty list.
   */
  foreignParticleSurnames(t: Token): Token[] {
    const after = this.next(t);
    if (after < 0 || !FOREIGN_PARTICLES.has(this.norm(after))) return [];
    if (this.capitalised(after)) {
      const second = this.next({ first: after, last: after });
      if (!CAPITAL_PARTICLES.has(this.norm(after)) || second < 0 || this.capitalised(second)) return [];
      if (!NAME_PARTICLES.has(this.norm(second))) return [];
    }
    // "Hôpital Van Gogh", "Musée Van Gogh": an institution word is no first name.
    if (this.allCaps(t) || !this.surnameLike(t, false) || NOT_NAME_BEFORE.has(this.norm(t.first))) return [];
    if (NAME_PARTICLES.has(this.norm(t.first))) return [];
    return this.run(after, false, 3);
  }

  /**
   * A word outside the first-name list right before a listed surname ("Thuy Nguyen", "ma voisine thuy nguyen"):
   * no function word, verb, cue (relative, title), institution, particle or saint.
   */
  beforeListedSurname(t: Token, lower: boolean): boolean {
    const after = this.next(t);
    if (after < 0 || !wordLists(this.words, after, SURNAME) || this.joinedToNext(after)) return false;
    if (lower ? this.capitalised(after) : !this.capitalised(after) || this.allCaps(t)) return false;
    const norm = this.norm(t.first);
    if (!this.surnameLike(t, lower) || wordCues(this.words, t.first) !== null) return false;
    return !wordLists(this.words, t.first, NOT_NAME_BEFORE_WORD | NAME_PARTICLE) && !SAINTS.has(norm);
  }

  /** A capitalised word outside the lists, not in capitals, that may start a name after a relation cue. */
  unlistedFirstName(t: Token): boolean {
    const norm = this.norm(t.first);
    if (!this.capitalised(t.first) || this.allCaps(t) || !this.surnameLike(t, false)) return false;
    return !wordLists(this.words, t.first, NOT_NAME_BEFORE_WORD | NAME_PARTICLE) && !SAINTS.has(norm);
  }

  /** Folded words from `first` to `last`, as the not-private list stores them. */
  key(first: number, last: number): string {
    if (last < first) return '';
    let key = this.norm(first);
    for (let w = first + 1; w <= last; w++) key += ' ' + this.norm(w);
    return key;
  }

  /** A public figure, fictional character or placeholder: the first name with any prefix of the surnames. */
  notPrivate(first: Token, surnames: readonly Token[]): boolean {
    // By the word's id (one byte read; a set lookup was ~1 % of `findPii` in Node).
    if (!wordLists(this.words, first.first, NOT_PRIVATE_FIRST_WORD)) return false;
    return surnames.some((s) => NOT_PRIVATE.has(this.key(first.first, s.last)));
  }

  /** Word w is a particle right after a title ("Dr Ben Salah", "M. Ben Ali"), so no first name. */
  particleAfterTitle(w: number): boolean {
    if (w === 0 || !wordLists(this.words, w, NAME_PARTICLE) || !TITLES.has(this.norm(w - 1))) return false;
    const gap = this.gap(w - 1);
    return gap.length <= 2 && (gap.trim() === '' || gap.trim() === '.');
  }

  /** Word w follows an article, a preposition or a pronoun, separated by spaces or elided ("l'Iris"). */
  afterDeterminer(w: number): boolean {
    if (w === 0 || !DETERMINERS.has(this.norm(w - 1))) return false;
    return (
      this.spaced(w - 1) || (this.joinedToNext(w - 1) && isApostrophe(this.text.charCodeAt(this.words.ends[w - 1]!)))
    );
  }

  /** First word of a sentence (or of the text): capitalised for grammar, not necessarily a name. */
  sentenceStart(w: number): boolean {
    for (let i = this.words.starts[w]! - 1; i >= 0; i--) {
      const c = this.text.charCodeAt(i);
      if (isSpace(c) || c === 34 || c === 39 || c === 0xab || c === 0x201c || c === 40 || c === 45 || c === 0x2014) {
        continue;
      }
      return c === 46 || c === 33 || c === 63 || c === 10 || c === 13 || c === 58;
    }
    return true;
  }

  /** The word starts a token: not the second part of "Jean-Pierre" (but "qu'Emmanuel" is fine). */
  tokenStart(w: number): boolean {
    if (w === 0 || !this.joinedToNext(w - 1)) return true;
    return isApostrophe(this.text.charCodeAt(this.words.ends[w - 1]!)) && ELISIONS.has(this.norm(w - 1));
  }

  /** Only spaces between word w and the next one. */
  private spaced(w: number): boolean {
    return w >= 0 && w + 1 < this.words.count && this.next({ first: w, last: w }) === w + 1;
  }

  /**
   * Right after an institution or a street word, directly or one word later: "hôpital Robert Debré", "Hôpital
   * Européen Georges…", "syndrome de Gilles de la Tourette".
   */
  afterInstitution(w: number): boolean {
    if (!this.spaced(w - 1)) return false;
    return (
      wordLists(this.words, w - 1, NOT_NAME_BEFORE_WORD) !== 0 ||
      (this.spaced(w - 2) && wordLists(this.words, w - 2, NOT_NAME_BEFORE_WORD) !== 0)
    );
  }

  /** The word after a civil title at w ("mon voisin monsieur albert garnier", "my aunt Mrs. Ada Lee"), else w. */
  skipTitle(w: number): number {
    if (!CIVIL_TITLES.has(this.norm(w))) return w;
    const gap = this.gap(w);
    if (w + 1 >= this.words.count || gap.length > 2 || (gap.trim() !== '' && gap.trim() !== '.')) return w;
    return w + 1;
  }

  /**
   * Token t with the particles in capitals spaced before it ("VAN DER BERG Pieter", "DE LA TOUR Hélène"), at most
   * three, when no other word in capitals comes before them ("LETTRE DE BERG Pieter" keeps "BERG Pieter").
   */
  capsParticles(t: Token): Token {
    let p = t.first;
    for (let n = 0; n < 3 && this.spaced(p - 1); n++) {
      if (!wordLists(this.words, p - 1, NAME_PARTICLE) || !this.allCaps({ first: p - 1, last: p - 1 })) break;
      p--;
    }
    if (p === t.first || (this.spaced(p - 1) && this.allCaps({ first: p - 1, last: p - 1 }))) return t;
    return { first: p, last: t.last };
  }

  /** The word after "de", "d'" or "of" at w (when one follows), else w. */
  skipOf(w: number): number {
    const norm = this.norm(w);
    if (norm === 'd' && this.joinedToNext(w) && isApostrophe(this.text.charCodeAt(this.words.ends[w]!))) return w + 1;
    if (norm !== 'de' && norm !== 'of') return w;
    const next = this.next({ first: w, last: w });
    return next < 0 ? w : next;
  }

  span(first: Token, last: Token): PiiFinding {
    return { kind: 'person_name', start: this.words.starts[first.first]!, end: this.words.ends[last.last]! };
  }
}

/** Names found without a cue: "Jeanne Martin", "Lucas BERNARD", "GARCIA Antoine". */
function uncued(reader: NameReader, text: string, words: Words, out: PiiFinding[]): void {
  const starts = words.starts;
  for (let w = 0; w < words.count; w++) {
    // Most words start with a lowercase ASCII letter: skipped here, before any call (Node 20 does not inline
    // `capitalised` here).
    const c = text.charCodeAt(starts[w]!);
    if ((c >= 97 && c <= 122) || !reader.capitalised(w) || !reader.tokenStart(w)) continue;
    // Most capitalised words ("Bonjour", "Le") are neither a first name nor a surname in capitals: nothing below
    // can start at them, so they cost no token.
    if (!reader.mayStartName(w)) {
      // "Thuy Nguyen": a first name outside the list before a listed surname.
      if (w + 1 < words.count && wordLists(words, w + 1, SURNAME)) {
        const t = reader.token(w);
        if (!reader.beforeListedSurname(t, false) || reader.afterInstitution(w)) continue;
        const surname = reader.token(reader.next(t));
        if (!reader.notPrivate(t, [surname])) out.push(reader.span(t, surname));
        w = surname.last;
        continue;
      }
      if (w + 1 < words.count && wordLists(words, w + 1, FOREIGN_PARTICLE)) {
        const t = reader.token(w);
        const surnames = reader.foreignParticleSurnames(t);
        if (!surnames.length) continue;
        const last = surnames[surnames.length - 1]!;
        if (!reader.afterInstitution(w) && !reader.notPrivate(t, surnames)) out.push(reader.span(t, last));
        w = last.last;
      }
      continue;
    }
    const t = reader.token(w);
    const kind = reader.firstName(t);
    const after = reader.next(t);
    if (after < 0) continue;
    if (!kind) {
      // "GARCIA Antoine": a surname in capitals, then a known first name.
      const f = reader.token(after);
      if (reader.allCaps(t) && reader.surnameLike(t, false) && reader.firstName(f) === 'known' && !reader.allCaps(f)) {
        if (!reader.afterInstitution(w) && !reader.notPrivate(f, [t]))
          out.push(reader.span(reader.capsParticles(t), f));
        w = f.last;
      }
      continue;
    }
    if (kind === 'ambiguous' && (reader.sentenceStart(w) || reader.afterDeterminer(w))) continue;
    if (reader.particleAfterTitle(w)) continue;
    const surnames = reader.run(reader.pastInitial(after), false, 3);
    if (!surnames.length) continue;
    const last = surnames[surnames.length - 1]!;
    if (!reader.afterInstitution(w) && !reader.notPrivate(t, surnames)) out.push(reader.span(t, last));
    w = last.last;
  }
}

/** The first word after a cue, within three characters of spaces, commas or colons (or what the role allows). */
function wordAfter(text: string, words: Words, cue: CueHit): number {
  const w = cue.last + 1;
  if (w >= words.count) return -1;
  const start = words.starts[w]!;
  if (start - cue.end > 3) return -1;
  for (let i = cue.end; i < start; i++) {
    const c = text.charCodeAt(i);
    // A title's dot ("M. Dupont Jean"); a relative named in brackets ("mon père (michel durand)").
    const allowed = (c === 46 && cue.role === 'nameTitle') || (c === 40 && cue.role === 'nameCueRelation');
    if (!(isSpace(c) || c === 44 || c === 58 || allowed)) return -1;
  }
  return start > cue.end || cue.role === 'nameCueField' ? w : -1;
}

/** Names after a cue: "je m'appelle …", "Nom : …", "Mme …", "moi c'est …", "mon mari …". */
function cued(reader: NameReader, text: string, words: Words, cues: readonly CueHit[], out: PiiFinding[]): void {
  for (const cue of cues) {
    const w = wordAfter(text, words, cue);
    if (w < 0) continue;
    let first: Token;
    let tokens: Token[];
    switch (cue.role) {
      case 'nameCue': {
        // Any two words, lowercase allowed: "je m'appelle kevin moreau".
        tokens = reader.run(w, true, 3);
        const lower = tokens.some((t) => !reader.capitalised(t.first));
        if (lower) tokens = tokens.slice(0, 2);
        // "je m'appelle marc d'angelo": after this cue a lowercase "d'" word right after the first name is the
        // surname (elsewhere "d'" in lowercase is mostly an elision: "paul d'abord").
        if (tokens.length === 1 && lower) {
          const after = reader.next(tokens[0]!);
          if (after >= 0 && reader.elidedSurname(after)) tokens.push(reader.token(after));
        }
        if (tokens.length < 2) continue;
        first = tokens[0]!;
        break;
      }
      case 'nameCueField': {
        // Capitalised words; a surname alone counts ("Nom : DUPONT"), a first name alone does not.
        tokens = reader.run(w, false, 3);
        if (!tokens.length || (tokens.length === 1 && reader.firstName(tokens[0]!))) continue;
        first = tokens[0]!;
        break;
      }
      case 'nameCueDocument': {
        // "au nom de MARCHETTI Paola": two capitalised words at once, the first no particle, article ("la
        // Mutuelle…", "l'Association…") or institution word ("Centre Hospitalier…").
        const norm = wordNorm(words, w);
        if (!reader.capitalised(w) || NAME_PARTICLES.has(norm) || NOT_NAME_BEFORE.has(norm)) continue;
        if (ELISIONS.has(norm) && reader.token(w).last > w) continue;
        tokens = reader.run(w, false, 3);
        if (tokens.length < 2) continue;
        first = tokens[0]!;
        break;
      }
      case 'nameTitle': {
        // "Mme Durand Sophie": two capitalised words after a civil title; "Mme X" or "M. Dupont" is not enough.
        tokens = reader.run(w, false, 3);
        if (tokens.length < 2) continue;
        first = tokens[0]!;
        break;
      }
      case 'nameCueWeak':
      case 'nameCueRelation': {
        // A known first name, then a surname: "moi c'est julie durand", "mon mari thomas durand", and after a
        // relation "de" or "of": "la fille de jean-pierre le gall", "the son of john smith".
        first = reader.token(cue.role === 'nameCueRelation' ? reader.skipTitle(reader.skipOf(w)) : w);
        const capital = reader.capitalised(first.first);
        // After a relation, two capitalised words are a name even when the first name is not in the list: "ma
        // voisine Ysolde Marchetti" (not "mon kiné Pôle Santé": institution words, or "SOS Médecins": capitals).
        const unlisted =
          cue.role === 'nameCueRelation' &&
          (reader.unlistedFirstName(first) || reader.beforeListedSurname(first, !capital));
        const kind = reader.firstName(first) ?? (unlisted ? 'known' : null);
        if (!kind || (kind === 'ambiguous' && !capital)) continue;
        const after = capital ? reader.pastInitial(reader.next(first)) : reader.next(first);
        const surnames = after < 0 ? [] : reader.run(after, !capital, capital ? 3 : 1);
        if (!surnames.length) continue;
        tokens = [first, ...surnames];
        break;
      }
      default:
        continue;
    }
    if (reader.notPrivate(first, tokens.slice(1))) continue;
    const found = reader.span(first, tokens[tokens.length - 1]!);
    // The particles `run` stepped over before the surname belong to it: "Nom : LE GOFF", "M. de La Tour Yann".
    const particles = first.first > w && cue.role !== 'nameCueWeak' && cue.role !== 'nameCueRelation';
    out.push(particles ? { kind: 'person_name', start: words.starts[w]!, end: found.end } : found);
  }
}

/** Appends the names of private persons in `text` to `out`. */
export function findNames(text: string, words: Words, cues: readonly CueHit[], out: PiiFinding[]): void {
  const reader = new NameReader(text, words);
  cued(reader, text, words, cues, out);
  uncued(reader, text, words, out);
}
