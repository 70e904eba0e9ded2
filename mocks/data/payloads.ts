/**
 * From the model to API payloads, in one language: the one path from data to what /api/v1 serves,
 * shared by the mock API (handlers/) and the static build (scripts/data/build.ts). `endpoints`
 * lists every resource of the static API with its payload and schema.
 */
import type { GenericSchema } from 'valibot';
import { commitmentSummary, periodEndDate } from '../../src/api/as-at';
import {
  LOCALES,
  type Locale,
  CommitmentDetailSchema,
  CommitmentListSchema,
  IndicatorListSchema,
  IndicatorSchema,
  JurisdictionListSchema,
  JurisdictionSchema,
  ProgressSchema,
  ReleaseSchema,
  RoadmapSchema,
  type ApiLocale,
  type Commitment,
  type CommitmentDetail,
  type CommitmentList,
  type Evidence,
  type Indicator,
  type IndicatorList,
  type Jurisdiction,
  type JurisdictionCode,
  type Period,
  type Progress,
  type Release,
  type Roadmap,
  type StatusEntry,
} from '../../src/api/schemas';
import { deadlineAsAt } from '../../src/domain/deadlines';
import { commitmentsAt, progressByJurisdiction, progressByJurisdictionAndPillar } from '../../src/domain/progress';
import type { Model } from './model';
import { Picker } from './picker';

/** One language's payload records. Handlers must not mutate it. */
export interface Dataset {
  roadmap: Roadmap;
  /** Alphabetical by name. */
  jurisdictions: Jurisdiction[];
  /** Full status history up to the roadmap's as-of period; status and lastUpdate as at that period. */
  commitments: CommitmentDetail[];
  indicators: Indicator[];
  release: Release;
}

export function countsOf(model: Model): Release['counts'] {
  return {
    jurisdictions: model.jurisdictions.length,
    pillars: model.pillars.length,
    commitments: model.commitments.length,
    statusUpdates: model.commitments.reduce((sum, c) => sum + c.updates.length, 0),
    indicators: model.indicators.length,
    observations: model.indicators.reduce((sum, i) => sum + i.series.reduce((n, s) => n + s.observations.length, 0), 0),
  };
}

/** The locales the model has at least one translation for. */
export function translatedLocales(model: Model): Locale[] {
  const found = new Set<Locale>();
  const visit = (value: unknown): void => {
    if (found.size === LOCALES.length || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) return value.forEach(visit);
    const record = value as Record<string, unknown>;
    if (typeof record.en === 'string') for (const locale of LOCALES) if (typeof record[locale] === 'string') found.add(locale);
    for (const child of Object.values(record)) if (typeof child === 'object') visit(child);
  };
  visit(model);
  return LOCALES.filter((l) => found.has(l));
}

/** The release record of a model served as it is (mock API, which answers every locale): no previous release, no changes. */
export function standaloneRelease(model: Model, builtAt: string): Release {
  const id = model.source.sha256 ? `${model.source.kind}-${model.source.sha256.slice(0, 12)}` : model.source.kind;
  return {
    id,
    builtAt,
    kind: model.source.kind,
    source: { name: model.source.name, sha256: model.source.sha256 },
    counts: countsOf(model),
    locales: [...LOCALES],
    previous: null,
    changes: { statusUpdatesAdded: 0, statusUpdatesChanged: 0, valuesAdded: 0, valuesRevised: 0, items: [], truncated: false },
  };
}

