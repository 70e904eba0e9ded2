/** bs: strings of "New since your last visit" and the commitments filters; keys as en/changes.ts. Draft awaiting review by a native speaker. */
export const changes = {
  newSince: {
    title: 'Novo od vaše posljednje posjete',
    intro_one: '{{count}} promjena od izdanja koje ste posljednje vidjeli ({{seen}}):',
    intro_few: '{{count}} promjene od izdanja koje ste posljednje vidjeli ({{seen}}):',
    intro_other: '{{count}} promjena od izdanja koje ste posljednje vidjeli ({{seen}}):',
    none: 'Ovdje se ništa nije promijenilo od izdanja koje ste posljednje vidjeli ({{seen}}).',
    dismiss: 'Zatvori: označi kao viđeno',
    more_one: 'i još {{count}}',
    more_few: 'i još {{count}}',
    more_other: 'i još {{count}}',
    status: '{{title}}: sada {{status}}',
    added: '{{title}}: uvršteno ({{status}})',
    deadline: '{{title}}: rok pomjeren na {{date}}',
    value: '{{title}}: vrijednost za {{year}}',
    newMark: 'Novo',
  },
  screen: {
    movedHeadline: 'Rokovi pomjereni u {{period}}',
    movedColumn: 'Rok pomjeren',
    movedTimes_one: 'Pomjeren jednom (bio {{original}})',
    movedTimes_few: 'Pomjeren {{count}} puta (bio {{original}})',
    movedTimes_other: 'Pomjeren {{count}} puta (bio {{original}})',
    movedOnly: 'Samo obaveze čiji je rok pomjeren',
    invalidMoved: '"{{value}}" nije dozvoljena vrijednost (samo 1); prikazane su sve obaveze.',
    ref: 'Referenca okvira',
    allRefs: 'Sve reference',
    invalidRef: '"{{value}}" nije referenca ove mape puta; prikazane su sve obaveze.',
    refShowing: 'Samo obaveze označene sa {{label}}: {{name}}.',
  }
} as const;
