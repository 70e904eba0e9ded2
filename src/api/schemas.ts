/**
 * The API contract. Every payload under /api/v1 is defined here once; the TypeScript types are
 * inferred from these schemas, the client validates every response with them, the mock API builds
 * responses that they validate, and the OpenAPI document is generated from them.
 */
import { z } from 'zod';

// No code generation at run time: the app's Content-Security-Policy forbids eval, and zod would
// otherwise probe for it (a CSP violation report) before falling back to the same checks.
z.config({ jitless: true });

/** A half-yearly reporting period, e.g. "2026-H1" (January-June) or "2025-H2" (July-December). */
export const PeriodSchema = z
  .string()
  .regex(/^\d{4}-H[12]$/, 'Expected a reporting period such as 2026-H1')
  .meta({ id: 'Period', example: '2026-H1' });
export type Period = z.infer<typeof PeriodSchema>;

/** Calendar date, ISO 8601 (YYYY-MM-DD). */
export const IsoDateSchema = z.iso.date().meta({ id: 'IsoDate', example: '2026-06-30' });

export const JURISDICTION_CODES = ['AL', 'BA', 'XK', 'ME', 'MK', 'RS'] as const;
export const JurisdictionCodeSchema = z
  .enum(JURISDICTION_CODES)
  .meta({ id: 'JurisdictionCode', description: 'AL Albania, BA Bosnia and Herzegovina, XK Kosovo*, ME Montenegro, MK North Macedonia, RS Serbia' });
export type JurisdictionCode = z.infer<typeof JurisdictionCodeSchema>;

/** Status of a commitment as reported at the end of a period. */
export const STATUS_CODES = ['not_started', 'in_progress', 'completed', 'discontinued'] as const;
export const StatusCodeSchema = z.enum(STATUS_CODES).meta({ id: 'StatusCode' });
export type StatusCode = z.infer<typeof StatusCodeSchema>;

/** Quality of a reported value; a missing value is never zero. */
export const QUALITY_CODES = ['reported', 'estimated', 'provisional', 'missing'] as const;
export const QualitySchema = z.enum(QUALITY_CODES).meta({ id: 'Quality' });
export type Quality = z.infer<typeof QualitySchema>;

const PillarIdSchema = z
  .string()
  .regex(/^[a-z0-9-]+$/, 'Expected a lower-case slug')
  .meta({ id: 'PillarId', example: 'financial-intelligence' });

export const PillarSchema = z
  .object({
    id: PillarIdSchema,
    number: z.number().int().positive(),
    name: z.string().min(1),
    shortName: z.string().min(1),
    description: z.string(),
    reference: z.string().meta({ description: 'FATF Immediate Outcome or ACIF goal the pillar maps to' }),
  })
  .meta({ id: 'Pillar' });
export type Pillar = z.infer<typeof PillarSchema>;

export const StatusDefinitionSchema = z
  .object({
    code: StatusCodeSchema,
    label: z.string().min(1),
    description: z.string(),
  })
  .meta({ id: 'StatusDefinition' });
export type StatusDefinition = z.infer<typeof StatusDefinitionSchema>;

export const ScaleSchema = z
  .object({
    id: z.string().min(1),
    name: z.string().min(1),
    source: z.string(),
    levels: z.array(z.string().min(1)).min(1),
  })
  .meta({ id: 'Scale' });
export type Scale = z.infer<typeof ScaleSchema>;

export const RoadmapSchema = z
  .object({
    title: z.string().min(1),
    description: z.string(),
    asOf: IsoDateSchema.meta({ description: 'Date the data was last compiled' }),
    asOfPeriod: PeriodSchema,
    periods: z.array(PeriodSchema).min(1).meta({ description: 'Reporting periods, oldest first; the last is the as-of period' }),
    pillars: z.array(PillarSchema),
    statuses: z.array(StatusDefinitionSchema).min(1),
    scales: z.array(ScaleSchema),
    dataStatus: z
      .enum(['illustrative', 'official'])
      .meta({ description: 'illustrative: generated example data, not reported by any jurisdiction' }),
    source: z.string().min(1),
  })
  .meta({ id: 'Roadmap' });
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

export const InstitutionSchema = z
  .object({
    id: z.string().min(1),
    name: z.string().min(1),
    kind: z.enum(INSTITUTION_KINDS),
  })
  .meta({ id: 'Institution' });
export type Institution = z.infer<typeof InstitutionSchema>;

export const JurisdictionSchema = z
  .object({
    code: JurisdictionCodeSchema,
    name: z.string().min(1),
    designationFootnote: z
      .string()
      .nullable()
      .meta({ description: 'Footnote that must accompany the name wherever it appears (Kosovo*)' }),
    institutions: z.array(InstitutionSchema),
  })
  .meta({ id: 'Jurisdiction' });
export type Jurisdiction = z.infer<typeof JurisdictionSchema>;

export const JurisdictionListSchema = z
  .object({ items: z.array(JurisdictionSchema) })
  .meta({ id: 'JurisdictionList' });
export type JurisdictionList = z.infer<typeof JurisdictionListSchema>;

export const StatusEntrySchema = z
  .object({
    period: PeriodSchema,
    status: StatusCodeSchema,
    note: z.string().optional(),
  })
  .meta({ id: 'StatusEntry' });
export type StatusEntry = z.infer<typeof StatusEntrySchema>;

