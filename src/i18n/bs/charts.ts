/** bs: draft translation awaiting review by a native speaker. */
export const charts = {
  "jurisdiction": "Jurisdikcija",
  "pillar": "Stub",
  "completion": "Udio završenih",
  "total": "Ukupno",
  "overdue": "Rok istekao",
  "code": "Kod",
  "periodEnd": "Kraj perioda {{period}}",
  "grid": {
    "legend": "Sjenčenje"
  },
  "overviewStatus": {
    "title": "Obaveze po statusu",
    "caption": "Obaveze svake jurisdikcije po izvještajnom statusu, s udjelom završenih",
    "tableCaption": "Obaveze po statusu, {{period}}",
    "takeaway": "Najveći udio svojih obaveza završila je jurisdikcija {{leader}} ({{share}}), a najmanji {{laggard}} ({{lowShare}}).",
    "takeawayLevel": "Sve jurisdikcije završile su isti udio svojih obaveza ({{share}}).",
    "takeawaySingle": "Jurisdikcija {{name}} završila je {{share}} svojih obaveza.",
    "takeawayEmpty": "Još nisu prijavljene obaveze."
  },
  "overviewGrid": {
    "title": "Udio završenih po stubovima",
    "caption": "Udio završenih obaveza svake jurisdikcije u svakom stubu (završene ÷ sve osim obustavljenih); tamnije sjenčenje znači veći udio",
    "tableCaption": "Udio završenih po jurisdikciji i stubu, {{period}}",
    "takeaway": "U regiji je najdalje odmakao stub „{{leader}}“ ({{share}} završeno), a najviše zaostaje stub „{{laggard}}“ ({{lowShare}}).",
    "takeawayLevel": "Svi stubovi imaju isti udio završenih u regiji ({{share}}).",
    "takeawaySingle": "Zasad samo stub „{{name}}“ ima obaveze kojima je došao rok: u regiji je završeno {{share}}.",
    "takeawayEmpty": "Ni u jednom stubu još nema obaveza kojima je došao rok.",
    "legendStep": "{{from}}–{{to}}",
    "nothingDue": "— nema obaveza s rokom",
    "unitNote": "Jedinica: postotak završenih obaveza, bez obustavljenih (završene ÷ (sve − obustavljene)).",
    "missingNote": "Prazna ćelija znači da nema obaveza s rokom: u tom stubu nije uračunata nijedna obaveza."
  },
  "overviewTrend": {
    "title": "Udio završenih kroz vrijeme",
    "caption": "Udio završenih obaveza svake jurisdikcije na kraju svakog izvještajnog perioda",
    "tableCaption": "Udio završenih po periodu i jurisdikciji, od {{from}} do {{to}}",
    "takeawayGain": "Udio završenih najviše je porastao za jurisdikciju {{name}}: s {{from}} u periodu {{start}} na {{to}} u periodu {{end}}.",
    "takeawayLevel_one": "Udio završenih svih jurisdikcija porastao je jednako, za {{points}} procentni poen, između perioda {{start}} i {{end}}.",
    "takeawayLevel_few": "Udio završenih svih jurisdikcija porastao je jednako, za {{points}} procentna poena, između perioda {{start}} i {{end}}.",
    "takeawayLevel_other": "Udio završenih svih jurisdikcija porastao je jednako, za {{points}} procentnih poena, između perioda {{start}} i {{end}}.",
    "takeawayNoGain": "Ni jednoj jurisdikciji udio završenih nije porastao između perioda {{start}} i {{end}}.",
    "takeawaySingle": "Zasad postoji samo jedan izvještajni period: {{period}}.",
    "takeawayEmpty": "Još nisu prijavljeni udjeli završenih.",
    "period": "Period",
    "periods": "od {{from}} do {{to}}",
    "unitNote": "Jedinica: postotak završenih obaveza, bez obustavljenih."
  }
} as const;
