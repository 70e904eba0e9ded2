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
 * Names `schema` as the component `id` of the OpenAPI document (src/api/openapi.ts). Its examples
 * and formats are the schema's own `v.metadata` actions; the descriptions of components and fields
 * are in schema-docs.ts, so that the app's bundle does not carry the document's prose.
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
  v.picklist(JURISDICTION_CODES),
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
  v.optional(v.array(v.string()));

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
    reference: v.string(),
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
    edition: v.string(),
  }),
);
export type Framework = v.InferOutput<typeof FrameworkSchema>;

export const FrameworkRefSchema = component(
  'FrameworkRef',
  v.object({
    code: RefCodeSchema,
    framework: v.pipe(v.string(), v.regex(SLUG)),
    label: nonEmpty(),
    name: nonEmpty(),
  }),
);
export type FrameworkRef = v.InferOutput<typeof FrameworkRefSchema>;

export const RoadmapSchema = component(
  'Roadmap',
  v.object({
    title: nonEmpty(),
    description: v.string(),
    asOf: IsoDateSchema,
    asOfPeriod: PeriodSchema,
    periods: v.pipe(v.array(PeriodSchema), v.minLength(1)),
    pillars: v.array(PillarSchema),
    statuses: v.pipe(v.array(StatusDefinitionSchema), v.minLength(1)),
    scales: v.array(ScaleSchema),
    dataStatus: v.picklist(['illustrative', 'official']),
    source: nonEmpty(),
    untranslated: untranslated(),
    frameworks: v.optional(v.array(FrameworkSchema)),
    references: v.optional(
      v.array(FrameworkRefSchema),
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
    designationFootnote: v.nullable(v.string()),
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
      v.boolean(),
    ),
  }),
);
export type StatusEntry = v.InferOutput<typeof StatusEntrySchema>;

export const DeadlineRevisionSchema = component(
  'DeadlineRevision',
  v.object({
    period: PeriodSchema,
    deadline: IsoDateSchema,
    reason: v.string(),
  }),
);
export type DeadlineRevision = v.InferOutput<typeof DeadlineRevisionSchema>;

export const DeadlineHistorySchema = component(
  'DeadlineHistory',
  v.object({
    original: IsoDateSchema,
    revisions: v.array(DeadlineRevisionSchema),
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
    institution: nonEmpty(),
    deadline: IsoDateSchema,
    status: StatusCodeSchema,
    lastUpdate: PeriodSchema,
    history: v.array(StatusEntrySchema),
    untranslated: untranslated(),
    deadlineHistory: v.optional(DeadlineHistorySchema),
    refs: v.optional(v.array(RefCodeSchema)),
    evidenceCount: v.optional(count()),
    evidenceDates: v.optional(
      v.array(IsoDateSchema),
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
    url: v.nullable(v.string()),
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
    value: v.nullable(num()),
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
    observations: v.array(ObservationSchema),
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
    direction: v.picklist(['higher', 'lower']),
    source: nonEmpty(),
    series: v.array(IndicatorSeriesSchema),
    untranslated: untranslated(),
    refs: v.optional(v.array(RefCodeSchema)),
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
    pillar: v.nullable(PillarIdSchema),
    total: count(),
    counts: StatusCountsSchema,
    overdue: count(),
    dueNext: count(),
    completion: share(),
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

/** One period's progress: per jurisdiction, per jurisdiction and pillar, and the completed share of every period up to it. */
export const ProgressSchema = component(
  'Progress',
  v.object({
    period: PeriodSchema,
    byJurisdiction: v.array(ProgressCellSchema),
    byJurisdictionAndPillar: v.array(ProgressCellSchema),
    trend: v.array(ProgressTrendPointSchema),
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
    from: v.nullable(v.union([v.string(), num()])),
    to: v.nullable(v.union([v.string(), num()])),
  }),
);
export type ReleaseChange = v.InferOutput<typeof ReleaseChangeSchema>;

export const ReleaseSchema = component(
  'Release',
  v.object({
    id: nonEmpty(),
    builtAt: dateTime(),
    kind: v.picklist(['illustrative', 'preview', 'published']),
    source: v.object({
      name: nonEmpty(),
      sha256: v.nullable(v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/))),
    }),
    counts: v.object({
      jurisdictions: count(),
      pillars: count(),
      commitments: count(),
      statusUpdates: count(),
      indicators: count(),
      observations: count(),
    }),
    locales: v.array(v.picklist(LOCALES)),
    previous: v.nullable(v.object({ id: nonEmpty(), builtAt: dateTime() })),
    changes: v.object({
      statusUpdatesAdded: count(),
      statusUpdatesChanged: count(),
      valuesAdded: count(),
      valuesRevised: count(),
      items: v.array(ReleaseChangeSchema),
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
