/**
 * The API contract. Every payload under /api/v1 is defined here once; the TypeScript types are
 * inferred from these schemas, the client validates every response with them, the mock API builds
 * responses that they validate, and the OpenAPI document is generated from them. Kept in one file:
 * the contract is read as one document, in the order of the OpenAPI components.
 */
import * as v from 'valibot';

// valibot is modular: the app's bundle carries only the checks used here. It generates no code at
// run time (the app's Content-Security-Policy forbids eval) and has English messages of its own.
// Objects strip keys they do not know, as the contract always has: a newer backend may add fields.

const components: Record<string, v.GenericSchema> = {};

/**
 * Names `schema` as the component `id` of the OpenAPI document (src/api/openapi.ts); its
 * descriptions and examples are the schema's own `v.description` and `v.metadata` actions.
 */
function component<T extends v.GenericSchema>(id: string, schema: T): T {
  if (id in components) throw new Error(`The component ${id} is named twice`);
  components[id] = schema;
  return schema;
}

/** The named components of the OpenAPI document by id, in the order they are defined here. */
export function namedComponents(): Readonly<Record<string, v.GenericSchema>> {
  return { ...components };
}

/**
 * A field whose value is a named component, with a description of the field's own: the lazy
 * schema is how the OpenAPI document refers to the component ($ref) instead of copying it.
 */
function described<T extends v.GenericSchema>(schema: T, description: string) {
  return v.pipe(
    v.lazy(() => schema),
    v.description(description),
  );
}

/** A calendar date YYYY-MM-DD that exists (leap years included), as zod's `z.iso.date()` checked it. */
const CALENDAR_DATE =
  '(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))';
/** A UTC date and time with seconds, optional fractions and "Z", as zod's `z.iso.datetime()` checked it. */
const UTC_DATE_TIME = `^${CALENDAR_DATE}T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z))$`;
const SLUG = /^[a-z0-9-]+$/;

/** A half-yearly reporting period, e.g. "2026-H1" (January-June) or "2025-H2" (July-December). */
export const PeriodSchema = component(
  'Period',
  v.pipe(v.string(), v.regex(/^\d{4}-H[12]$/, 'Expected a reporting period such as 2026-H1'), v.metadata({ example: '2026-H1' })),
);
export type Period = v.InferOutput<typeof PeriodSchema>;

/** Calendar date, ISO 8601 (YYYY-MM-DD). */
export const IsoDateSchema = component(
  'IsoDate',
  v.pipe(v.string(), v.regex(new RegExp(`^${CALENDAR_DATE}$`), 'Invalid ISO date'), v.metadata({ format: 'date', example: '2026-06-30' })),
);

/** A UTC timestamp, ISO 8601 (e.g. 2026-07-31T12:00:00Z). */
const dateTime = () => v.pipe(v.string(), v.regex(new RegExp(UTC_DATE_TIME), 'Invalid ISO datetime'), v.metadata({ format: 'date-time' }));

export const JURISDICTION_CODES = ['AL', 'BA', 'XK', 'ME', 'MK', 'RS'] as const;
export const JurisdictionCodeSchema = component(
  'JurisdictionCode',
  v.pipe(
    v.picklist(JURISDICTION_CODES),
    v.description('AL Albania, BA Bosnia and Herzegovina, XK Kosovo*, ME Montenegro, MK North Macedonia, RS Serbia'),
  ),
);
export type JurisdictionCode = v.InferOutput<typeof JurisdictionCodeSchema>;

/** Status of a commitment as reported at the end of a period. */
export const STATUS_CODES = ['not_started', 'in_progress', 'completed', 'discontinued'] as const;
export const StatusCodeSchema = component('StatusCode', v.picklist(STATUS_CODES));
export type StatusCode = v.InferOutput<typeof StatusCodeSchema>;

/** Quality of a reported value; a missing value is never zero. */
export const QUALITY_CODES = ['reported', 'estimated', 'provisional', 'missing'] as const;
export const QualitySchema = component('Quality', v.picklist(QUALITY_CODES));
export type Quality = v.InferOutput<typeof QualitySchema>;

