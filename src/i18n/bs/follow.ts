/** Bosnian strings of the Follow control and "New since your last visit"; keys as in en/follow.ts. */
export const follow = {
  button: 'Prati',
  title: 'Pratite promjene: {{name}}',
  intro: 'Ovaj izvor navodi promjene statusa, pomjerene rokove i nove vrijednosti u svakom izdanju. Nalog nije potreban.',
  address: 'Adresa izvora',
  copy: 'Kopiraj adresu',
  copied: 'Adresa je kopirana.',
  copyFailed: 'Kopiranje nije uspjelo; označite adresu i kopirajte je.',
  open: 'Otvori izvor',
  englishOnly: 'Ovaj izvor je na engleskom: objavljeni podaci nisu prevedeni na ovaj jezik.',
  howTitle: 'Kako ga dodati u program za poštu',
  how: {
    thunderbird: 'Thunderbird: Postavke računa, Radnje računa, Novi račun za izvore; zatim Upravljanje pretplatama i zalijepite adresu.',
    outlook: 'Outlook za Windows: desni klik na RSS pretplate (ili RSS izvore), Dodaj novi RSS izvor i zalijepite adresu.',
    other: 'Bilo koji drugi čitač izvora: dodajte novi izvor ili pretplatu i zalijepite adresu.',
  },
  close: 'Zatvori',
  region: 'sve jurisdikcije'
} as const;
