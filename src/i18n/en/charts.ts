/**
 * English strings of the chart models (src/domain/charts): titles, captions, takeaways, table and
 * CSV headers. Every view of a chart (screen, slide, download, embed) reads them through its model.
 */
export const charts = {
  jurisdiction: 'Jurisdiction',
  pillar: 'Pillar',
  completion: 'Completed share',
  total: 'Total',
  overdue: 'Overdue',
  code: 'Code',
  periodEnd: 'End of {{period}}',
  grid: {
    legend: 'Shading',
  },
  overviewStatus: {
    title: 'Commitments by status',
    caption: 'Commitments of each jurisdiction by reported status, with the share completed',
    tableCaption: 'Commitments by status, {{period}}',
    takeaway: '{{leader}} has completed the largest share of its commitments ({{share}}); {{laggard}} the smallest ({{lowShare}}).',
    takeawayLevel: 'All jurisdictions have completed the same share of their commitments ({{share}}).',
    takeawaySingle: '{{name}} has completed {{share}} of its commitments.',
    takeawayEmpty: 'No commitments have been reported yet.',
  },
} as const;
