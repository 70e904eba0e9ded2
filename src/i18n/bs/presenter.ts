/** bs: draft translation awaiting review by a native speaker. */
export const presenter = {
  "title": "Prezentacija",
  "intro": "Prikažite grafikone aplikacije na sastanku: jedan grafikon po slajdu, slovima dovoljno velikim da se čitaju i sa kraja sale. Dodajte grafikone opcijom „Dodaj u prezentaciju“ ispod bilo kojeg grafikona, ovdje ih rasporedite, a zatim pokrenite prezentaciju.",
  "illustrative": "Ilustrativni podaci",
  "illustrativeDetail": "Brojke su generisani primjeri podataka, a ne podaci koje je dostavila neka jurisdikcija.",
  "back": "Nazad na aplikaciju",
  "darkTheme": "Tamna tema",
  "themeHint": "Svijetla i tamna tema visokog kontrasta za projektor; izbor se pamti u ovom pregledniku.",
  "slidesHeading": "Slajdovi",
  "slideCount_one": "{{count}} slajd",
  "slideCount_few": "{{count}} slajda",
  "slideCount_other": "{{count}} slajdova",
  "start": "Pokreni prezentaciju",
  "keysHeading": "Tipke tokom prezentacije",
  "keys": {
    "next": "Strelica desno, razmaknica ili Page Down: sljedeći slajd",
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
    "intro": "Poveznica sadrži slajdove, pa se prezentacija na prijenosnom računaru za prezentovanje otvara jednako.",
    "anchor": "Poveznica na ovu prezentaciju",
    "copy": "Kopiraj poveznicu na ovu prezentaciju",
    "copied": "Poveznica je kopirana u međuspremnik.",
    "copyFailed": "Kopiranje ovdje nije dostupno: otvorite gornju poveznicu ili je kopirajte iz njenog kontekstnog menija."
  },
  "fromLink": {
    "saved": "Ova prezentacija je sačuvana u ovom pregledniku.",
    "unsaved": "Ova prezentacija dolazi iz poveznice i nije sačuvana u ovom pregledniku.",
    "save": "Sačuvaj ovu prezentaciju",
    "savedNow": "Prezentacija je sačuvana u ovom pregledniku.",
    "skipped_one": "{{count}} slajd iz poveznice je preskočen jer je nepoznat ili neispravan: {{entries}}.",
    "skipped_few": "{{count}} slajda iz poveznice su preskočena jer su nepoznata ili neispravna: {{entries}}.",
    "skipped_other": "{{count}} slajdova iz poveznice je preskočeno jer su nepoznati ili neispravni: {{entries}}.",
    "noneLeft": "Nijedan slajd iz poveznice nije moguće prikazati.",
    "yourDeck": "Otvori prezentaciju sačuvanu u ovom pregledniku"
  },
  "slide": {
    "counter": "{{n}} / {{total}}",
    "documentTitle": "Slajd {{n}} od {{total}}: {{title}}",
    "controls": "Upravljanje slajdovima",
    "previous": "Prethodni",
    "next": "Sljedeći",
    "exit": "Izlaz",
    "fullscreen": "Cijeli ekran",
    "fullscreenUnavailable": "Prikaz preko cijelog ekrana nije dostupan u ovom pregledniku.",
    "badSlide": "U ovoj prezentaciji nema slajda „{{value}}“; prikazuje se slajd {{n}}.",
    "notAvailable": "Podaci za ovaj slajd nisu dostupni.",
    "notAvailableKey": "Slajd: {{key}}",
    "source": "Izvor: {{source}}"
  }
} as const;
