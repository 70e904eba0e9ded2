/** Serbian Cyrillic strings (ekavian) of the overview screen; keys as in en/overview.ts (its charts' strings are in charts.ts). */
export const overview = {
  title: 'Регионални преглед',
  intro: 'Напредак шест јурисдикција у испуњавању обавеза из мапе пута на крају периода {{period}}.',
  headline: {
    label: 'Кључне бројке на крају периода {{period}}',
    completed: 'Завршено',
    overdue: 'Рок истекао',
    dueNext: 'Рок у наредних шест месеци',
    dueNextDetail: 'отворене, рок у периоду {{period}}',
    total: 'Обавезе',
  },
} as const;
