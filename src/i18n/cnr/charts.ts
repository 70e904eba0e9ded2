/**
 * Montenegrin (cnr) strings of charts: only those that differ from Bosnian, bs/charts.ts; the rest
 * are Bosnian's (src/i18n/derive.ts). Draft awaiting review by a native speaker.
 */
export const charts = {
  "overviewGrid": {
    "takeaway": "U regionu je najdalje odmakao stub „{{leader}}“ ({{share}} završeno), a najviše zaostaje stub „{{laggard}}“ ({{lowShare}}).",
    "takeawayLevel": "Svi stubovi imaju isti udio završenih u regionu ({{share}}).",
    "takeawaySingle": "Zasad samo stub „{{name}}“ ima obaveze kojima je došao rok: u regionu je završeno {{share}}.",
    "unitNote": "Jedinica: procenat završenih obaveza, bez obustavljenih (završene ÷ (sve − obustavljene))."
  },
  "overviewTrend": {
    "unitNote": "Jedinica: procenat završenih obaveza, bez obustavljenih."
  }
} as const;
