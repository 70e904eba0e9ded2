/**
 * Data text in the page's language, or in English where the API has no translation: such a field
 * is listed in its object's `untranslated`, and is marked `lang="en"` so screen readers switch voice.
 */
export function fallbackLang(item: { untranslated?: readonly string[] } | undefined, field: string): 'en' | undefined {
  return item?.untranslated?.includes(field) ? 'en' : undefined;
}
