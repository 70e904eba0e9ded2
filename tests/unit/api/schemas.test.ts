// @vitest-environment node
/**
 * The checks of the contract that are easy to loosen by accident: calendar dates, UTC timestamps,
 * integers and counts, shares, finite numbers, unions, the detail record extending the list item,
 * and objects dropping the keys they do not know.
 */
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  CommitmentDetailSchema,
  CommitmentSchema,
  IsoDateSchema,
  ObservationSchema,
  PeriodSchema,
  PillarSchema,
  ProblemSchema,
  ProgressTrendPointSchema,
  ReleaseChangeSchema,
  ReleaseSchema,
  type Commitment,
  type Release,
} from '../../../src/api/schemas';

const ok = (schema: v.GenericSchema, value: unknown) => v.safeParse(schema, value).success;

const commitment: Commitment = {
  id: 'AL-2-03',
  jurisdiction: 'AL',
  pillar: 'asset-recovery',
  title: 'Adopt the asset recovery law',
  institution: 'Ministry of Justice',
  deadline: '2026-06-30',
  status: 'in_progress',
  lastUpdate: '2025-H2',
  history: [{ period: '2025-H2', status: 'in_progress' }],
};

const release: Release = {
  id: 'r1',
  builtAt: '2026-07-31T12:00:00Z',
  kind: 'published',
  source: { name: 'book.xlsx', sha256: null },
  counts: { jurisdictions: 6, pillars: 8, commitments: 1, statusUpdates: 1, indicators: 0, observations: 0 },
  locales: ['sq'],
  previous: null,
  changes: { statusUpdatesAdded: 0, statusUpdatesChanged: 0, valuesAdded: 0, valuesRevised: 0, items: [], truncated: false },
};

describe('the contract schemas', () => {
  it('accept dates that exist and nothing else', () => {
    for (const date of ['2026-06-30', '2024-02-29', '2000-02-29', '2026-12-31']) expect(ok(IsoDateSchema, date), date).toBe(true);
    for (const date of ['2026-02-29', '1900-02-29', '2026-02-30', '2026-04-31', '2026-13-01', '2026-6-30', '2026-06-30T00:00:00Z', ''])
      expect(ok(IsoDateSchema, date), date).toBe(false);
  });

  it('accept UTC timestamps with seconds only', () => {
    for (const builtAt of ['2026-07-31T12:00:00Z', '2026-07-31T12:00:00.123Z']) expect(ok(ReleaseSchema, { ...release, builtAt }), builtAt).toBe(true);
    for (const builtAt of ['2026-07-31T12:00Z', '2026-07-31T12:00:00+02:00', '2026-07-31T12:00:00', '2026-07-31', '2026-02-30T12:00:00Z'])
      expect(ok(ReleaseSchema, { ...release, builtAt }), builtAt).toBe(false);
    expect(ok(ReleaseSchema, { ...release, previous: { id: 'r0', builtAt: '2026-01-31 12:00:00Z' } })).toBe(false);
  });

  it('check periods and lower-case slugs by their patterns', () => {
    expect(ok(PeriodSchema, '2026-H1')).toBe(true);
    for (const period of ['2026-H3', '2026H1', '26-H1', '2026-h1']) expect(ok(PeriodSchema, period), period).toBe(false);
    expect(ok(CommitmentSchema, { ...commitment, pillar: 'Asset Recovery' })).toBe(false);
    expect(ok(CommitmentSchema, { ...commitment, id: 'al-2-03' })).toBe(false);
  });

  it('take counts as non-negative safe integers and pillar numbers as positive ones', () => {
    const counts = release.counts;
    expect(ok(ReleaseSchema, { ...release, counts: { ...counts, commitments: 0 } })).toBe(true);
    for (const bad of [-1, 1.5, 2 ** 53, Number.NaN, '3']) expect(ok(ReleaseSchema, { ...release, counts: { ...counts, commitments: bad } }), String(bad)).toBe(false);
    const pillar = { id: 'asset-recovery', number: 1, name: 'Asset recovery', shortName: 'Assets', description: '', reference: 'IO.8' };
    expect(ok(PillarSchema, pillar)).toBe(true);
    for (const number of [0, -1, 1.5]) expect(ok(PillarSchema, { ...pillar, number }), String(number)).toBe(false);
    expect(ok(ProblemSchema, { type: 'about:blank', title: 'Not Found', status: 404.5 })).toBe(false);
  });

  it('take a share between 0 and 1, or null', () => {
    const point = { period: '2026-H1', jurisdiction: 'RS' };
    for (const completion of [0, 0.5, 1, null]) expect(ok(ProgressTrendPointSchema, { ...point, completion }), String(completion)).toBe(true);
    for (const completion of [-0.01, 1.01, undefined, '0.5']) expect(ok(ProgressTrendPointSchema, { ...point, completion }), String(completion)).toBe(false);
  });

  it('refuse numbers that JSON cannot carry', () => {
    const observation = { year: 2025, value: 3, quality: 'reported', source: null };
    expect(ok(ObservationSchema, observation)).toBe(true);
    expect(ok(ObservationSchema, { ...observation, value: null })).toBe(true);
    for (const value of [Infinity, -Infinity, Number.NaN]) expect(ok(ObservationSchema, { ...observation, value }), String(value)).toBe(false);
  });

  it('take a string, a number or null as a change value, and only those', () => {
    const change = { kind: 'status-changed', jurisdiction: 'AL', commitment: 'AL-2-03', period: '2026-H1' };
    for (const from of ['in_progress', 12.5, null]) expect(ok(ReleaseChangeSchema, { ...change, from, to: 'completed' }), String(from)).toBe(true);
    for (const from of [true, {}, [], undefined]) expect(ok(ReleaseChangeSchema, { ...change, from, to: 'completed' }), String(from)).toBe(false);
  });

  it('extend the list item to the detail record, which needs its own fields too', () => {
    const detail = { ...commitment, description: 'Text', evidence: [] };
    expect(ok(CommitmentDetailSchema, detail)).toBe(true);
    expect(ok(CommitmentDetailSchema, commitment)).toBe(false);
    expect(ok(CommitmentDetailSchema, { ...detail, status: 'done' })).toBe(false);
  });

  it('keep optional fields optional, and nullable ones required', () => {
    expect(ok(CommitmentSchema, { ...commitment, untranslated: ['title'], refs: ['FATF-R24'], evidenceCount: 2 })).toBe(true);
    expect(ok(CommitmentSchema, { ...commitment, refs: ['fatf-r24'] })).toBe(false);
    const { source: _source, ...withoutSource } = { year: 2025, value: 3, quality: 'reported', source: null };
    expect(ok(ObservationSchema, withoutSource)).toBe(false);
  });

  it('drop the keys they do not know, at every level, without failing', () => {
    const parsed = v.parse(CommitmentSchema, { ...commitment, extra: 1, history: [{ ...commitment.history[0], extra: 2 }] });
    expect(parsed).toEqual(commitment);
    expect(parsed).not.toHaveProperty('extra');
    expect(parsed.history[0]).not.toHaveProperty('extra');
  });
});
