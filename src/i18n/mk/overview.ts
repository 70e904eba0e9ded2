/** Macedonian (mk) strings of the overview screen; keys as en/overview.ts. Draft awaiting review by a native speaker. */
export const overview = {
  title: 'Регионален преглед',
  intro: 'Напредокот на шесте јурисдикции во исполнувањето на обврските од патоказот на крајот на {{period}}.',
  headline: {
    label: 'Клучни бројки на крајот на {{period}}',
    completed: 'Завршени',
    overdue: 'Со истечен рок',
    dueNext: 'Со рок во следните шест месеци',
    dueNextDetail: 'отворени, со рок во {{period}}',
    total: 'Обврски',
  },
} as const;
