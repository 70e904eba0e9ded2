/**
 * The prose of the API contract: what each component and field of src/api/schemas.ts means, for
 * the OpenAPI document (src/api/openapi.ts, `npm run openapi`). Kept beside the schemas rather than
 * in them so that the app, which validates every response with the schemas, does not download the
 * document's descriptions. Keyed by component id, then by field path (`source.name` is the field
 * `name` of the object in `source`; the empty path describes the component itself). openapi.ts
 * fails when a path names no field, so a renamed field cannot leave its description behind.
 */

const UNTRANSLATED = 'Fields of this object shown in English because no translation exists';
const REFS = "Framework references (codes of the roadmap's references)";

/** The fields of a commitment, in lists and in the detail record. */
const COMMITMENT: Readonly<Record<string, string>> = {
  institution: 'Responsible institution',
  deadline: 'Deadline in force at the end of the requested period',
  status: 'Status at the end of the requested period',
  lastUpdate: 'Last period (up to the requested one) in which the status changed',
  history: 'Status at the end of each period since the commitment was added, oldest first',
  untranslated: UNTRANSLATED,
  deadlineHistory: 'Original deadline and the revisions agreed up to the requested period',
  refs: REFS,
  evidenceCount: 'Evidence items dated by the end of the period (lists only)',
  evidenceDates: 'Dates of the evidence items, oldest first (lists only), so that a client can count them at an earlier period',
};

export const SCHEMA_DOCS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  JurisdictionCode: {
    '': 'AL Albania, BA Bosnia and Herzegovina, XK Kosovo*, ME Montenegro, MK North Macedonia, RS Serbia',
  },
  Pillar: {
    reference: 'FATF Immediate Outcome or ACIF goal the pillar maps to',
    untranslated: UNTRANSLATED,
  },
  StatusDefinition: {
    untranslated: UNTRANSLATED,
  },
  Scale: {
    untranslated: UNTRANSLATED,
  },
  Framework: {
    edition: 'Which text or methodology the codes refer to, e.g. the FATF 2013 methodology used in the MONEYVAL fifth round',
  },
  FrameworkRef: {
    framework: "Id of one of the roadmap's frameworks",
    label: 'Short label as published, e.g. R.24, IO.5, Chapter 23, Article 52, Goal 2',
    name: 'Name as published by the framework',
  },
  Roadmap: {
    asOf: 'Date the data was last compiled',
    periods: 'Reporting periods, oldest first; the last is the as-of period',
    dataStatus: 'illustrative: generated example data, not reported by any jurisdiction',
    untranslated: UNTRANSLATED,
    frameworks: 'Frameworks the crosswalk refers to',
    references: 'Vocabulary of framework references that commitments and indicators are tagged with (refs)',
  },
  Institution: {
    untranslated: UNTRANSLATED,
  },
  Jurisdiction: {
    designationFootnote: 'Footnote that must accompany the name wherever it appears (Kosovo*)',
    untranslated: UNTRANSLATED,
  },
  StatusEntry: {
    untranslated: UNTRANSLATED,
    reported: 'false when no update was reported for this period and the previous status carries over; absent or true: reported',
  },
  DeadlineRevision: {
    period: 'Reporting period in which the revision was agreed; it is in force from the end of that period',
    deadline: 'The new deadline',
  },
  DeadlineHistory: {
    original: 'Deadline when the commitment was added',
    revisions: 'Oldest first; empty when the deadline never moved',
  },
  Commitment: COMMITMENT,
  Evidence: {
    url: 'Only http and https addresses are shown as links',
    untranslated: UNTRANSLATED,
  },
  // The detail record is a commitment with all its evidence: the same fields.
  CommitmentDetail: COMMITMENT,
  Observation: {
    value: 'null when missing; never 0 for missing',
    untranslated: UNTRANSLATED,
  },
  IndicatorSeries: {
    observations: 'One per year, oldest first',
  },
  Indicator: {
    direction: 'Which way is better',
    untranslated: UNTRANSLATED,
    refs: REFS,
  },
  ProgressCell: {
    pillar: 'null for the jurisdiction as a whole',
    dueNext: 'Commitments open at the end of the period whose deadline falls within the following six months',
    completion: 'completed / (total - discontinued); null when nothing is due',
  },
  Progress: {
    trend: 'Completion per jurisdiction for every period up to the requested one',
  },
  ReleaseChange: {
    from: 'Status or value in the previous release; null when added',
  },
  Release: {
    builtAt: 'When the release was built (UTC)',
    kind: 'illustrative: the generated dataset; preview: a workbook served by the mock API before publishing; published: written by data:build',
    'source.name': 'File name of the workbook (or the generator)',
    'source.sha256': 'SHA-256 of the source file; null for generated data',
    locales: 'Locales with a copy of every payload under /api/v1/{locale}/ (those the data has translations for); English is always served',
    previous: 'The release this one replaced in the same output folder; null for the first',
    'changes.items': 'The changes, at most 500; see truncated',
  },
};