export function localize(model: Model, locale: ApiLocale, release: Release): Dataset {
  const pick = new Picker(locale);
  const r = model.roadmap;
  const pillars = model.pillars.map((p) =>
    pick.done({
      id: p.id,
      number: p.number,
      name: pick.text('name', p.name),
      shortName: pick.text('shortName', p.shortName),
      description: pick.text('description', p.description),
      reference: pick.text('reference', p.reference),
    }),
  );
  const statuses = r.statuses.map((s) => pick.done({ code: s.code, label: pick.text('label', s.label), description: pick.text('description', s.description) }));
  const scales = r.scales.map((s) =>
    pick.done({ id: s.id, name: pick.text('name', s.name), source: pick.text('source', s.source), levels: s.levels.map((l, i) => pick.text(`levels[${i}]`, l)) }),
  );
  const vocabulary =
    r.references.length === 0
      ? {}
      : {
          frameworks: r.frameworks.map((f, n) => ({ id: f.id, name: pick.text(`frameworks[${n}].name`, f.name), edition: pick.text(`frameworks[${n}].edition`, f.edition) })),
          references: r.references.map((ref, n) => ({
            code: ref.code,
            framework: ref.framework,
            label: pick.text(`references[${n}].label`, ref.label),
            name: pick.text(`references[${n}].name`, ref.name),
          })),
        };
  const roadmap: Roadmap = pick.done({
    title: pick.text('title', r.title),
    description: pick.text('description', r.description),
    asOf: r.asOf,
    asOfPeriod: r.asOfPeriod,
    periods: [...r.periods],
    pillars,
    statuses,
    scales,
    dataStatus: r.dataStatus,
    source: pick.text('source', r.source),
    ...vocabulary,
  });

  const institutionNames = new Map<string, string>();
  const jurisdictions: Jurisdiction[] = model.jurisdictions.map((j) => {
    const institutions = j.institutions.map((i) => {
      const institution = pick.done({ id: i.id, name: pick.text('name', i.name), kind: i.kind });
      institutionNames.set(`${j.code}|${i.id}`, institution.name);
      return institution;
    });
    return pick.done({
      code: j.code,
      name: pick.text('name', j.name),
      designationFootnote: j.designationFootnote === null ? null : pick.text('designationFootnote', j.designationFootnote),
      institutions,
    });
  });

  const commitments: CommitmentDetail[] = model.commitments.map((c) => {
    const institution = institutionNames.get(`${c.jurisdiction}|${c.institution}`) ?? c.institution;
    const byPeriod = new Map(c.updates.map((u) => [u.period, u]));
    const first = c.updates[0]?.period;
    const history: StatusEntry[] = [];
    let lastUpdate: Period | undefined;
    for (const period of first === undefined ? [] : r.periods.filter((p) => p >= first)) {
      const update = byPeriod.get(period);
      const previous = history[history.length - 1];
      const status = update?.status ?? previous?.status;
      if (!status) continue;
      if (status !== previous?.status) lastUpdate = period;
      // A period without an update carries the previous status over: not reported.
      if (!update) history.push({ period, status, reported: false });
      else history.push(update.note ? pick.done({ period, status, note: pick.text('note', update.note) }) : { period, status });
    }
    const linked: Evidence[] = c.updates.flatMap((u) =>
      u.links.map((url) => ({ title: url, kind: 'other' as const, date: u.date ?? periodEndDate(u.period), publisher: institution, url })),
    );
    const evidence = [
      ...c.evidence.map((e) => pick.done({ title: pick.text('title', e.title), kind: e.kind, date: e.date, publisher: pick.text('publisher', e.publisher), url: e.url })),
      ...linked,
    ].sort((a, b) => a.date.localeCompare(b.date));
    const latest = history[history.length - 1];
    const deadlineHistory = {
      original: c.deadline,
      revisions: c.revisions.map((v, n) => ({ period: v.period, deadline: v.deadline, reason: pick.text(`deadlineHistory.revisions[${n}].reason`, v.reason) })),
    };
    // As at the as-of period: the deadline in force then, and the revisions agreed by then.
    const asOf = deadlineAsAt({ deadline: c.deadline, deadlineHistory }, r.asOfPeriod);
    return pick.done({
      id: c.id,
      jurisdiction: c.jurisdiction,
      pillar: c.pillar,
      title: pick.text('title', c.title),
      institution,
      deadline: asOf.deadline,
      status: latest?.status ?? 'not_started',
      lastUpdate: lastUpdate ?? r.asOfPeriod,
      history,
      ...(asOf.deadlineHistory ? { deadlineHistory: asOf.deadlineHistory } : {}),
      ...(c.refs.length > 0 ? { refs: [...c.refs] } : {}),
      description: pick.text('description', c.description),
      evidence,
    });
  });

  const indicators: Indicator[] = model.indicators.map((i) =>
    pick.done({
      id: i.id,
      pillar: i.pillar,
      name: pick.text('name', i.name),
      description: pick.text('description', i.description),
      unit: pick.text('unit', i.unit),
      direction: i.direction,
      source: pick.text('source', i.source),
      series: i.series.map((s) => ({
        jurisdiction: s.jurisdiction,
        baseline: s.baseline && { ...s.baseline },
        target: s.target && { ...s.target },
        observations: s.observations.map((o) => {
          const observation = { year: o.year, value: o.value, quality: o.quality, source: o.source === null ? null : pick.text('source', o.source) };
          return pick.done(o.note ? { ...observation, note: pick.text('note', o.note) } : observation);
        }),
      })),
      ...(i.refs.length > 0 ? { refs: [...i.refs] } : {}),
    }),
  );

  return { roadmap, jurisdictions, commitments, indicators, release };
}

