/**
 * The API contract. Every payload under /api/v1 is defined here once; the TypeScript types are
 * inferred from these schemas, the client validates every response with them, the mock API builds
 * responses that they validate, and the OpenAPI document is generated from them. Kept in one file:
 * the contract is read as one document, in the order of the OpenAPI components.
 */
import { z } from 'zod/mini';

// zod/mini (the functional, tree-shakable API) keeps the app's bundle to the checks used here;
// classic zod would bring all of itself, JSON Schema generation included, to the first screen.
// No code generation at run time: the app's Content-Security-Policy forbids eval, and zod would
// otherwise probe for it (a CSP violation report) before falling back to the same checks.
z.config({ jitless: true });

/**
 * English messages for contract errors ("expected string, received number"). zod/mini registers
 * no locale of its own; the messages are only needed when a response breaks the contract, so they
 * load then, and the first screen does not carry them.
 */
export async function loadIssueMessages(): Promise<void> {
  const { default: en } = await import('zod/v4/locales/en.js');
  z.config(en());
}

/**
 * Classic zod's `.meta()`: a copy of `schema` with `metadata` in the global registry, which
 * src/api/openapi.ts turns into the OpenAPI components. (zod/mini's `z.meta()` check would be
 * carried along by later `.check()` and `z.extend()` calls, registering the same id twice.)
 */
function meta<T extends z.ZodMiniType>(schema: T, metadata: z.core.GlobalMeta): T {
  const copy = schema.clone();
  z.globalRegistry.add(copy, metadata);
  return copy;
}

/** A half-yearly reporting period, e.g. "2026-H1" (January-June) or "2025-H2" (July-December). */
export const PeriodSchema = meta(z.string().check(z.regex(/^\d{4}-H[12]$/, 'Expected a reporting period such as 2026-H1')), {
  id: 'Period',
  example: '2026-H1',
});
export type Period = z.infer<typeof PeriodSchema>;

/** Calendar date, ISO 8601 (YYYY-MM-DD). */
export const IsoDateSchema = meta(z.iso.date(), { id: 'IsoDate', example: '2026-06-30' });

export const JURISDICTION_CODES = ['AL', 'BA', 'XK', 'ME', 'MK', 'RS'] as const;
export const JurisdictionCodeSchema = meta(z.enum(JURISDICTION_CODES), {
  id: 'JurisdictionCode',
  description: 'AL Albania, BA Bosnia and Herzegovina, XK Kosovo*, ME Montenegro, MK North Macedonia, RS Serbia',
});
export type JurisdictionCode = z.infer<typeof JurisdictionCodeSchema>;

/** Status of a commitment as reported at the end of a period. */
export const STATUS_CODES = ['not_started', 'in_progress', 'completed', 'discontinued'] as const;
export const StatusCodeSchema = meta(z.enum(STATUS_CODES), { id: 'StatusCode' });
export type StatusCode = z.infer<typeof StatusCodeSchema>;

/** Quality of a reported value; a missing value is never zero. */
export const QUALITY_CODES = ['reported', 'estimated', 'provisional', 'missing'] as const;
export const QualitySchema = meta(z.enum(QUALITY_CODES), { id: 'Quality' });
export type Quality = z.infer<typeof QualitySchema>;

const PillarIdSchema = meta(z.string().check(z.regex(/^[a-z0-9-]+$/, 'Expected a lower-case slug')), {
  id: 'PillarId',
  example: 'financial-intelligence',
});

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
  z.optional(meta(z.array(z.string()), { description: 'Fields of this object shown in English because no translation exists' }));

/** A non-empty string (classic zod's `z.string().min(1)`). */
const nonEmpty = () => z.string().check(z.minLength(1));
/** An integer (classic zod's `z.number().int()`: a safe integer). */
const integer = () => z.number().check(z.int());
/** A count (classic zod's `z.number().int().nonnegative()`). */
const count = () => integer().check(z.nonnegative());
/** A share between 0 and 1, or null (classic zod's `z.number().min(0).max(1).nullable()`). */
const share = () => z.nullable(z.number().check(z.gte(0)).check(z.lte(1)));

export const PillarSchema = meta(
  z.object({
    id: PillarIdSchema,
    number: integer().check(z.positive()),
    name: nonEmpty(),
    shortName: nonEmpty(),
    description: z.string(),
    reference: meta(z.string(), { description: 'FATF Immediate Outcome or ACIF goal the pillar maps to' }),
    untranslated: untranslated(),
  }),
  { id: 'Pillar' },
);
export type Pillar = z.infer<typeof PillarSchema>;

export const StatusDefinitionSchema = meta(
  z.object({
    code: StatusCodeSchema,
    label: nonEmpty(),
    description: z.string(),
    untranslated: untranslated(),
  }),
  { id: 'StatusDefinition' },
);
export type StatusDefinition = z.infer<typeof StatusDefinitionSchema>;

