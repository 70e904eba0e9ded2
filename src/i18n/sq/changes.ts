/** sq: strings of "New since your last visit" and the commitments filters; keys as en/changes.ts. Draft awaiting review by a native speaker. */
export const changes = {
  "newSince": {
    "title": "Të reja që nga vizita juaj e fundit",
    "intro_one": "{{count}} ndryshim që nga publikimi që patë për herë të fundit ({{seen}}):",
    "intro_other": "{{count}} ndryshime që nga publikimi që patë për herë të fundit ({{seen}}):",
    "none": "Këtu nuk ka ndryshuar asgjë që nga publikimi që patë për herë të fundit ({{seen}}).",
    "dismiss": "Mbyll: shëno si të parë",
    "more_one": "dhe {{count}} tjetër",
    "more_other": "dhe {{count}} të tjera",
    "status": "{{title}}: tani {{status}}",
    "added": "{{title}}: u shtua ({{status}})",
    "deadline": "{{title}}: afati u zhvendos në {{date}}",
    "value": "{{title}}: vlera për {{year}}",
    "newMark": "E re"
  },
  "screen": {
    "movedHeadline": "Afate të zhvendosura në {{period}}",
    "movedColumn": "Afati i zhvendosur",
    "movedTimes_one": "Zhvendosur një herë (ishte {{original}})",
    "movedTimes_other": "Zhvendosur {{count}} herë (ishte {{original}})",
    "movedOnly": "Vetëm zotimet me afat të zhvendosur",
    "invalidMoved": "„{{value}}“ nuk është vlerë e lejuar (vetëm 1); po shfaqen të gjitha zotimet.",
    "ref": "Referenca e kornizës",
    "allRefs": "Të gjitha referencat",
    "invalidRef": "„{{value}}“ nuk është referencë e këtij udhërrëfyesi; po shfaqen të gjitha zotimet.",
    "refShowing": "Vetëm zotimet e etiketuara {{label}}: {{name}}."
  }
} as const;
