/**
 * Montenegrin (cnr) strings of commitment: only those that differ from Bosnian, bs/commitment.ts; the rest
 * are Bosnian's (src/i18n/derive.ts). Draft awaiting review by a native speaker.
 */
export const commitment = {
  "evidence": {
    "intro": "Dokumenti koji bilježe napredak u sprovođenju obaveze, poznati do kraja perioda {{period}}.",
    "external": "(spoljna stranica)",
    "linkMissing": "Link se ne prikazuje: adresa nije navedena.",
    "linkUnsafe": "Link se ne prikazuje: s ove stranice otvaraju se samo web adrese (http ili https).",
    "kind": {
      "press": "Saopštenje za javnost"
    }
  },
  "deadlines": {
    "title": "Istorija rokova"
  }
} as const;
