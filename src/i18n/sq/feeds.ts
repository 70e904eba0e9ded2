/** sq: strings of the Atom feeds; keys as en/feeds.ts. Draft awaiting review by a native speaker. */
export const feeds = {
  "region": "Të gjitha juridiksionet",
  "title": "{{roadmap}}: {{scope}}",
  "subtitle": "Ndryshimet e statusit, afatet e zhvendosura dhe vlerat e reja në çdo publikim: {{roadmap}}.",
  "illustrative": "Të dhëna ilustruese: nuk janë raportuar nga asnjë juridiksion.",
  "footnote": "{{name}}: {{footnote}}",
  "added": {
    "title": "{{place}}: {{title}}: u shtua ({{status}})",
    "summary": "Zotimi {{commitment}} u shtua në udhërrëfyes në {{period}} me statusin {{status}}."
  },
  "status": {
    "title": "{{place}}: {{title}}: tani {{status}}",
    "summary": "Zotimi {{commitment}}: statusi në fund të {{period}} është {{status}} (ishte {{from}})."
  },
  "deadline": {
    "title": "{{place}}: {{title}}: afati u zhvendos",
    "summary": "Zotimi {{commitment}}: afati u zhvendos nga {{from}} në {{to}}, i miratuar në {{period}}. Arsyeja: {{reason}}."
  },
  "value": {
    "title": "{{place}}: {{title}}, {{year}}",
    "summary": "Vlerë e re për {{year}}: {{value}} {{unit}}.",
    "qualified": "Vlerë e re për {{year}}: {{value}} {{unit}} ({{quality}})."
  },
  "quality": {
    "estimated": "e vlerësuar",
    "provisional": "paraprake",
    "missing": "mungon"
  }
} as const;
