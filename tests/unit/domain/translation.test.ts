/** Marking English fallbacks, and the language of the feed a page offers. */
import { describe, expect, it } from 'vitest';
import { feedLocale } from '../../../src/domain/feed-path';
import { fallbackLang, markedEnglish } from '../../../src/domain/translation';

describe('fallbackLang', () => {
  it('marks only the fields the object lists as untranslated', () => {
    const item = { title: 'Adopt the law', description: 'Draft', untranslated: ['description'] };
    expect(fallbackLang(item, 'description')).toBe('en');
    expect(fallbackLang(item, 'title')).toBeUndefined();
    expect(fallbackLang(undefined, 'title')).toBeUndefined();
  });
});

describe('markedEnglish', () => {
  it('lists every text field of every object, nested and in arrays, as untranslated', () => {
    const payload = {
      name: 'Albania',
      total: 31,
      institutions: [{ id: 'fiu', name: 'Financial Intelligence Unit', untranslated: ['name'] }, { id: 'pros', name: 'Prosecution', active: true }],
      footnote: null,
    };
    const marked: typeof payload & { untranslated?: string[] } = markedEnglish(payload);
    expect(fallbackLang(marked, 'name')).toBe('en');
    expect(marked.untranslated).toEqual(['name']);
    expect(marked.institutions.map((i) => fallbackLang(i, 'name'))).toEqual(['en', 'en']);
    // An object's own list is replaced, not extended with itself.
    expect(marked.institutions[0]).toEqual({ id: 'fiu', name: 'Financial Intelligence Unit', untranslated: ['id', 'name'] });
    // Numbers, booleans and nulls stay as they were; the input is not changed.
    expect(marked.total).toBe(31);
    expect(marked.footnote).toBeNull();
    expect(payload).not.toHaveProperty('untranslated');
    expect(payload.institutions[1]).not.toHaveProperty('untranslated');
  });

  it('leaves objects without text alone', () => {
    expect(markedEnglish({ counts: { completed: 3 } })).toEqual({ counts: { completed: 3 } });
    expect(markedEnglish([1, 'a'])).toEqual([1, 'a']);
  });
});

describe('feedLocale', () => {
  it('offers the page language where the API publishes it, English otherwise', () => {
    expect(feedLocale('sq', ['sq', 'mk'])).toBe('sq');
    expect(feedLocale('bs', ['sq', 'mk'])).toBe('en');
    expect(feedLocale('mk', [])).toBe('en');
    expect(feedLocale('mk', undefined)).toBe('en');
    expect(feedLocale('en', ['sq'])).toBe('en');
  });
});
