/**
 * English strings of the Atom feeds (src/domain/feed.ts), which data:build writes and the mock API
 * serves; not loaded by the app. Statuses, names, units and reasons come from the API's payloads.
 */
export const feeds = {
  region: 'All jurisdictions',
  title: '{{roadmap}}: {{scope}}',
  subtitle: 'Status changes, moved deadlines and new values in each release of {{roadmap}}.',
  illustrative: 'Illustrative data: not reported by any jurisdiction.',
  footnote: '{{name}}: {{footnote}}',
  added: {
    title: '{{place}}: {{title}} added ({{status}})',
    summary: 'Commitment {{commitment}} was added to the roadmap in {{period}} with the status {{status}}.',
  },
  status: {
    title: '{{place}}: {{title}} is now {{status}}',
    summary: 'Commitment {{commitment}}: status at the end of {{period}} is {{status}} (it was {{from}}).',
  },
  deadline: {
    title: '{{place}}: deadline moved for {{title}}',
    summary: 'Commitment {{commitment}}: deadline moved from {{from}} to {{to}}, agreed in {{period}}. Reason: {{reason}}.',
  },
  value: {
    title: '{{place}}: {{title}}, {{year}}',
    summary: 'New value for {{year}}: {{value}} {{unit}}.',
    qualified: 'New value for {{year}}: {{value}} {{unit}} ({{quality}}).',
  },
  quality: {
    estimated: 'estimated',
    provisional: 'provisional',
    missing: 'missing',
  },
} as const;

type Strings<T> = { readonly [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

/** A locale's feed strings: the keys of this file, any text. */
export type FeedMessages = Strings<typeof feeds>;
