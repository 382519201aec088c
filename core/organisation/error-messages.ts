/**
 * Validation messages in the two UI languages. Written for the volunteer who edits the file: say what
 * is wrong and what a right value looks like.
 */
import type { UiLanguage } from '../i18n';

export type ErrorCode =
  | 'json'
  | 'tooLarge'
  | 'required'
  | 'unknown'
  | 'type'
  | 'empty'
  | 'maxLength'
  | 'maxItems'
  | 'enum'
  | 'duplicate'
  | 'phone'
  | 'https';

export type TypeName = 'string' | 'boolean' | 'array' | 'object';

const TYPE_NAMES: Record<UiLanguage, Record<TypeName, string>> = {
  fr: {
    string: 'un texte entre guillemets',
    boolean: 'true ou false',
    array: 'une liste [ … ]',
    object: 'un objet { … }',
  },
  en: { string: 'a text in quotes', boolean: 'true or false', array: 'a list [ … ]', object: 'an object { … }' },
};

const MESSAGES: Record<UiLanguage, Record<ErrorCode, string>> = {
  fr: {
    json: 'ce fichier n’est pas du JSON valide ($1)',
    tooLarge: 'fichier trop gros ($1 Ko) : 64 Ko au plus',
    required: 'champ obligatoire manquant',
    unknown: 'champ inconnu (vérifiez l’orthographe ; les champs possibles sont décrits dans la documentation)',
    type: 'doit être $1',
    empty: 'ne doit pas être vide',
    maxLength: 'trop long : $1 caractères au plus',
    maxItems: 'trop d’éléments : $1 au plus',
    enum: 'valeur inconnue « $1 » ; valeurs possibles : $2',
    duplicate: 'valeur en double « $1 »',
    phone:
      'numéro mal formé : 10 chiffres commençant par 0 (01 23 45 67 89), numéro court (3114) ou international (+33 1 23 45 67 89)',
    https: 'doit être une adresse complète commençant par https:// (par exemple https://www.exemple.fr/aide)',
  },
  en: {
    json: 'this file is not valid JSON ($1)',
    tooLarge: 'file too large ($1 KB): 64 KB at most',
    required: 'required field is missing',
    unknown: 'unknown field (check the spelling; the possible fields are described in the documentation)',
    type: 'must be $1',
    empty: 'must not be empty',
    maxLength: 'too long: $1 characters at most',
    maxItems: 'too many items: $1 at most',
    enum: 'unknown value “$1”; possible values: $2',
    duplicate: 'duplicate value “$1”',
    phone:
      'malformed number: 10 digits starting with 0 (01 23 45 67 89), a short number (3114) or international (+33 1 23 45 67 89)',
    https: 'must be a full address starting with https:// (for example https://www.example.org/help)',
  },
};

export function errorMessage(language: UiLanguage, code: ErrorCode, ...args: string[]): string {
  return MESSAGES[language][code].replace(/\$(\d)/g, (_, index: string) => args[Number(index) - 1] ?? '');
}

export function typeName(language: UiLanguage, type: TypeName): string {
  return TYPE_NAMES[language][type];
}