const PillarIdSchema = component(
  'PillarId',
  v.pipe(v.string(), v.regex(SLUG, 'Expected a lower-case slug'), v.metadata({ example: 'financial-intelligence' })),
);

/** Locales of the region, besides English: each payload has a copy under /api/v1/{locale}/. */
export const LOCALES = ['sq', 'bs', 'cnr', 'mk', 'sr-Cyrl', 'sr-Latn'] as const;
export type Locale = (typeof LOCALES)[number];
/** English (the default, at /api/v1/...) or one of LOCALES. */
export type ApiLocale = Locale | 'en';

/**
 * On objects with translatable text, in a localized payload: the names of the fields that fell back
 * to English (so that a view can mark them lang="en"). Absent in English payloads.
 */
const untranslated = () =>
  v.optional(v.pipe(v.array(v.string()), v.description('Fields of this object shown in English because no translation exists')));

/** A non-empty string. */
const nonEmpty = () => v.pipe(v.string(), v.minLength(1));
/** A finite number (JSON has no other; a payload built in code could hold Infinity or NaN). */
const num = () => v.pipe(v.number(), v.finite());
/** An integer: a safe one, as JSON numbers are doubles. */
const integer = () => v.pipe(v.number(), v.safeInteger());
/** A count. */
const count = () => v.pipe(v.number(), v.safeInteger(), v.minValue(0));
/** A share between 0 and 1, or null. */
const share = () => v.nullable(v.pipe(v.number(), v.minValue(0), v.maxValue(1)));

export const PillarSchema = component(
  'Pillar',
  v.object({
    id: PillarIdSchema,
    number: v.pipe(v.number(), v.safeInteger(), v.gtValue(0)),
    name: nonEmpty(),
    shortName: nonEmpty(),
    description: v.string(),
    reference: v.pipe(v.string(), v.description('FATF Immediate Outcome or ACIF goal the pillar maps to')),
    untranslated: untranslated(),
  }),
);
export type Pillar = v.InferOutput<typeof PillarSchema>;

export const StatusDefinitionSchema = component(
  'StatusDefinition',
  v.object({
    code: StatusCodeSchema,
    label: nonEmpty(),
    description: v.string(),
    untranslated: untranslated(),
  }),
);
export type StatusDefinition = v.InferOutput<typeof StatusDefinitionSchema>;

export const ScaleSchema = component(
  'Scale',
  v.object({
    id: nonEmpty(),
    name: nonEmpty(),
    source: v.string(),
    levels: v.pipe(v.array(nonEmpty()), v.minLength(1)),
    untranslated: untranslated(),
  }),
);
export type Scale = v.InferOutput<typeof ScaleSchema>;

/** Code of a framework reference, e.g. FATF-R24, FATF-IO5, EU-23, UNCAC-52, ACIF-2. */
export const RefCodeSchema = component(
  'RefCode',
  v.pipe(v.string(), v.regex(/^[A-Z]+-[A-Z0-9]+$/, 'Expected a reference code such as FATF-R24'), v.metadata({ example: 'FATF-R24' })),
);

export const FrameworkSchema = component(
  'Framework',
  v.object({
    id: v.pipe(v.string(), v.regex(SLUG, 'Expected a lower-case slug'), v.metadata({ example: 'fatf-io' })),
    name: nonEmpty(),
    edition: v.pipe(
      v.string(),
      v.description('Which text or methodology the codes refer to, e.g. the FATF 2013 methodology used in the MONEYVAL fifth round'),
    ),
  }),
);
export type Framework = v.InferOutput<typeof FrameworkSchema>;

export const FrameworkRefSchema = component(
  'FrameworkRef',
  v.object({
    code: RefCodeSchema,
    framework: v.pipe(v.string(), v.regex(SLUG), v.description("Id of one of the roadmap's frameworks")),
    label: v.pipe(nonEmpty(), v.description('Short label as published, e.g. R.24, IO.5, Chapter 23, Article 52, Goal 2')),
    name: v.pipe(nonEmpty(), v.description('Name as published by the framework')),
  }),
);
export type FrameworkRef = v.InferOutput<typeof FrameworkRefSchema>;

