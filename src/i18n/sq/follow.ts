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
  "englishOnly": "Kjo rrjedhë është në anglisht: të dhënat e publikuara nuk janë përkthyer në këtë gjuhë.",
  "howTitle": "Si ta shtoni në programin tuaj të postës elektronike",
  "how": {
    "thunderbird": "Thunderbird: „Account Settings“, „Account Actions“, „New Feed Account“; pastaj „Manage Subscriptions“ dhe ngjitni adresën (emrat e menyve siç shfaqen në versionin në anglisht).",
    "outlook": "Outlook për Windows: klikoni me butonin e djathtë mbi „RSS Subscriptions“ (ose „RSS Feeds“), zgjidhni „Add a New RSS Feed“ dhe ngjitni adresën.",
    "other": "Çdo lexues tjetër rrjedhash: shtoni një rrjedhë ose një abonim të ri dhe ngjitni adresën."
  },
  "close": "Mbyll",
  "region": "të gjitha juridiksionet"
} as const;
