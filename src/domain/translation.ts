/**
 * Data text in the page's language, or in English where the API has no translation: such a field
 * is listed in its object's `untranslated`, and is marked `lang="en"` so screen readers switch voice.
 */
export function fallbackLang(item: { untranslated?: readonly string[] } | undefined, field: string): 'en' | undefined {
  return item?.untranslated?.includes(field) ? 'en' : undefined;
}

/**
 * A payload that the API has only in English, shown on a page in another language (a static API
 * without that language): every object's text fields are listed as untranslated, so that each
 * is marked `lang="en"` as a single untranslated field would be. Returns a marked copy.
 */
export function markedEnglish<T>(payload: T): T {
  if (Array.isArray(payload)) return payload.map((item: unknown) => markedEnglish(item)) as T;
  if (payload === null || typeof payload !== 'object') return payload;
  const entries = Object.entries(payload).filter(([key]) => key !== 'untranslated');
  const texts = entries.filter(([, value]) => typeof value === 'string').map(([key]) => key);
  const copy = Object.fromEntries(entries.map(([key, value]) => [key, markedEnglish(value)]));
  return (texts.length > 0 ? { ...copy, untranslated: texts } : copy) as T;
}