export const RoadmapSchema = component(
  'Roadmap',
  v.object({
    title: nonEmpty(),
    description: v.string(),
    asOf: described(IsoDateSchema, 'Date the data was last compiled'),
    asOfPeriod: PeriodSchema,
    periods: v.pipe(v.array(PeriodSchema), v.minLength(1), v.description('Reporting periods, oldest first; the last is the as-of period')),
    pillars: v.array(PillarSchema),
    statuses: v.pipe(v.array(StatusDefinitionSchema), v.minLength(1)),
    scales: v.array(ScaleSchema),
    dataStatus: v.pipe(
      v.picklist(['illustrative', 'official']),
      v.description('illustrative: generated example data, not reported by any jurisdiction'),
    ),
    source: nonEmpty(),
    untranslated: untranslated(),
    frameworks: v.optional(v.pipe(v.array(FrameworkSchema), v.description('Frameworks the crosswalk refers to'))),
    references: v.optional(
      v.pipe(
        v.array(FrameworkRefSchema),
        v.description('Vocabulary of framework references that commitments and indicators are tagged with (refs)'),
      ),
    ),
  }),
);
export type Roadmap = v.InferOutput<typeof RoadmapSchema>;

export const INSTITUTION_KINDS = [
  'fiu',
  'anti-corruption',
  'prosecution',
  'police',
  'ministry',
  'asset-recovery',
  'registry',
  'procurement',
  'judiciary',
] as const;

export const InstitutionSchema = component(
  'Institution',
  v.object({
    id: nonEmpty(),
    name: nonEmpty(),
    kind: v.picklist(INSTITUTION_KINDS),
    untranslated: untranslated(),
  }),
);
export type Institution = v.InferOutput<typeof InstitutionSchema>;

export const JurisdictionSchema = component(
  'Jurisdiction',
  v.object({
    code: JurisdictionCodeSchema,
    name: nonEmpty(),
    designationFootnote: v.pipe(
      v.nullable(v.string()),
      v.description('Footnote that must accompany the name wherever it appears (Kosovo*)'),
    ),
    institutions: v.array(InstitutionSchema),
    untranslated: untranslated(),
  }),
);
export type Jurisdiction = v.InferOutput<typeof JurisdictionSchema>;

export const JurisdictionListSchema = component('JurisdictionList', v.object({ items: v.array(JurisdictionSchema) }));
export type JurisdictionList = v.InferOutput<typeof JurisdictionListSchema>;

export const StatusEntrySchema = component(
  'StatusEntry',
  v.object({
    period: PeriodSchema,
    status: StatusCodeSchema,
    note: v.optional(v.string()),
    untranslated: untranslated(),
    reported: v.optional(
      v.pipe(
        v.boolean(),
        v.description('false when no update was reported for this period and the previous status carries over; absent or true: reported'),
      ),
    ),
  }),
);
export type StatusEntry = v.InferOutput<typeof StatusEntrySchema>;

export const DeadlineRevisionSchema = component(
  'DeadlineRevision',
  v.object({
    period: described(PeriodSchema, 'Reporting period in which the revision was agreed; it is in force from the end of that period'),
    deadline: described(IsoDateSchema, 'The new deadline'),
    reason: v.string(),
  }),
);
export type DeadlineRevision = v.InferOutput<typeof DeadlineRevisionSchema>;

export const DeadlineHistorySchema = component(
  'DeadlineHistory',
  v.object({
    original: described(IsoDateSchema, 'Deadline when the commitment was added'),
    revisions: v.pipe(v.array(DeadlineRevisionSchema), v.description('Oldest first; empty when the deadline never moved')),
  }),
);
export type DeadlineHistory = v.InferOutput<typeof DeadlineHistorySchema>;

