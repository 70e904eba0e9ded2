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
  pillarStatus: {
    title: 'Commitments by status in each jurisdiction',
    caption: '{{pillar}}: commitments of each jurisdiction by reported status, with the share completed',
    tableCaption: 'Commitments by status in each jurisdiction, {{pillar}}, {{period}}',
    takeaway: '{{leader}} has completed the largest share of its commitments in this pillar ({{share}}); {{laggard}} the smallest ({{lowShare}}).',
    takeawayLevel: 'Every jurisdiction with commitments in this pillar has completed the same share of them ({{share}}).',
    takeawaySingle: '{{name}} is the only jurisdiction with commitments counted in this pillar; it has completed {{share}} of them.',
    takeawayEmpty: 'No jurisdiction has commitments counted in this pillar in this period.',
    pillarNote: 'Pillar: {{number}}. {{name}} ({{reference}})',
  },
  jurisdictionPillars: {
    title: 'Progress by pillar',
    caption: 'Share of the commitments of {{name}} in each pillar that are completed (discontinued commitments are not counted)',
    tableCaption: 'Progress by pillar, {{name}}, {{period}}',
    valueLabel: '{{share}} ({{completed}} of {{counted}})',
    completed: 'Completed',
    counted: 'Counted (not discontinued)',
    takeaway: '{{leader}} has the highest completed share ({{share}}); {{laggard}} the lowest ({{lowShare}}).',
    takeawayLevel: 'Every pillar with commitments has the same completed share ({{share}}).',
    takeawaySingle: '{{name}} is the only pillar with commitments counted; its completed share is {{share}}.',
    takeawayEmpty: 'No commitments are counted at the end of {{period}}.',
  },
} as const;
