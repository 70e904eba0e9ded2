/** sq: draft translation awaiting review by a native speaker. */
export const common = {
  "app": {
    "name": "Roadmap Monitor",
    "tagline": "Udhërrëfyesi i Ballkanit Perëndimor për financat e paligjshme dhe kundër korrupsionit",
    "skipToContent": "Kalo te përmbajtja kryesore",
    "illustrative": "Të dhëna ilustruese",
    "demo": "Të dhëna ilustruese demonstrimi",
    "illustrativeDetail": "Shifrat e paraqitura janë të dhëna shembullore të gjeneruara, jo të raportuara nga ndonjë juridiksion.",
    "mockApi": "API-ja imituese aktive",
    "dataStatus": "Statusi i të dhënave",
    "titleSuffix": "Roadmap Monitor",
    "footer": "Të dhënat deri më {{asOf}} ({{period}}). Burimi: {{source}}",
    "language": "Gjuha"
  },
  "release": {
    "footer": "Publikimi {{id}}, krijuar më {{date}} nga {{name}}.",
    "changes": "Që nga publikimi i mëparshëm: {{statusAdded}} përditësime statusi të shtuara, {{statusChanged}} të ndryshuara; {{valuesAdded}} vlera të shtuara, {{valuesRevised}} të rishikuara.",
    "first": "Publikimi i parë që botohet këtu.",
    "preview": "Parapamje e {{name}}",
    "previewDetail": "libri juaj i punës, i shërbyer nga API-ja imituese përpara se të publikohet."
  },
  "nav": {
    "label": "Kryesore",
    "overview": "Përmbledhje",
    "jurisdictions": "Juridiksionet",
    "names": {
      "AL": "Shqipëria",
      "BA": "Bosnja dhe Hercegovina",
      "XK": "Kosova*",
      "ME": "Mali i Zi",
      "MK": "Maqedonia e Veriut",
      "RS": "Serbia"
    },
    "present": "Prezanto",
    "about": "Rreth panelit",
    "reporting": "Raportimi",
    "frameworks": "Kornizat"
  },
  "period": {
    "label": "Periudha",
    "asOf": "Deri më {{date}}",
    "latest": "{{period}} (më e fundit)",
    "invalid": "Periudha „{{value}}“ nuk është periudhë raportimi e udhërrëfyesit; po shfaqet {{period}}."
  },
  "status": {
    "not_started": "Nuk ka filluar",
    "in_progress": "Në zbatim",
    "completed": "Përfunduar",
    "discontinued": "Ndërprerë",
    "overdue": "Me afat të kaluar"
  },
  "state": {
    "loading": "Po ngarkohen {{what}}…",
    "retry": "Provo përsëri",
    "retrying": "Po provohet përsëri…",
    "details": "Detaje teknike",
    "stale": "Po shfaqen të dhëna të {{age}} më parë: rifreskimi i fundit dështoi.",
    "age": {
      "second_one": "{{count}} sekondë",
      "second_other": "{{count}} sekonda",
      "minute_one": "{{count}} minutë",
      "minute_other": "{{count}} minuta",
      "hour_one": "{{count}} orë",
      "hour_other": "{{count}} orë"
    },
    "errorTitle": "Nuk u ngarkuan dot {{what}}",
    "http": "Serveri u përgjigj me gabim ({{status}} {{title}}).",
    "httpNotFound": "Serveri nuk e njeh këtë burim.",
    "httpUnavailable": "Shërbimi është përkohësisht i padisponueshëm.",
    "retryAfter": "Ai sugjeron të provoni përsëri pas {{seconds}} sekondash.",
    "network": "Shërbimi i të dhënave nuk u arrit. Kontrolloni lidhjen, pastaj provoni përsëri.",
    "timeout": "Shërbimi i të dhënave nuk u përgjigj brenda {{seconds}} sekondave.",
    "contract": "Të dhënat e marra nuk përputhen me atë që pret paneli, prandaj nuk shfaqen.",
    "contractWhere": "Pika fundore {{endpoint}}, fusha {{path}}: {{message}}",
    "unknown": "Diçka shkoi keq gjatë shfaqjes së këtij seksioni.",
    "sectionCrashed": "Ky seksion nuk mund të shfaqej."
  },
  "what": {
    "roadmap": "të dhënat e udhërrëfyesit",
    "jurisdictions": "juridiksionet",
    "jurisdiction": "të dhënat e juridiksionit",
    "progress": "shifrat e progresit",
    "commitments": "zotimet",
    "indicators": "treguesit"
  },
  "chart": {
    "chart": "Grafik",
    "table": "Tabelë",
    "viewLabel": "Shfaq {{title}} si",
    "downloadCsv": "Shkarko CSV",
    "downloadPng": "Shkarko PNG",
    "downloadSvg": "Shkarko SVG",
    "exportUnavailable": "Grafiku ende po vizatohet; provoni përsëri shkarkimin e figurës pas pak.",
    "addToPresentation": "Shto në prezantim",
    "inPresentation": "Në prezantim ✓",
    "period": "Periudha: {{period}}",
    "source": "Burimi: {{source}}",
    "noData": "Nuk ka të dhëna për këtë periudhë.",
    "embed": "Përfshi",
    "embedLabel": "Përfshi {{title}} në një sajt tjetër",
    "embedCode": "HTML për t’u ngjitur në një faqe",
    "embedCopy": "Kopjo kodin",
    "embedCopied": "U kopjua.",
    "embedLink": "Hap pamjen për përfshirje"
  },
  "tester": {
    "label": "Paneli i testuesit",
    "summary": "Skenari i API-së imituese:",
    "scenario": "Skenari"
  },
  "storage": {
    "deckAdded": "U shtua vetëm për këtë vizitë: ky shfletues nuk e lejon panelin ta mbajë mend.",
    "deckRemoved": "U hoq vetëm për këtë vizitë: ky shfletues nuk e lejon panelin ta mbajë mend prezantimin.",
    "deckChanged": "U ndryshua vetëm për këtë vizitë: ky shfletues nuk e lejon panelin ta mbajë mend prezantimin.",
    "theme": "Tema u zgjodh vetëm për këtë vizitë: ky shfletues nuk e lejon panelin ta mbajë mend.",
    "scenario": "Skenari mbahet derisa të ringarkohet faqja: ky shfletues nuk e lejon panelin e testuesit ta mbajë mend për këtë skedë."
  },
  "table": {
    "empty": "Asnjë rresht nuk përputhet.",
    "loading": "Po ngarkohet tabela…",
    "pages": "Faqet e tabelës",
    "previous": "Faqja e mëparshme",
    "next": "Faqja tjetër",
    "showing": "Rreshtat {{first}}–{{last}} nga {{total}}",
    "sortInvalid": "Tabela nuk mund të renditet sipas „{{value}}“; po shfaqet në rendin e zakonshëm."
  },
  "embed": {
    "title": "Grafik",
    "what": "të dhënat e grafikut",
    "fullView": "Pamja e plotë në {{name}}"
  },
  "notFound": {
    "title": "Faqja nuk u gjet",
    "body": "Nuk ka faqe në {{path}}.",
    "back": "Shko te përmbledhja rajonale",
    "resource": "Nuk u gjet",
    "badPillarId": "„{{id}}“ nuk është identifikues shtylle: identifikuesit përdorin shkronja të vogla, shifra dhe viza.",
    "badIndicatorId": "„{{id}}“ nuk është identifikues treguesi: identifikuesit përdorin shkronja të vogla, shifra dhe viza.",
    "badCommitmentId": "„{{id}}“ nuk është identifikues zotimi. Identifikuesit e zotimeve duken si AL-2-03: kodi i juridiksionit, numri i shtyllës, numri i zotimit."
  },
  "error": {
    "title": "Diçka shkoi keq",
    "body": "Paneli hasi një problem të papritur. Adresa juaj ruhet, kështu që mund ta ringarkoni faqen ose të ktheheni te përmbledhja.",
    "reload": "Ringarko faqen"
  },
  "indicatorCategory": {
    "target_achieved": "Objektivi u arrit",
    "on_track": "Në rrugë të mbarë",
    "acceleration_needed": "Ka progres, nevojitet përshpejtim",
    "limited_progress": "Progres i kufizuar",
    "deterioration": "Përkeqësim",
    "not_available": "Nuk disponohet"
  }
} as const;
