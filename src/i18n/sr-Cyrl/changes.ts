/** sr-Cyrl: strings of "New since your last visit" and the commitments filters; keys as en/changes.ts. Draft awaiting review by a native speaker. */
export const changes = {
  newSince: {
    title: 'Ново од ваше последње посете',
    intro_one: '{{count}} промена од издања које сте последње видели ({{seen}}):',
    intro_few: '{{count}} промене од издања које сте последње видели ({{seen}}):',
    intro_other: '{{count}} промена од издања које сте последње видели ({{seen}}):',
    none: 'Овде се ништа није променило од издања које сте последње видели ({{seen}}).',
    dismiss: 'Затвори: означи као виђено',
    more_one: 'и још {{count}}',
    more_few: 'и још {{count}}',
    more_other: 'и још {{count}}',
    status: '{{title}}: сада {{status}}',
    added: '{{title}}: уврштено ({{status}})',
    deadline: '{{title}}: рок померен на {{date}}',
    value: '{{title}}: вредност за {{year}}',
    newMark: 'Ново',
  },
  screen: {
    movedHeadline: 'Рокови померени у {{period}}',
    movedColumn: 'Рок померен',
    movedTimes_one: 'Померен једном (био {{original}})',
    movedTimes_few: 'Померен {{count}} пута (био {{original}})',
    movedTimes_other: 'Померен {{count}} пута (био {{original}})',
    movedOnly: 'Само обавезе чији је рок померен',
    invalidMoved: '„{{value}}” није дозвољена вредност (само 1); приказане су све обавезе.',
    ref: 'Референца оквира',
    allRefs: 'Све референце',
    invalidRef: '„{{value}}” није референца ове мапе пута; приказане су све обавезе.',
    refShowing: 'Само обавезе означене са {{label}}: {{name}}.',
  }
} as const;
