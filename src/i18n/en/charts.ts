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
  overviewGrid: {
    title: 'Completed share by pillar',
    caption: 'Completed share of each jurisdiction’s commitments in each pillar (completed ÷ all but discontinued); darker shading means a larger share',
    tableCaption: 'Completed share by jurisdiction and pillar, {{period}}',
    takeaway: 'Across the region, {{leader}} is furthest ahead ({{share}} completed) and {{laggard}} furthest behind ({{lowShare}}).',
    takeawayLevel: 'Every pillar has the same completed share across the region ({{share}}).',
    takeawaySingle: 'Only {{name}} has commitments due so far: {{share}} completed across the region.',
    takeawayEmpty: 'No commitment is due yet in any pillar.',
    legendStep: '{{from}}–{{to}}',
    nothingDue: '— nothing due',
    unitNote: 'Unit: per cent of commitments completed, discontinued ones left out (completed ÷ (all − discontinued)).',
    missingNote: 'An empty cell means nothing is due: no commitment counted in that pillar.',
  },
  overviewTrend: {
    title: 'Completed share over time',
    caption: 'Completed share of each jurisdiction’s commitments at the end of each reporting period',
    tableCaption: 'Completed share by period and jurisdiction, {{from}} to {{to}}',
    takeawayGain: '{{name}}’s completed share rose the most: from {{from}} in {{start}} to {{to}} in {{end}}.',
    takeawayLevel_one: 'Every jurisdiction’s completed share rose by the same {{points}} percentage point between {{start}} and {{end}}.',
    takeawayLevel_other: 'Every jurisdiction’s completed share rose by the same {{points}} percentage points between {{start}} and {{end}}.',
    takeawayNoGain: 'No jurisdiction’s completed share rose between {{start}} and {{end}}.',
    takeawaySingle: 'Only one reporting period so far: {{period}}.',
    takeawayEmpty: 'No completed shares have been reported yet.',
    period: 'Period',
    periods: '{{from}} to {{to}}',
    unitNote: 'Unit: per cent of commitments completed, discontinued ones left out.',
  },
} as const;