export const CommitmentSchema = component(
  'Commitment',
  v.object({
    id: v.pipe(v.string(), v.regex(/^[A-Z]{2}-\d+-\d+$/), v.metadata({ example: 'AL-2-03' })),
    jurisdiction: JurisdictionCodeSchema,
    pillar: PillarIdSchema,
    title: nonEmpty(),
    institution: v.pipe(nonEmpty(), v.description('Responsible institution')),
    deadline: described(IsoDateSchema, 'Deadline in force at the end of the requested period'),
    status: described(StatusCodeSchema, 'Status at the end of the requested period'),
    lastUpdate: described(PeriodSchema, 'Last period (up to the requested one) in which the status changed'),
    history: v.pipe(
      v.array(StatusEntrySchema),
      v.description('Status at the end of each period since the commitment was added, oldest first'),
    ),
    untranslated: untranslated(),
    deadlineHistory: v.optional(described(DeadlineHistorySchema, 'Original deadline and the revisions agreed up to the requested period')),
    refs: v.optional(v.pipe(v.array(RefCodeSchema), v.description("Framework references (codes of the roadmap's references)"))),
    evidenceCount: v.optional(v.pipe(count(), v.description('Evidence items dated by the end of the period (lists only)'))),
    evidenceDates: v.optional(
      v.pipe(
        v.array(IsoDateSchema),
        v.description('Dates of the evidence items, oldest first (lists only), so that a client can count them at an earlier period'),
      ),
    ),
  }),
);
export type Commitment = v.InferOutput<typeof CommitmentSchema>;

export const CommitmentListSchema = component(
  'CommitmentList',
  v.object({
    period: PeriodSchema,
    total: count(),
    items: v.array(CommitmentSchema),
  }),
);
export type CommitmentList = v.InferOutput<typeof CommitmentListSchema>;

export const EvidenceSchema = component(
  'Evidence',
  v.object({
    title: nonEmpty(),
    kind: v.picklist(['law', 'report', 'decision', 'statistics', 'press', 'other']),
    date: IsoDateSchema,
    publisher: nonEmpty(),
    url: v.pipe(v.nullable(v.string()), v.description('Only http and https addresses are shown as links')),
    untranslated: untranslated(),
  }),
);
export type Evidence = v.InferOutput<typeof EvidenceSchema>;

export const CommitmentDetailSchema = component(
  'CommitmentDetail',
  v.object({
    ...CommitmentSchema.entries,
    description: v.string(),
    evidence: v.array(EvidenceSchema),
  }),
);
export type CommitmentDetail = v.InferOutput<typeof CommitmentDetailSchema>;

export const ObservationSchema = component(
  'Observation',
  v.object({
    year: integer(),
    value: v.pipe(v.nullable(num()), v.description('null when missing; never 0 for missing')),
    quality: QualitySchema,
    source: v.nullable(v.string()),
    note: v.optional(v.string()),
    untranslated: untranslated(),
  }),
);
export type Observation = v.InferOutput<typeof ObservationSchema>;

export const YearValueSchema = component('YearValue', v.object({ year: integer(), value: num() }));
export type YearValue = v.InferOutput<typeof YearValueSchema>;

export const IndicatorSeriesSchema = component(
  'IndicatorSeries',
  v.object({
    jurisdiction: JurisdictionCodeSchema,
    baseline: v.nullable(YearValueSchema),
    target: v.nullable(YearValueSchema),
    observations: v.pipe(v.array(ObservationSchema), v.description('One per year, oldest first')),
  }),
);
export type IndicatorSeries = v.InferOutput<typeof IndicatorSeriesSchema>;

export const IndicatorSchema = component(
  'Indicator',
  v.object({
    id: v.pipe(v.string(), v.regex(SLUG)),
    pillar: PillarIdSchema,
    name: nonEmpty(),
    description: v.string(),
    unit: v.pipe(nonEmpty(), v.metadata({ example: 'EUR million' })),
    direction: v.pipe(v.picklist(['higher', 'lower']), v.description('Which way is better')),
    source: nonEmpty(),
    series: v.array(IndicatorSeriesSchema),
    untranslated: untranslated(),
    refs: v.optional(v.pipe(v.array(RefCodeSchema), v.description("Framework references (codes of the roadmap's references)"))),
  }),
);
export type Indicator = v.InferOutput<typeof IndicatorSchema>;

export const IndicatorListSchema = component('IndicatorList', v.object({ items: v.array(IndicatorSchema) }));
export type IndicatorList = v.InferOutput<typeof IndicatorListSchema>;

const StatusCountsSchema = component(
  'StatusCounts',
  v.object({
    not_started: count(),
    in_progress: count(),
    completed: count(),
    discontinued: count(),
  }),
);
export type StatusCounts = v.InferOutput<typeof StatusCountsSchema>;

