/** sq: draft translation awaiting review by a native speaker. */
export const presenter = {
  "title": "Prezantimi",
  "intro": "Shfaqni grafikët e panelit në një takim: një grafik për çdo diapozitiv, me shkronja aq të mëdha sa të lexohen nga fundi i sallës. Shtoni grafikë me „Shto në prezantim“ nën çdo grafik, renditini këtu, pastaj filloni.",
  "illustrative": "Të dhëna ilustruese",
  "illustrativeDetail": "Shifrat janë të dhëna shembullore të gjeneruara, jo të raportuara nga ndonjë juridiksion.",
  "back": "Kthehu te paneli",
  "darkTheme": "Tema e errët",
  "themeHint": "Tema të çelëta dhe të errëta me kontrast të lartë për projektorin; zgjedhja ruhet në këtë shfletues.",
  "slidesHeading": "Diapozitivët",
  "slideCount_one": "{{count}} diapozitiv",
  "slideCount_other": "{{count}} diapozitivë",
  "start": "Fillo prezantimin",
  "keysHeading": "Tastet gjatë prezantimit",
  "keys": {
    "next": "Shigjeta djathtas, Hapësira ose Page Down: diapozitivi tjetër",
    "previous": "Shigjeta majtas ose Page Up: diapozitivi i mëparshëm",
    "ends": "Home ose End: diapozitivi i parë ose i fundit",
    "fullscreen": "F: ekran i plotë aktiv ose joaktiv",
    "escape": "Escape: dil nga ekrani i plotë, pastaj nga prezantimi"
  },
  "empty": {
    "title": "Ende nuk është zgjedhur asnjë diapozitiv",
    "body": "Zgjidhni grafikë me „Shto në prezantim“ në ekranet e panelit, ose filloni me historinë rajonale: përmbledhja, tabela e shtyllave, tendencat.",
    "use": "Përdor historinë rajonale"
  },
  "item": {
    "position": "Diapozitivi {{n}}",
    "moveUp": "Lart",
    "moveDown": "Poshtë",
    "remove": "Hiq",
    "moveUpLabel": "Lëviz „{{title}}“ lart",
    "moveDownLabel": "Lëviz „{{title}}“ poshtë",
    "removeLabel": "Hiq „{{title}}“ nga prezantimi",
    "showLabel": "Fillo prezantimin te diapozitivi {{n}}: {{title}}",
    "unavailable": "të dhënat nuk disponohen",
    "loading": "po ngarkohet…",
    "failed": "titulli nuk mund të ngarkohej"
  },
  "kind": {
    "overview": "Përmbledhje rajonale",
    "jurisdiction": "Juridiksioni",
    "pillar": "Shtylla",
    "indicator": "Treguesi"
  },
  "titles": {
    "overviewStatus": "Zotimet sipas statusit në çdo juridiksion",
    "overviewGrid": "Pjesa e përfunduar sipas juridiksionit dhe shtyllës",
    "overviewTrend": "Pjesa e përfunduar me kalimin e kohës",
    "jurisdictionPillars": "{{name}}: progresi sipas shtyllës",
    "pillarStatus": "{{name}}: zotimet sipas statusit",
    "notAvailable": "Diapozitivi nuk disponohet",
    "loading": "Po ngarkohet diapozitivi…",
    "jurisdictionIndicators": "{{name}}: treguesit"
  },
  "link": {
    "heading": "Ndani këtë prezantim",
    "intro": "Lidhja mbart diapozitivët, kështu që prezantimi hapet njësoj në laptopin e prezantimit.",
    "anchor": "Lidhja e këtij prezantimi",
    "copy": "Kopjo lidhjen e këtij prezantimi",
    "copied": "Lidhja u kopjua në kujtesën e fragmenteve.",
    "copyFailed": "Kopjimi nuk është i mundur këtu: hapni lidhjen më sipër ose kopjojeni nga menyja e saj e kontekstit."
  },
  "fromLink": {
    "saved": "Ky prezantim është ruajtur në këtë shfletues.",
    "unsaved": "Ky prezantim vjen nga një lidhje dhe nuk është ruajtur në këtë shfletues.",
    "save": "Ruaj këtë prezantim",
    "savedNow": "Prezantimi u ruajt në këtë shfletues.",
    "skipped_one": "{{count}} diapozitiv në lidhje u anashkalua sepse është i panjohur ose i keqformuar: {{entries}}.",
    "skipped_other": "{{count}} diapozitivë në lidhje u anashkaluan sepse janë të panjohur ose të keqformuar: {{entries}}.",
    "noneLeft": "Asnjë nga diapozitivët e lidhjes nuk mund të shfaqet.",
    "yourDeck": "Hap prezantimin e ruajtur në këtë shfletues"
  },
  "slide": {
    "counter": "{{n}} / {{total}}",
    "documentTitle": "Diapozitivi {{n}} nga {{total}}: {{title}}",
    "controls": "Kontrollet e diapozitivit",
    "previous": "I mëparshmi",
    "next": "Tjetri",
    "exit": "Dil",
    "fullscreen": "Ekran i plotë",
    "fullscreenUnavailable": "Ekrani i plotë nuk disponohet në këtë shfletues.",
    "badSlide": "Nuk ka diapozitiv „{{value}}“ në këtë prezantim; po shfaqet diapozitivi {{n}}.",
    "notAvailable": "Të dhënat e këtij diapozitivi nuk disponohen.",
    "notAvailableKey": "Diapozitivi: {{key}}",
    "source": "Burimi: {{source}}"
  }
} as const;
