/**
 * One full stop at the end of a sentence. In Bosnian, Montenegrin, Serbian and Macedonian a date ends
 * with its own full stop ("31. jul 2026.", "31 јули 2026 г."), and a sentence that ends with a date
 * takes no second one: "Podaci zaključno sa {{date}}." must read "… 31. jul 2026.", not "2026..".
 * An ellipsis ("...") is left as it is.
 */
export function oneFullStop(text: string): string {
  return text.replace(/(?<!\.)\.\.(?!\.)/g, '.');
}
