/**
 * Montenegrin (cnr) strings of common: only those that differ from Bosnian, bs/common.ts; the rest
 * are Bosnian's (src/i18n/derive.ts). Draft awaiting review by a native speaker.
 */
export const common = {
  "release": {
    "previewDetail": "vaša radna sveska, koju simulirani API isporučuje prije objave."
  },
  "chart": {
    "embedLabel": "Ugradi „{{title}}“ na drugi sajt"
  },
  "tester": {
    "summary": "Scenario simuliranog API-ja:",
    "scenario": "Scenario"
  },
  "storage": {
    "deckAdded": "Dodato samo za ovu posjetu: ovaj pregledač ne dozvoljava aplikaciji da to zapamti.",
    "deckRemoved": "Uklonjeno samo za ovu posjetu: ovaj pregledač ne dozvoljava aplikaciji da zapamti prezentaciju.",
    "deckChanged": "Izmijenjeno samo za ovu posjetu: ovaj pregledač ne dozvoljava aplikaciji da zapamti prezentaciju.",
    "theme": "Tema je odabrana samo za ovu posjetu: ovaj pregledač ne dozvoljava aplikaciji da je zapamti.",
    "scenario": "Scenario ostaje do ponovnog učitavanja stranice: ovaj pregledač ne dozvoljava panelu za testiranje da ga zapamti za ovu karticu."
  }
} as const;