export const ScaleSchema = meta(
  z.object({
    id: nonEmpty(),
    name: nonEmpty(),
    source: z.string(),
    levels: z.array(nonEmpty()).check(z.minLength(1)),
    untranslated: untranslated(),
  }),
  { id: 'Scale' },
);
export type Scale = z.infer<typeof ScaleSchema>;

/** Code of a framework reference, e.g. FATF-R24, FATF-IO5, EU-23, UNCAC-52, ACIF-2. */
export const RefCodeSchema = meta(z.string().check(z.regex(/^[A-Z]+-[A-Z0-9]+$/, 'Expected a reference code such as FATF-R24')), {
  id: 'RefCode',
  example: 'FATF-R24',
});

export const FrameworkSchema = meta(
  z.object({
    id: meta(z.string().check(z.regex(/^[a-z0-9-]+$/, 'Expected a lower-case slug')), { example: 'fatf-io' }),
    name: nonEmpty(),
    edition: meta(z.string(), {
      description: 'Which text or methodology the codes refer to, e.g. the FATF 2013 methodology used in the MONEYVAL fifth round',
    }),
  }),
  { id: 'Framework' },
);
export type Framework = z.infer<typeof FrameworkSchema>;

export const FrameworkRefSchema = meta(
  z.object({
    code: RefCodeSchema,
    framework: meta(z.string().check(z.regex(/^[a-z0-9-]+$/)), { description: 'Id of one of the roadmap\'s frameworks' }),
    label: meta(nonEmpty(), { description: 'Short label as published, e.g. R.24, IO.5, Chapter 23, Article 52, Goal 2' }),
    name: meta(nonEmpty(), { description: 'Name as published by the framework' }),
  }),
  { id: 'FrameworkRef' },
);
export type FrameworkRef = z.infer<typeof FrameworkRefSchema>;

export const RoadmapSchema = meta(
  z.object({
    title: nonEmpty(),
    description: z.string(),
    asOf: meta(IsoDateSchema, { description: 'Date the data was last compiled' }),
    asOfPeriod: PeriodSchema,
    periods: meta(z.array(PeriodSchema).check(z.minLength(1)), {
      description: 'Reporting periods, oldest first; the last is the as-of period',
    }),
    pillars: z.array(PillarSchema),
    statuses: z.array(StatusDefinitionSchema).check(z.minLength(1)),
    scales: z.array(ScaleSchema),
    dataStatus: meta(z.enum(['illustrative', 'official']), {
      description: 'illustrative: generated example data, not reported by any jurisdiction',
    }),
    source: nonEmpty(),
    untranslated: untranslated(),
    frameworks: meta(z.optional(z.array(FrameworkSchema)), { description: 'Frameworks the crosswalk refers to' }),
    references: meta(z.optional(z.array(FrameworkRefSchema)), {
      description: 'Vocabulary of framework references that commitments and indicators are tagged with (refs)',
    }),
  }),
  { id: 'Roadmap' },
);
export type Roadmap = z.infer<typeof RoadmapSchema>;

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

export const InstitutionSchema = meta(
  z.object({
    id: nonEmpty(),
    name: nonEmpty(),
    kind: z.enum(INSTITUTION_KINDS),
    untranslated: untranslated(),
  }),
  { id: 'Institution' },
);
export type Institution = z.infer<typeof InstitutionSchema>;

export const JurisdictionSchema = meta(
  z.object({
    code: JurisdictionCodeSchema,
    name: nonEmpty(),
    designationFootnote: meta(z.nullable(z.string()), {
      description: 'Footnote that must accompany the name wherever it appears (Kosovo*)',
    }),
    institutions: z.array(InstitutionSchema),
    untranslated: untranslated(),
  }),
  { id: 'Jurisdiction' },
);
export type Jurisdiction = z.infer<typeof JurisdictionSchema>;

export const JurisdictionListSchema = meta(z.object({ items: z.array(JurisdictionSchema) }), { id: 'JurisdictionList' });
export type JurisdictionList = z.infer<typeof JurisdictionListSchema>;

export const StatusEntrySchema = meta(
  z.object({
    period: PeriodSchema,
    status: StatusCodeSchema,
    note: z.optional(z.string()),
    untranslated: untranslated(),
    reported: meta(z.optional(z.boolean()), {
      description: 'false when no update was reported for this period and the previous status carries over; absent or true: reported',
    }),
  }),
  { id: 'StatusEntry' },
);
export type StatusEntry = z.infer<typeof StatusEntrySchema>;

