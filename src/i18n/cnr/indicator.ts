/**
 * Montenegrin (cnr) strings of indicator: only those that differ from Bosnian, bs/indicator.ts; the rest
 * are Bosnian's (src/i18n/derive.ts). Draft awaiting review by a native speaker.
 */
export const indicator = {
  "method": {
    "withoutTarget": "Bez kvantitativnog cilja, d × ostvareni rast upoređuje se s fiksnim godišnjim stopama: {{onTrack}} ili više znači na dobrom putu, od {{acceleration}} do {{onTrack}} potrebno ubrzanje, od {{limited}} do {{acceleration}} ograničen napredak, ispod {{limited}} pogoršanje.",
    "inputsCaption": "Brojke korišćene za svaku jurisdikciju u poređenju (vrijednosti u jedinici: {{unit}})",
    "ratio": "Odnos R"
  }
} as const;
