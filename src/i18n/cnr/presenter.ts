/**
 * Montenegrin (cnr) strings of presenter: only those that differ from Bosnian, bs/presenter.ts; the rest
 * are Bosnian's (src/i18n/derive.ts). Draft awaiting review by a native speaker.
 */
export const presenter = {
  "themeHint": "Svijetla i tamna tema visokog kontrasta za projektor; izbor se pamti u ovom pregledaču.",
  "keysHeading": "Tasteri tokom prezentacije",
  "keys": {
    "next": "Strelica desno, razmak ili Page Down: sljedeći slajd"
  },
  "link": {
    "intro": "Link sadrži slajdove, pa se prezentacija na laptopu za prezentaciju otvara jednako.",
    "anchor": "Link do ove prezentacije",
    "copy": "Kopiraj link do ove prezentacije",
    "copied": "Link je kopiran u privremenu memoriju.",
    "copyFailed": "Kopiranje ovdje nije dostupno: otvorite gornji link ili ga kopirajte iz njegovog kontekstnog menija."
  },
  "fromLink": {
    "saved": "Ova prezentacija je sačuvana u ovom pregledaču.",
    "unsaved": "Ova prezentacija dolazi iz linka i nije sačuvana u ovom pregledaču.",
    "savedNow": "Prezentacija je sačuvana u ovom pregledaču.",
    "skipped_one": "{{count}} slajd iz linka je preskočen jer je nepoznat ili neispravan: {{entries}}.",
    "skipped_few": "{{count}} slajda iz linka su preskočena jer su nepoznata ili neispravna: {{entries}}.",
    "skipped_other": "{{count}} slajdova iz linka je preskočeno jer su nepoznati ili neispravni: {{entries}}.",
    "noneLeft": "Nijedan slajd iz linka nije moguće prikazati.",
    "yourDeck": "Otvori prezentaciju sačuvanu u ovom pregledaču"
  },
  "slide": {
    "fullscreenUnavailable": "Prikaz preko cijelog ekrana nije dostupan u ovom pregledaču."
  }
} as const;
