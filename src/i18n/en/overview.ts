/** English strings of the overview screen. */
export const overview = {
  title: 'Regional overview',
  intro: 'Progress of the six jurisdictions against the roadmap’s commitments at the end of {{period}}.',
  statusTitle: 'Commitments by status',
  statusCaption: 'Commitments of each jurisdiction by reported status, with the share completed',
  takeawayLead: '{{leader}} has completed the largest share of its commitments ({{share}}); {{laggard}} the smallest ({{lowShare}}).',
  takeawayEmpty: 'No commitments have been reported yet.',
  jurisdiction: 'Jurisdiction',
  completion: 'Completed share',
  total: 'Total',
  overdue: 'Overdue',
  headline: {
    completed: 'Completed',
    overdue: 'Overdue',
    total: 'Commitments',
  },
} as const;
