/** English strings of the framework crosswalk screen (/frameworks). */
import type { ScopedKey } from '../scoped';
export const frameworks = {
  title: 'Framework crosswalk',
  intro:
    'How the roadmap’s commitments and indicators map onto the obligations they are assessed against: FATF Recommendations and Immediate Outcomes, EU accession chapters, UNCAC articles and the ACIF Roadmap goals.',
  illustrative: 'The bundled data is illustrative, and so are its tags: plausible for each commitment’s pillar, not a claim about any jurisdiction’s plan.',
  what: 'the crosswalk',
  framework: 'Framework',
  allFrameworks: 'All frameworks',
  edition: 'Edition: {{edition}}',
  caption: 'Tagged commitments per reference and jurisdiction, {{period}}',
  columns: {
    reference: 'Reference',
    framework: 'Framework',
    total: 'All',
  },
  cell: '{{total}} ({{completed}} completed)',
  cellLabel: '{{name}}: {{total}} tagged, {{completed}} completed',
  none: 'None tagged',
  noVocabulary: 'The roadmap defines no framework references yet.',
  invalidRef: 'There is no reference “{{value}}” in the roadmap’s vocabulary; showing all references.',
  invalidFramework: 'There is no framework “{{value}}”; showing all frameworks.',
  ref: {
    title: '{{label}}: {{name}}',
    back: 'All references',
    commitmentsCaption: 'Commitments tagged {{label}}, {{period}}',
    indicators: 'Indicators tagged {{label}}',
    noCommitments: 'No commitment is tagged {{label}}.',
    noIndicators: 'No indicator is tagged {{label}}.',
    id: 'Commitment',
    titleColumn: 'Title',
    jurisdiction: 'Jurisdiction',
    status: 'Status',
    summary_one: '{{count}} commitment in {{jurisdictions}} jurisdictions is tagged {{label}}.',
    summary_other: '{{count}} commitments in {{jurisdictions}} jurisdictions are tagged {{label}}.',
  },
} as const;

export type FrameworksKey = ScopedKey<'frameworks', typeof frameworks>;
