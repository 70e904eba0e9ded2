/** English strings of the reporting completeness screen (/reporting). */
import type { ScopedKey } from '../scoped';
export const reporting = {
  title: 'Reporting completeness',
  intro:
    'Who has reported for a period: status updates for the commitments that should have one, evidence for the commitments completed, and indicator values for the last year that had ended when the period began. Missing reports are shown as missing, never as zero progress.',
  how: {
    title: 'How is this counted?',
    updates: 'Status updates: commitments with a status reported for the period, out of those added by then and not closed before it began.',
    evidence: 'Evidence: completed commitments with at least one evidence item, out of all commitments completed by the end of the period.',
    values: 'Values: indicator series with a value for {{year}}, out of the series that had started by then. Estimated and provisional values count as given and are listed separately.',
  },
  what: 'reporting figures',
  caption: 'Reporting completeness per jurisdiction, {{period}}',
  columns: {
    jurisdiction: 'Jurisdiction',
    updates: 'Status updates',
    evidence: 'Completed with evidence',
    values: 'Values for {{year}}',
    flagged: 'Estimated or provisional',
    details: 'Missing items',
  },
  ofDue: '{{done}} of {{due}} ({{share}})',
  nothingDue: 'Nothing due',
  noneOf: 'None of {{due}}',
  reportedNothing: 'Reported nothing for this period',
  showMissing: 'Show what is missing',
  showMissingFor: 'Show what is missing for {{name}}',
  noneMissing: 'Nothing missing',
  csv: 'Download CSV',
  csvNote: 'Shares are given items divided by items due; an empty share means nothing was due.',
  drill: {
    title: 'What is missing: {{name}}, {{period}}',
    back: 'All jurisdictions',
    reportedNothing: '{{name}} reported no status update for {{period}}: none of the {{count}} commitments that should have had one.',
    complete: '{{name}} reported everything that was due for {{period}}.',
    updates: 'Commitments without a status update for {{period}}',
    evidence: 'Completed commitments without evidence',
    values: 'Indicators without a value for {{year}}',
    flagged: 'Values for {{year}} marked estimated or provisional',
    none: 'None.',
    quality: {
      estimated: 'estimated',
      provisional: 'provisional',
    },
    count_one: '{{count}} item',
    count_other: '{{count}} items',
  },
  invalidJurisdiction: 'There is no jurisdiction “{{value}}”; showing all jurisdictions.',
  source: 'Source of the data: {{source}}',
  linkFromJurisdiction: 'Reporting completeness for {{name}}',
  summary: {
    title: 'Reporting for {{period}}',
    updates: 'Status updates',
    evidence: 'Completed with evidence',
    values: 'Values for {{year}}',
    flagged: 'Estimated or provisional',
    details: 'What is missing',
  },
} as const;

export type ReportingKey = ScopedKey<'reporting', typeof reporting>;