export const DeadlineRevisionSchema = meta(
  z.object({
    period: meta(PeriodSchema, { description: 'Reporting period in which the revision was agreed; it is in force from the end of that period' }),
    deadline: meta(IsoDateSchema, { description: 'The new deadline' }),
    reason: z.string(),
  }),
  { id: 'DeadlineRevision' },
);
export type DeadlineRevision = z.infer<typeof DeadlineRevisionSchema>;

export const DeadlineHistorySchema = meta(
  z.object({
    original: meta(IsoDateSchema, { description: 'Deadline when the commitment was added' }),
    revisions: meta(z.array(DeadlineRevisionSchema), { description: 'Oldest first; empty when the deadline never moved' }),
  }),
  { id: 'DeadlineHistory' },
);
export type DeadlineHistory = z.infer<typeof DeadlineHistorySchema>;

export const CommitmentSchema = meta(
  z.object({
    id: meta(z.string().check(z.regex(/^[A-Z]{2}-\d+-\d+$/)), { example: 'AL-2-03' }),
    jurisdiction: JurisdictionCodeSchema,
    pillar: PillarIdSchema,
    title: nonEmpty(),
    institution: meta(nonEmpty(), { description: 'Responsible institution' }),
    deadline: meta(IsoDateSchema, { description: 'Deadline in force at the end of the requested period' }),
    status: meta(StatusCodeSchema, { description: 'Status at the end of the requested period' }),
    lastUpdate: meta(PeriodSchema, { description: 'Last period (up to the requested one) in which the status changed' }),
    history: meta(z.array(StatusEntrySchema), {
      description: 'Status at the end of each period since the commitment was added, oldest first',
    }),
    untranslated: untranslated(),
    deadlineHistory: meta(z.optional(DeadlineHistorySchema), {
      description: 'Original deadline and the revisions agreed up to the requested period',
    }),
    refs: meta(z.optional(z.array(RefCodeSchema)), { description: 'Framework references (codes of the roadmap\'s references)' }),
    evidenceCount: meta(z.optional(count()), { description: 'Evidence items dated by the end of the period (lists only)' }),
    evidenceDates: meta(z.optional(z.array(IsoDateSchema)), {
      description: 'Dates of the evidence items, oldest first (lists only), so that a client can count them at an earlier period',
    }),
  }),
  { id: 'Commitment' },
);
export type Commitment = z.infer<typeof CommitmentSchema>;

export const CommitmentListSchema = meta(
  z.object({
    period: PeriodSchema,
    total: count(),
    items: z.array(CommitmentSchema),
  }),
  { id: 'CommitmentList' },
);
export type CommitmentList = z.infer<typeof CommitmentListSchema>;

export const EvidenceSchema = meta(
  z.object({
    title: nonEmpty(),
    kind: z.enum(['law', 'report', 'decision', 'statistics', 'press', 'other']),
    date: IsoDateSchema,
    publisher: nonEmpty(),
    url: meta(z.nullable(z.string()), { description: 'Only http and https addresses are shown as links' }),
    untranslated: untranslated(),
  }),
  { id: 'Evidence' },
);
export type Evidence = z.infer<typeof EvidenceSchema>;

export const CommitmentDetailSchema = meta(
  z.extend(CommitmentSchema, {
    description: z.string(),
    evidence: z.array(EvidenceSchema),
  }),
  { id: 'CommitmentDetail' },
);
export type CommitmentDetail = z.infer<typeof CommitmentDetailSchema>;

export const ObservationSchema = meta(
  z.object({
    year: integer(),
    value: meta(z.nullable(z.number()), { description: 'null when missing; never 0 for missing' }),
    quality: QualitySchema,
    source: z.nullable(z.string()),
    note: z.optional(z.string()),
    untranslated: untranslated(),
  }),
  { id: 'Observation' },
);
export type Observation = z.infer<typeof ObservationSchema>;

export const YearValueSchema = meta(z.object({ year: integer(), value: z.number() }), { id: 'YearValue' });
export type YearValue = z.infer<typeof YearValueSchema>;

export const IndicatorSeriesSchema = meta(
  z.object({
    jurisdiction: JurisdictionCodeSchema,
    baseline: z.nullable(YearValueSchema),
    target: z.nullable(YearValueSchema),
    observations: meta(z.array(ObservationSchema), { description: 'One per year, oldest first' }),
  }),
  { id: 'IndicatorSeries' },
);
export type IndicatorSeries = z.infer<typeof IndicatorSeriesSchema>;

export const IndicatorSchema = meta(
  z.object({
    id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
    pillar: PillarIdSchema,
    name: nonEmpty(),
    description: z.string(),
    unit: meta(nonEmpty(), { example: 'EUR million' }),
    direction: meta(z.enum(['higher', 'lower']), { description: 'Which way is better' }),
    source: nonEmpty(),
    series: z.array(IndicatorSeriesSchema),
    untranslated: untranslated(),
    refs: meta(z.optional(z.array(RefCodeSchema)), { description: 'Framework references (codes of the roadmap\'s references)' }),
  }),
  { id: 'Indicator' },
);
export type Indicator = z.infer<typeof IndicatorSchema>;

