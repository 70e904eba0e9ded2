/** Bosnian strings of the overview screen; keys as in en/overview.ts (its charts' strings are in charts.ts). */
export const overview = {
  title: 'Regionalni pregled',
  intro: 'Napredak šest jurisdikcija u ispunjavanju obaveza iz mape puta na kraju perioda {{period}}.',
  headline: {
    label: 'Ključne brojke na kraju perioda {{period}}',
    completed: 'Završeno',
    overdue: 'Rok istekao',
    dueNext: 'Rok u narednih šest mjeseci',
    dueNextDetail: 'otvorene, rok u periodu {{period}}',
    total: 'Obaveze',
  },
} as const;