export const CommitmentSchema = z
  .object({
    id: z.string().regex(/^[A-Z]{2}-\d+-\d+$/).meta({ example: 'AL-2-03' }),
    jurisdiction: JurisdictionCodeSchema,
    pillar: PillarIdSchema,
    title: z.string().min(1),
    institution: z.string().min(1).meta({ description: 'Responsible institution' }),
    deadline: IsoDateSchema,
    status: StatusCodeSchema.meta({ description: 'Status at the end of the requested period' }),
    lastUpdate: PeriodSchema.meta({ description: 'Last period (up to the requested one) in which the status changed' }),
    history: z
      .array(StatusEntrySchema)
      .meta({ description: 'Status at the end of each period since the commitment was added, oldest first' }),
  })
  .meta({ id: 'Commitment' });
export type Commitment = z.infer<typeof CommitmentSchema>;

export const CommitmentListSchema = z
  .object({
    period: PeriodSchema,
    total: z.number().int().nonnegative(),
    items: z.array(CommitmentSchema),
  })
  .meta({ id: 'CommitmentList' });
export type CommitmentList = z.infer<typeof CommitmentListSchema>;

export const EvidenceSchema = z
  .object({
    title: z.string().min(1),
    kind: z.enum(['law', 'report', 'decision', 'statistics', 'press', 'other']),
    date: IsoDateSchema,
    publisher: z.string().min(1),
    url: z.string().nullable().meta({ description: 'Only http and https addresses are shown as links' }),
  })
  .meta({ id: 'Evidence' });
export type Evidence = z.infer<typeof EvidenceSchema>;

export const CommitmentDetailSchema = CommitmentSchema.extend({
  description: z.string(),
  evidence: z.array(EvidenceSchema),
}).meta({ id: 'CommitmentDetail' });
export type CommitmentDetail = z.infer<typeof CommitmentDetailSchema>;

export const ObservationSchema = z
  .object({
    year: z.number().int(),
    value: z.number().nullable().meta({ description: 'null when missing; never 0 for missing' }),
    quality: QualitySchema,
    source: z.string().nullable(),
  })
  .meta({ id: 'Observation' });
export type Observation = z.infer<typeof ObservationSchema>;

export const YearValueSchema = z
  .object({ year: z.number().int(), value: z.number() })
  .meta({ id: 'YearValue' });
export type YearValue = z.infer<typeof YearValueSchema>;

export const IndicatorSeriesSchema = z
  .object({
    jurisdiction: JurisdictionCodeSchema,
    baseline: YearValueSchema.nullable(),
    target: YearValueSchema.nullable(),
    observations: z.array(ObservationSchema).meta({ description: 'One per year, oldest first' }),
  })
  .meta({ id: 'IndicatorSeries' });
export type IndicatorSeries = z.infer<typeof IndicatorSeriesSchema>;

export const IndicatorSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    pillar: PillarIdSchema,
    name: z.string().min(1),
    description: z.string(),
    unit: z.string().min(1).meta({ example: 'EUR million' }),
    direction: z.enum(['higher', 'lower']).meta({ description: 'Which way is better' }),
    source: z.string().min(1),
    series: z.array(IndicatorSeriesSchema),
  })
  .meta({ id: 'Indicator' });
export type Indicator = z.infer<typeof IndicatorSchema>;

export const IndicatorListSchema = z
  .object({ items: z.array(IndicatorSchema) })
  .meta({ id: 'IndicatorList' });
export type IndicatorList = z.infer<typeof IndicatorListSchema>;

const StatusCountsSchema = z
  .object({
    not_started: z.number().int().nonnegative(),
    in_progress: z.number().int().nonnegative(),
    completed: z.number().int().nonnegative(),
    discontinued: z.number().int().nonnegative(),
  })
  .meta({ id: 'StatusCounts' });
export type StatusCounts = z.infer<typeof StatusCountsSchema>;

export const ProgressCellSchema = z
  .object({
    jurisdiction: JurisdictionCodeSchema,
    pillar: PillarIdSchema.nullable().meta({ description: 'null for the jurisdiction as a whole' }),
    total: z.number().int().nonnegative(),
    counts: StatusCountsSchema,
    overdue: z.number().int().nonnegative(),
    completion: z
      .number()
      .min(0)
      .max(1)
      .nullable()
      .meta({ description: 'completed / (total - discontinued); null when nothing is due' }),
  })
  .meta({ id: 'ProgressCell' });
export type ProgressCell = z.infer<typeof ProgressCellSchema>;

export const ProgressTrendPointSchema = z
  .object({
    period: PeriodSchema,
    jurisdiction: JurisdictionCodeSchema,
    completion: z.number().min(0).max(1).nullable(),
  })
  .meta({ id: 'ProgressTrendPoint' });
export type ProgressTrendPoint = z.infer<typeof ProgressTrendPointSchema>;

export const ProgressSchema = z
  .object({
    period: PeriodSchema,
    byJurisdiction: z.array(ProgressCellSchema),
    byJurisdictionAndPillar: z.array(ProgressCellSchema),
    trend: z.array(ProgressTrendPointSchema).meta({ description: 'Completion per jurisdiction for every period up to the requested one' }),
  })
  .meta({ id: 'Progress' });
export type Progress = z.infer<typeof ProgressSchema>;

/** RFC 9457 problem details. */
export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
  })
  .meta({ id: 'Problem' });
export type Problem = z.infer<typeof ProblemSchema>;
