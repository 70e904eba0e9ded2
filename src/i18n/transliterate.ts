/**
 * Serbian Cyrillic to Latin (the official Latin alphabet, gajica). One letter for one letter, except
 * Љ Њ Џ, which become two: Lj Nj Dž, or LJ NJ DŽ inside an all-caps word. `{{placeholders}}`,
 * ASCII and any other character are left as they are. The sr-Latn catalogue is made with this from
 * the sr-Cyrl one (`transliterateCatalogue`).
 */

const LOWER: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', ђ: 'đ', е: 'e', ж: 'ž', з: 'z', и: 'i', ј: 'j', к: 'k', л: 'l',
  љ: 'lj', м: 'm', н: 'n', њ: 'nj', о: 'o', п: 'p', р: 'r', с: 's', т: 't', ћ: 'ć', у: 'u', ф: 'f',
  х: 'h', ц: 'c', ч: 'č', џ: 'dž', ш: 'š',
};

/** Upper-case letters that the table maps to two letters. */
const DIGRAPHS: Record<string, [title: string, caps: string]> = { Љ: ['Lj', 'LJ'], Њ: ['Nj', 'NJ'], Џ: ['Dž', 'DŽ'] };

const isLetter = (ch: string | undefined) => ch !== undefined && /\p{L}/u.test(ch);
const isUpper = (ch: string | undefined) => ch !== undefined && /\p{Lu}/u.test(ch);

function transliterateText(text: string): string {
  const chars = Array.from(text);
  let out = '';
  chars.forEach((ch, i) => {
    const digraph = DIGRAPHS[ch];
    if (digraph) {
      const next = chars[i + 1];
      const prev = chars[i - 1];
      // ЉУБЉАНА -> LJUBLJANA, Љубљана -> Ljubljana; a capital at a word's end takes the case before it.
      const caps = isLetter(next) ? isUpper(next) : isUpper(prev);
      out += caps ? digraph[1] : digraph[0];
      return;
    }
    const lower = LOWER[ch];
    if (lower !== undefined) {
      out += lower;
      return;
    }
    const fromUpper = LOWER[ch.toLowerCase()];
    out += fromUpper !== undefined ? fromUpper.toUpperCase() : ch;
  });
  return out;
}

const PLACEHOLDER = /(\{\{[^}]*\}\})/;

/** Transliterates a string, keeping `{{placeholders}}` verbatim. */
export function transliterate(text: string): string {
  return text
    .split(PLACEHOLDER)
    .map((part, i) => (i % 2 === 1 ? part : transliterateText(part)))
    .join('');
}

/** The same shape with every string leaf typed as `string` (the literal types no longer hold). */
export type Transliterated<T> = T extends string ? string : { readonly [K in keyof T]: Transliterated<T[K]> };

/** Every string in a (nested) catalogue object transliterated; keys stay as they are. */
export function transliterateCatalogue<T>(catalogue: T): Transliterated<T> {
  const map = (value: unknown): unknown => {
    if (typeof value === 'string') return transliterate(value);
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, map(inner)]));
    }
    return value;
  };
  return map(catalogue) as Transliterated<T>;
}