const summaries = new WeakMap<CommitmentDetail, Commitment>();

/** The summary of a commitment, made once: every list holds the same object (the static build validates it once). */
export function summaryOf(commitment: CommitmentDetail): Commitment {
  let summary = summaries.get(commitment);
  if (!summary) {
    summary = commitmentSummary(commitment);
    summaries.set(commitment, summary);
  }
  return summary;
}

/** A list of commitments (summaries) as at the as-of period, optionally of one jurisdiction or pillar. */
export function commitmentList(data: Dataset, filter: { jurisdiction?: JurisdictionCode; pillar?: string } = {}): CommitmentList {
  const items = data.commitments
    .filter((c) => (!filter.jurisdiction || c.jurisdiction === filter.jurisdiction) && (!filter.pillar || c.pillar === filter.pillar))
    .filter((c) => c.history.length > 0)
    .map(summaryOf);
  return { period: data.roadmap.asOfPeriod, total: items.length, items };
}

/** Indicators, optionally of one pillar, or with only one jurisdiction's series. */
export function indicatorList(data: Dataset, filter: { pillar?: string; jurisdiction?: JurisdictionCode } = {}): IndicatorList {
  return {
    items: data.indicators
      .filter((i) => !filter.pillar || i.pillar === filter.pillar)
      .map((i) => (filter.jurisdiction ? { ...i, series: i.series.filter((s) => s.jurisdiction === filter.jurisdiction) } : i)),
  };
}

/** Progress for every period of the roadmap (each period's trend runs up to it). */
export function progressByPeriod(data: Dataset): Map<Period, Progress> {
  const codes = data.jurisdictions.map((j) => j.code);
  const pillarIds = data.roadmap.pillars.map((p) => p.id);
  const out = new Map<Period, Progress>();
  const trend: Progress['trend'] = [];
  for (const period of data.roadmap.periods) {
    const items = commitmentsAt(data.commitments, period);
    const byJurisdiction = progressByJurisdiction(items, codes, period);
    trend.push(...byJurisdiction.map((cell) => ({ period, jurisdiction: cell.jurisdiction, completion: cell.completion })));
    out.set(period, { period, byJurisdiction, byJurisdictionAndPillar: progressByJurisdictionAndPillar(items, codes, pillarIds, period), trend: [...trend] });
  }
  return out;
}

export interface Endpoint {
  /** Relative to /api/v1 (or /api/v1/{locale}), without ".json". */
  path: string;
  body: unknown;
  schema: GenericSchema;
}

/**
 * Every resource of the API for one language's dataset; `progress` (which has no text) can be
 * computed once for all languages. Commitment records come before the lists that summarise them.
 */
export function* endpoints(data: Dataset, progress: Map<Period, Progress> = progressByPeriod(data)): Generator<Endpoint> {
  for (const c of data.commitments) if (c.history.length > 0) yield { path: `/commitments/${c.id}`, body: c, schema: CommitmentDetailSchema };
  yield { path: '/roadmap', body: data.roadmap, schema: RoadmapSchema };
  yield { path: '/release', body: data.release, schema: ReleaseSchema };
  yield { path: '/jurisdictions', body: { items: data.jurisdictions }, schema: JurisdictionListSchema };
  for (const j of data.jurisdictions) {
    yield { path: `/jurisdictions/${j.code}`, body: j, schema: JurisdictionSchema };
    yield { path: `/jurisdictions/${j.code}/commitments`, body: commitmentList(data, { jurisdiction: j.code }), schema: CommitmentListSchema };
    yield { path: `/jurisdictions/${j.code}/indicators`, body: indicatorList(data, { jurisdiction: j.code }), schema: IndicatorListSchema };
  }
  for (const p of data.roadmap.pillars) {
    yield { path: `/pillars/${p.id}/commitments`, body: commitmentList(data, { pillar: p.id }), schema: CommitmentListSchema };
    yield { path: `/pillars/${p.id}/indicators`, body: indicatorList(data, { pillar: p.id }), schema: IndicatorListSchema };
  }
  yield { path: '/commitments', body: commitmentList(data), schema: CommitmentListSchema };
  yield { path: '/indicators', body: indicatorList(data), schema: IndicatorListSchema };
  for (const i of data.indicators) yield { path: `/indicators/${i.id}`, body: i, schema: IndicatorSchema };
  const latest = progress.get(data.roadmap.asOfPeriod);
  if (latest) yield { path: '/progress', body: latest, schema: ProgressSchema };
  for (const [period, body] of progress) yield { path: `/progress/${period}`, body, schema: ProgressSchema };
}
