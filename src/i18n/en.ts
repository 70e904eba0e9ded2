/**
 * English catalogue. Every string a user sees comes from here: shared strings below, each
 * screen's strings in en/<screen>.ts.
 */
import { about } from './en/about';
import { commitment } from './en/commitment';
import { indicator } from './en/indicator';
import { jurisdiction } from './en/jurisdiction';
import { overview } from './en/overview';
import { pillar } from './en/pillar';
import { presenter } from './en/presenter';

export const en = {
  app: {
    name: 'Roadmap Monitor',
    tagline: 'Western Balkans illicit finance and anti-corruption roadmap',
    skipToContent: 'Skip to main content',
    illustrative: 'Illustrative data',
    demo: 'Illustrative demo data',
    illustrativeDetail: 'The figures shown are generated example data, not reported by any jurisdiction.',
    mockApi: 'Mock API on',
    dataStatus: 'Data status',
    titleSuffix: 'Roadmap Monitor',
    footer: 'Data as of {{asOf}} ({{period}}). Source: {{source}}',
  },
  nav: {
    label: 'Main',
    overview: 'Overview',
    jurisdictions: 'Jurisdictions',
    /** Navigation labels for the six codes of the contract; page content uses the API's names. */
    names: {
      AL: 'Albania',
      BA: 'Bosnia and Herzegovina',
      XK: 'Kosovo*',
      ME: 'Montenegro',
      MK: 'North Macedonia',
      RS: 'Serbia',
    },
    about: 'About',
  },
  period: {
    label: 'Period',
    asOf: 'As of {{date}}',
    latest: '{{period}} (latest)',
    invalid: 'The period “{{value}}” is not a reporting period of the roadmap; showing {{period}} instead.',
  },
  status: {
    not_started: 'Not started',
    in_progress: 'In progress',
    completed: 'Completed',
    discontinued: 'Discontinued',
    overdue: 'Overdue',
  },
  state: {
    loading: 'Loading {{what}}…',
    retry: 'Try again',
    retrying: 'Trying again…',
    details: 'Technical details',
    stale: 'Showing data from {{age}} ago: the latest refresh failed.',
    errorTitle: 'Could not load {{what}}',
    http: 'The server answered with an error ({{status}} {{title}}).',
    httpNotFound: 'The server does not know this resource.',
    httpUnavailable: 'The service is temporarily unavailable.',
    retryAfter: 'It suggests trying again in {{seconds}} seconds.',
    network: 'The data service could not be reached. Check your connection, then try again.',
    timeout: 'The data service did not answer within {{seconds}} seconds.',
    contract: 'The data received does not match what the dashboard expects, so it is not shown.',
    contractWhere: 'Endpoint {{endpoint}}, field {{path}}: {{message}}',
    unknown: 'Something went wrong while showing this section.',
    sectionCrashed: 'This section could not be displayed.',
  },
  what: {
    roadmap: 'the roadmap',
    jurisdictions: 'the jurisdictions',
    jurisdiction: 'the jurisdiction',
    progress: 'progress figures',
    commitments: 'commitments',
    indicators: 'indicators',
  },
  chart: {
    chart: 'Chart',
    table: 'Table',
    viewLabel: 'Show {{title}} as',
    downloadCsv: 'Download CSV',
    downloadPng: 'Download PNG',
    downloadSvg: 'Download SVG',
    exportUnavailable: 'The chart is still being drawn; try the image download again in a moment.',
    addToPresentation: 'Add to presentation',
    inPresentation: 'In presentation ✓',
    period: 'Period: {{period}}',
    source: 'Source: {{source}}',
    noData: 'No data for this period.',
  },
  tester: {
    label: 'Tester panel',
    summary: 'Mock API scenario:',
    scenario: 'Scenario',
  },
  table: {
    empty: 'No rows match.',
    loading: 'Loading the table…',
    pages: 'Table pages',
    previous: 'Previous page',
    next: 'Next page',
    showing: 'Rows {{first}}–{{last}} of {{total}}',
  },
  notFound: {
    title: 'Page not found',
    body: 'There is no page at {{path}}.',
    back: 'Go to the regional overview',
    resource: 'Not found',
  },
  error: {
    title: 'Something went wrong',
    body: 'The dashboard hit an unexpected problem. Your address is kept, so you can reload or go back to the overview.',
    reload: 'Reload the page',
  },
  overview,
  jurisdiction,
  pillar,
  indicator,
  commitment,
  about,
  presenter,
} as const;

export type Catalogue = typeof en;
