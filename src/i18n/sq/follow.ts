/** Albanian (sq) strings of the Follow control and "New since your last visit"; keys as en/follow.ts. Draft awaiting review by a native speaker. */
export const follow = {
  "button": "Ndiq",
  "title": "Ndiqni ndryshimet: {{name}}",
  "intro": "Kjo rrjedhë njoftimesh rendit ndryshimet e statusit, afatet e zhvendosura dhe vlerat e reja në çdo publikim. Nuk nevojitet llogari.",
  "address": "Adresa e rrjedhës",
  "copy": "Kopjo adresën",
  "copied": "Adresa u kopjua.",
  "copyFailed": "Kopjimi nuk u krye; përzgjidhni adresën dhe kopjojeni.",
  "open": "Hap rrjedhën",
  "howTitle": "Si ta shtoni në programin tuaj të postës elektronike",
  "how": {
    "thunderbird": "Thunderbird: „Account Settings“, „Account Actions“, „New Feed Account“; pastaj „Manage Subscriptions“ dhe ngjitni adresën (emrat e menyve siç shfaqen në versionin në anglisht).",
    "outlook": "Outlook për Windows: klikoni me butonin e djathtë mbi „RSS Subscriptions“ (ose „RSS Feeds“), zgjidhni „Add a New RSS Feed“ dhe ngjitni adresën.",
    "other": "Çdo lexues tjetër rrjedhash: shtoni një rrjedhë ose një abonim të ri dhe ngjitni adresën."
  },
  "close": "Mbyll",
  "region": "të gjitha juridiksionet",
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
