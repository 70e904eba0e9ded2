/** Picking a model's texts in one language for the payloads (payloads.ts). */
import type { ApiLocale } from '../../src/api/schemas';
import type { Text } from './model';

/** Picks each text in `locale`, noting the fields that fall back to English. */
export class Picker {
  private missing: string[] = [];
  constructor(private readonly locale: ApiLocale) {}

  text(field: string, text: Text): string {
    if (this.locale === 'en') return text.en;
    const translated = text[this.locale];
    if (translated) return translated;
    if (text.en !== '') this.missing.push(field);
    return text.en;
  }

  /** `object` with `untranslated` when something fell back; the picker starts afresh. */
  done<T extends object>(object: T): T & { untranslated?: string[] } {
    const missing = this.missing;
    this.missing = [];
    return missing.length > 0 ? { ...object, untranslated: missing } : object;
  }
}
