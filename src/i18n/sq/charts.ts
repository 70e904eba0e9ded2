/** sq: draft translation awaiting review by a native speaker. */
export const charts = {
  "jurisdiction": "Juridiksioni",
  "pillar": "Shtylla",
  "completion": "Pjesa e përfunduar",
  "total": "Gjithsej",
  "overdue": "Me afat të kaluar",
  "code": "Kodi",
  "periodEnd": "Fundi i {{period}}",
  "grid": {
    "legend": "Ngjyrimi"
  },
  "overviewStatus": {
    "title": "Zotimet sipas statusit",
    "caption": "Zotimet e çdo juridiksioni sipas statusit të raportuar, me pjesën e përfunduar",
    "tableCaption": "Zotimet sipas statusit, {{period}}",
    "takeaway": "{{leader}} ka përfunduar pjesën më të madhe të zotimeve të veta ({{share}}); {{laggard}} pjesën më të vogël ({{lowShare}}).",
    "takeawayLevel": "Të gjitha juridiksionet kanë përfunduar të njëjtën pjesë të zotimeve të tyre ({{share}}).",
    "takeawaySingle": "{{name}} ka përfunduar {{share}} të zotimeve të veta.",
    "takeawayEmpty": "Ende nuk është raportuar asnjë zotim."
  },
  "overviewGrid": {
    "title": "Pjesa e përfunduar sipas shtyllës",
    "caption": "Pjesa e përfunduar e zotimeve të çdo juridiksioni në çdo shtyllë (të përfunduara ÷ të gjitha përveç të ndërprerave); ngjyrimi më i errët tregon pjesë më të madhe",
    "tableCaption": "Pjesa e përfunduar sipas juridiksionit dhe shtyllës, {{period}}",
    "takeaway": "Në të gjithë rajonin, {{leader}} është më përpara ({{share}} të përfunduara) dhe {{laggard}} më prapa ({{lowShare}}).",
    "takeawayLevel": "Çdo shtyllë ka të njëjtën pjesë të përfunduar në të gjithë rajonin ({{share}}).",
    "takeawaySingle": "Deri tani vetëm {{name}} ka zotime me afat: {{share}} të përfunduara në të gjithë rajonin.",
    "takeawayEmpty": "Ende nuk ka zotim me afat në asnjë shtyllë.",
    "legendStep": "{{from}}–{{to}}",
    "nothingDue": "— asgjë me afat",
    "unitNote": "Njësia: përqindja e zotimeve të përfunduara, pa ato të ndërprera (të përfunduara ÷ (të gjitha − të ndërprera)).",
    "missingNote": "Një qelizë bosh do të thotë se nuk ka asgjë me afat: asnjë zotim i numëruar në atë shtyllë."
  },
  "overviewTrend": {
    "title": "Pjesa e përfunduar me kalimin e kohës",
    "caption": "Pjesa e përfunduar e zotimeve të çdo juridiksioni në fund të çdo periudhe raportimi",
    "tableCaption": "Pjesa e përfunduar sipas periudhës dhe juridiksionit, nga {{from}} deri në {{to}}",
    "takeawayGain": "{{name}} pati rritjen më të madhe të pjesës së përfunduar: nga {{from}} ({{start}}) në {{to}} ({{end}}).",
    "takeawayLevel_one": "Pjesa e përfunduar e çdo juridiksioni u rrit njësoj, me {{points}} pikë përqindjeje, ndërmjet {{start}} dhe {{end}}.",
    "takeawayLevel_other": "Pjesa e përfunduar e çdo juridiksioni u rrit njësoj, me {{points}} pikë përqindjeje, ndërmjet {{start}} dhe {{end}}.",
    "takeawayNoGain": "Pjesa e përfunduar e asnjë juridiksioni nuk u rrit ndërmjet {{start}} dhe {{end}}.",
    "takeawaySingle": "Deri tani vetëm një periudhë raportimi: {{period}}.",
    "takeawayEmpty": "Ende nuk është raportuar asnjë pjesë e përfunduar.",
    "period": "Periudha",
    "periods": "nga {{from}} deri në {{to}}",
    "unitNote": "Njësia: përqindja e zotimeve të përfunduara, pa ato të ndërprera."
  }
} as const;
