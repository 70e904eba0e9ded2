/** English strings of the overview screen (its charts' strings are in charts.ts). */
export const overview = {
  title: 'Regional overview',
  intro: 'Progress of the six jurisdictions against the roadmap’s commitments at the end of {{period}}.',
  headline: {
    label: 'Headline figures at the end of {{period}}',
    completed: 'Completed',
    overdue: 'Overdue',
    dueNext: 'Due in the next six months',
    dueNextDetail: 'open, deadline in {{period}}',
    total: 'Commitments',
  },
} as const;
