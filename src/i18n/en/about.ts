/** English strings of the about screen. */
export const about = {
  title: 'About this dashboard',
  intro: 'Roadmap Monitor follows the progress of Albania, Bosnia and Herzegovina, Kosovo*, Montenegro, North Macedonia and Serbia against the Western Balkans illicit finance and anti-corruption roadmap.',
  dataStatus: 'Data status',
  illustrative: 'The data shown is illustrative: generated example data whose structure follows the roadmap. It is not reported by any jurisdiction.',
  official: 'The data shown is reported by the jurisdictions.',
  statuses: 'Status vocabulary',
  overdueTitle: 'When is a commitment overdue?',
  overdueRule: 'A commitment is overdue at the end of a period when its deadline falls on or before the last day of that period and it is neither completed nor discontinued.',
  completionTitle: 'How is completion computed?',
  completionRule: 'Completed share = completed commitments ÷ (all commitments − discontinued ones), counting the commitments on the roadmap at the end of the period. With no commitment counted, the share is shown as missing, never as 0%.',
  pillars: 'Pillars',
  sources: 'Sources',
  designation: 'Kosovo* designation',
  contract: 'The data comes from a JSON API whose contract is published as an OpenAPI document.',
} as const;
