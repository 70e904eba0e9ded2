/**
 * Translations of the illustrative dataset's English texts into sq: English text -> translated text.
 * Placeholder: the tables are being written separately and replace this file. A text without an
 * entry is served in English and named in the payload's `untranslated` list.
 */
export const translations: Record<string, string> = {};
