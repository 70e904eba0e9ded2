/** cnr: draft translation awaiting review by a native speaker. */
export const presenter = {
  "title": "Prezentacija",
  "intro": "Prikažite grafikone aplikacije na sastanku: jedan grafikon po slajdu, slovima dovoljno velikim da se čitaju i sa kraja sale. Dodajte grafikone opcijom „Dodaj u prezentaciju“ ispod bilo kojeg grafikona, ovdje ih rasporedite, a zatim pokrenite prezentaciju.",
  "illustrative": "Ilustrativni podaci",
  "illustrativeDetail": "Brojke su generisani primjeri podataka, a ne podaci koje je dostavila neka jurisdikcija.",
  "back": "Nazad na aplikaciju",
  "darkTheme": "Tamna tema",
  "themeHint": "Svijetla i tamna tema visokog kontrasta za projektor; izbor se pamti u ovom pregledaču.",
  "slidesHeading": "Slajdovi",
  "slideCount_one": "{{count}} slajd",
  "slideCount_few": "{{count}} slajda",
  "slideCount_other": "{{count}} slajdova",
  "start": "Pokreni prezentaciju",
  "keysHeading": "Tasteri tokom prezentacije",
  "keys": {
    "next": "Strelica desno, razmak ili Page Down: sljedeći slajd",
    "previous": "Strelica lijevo ili Page Up: prethodni slajd",
    "ends": "Home ili End: prvi ili posljednji slajd",
    "fullscreen": "F: uključivanje ili isključivanje prikaza preko cijelog ekrana",
    "escape": "Escape: izlaz iz prikaza preko cijelog ekrana, zatim izlaz iz prezentacije"
  },
  "empty": {
    "title": "Još nisu odabrani slajdovi",
    "body": "Odaberite grafikone opcijom „Dodaj u prezentaciju“ na ekranima aplikacije ili počnite s regionalnim pregledom: pregled, tabela stubova, trendovi.",
    "use": "Koristi regionalni pregled"
  },
  "item": {
    "position": "Slajd {{n}}",
    "moveUp": "Gore",
    "moveDown": "Dolje",
    "remove": "Ukloni",
    "moveUpLabel": "Pomjeri „{{title}}“ gore",
    "moveDownLabel": "Pomjeri „{{title}}“ dolje",
    "removeLabel": "Ukloni „{{title}}“ iz prezentacije",
    "showLabel": "Pokreni prezentaciju od slajda {{n}}: {{title}}",
    "unavailable": "podaci nisu dostupni",
    "loading": "učitavanje…",
    "failed": "naslov nije bilo moguće učitati"
  },
  "kind": {
    "overview": "Regionalni pregled",
    "jurisdiction": "Jurisdikcija",
    "pillar": "Stub",
    "indicator": "Indikator"
  },
  "titles": {
    "overviewStatus": "Obaveze po statusu u svakoj jurisdikciji",
    "overviewGrid": "Udio završenih po jurisdikciji i stubu",
    "overviewTrend": "Udio završenih kroz vrijeme",
    "jurisdictionPillars": "{{name}}: napredak po stubovima",
    "pillarStatus": "{{name}}: obaveze po statusu",
    "notAvailable": "Slajd nije dostupan",
    "loading": "Učitavanje slajda…",
    "jurisdictionIndicators": "{{name}}: pokazatelji"
  },
  "link": {
    "heading": "Podijelite ovu prezentaciju",
    "intro": "Link sadrži slajdove, pa se prezentacija na laptopu za prezentaciju otvara jednako.",
    "anchor": "Link do ove prezentacije",
    "copy": "Kopiraj link do ove prezentacije",
    "copied": "Link je kopiran u privremenu memoriju.",
    "copyFailed": "Kopiranje ovdje nije dostupno: otvorite gornji link ili ga kopirajte iz njegovog kontekstnog menija."
  },
  "fromLink": {
    "saved": "Ova prezentacija je sačuvana u ovom pregledaču.",
    "unsaved": "Ova prezentacija dolazi iz linka i nije sačuvana u ovom pregledaču.",
    "save": "Sačuvaj ovu prezentaciju",
    "savedNow": "Prezentacija je sačuvana u ovom pregledaču.",
    "skipped_one": "{{count}} slajd iz linka je preskočen jer je nepoznat ili neispravan: {{entries}}.",
    "skipped_few": "{{count}} slajda iz linka su preskočena jer su nepoznata ili neispravna: {{entries}}.",
    "skipped_other": "{{count}} slajdova iz linka je preskočeno jer su nepoznati ili neispravni: {{entries}}.",
    "noneLeft": "Nijedan slajd iz linka nije moguće prikazati.",
    "yourDeck": "Otvori prezentaciju sačuvanu u ovom pregledaču"
  },
  "slide": {
    "counter": "{{n}} / {{total}}",
    "documentTitle": "Slajd {{n}} od {{total}}: {{title}}",
    "controls": "Upravljanje slajdovima",
    "previous": "Prethodni",
    "next": "Sljedeći",
    "exit": "Izlaz",
    "fullscreen": "Cijeli ekran",
    "fullscreenUnavailable": "Prikaz preko cijelog ekrana nije dostupan u ovom pregledaču.",
    "badSlide": "U ovoj prezentaciji nema slajda „{{value}}“; prikazuje se slajd {{n}}.",
    "notAvailable": "Podaci za ovaj slajd nisu dostupni.",
    "notAvailableKey": "Slajd: {{key}}",
    "source": "Izvor: {{source}}"
  }
} as const;