export const ProgressCellSchema = component(
  'ProgressCell',
  v.object({
    jurisdiction: JurisdictionCodeSchema,
    pillar: v.pipe(v.nullable(PillarIdSchema), v.description('null for the jurisdiction as a whole')),
    total: count(),
    counts: StatusCountsSchema,
    overdue: count(),
    dueNext: v.pipe(
      count(),
      v.description('Commitments open at the end of the period whose deadline falls within the following six months'),
    ),
    completion: v.pipe(share(), v.description('completed / (total - discontinued); null when nothing is due')),
  }),
);
export type ProgressCell = v.InferOutput<typeof ProgressCellSchema>;

export const ProgressTrendPointSchema = component(
  'ProgressTrendPoint',
  v.object({
    period: PeriodSchema,
    jurisdiction: JurisdictionCodeSchema,
    completion: share(),
  }),
);
export type ProgressTrendPoint = v.InferOutput<typeof ProgressTrendPointSchema>;

export const ProgressSchema = component(
  'Progress',
  v.object({
    period: PeriodSchema,
    byJurisdiction: v.array(ProgressCellSchema),
    byJurisdictionAndPillar: v.array(ProgressCellSchema),
    trend: v.pipe(
      v.array(ProgressTrendPointSchema),
      v.description('Completion per jurisdiction for every period up to the requested one'),
    ),
  }),
);
export type Progress = v.InferOutput<typeof ProgressSchema>;

export const ReleaseChangeSchema = component(
  'ReleaseChange',
  v.object({
    kind: v.picklist(['status-added', 'status-changed', 'value-added', 'value-revised']),
    jurisdiction: JurisdictionCodeSchema,
    commitment: v.optional(nonEmpty()),
    period: v.optional(PeriodSchema),
    indicator: v.optional(nonEmpty()),
    year: v.optional(integer()),
    from: v.pipe(v.nullable(v.union([v.string(), num()])), v.description('Status or value in the previous release; null when added')),
    to: v.nullable(v.union([v.string(), num()])),
  }),
);
export type ReleaseChange = v.InferOutput<typeof ReleaseChangeSchema>;

export const ReleaseSchema = component(
  'Release',
  v.object({
    id: nonEmpty(),
    builtAt: v.pipe(dateTime(), v.description('When the release was built (UTC)')),
    kind: v.pipe(
      v.picklist(['illustrative', 'preview', 'published']),
      v.description(
        'illustrative: the generated dataset; preview: a workbook served by the mock API before publishing; published: written by data:build',
      ),
    ),
    source: v.object({
      name: v.pipe(nonEmpty(), v.description('File name of the workbook (or the generator)')),
      sha256: v.pipe(
        v.nullable(v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/))),
        v.description('SHA-256 of the source file; null for generated data'),
      ),
    }),
    counts: v.object({
      jurisdictions: count(),
      pillars: count(),
      commitments: count(),
      statusUpdates: count(),
      indicators: count(),
      observations: count(),
    }),
    locales: v.pipe(
      v.array(v.picklist(LOCALES)),
      v.description(
        'Locales with a copy of every payload under /api/v1/{locale}/ (those the data has translations for); English is always served',
      ),
    ),
    previous: v.pipe(
      v.nullable(v.object({ id: nonEmpty(), builtAt: dateTime() })),
      v.description('The release this one replaced in the same output folder; null for the first'),
    ),
    changes: v.object({
      statusUpdatesAdded: count(),
      statusUpdatesChanged: count(),
      valuesAdded: count(),
      valuesRevised: count(),
      items: v.pipe(v.array(ReleaseChangeSchema), v.description('The changes, at most 500; see truncated')),
      truncated: v.boolean(),
    }),
  }),
);
export type Release = v.InferOutput<typeof ReleaseSchema>;

/** RFC 9457 problem details. */
export const ProblemSchema = component(
  'Problem',
  v.object({
    type: v.string(),
    title: v.string(),
    status: integer(),
    detail: v.optional(v.string()),
    instance: v.optional(v.string()),
  }),
);
export type Problem = v.InferOutput<typeof ProblemSchema>;