export const IndicatorListSchema = meta(z.object({ items: z.array(IndicatorSchema) }), { id: 'IndicatorList' });
export type IndicatorList = z.infer<typeof IndicatorListSchema>;

const StatusCountsSchema = meta(
  z.object({
    not_started: count(),
    in_progress: count(),
    completed: count(),
    discontinued: count(),
  }),
  { id: 'StatusCounts' },
);
export type StatusCounts = z.infer<typeof StatusCountsSchema>;

export const ProgressCellSchema = meta(
  z.object({
    jurisdiction: JurisdictionCodeSchema,
    pillar: meta(z.nullable(PillarIdSchema), { description: 'null for the jurisdiction as a whole' }),
    total: count(),
    counts: StatusCountsSchema,
    overdue: count(),
    dueNext: meta(count(), {
      description: 'Commitments open at the end of the period whose deadline falls within the following six months',
    }),
    completion: meta(share(), { description: 'completed / (total - discontinued); null when nothing is due' }),
  }),
  { id: 'ProgressCell' },
);
export type ProgressCell = z.infer<typeof ProgressCellSchema>;

export const ProgressTrendPointSchema = meta(
  z.object({
    period: PeriodSchema,
    jurisdiction: JurisdictionCodeSchema,
    completion: share(),
  }),
  { id: 'ProgressTrendPoint' },
);
export type ProgressTrendPoint = z.infer<typeof ProgressTrendPointSchema>;

export const ProgressSchema = meta(
  z.object({
    period: PeriodSchema,
    byJurisdiction: z.array(ProgressCellSchema),
    byJurisdictionAndPillar: z.array(ProgressCellSchema),
    trend: meta(z.array(ProgressTrendPointSchema), {
      description: 'Completion per jurisdiction for every period up to the requested one',
    }),
  }),
  { id: 'Progress' },
);
export type Progress = z.infer<typeof ProgressSchema>;

export const ReleaseChangeSchema = meta(
  z.object({
    kind: z.enum(['status-added', 'status-changed', 'value-added', 'value-revised']),
    jurisdiction: JurisdictionCodeSchema,
    commitment: z.optional(nonEmpty()),
    period: z.optional(PeriodSchema),
    indicator: z.optional(nonEmpty()),
    year: z.optional(integer()),
    from: meta(z.nullable(z.union([z.string(), z.number()])), { description: 'Status or value in the previous release; null when added' }),
    to: z.nullable(z.union([z.string(), z.number()])),
  }),
  { id: 'ReleaseChange' },
);
export type ReleaseChange = z.infer<typeof ReleaseChangeSchema>;

export const ReleaseSchema = meta(
  z.object({
    id: nonEmpty(),
    builtAt: meta(z.iso.datetime(), { description: 'When the release was built (UTC)' }),
    kind: meta(z.enum(['illustrative', 'preview', 'published']), {
      description: 'illustrative: the generated dataset; preview: a workbook served by the mock API before publishing; published: written by data:build',
    }),
    source: z.object({
      name: meta(nonEmpty(), { description: 'File name of the workbook (or the generator)' }),
      sha256: meta(z.nullable(z.string().check(z.regex(/^[0-9a-f]{64}$/))), { description: 'SHA-256 of the source file; null for generated data' }),
    }),
    counts: z.object({
      jurisdictions: count(),
      pillars: count(),
      commitments: count(),
      statusUpdates: count(),
      indicators: count(),
      observations: count(),
    }),
    locales: meta(z.array(z.enum(LOCALES)), {
      description: 'Locales with a copy of every payload under /api/v1/{locale}/ (those the data has translations for); English is always served',
    }),
    previous: meta(z.nullable(z.object({ id: nonEmpty(), builtAt: z.iso.datetime() })), {
      description: 'The release this one replaced in the same output folder; null for the first',
    }),
    changes: z.object({
      statusUpdatesAdded: count(),
      statusUpdatesChanged: count(),
      valuesAdded: count(),
      valuesRevised: count(),
      items: meta(z.array(ReleaseChangeSchema), { description: 'The changes, at most 500; see truncated' }),
      truncated: z.boolean(),
    }),
  }),
  { id: 'Release' },
);
export type Release = z.infer<typeof ReleaseSchema>;

/** RFC 9457 problem details. */
export const ProblemSchema = meta(
  z.object({
    type: z.string(),
    title: z.string(),
    status: integer(),
    detail: z.optional(z.string()),
    instance: z.optional(z.string()),
  }),
  { id: 'Problem' },
);
export type Problem = z.infer<typeof ProblemSchema>;
