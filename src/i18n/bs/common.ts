/** bs: draft translation awaiting review by a native speaker. */
export const common = {
  "app": {
    "name": "Monitor mape puta",
    "tagline": "Mapa puta za borbu protiv nezakonitih finansijskih tokova i korupcije na Zapadnom Balkanu",
    "skipToContent": "Preskoči na glavni sadržaj",
    "illustrative": "Ilustrativni podaci",
    "demo": "Ilustrativni demo podaci",
    "illustrativeDetail": "Prikazane brojke su generisani primjeri podataka, a ne podaci koje je dostavila neka jurisdikcija.",
    "mockApi": "Uključen simulirani API",
    "dataStatus": "Status podataka",
    "titleSuffix": "Monitor mape puta",
    "footer": "Podaci na dan {{asOf}} ({{period}}). Izvor: {{source}}",
    "language": "Jezik"
  },
  "release": {
    "footer": "Izdanje {{id}}, izrađeno {{date}} iz datoteke {{name}}.",
    "changes": "Od prethodnog izdanja – nova ažuriranja statusa: {{statusAdded}}, izmijenjena: {{statusChanged}}; nove vrijednosti: {{valuesAdded}}, revidirane: {{valuesRevised}}.",
    "first": "Ovo je prvo izdanje objavljeno ovdje.",
    "preview": "Probni prikaz datoteke {{name}}",
    "previewDetail": "vaša radna knjiga, koju simulirani API isporučuje prije objave."
  },
  "nav": {
    "label": "Glavna navigacija",
    "overview": "Pregled",
    "jurisdictions": "Jurisdikcije",
    "names": {
      "AL": "Albanija",
      "BA": "Bosna i Hercegovina",
      "XK": "Kosovo*",
      "ME": "Crna Gora",
      "MK": "Sjeverna Makedonija",
      "RS": "Srbija"
    },
    "present": "Prezentacija",
    "about": "O aplikaciji",
    "reporting": "Izvještavanje",
    "frameworks": "Okviri"
  },
  "period": {
    "label": "Period",
    "asOf": "Na dan {{date}}",
    "latest": "{{period}} (najnoviji)",
    "invalid": "„{{value}}“ nije izvještajni period mape puta; umjesto toga prikazuje se {{period}}."
  },
  "status": {
    "not_started": "Nije započeto",
    "in_progress": "U toku",
    "completed": "Završeno",
    "discontinued": "Obustavljeno",
    "overdue": "Rok istekao"
  },
  "state": {
    "loading": "Učitavanje: {{what}}…",
    "retry": "Pokušajte ponovo",
    "retrying": "Ponovni pokušaj…",
    "details": "Tehnički detalji",
    "stale": "Prikazuju se podaci od prije {{age}}: posljednje osvježavanje nije uspjelo.",
    "age": {
      "second_one": "{{count}} sekunda",
      "second_few": "{{count}} sekunde",
      "second_other": "{{count}} sekundi",
      "minute_one": "{{count}} minuta",
      "minute_few": "{{count}} minute",
      "minute_other": "{{count}} minuta",
      "hour_one": "{{count}} sat",
      "hour_few": "{{count}} sata",
      "hour_other": "{{count}} sati"
    },
    "errorTitle": "Nije moguće učitati: {{what}}",
    "http": "Server je odgovorio greškom ({{status}} {{title}}).",
    "httpNotFound": "Server ne poznaje ovaj resurs.",
    "httpUnavailable": "Usluga je privremeno nedostupna.",
    "retryAfter": "Preporučuje se novi pokušaj za {{seconds}} s.",
    "network": "Nije moguće uspostaviti vezu s uslugom podataka. Provjerite vezu, a zatim pokušajte ponovo.",
    "timeout": "Usluga podataka nije odgovorila u roku od {{seconds}} s.",
    "contract": "Primljeni podaci ne odgovaraju onome što aplikacija očekuje, pa se ne prikazuju.",
    "contractWhere": "Krajnja tačka {{endpoint}}, polje {{path}}: {{message}}",
    "unknown": "Došlo je do greške pri prikazu ovog dijela.",
    "sectionCrashed": "Ovaj dio nije moguće prikazati."
  },
  "what": {
    "roadmap": "mapa puta",
    "jurisdictions": "jurisdikcije",
    "jurisdiction": "jurisdikcija",
    "progress": "podaci o napretku",
    "commitments": "obaveze",
    "indicators": "indikatori"
  },
  "chart": {
    "chart": "Grafikon",
    "table": "Tabela",
    "viewLabel": "Prikaz „{{title}}“ kao",
    "downloadCsv": "Preuzmi CSV",
    "downloadPng": "Preuzmi PNG",
    "downloadSvg": "Preuzmi SVG",
    "exportUnavailable": "Grafikon se još iscrtava; pokušajte preuzeti sliku ponovo za trenutak.",
    "addToPresentation": "Dodaj u prezentaciju",
    "inPresentation": "U prezentaciji ✓",
    "period": "Period: {{period}}",
    "source": "Izvor: {{source}}",
    "noData": "Nema podataka za ovaj period.",
    "embed": "Ugradi",
    "embedLabel": "Ugradi „{{title}}“ na drugu web-stranicu",
    "embedCode": "HTML kod za umetanje u stranicu",
    "embedCopy": "Kopiraj kod",
    "embedCopied": "Kopirano.",
    "embedLink": "Otvori prikaz za ugradnju"
  },
  "tester": {
    "label": "Panel za testiranje",
    "summary": "Scenarij simuliranog API-ja:",
    "scenario": "Scenarij"
  },
  "storage": {
    "deckAdded": "Dodano samo za ovu posjetu: ovaj preglednik ne dozvoljava aplikaciji da to zapamti.",
    "deckRemoved": "Uklonjeno samo za ovu posjetu: ovaj preglednik ne dozvoljava aplikaciji da zapamti prezentaciju.",
    "deckChanged": "Izmijenjeno samo za ovu posjetu: ovaj preglednik ne dozvoljava aplikaciji da zapamti prezentaciju.",
    "theme": "Tema je odabrana samo za ovu posjetu: ovaj preglednik ne dozvoljava aplikaciji da je zapamti.",
    "scenario": "Scenarij ostaje do ponovnog učitavanja stranice: ovaj preglednik ne dozvoljava panelu za testiranje da ga zapamti za ovu karticu."
  },
  "table": {
    "empty": "Nijedan red ne odgovara.",
    "loading": "Učitavanje tabele…",
    "pages": "Stranice tabele",
    "previous": "Prethodna stranica",
    "next": "Sljedeća stranica",
    "showing": "Redovi {{first}}–{{last}} od {{total}}",
    "sortInvalid": "Tabelu nije moguće sortirati po „{{value}}“; prikazuje se uobičajenim redoslijedom."
  },
  "embed": {
    "title": "Grafikon",
    "what": "grafikon",
    "fullView": "Puni prikaz u aplikaciji {{name}}"
  },
  "notFound": {
    "title": "Stranica nije pronađena",
    "body": "Na adresi {{path}} ne postoji stranica.",
    "back": "Idi na regionalni pregled",
    "resource": "Nije pronađeno",
    "badPillarId": "„{{id}}“ nije identifikator stuba: identifikatori sadrže mala slova, cifre i crtice.",
    "badIndicatorId": "„{{id}}“ nije identifikator indikatora: identifikatori sadrže mala slova, cifre i crtice.",
    "badCommitmentId": "„{{id}}“ nije identifikator obaveze. Identifikatori obaveza izgledaju kao AL-2-03: kod jurisdikcije, broj stuba, broj obaveze."
  },
  "error": {
    "title": "Došlo je do greške",
    "body": "Aplikacija je naišla na neočekivan problem. Vaša adresa je sačuvana, pa možete ponovo učitati stranicu ili se vratiti na pregled.",
    "reload": "Ponovo učitaj stranicu"
  },
  "indicatorCategory": {
    "target_achieved": "Cilj ostvaren",
    "on_track": "Na dobrom putu",
    "acceleration_needed": "Postignut napredak, potrebno ubrzanje",
    "limited_progress": "Ograničen napredak",
    "deterioration": "Pogoršanje",
    "not_available": "Nije dostupno"
  }
} as const;
