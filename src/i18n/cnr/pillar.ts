/**
 * Montenegrin (cnr) strings of pillar: only those that differ from Bosnian, bs/pillar.ts; the rest
 * are Bosnian's (src/i18n/derive.ts). Draft awaiting review by a native speaker.
 */
export const pillar = {
  "sortInvalid": "Sortiranje „{{value}}“ ne odgovara nijednoj koloni ove tabele; prikazuje se podrazumijevani redoslijed."
} as const;
