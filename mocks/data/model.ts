/**
 * The in-memory model of a roadmap's monitoring data: what a workbook holds (scripts/data reads
 * one into it) and what the illustrative generator produces (`modelFromDataset`). The mock API and
 * `npm run data:build` both turn it into API payloads with `localize` (payloads.ts), so the two
 * serve the same thing. Every text keeps its translations (`Text`); ids and codes are English only.
 */
import type {
  CommitmentDetail,
  Evidence,
  Indicator,
  Institution,
  Jurisdiction,
  JurisdictionCode,
  Locale,
  Period,
  Quality,
  Roadmap,
  StatusCode,
  YearValue,
} from '../../src/api/schemas';
import { translate } from './translations';

/** A text in English with the translations that exist (`title:sq` columns in a workbook). */
export type Text = { en: string } & Partial<Record<Locale, string>>;

export interface ModelSource {
  /** illustrative: generated; preview: a workbook in the mock API; published: data:build output. */
  kind: 'illustrative' | 'preview' | 'published';
  name: string;
  sha256: string | null;
}

export interface ModelRoadmap {
  title: Text;
  description: Text;
  asOf: string;
  asOfPeriod: Period;
  periods: Period[];
  dataStatus: Roadmap['dataStatus'];
  source: Text;
  statuses: { code: StatusCode; label: Text; description: Text }[];
  scales: { id: string; name: Text; source: Text; levels: Text[] }[];
  /** The crosswalk's frameworks; empty when the data tags nothing. */
  frameworks: { id: string; name: Text; edition: Text }[];
  /** The vocabulary that commitments' and indicators' `refs` use (a workbook's references sheet). */
  references: { code: string; framework: string; label: Text; name: Text }[];
}

export interface ModelPillar {
  id: string;
  number: number;
  name: Text;
  shortName: Text;
  description: Text;
  reference: Text;
}

export interface ModelInstitution {
  id: string;
  name: Text;
  kind: Institution['kind'];
}

export interface ModelJurisdiction {
  code: JurisdictionCode;
  name: Text;
  designationFootnote: Text | null;
  institutions: ModelInstitution[];
}

export interface ModelEvidence {
  title: Text;
  kind: Evidence['kind'];
  date: string;
  publisher: Text;
  url: string | null;
}

/** A status reported for the end of a period (a row of the status updates sheet). */
export interface ModelUpdate {
  period: Period;
  status: StatusCode;
  date: string | null;
  note: Text | null;
  /** Evidence links given with the update; served as evidence items. */
  links: string[];
}

/** A new deadline agreed in a reporting period, in force from the end of that period. */
export interface ModelRevision {
  period: Period;
  deadline: string;
  reason: Text;
}

export interface ModelCommitment {
  id: string;
  jurisdiction: JurisdictionCode;
  pillar: string;
  title: Text;
  description: Text;
  /** Id of one of the jurisdiction's institutions. */
  institution: string;
  start: string | null;
  /** The original deadline; `revisions` move it. */
  deadline: string;
  /** Deadline revisions, oldest first (the deadline_revisions sheet). */
  revisions: ModelRevision[];
  /** Codes of the roadmap's references. */
  refs: string[];
  /** Oldest first. Periods without an update carry the previous status forward. */
  updates: ModelUpdate[];
  evidence: ModelEvidence[];
}

export interface ModelObservation {
  year: number;
  value: number | null;
  quality: Quality;
  source: Text | null;
  note: Text | null;
}

export interface ModelSeries {
  jurisdiction: JurisdictionCode;
  baseline: YearValue | null;
  target: YearValue | null;
  observations: ModelObservation[];
}

export interface ModelIndicator {
  id: string;
  pillar: string;
  name: Text;
  description: Text;
  unit: Text;
  direction: Indicator['direction'];
  source: Text;
  baselineYear: number | null;
  targetYear: number | null;
  series: ModelSeries[];
  refs: string[];
}

export interface Model {
  source: ModelSource;
  roadmap: ModelRoadmap;
  pillars: ModelPillar[];
  /** In the API's order (alphabetical by English name). */
  jurisdictions: ModelJurisdiction[];
  commitments: ModelCommitment[];
  indicators: ModelIndicator[];
}

function minYear(years: (number | undefined)[]): number | null {
  const known = years.filter((y): y is number => y !== undefined);
  return known.length > 0 ? Math.min(...known) : null;
}

/** English payload records (the generator's output) to the model, with the translation tables' texts. */
export function modelFromDataset(
  data: { roadmap: Roadmap; jurisdictions: Jurisdiction[]; commitments: CommitmentDetail[]; indicators: Indicator[] },
  source: ModelSource,
  tr: (en: string) => Text = translate,
): Model {
  const { roadmap } = data;
  const institutionIds = new Map<string, string>();
  for (const j of data.jurisdictions) for (const i of j.institutions) institutionIds.set(`${j.code}|${i.name}`, i.id);
  return {
    source,
    roadmap: {
      title: tr(roadmap.title),
      description: tr(roadmap.description),
      asOf: roadmap.asOf,
      asOfPeriod: roadmap.asOfPeriod,
      periods: [...roadmap.periods],
      dataStatus: roadmap.dataStatus,
      source: tr(roadmap.source),
      statuses: roadmap.statuses.map((s) => ({ code: s.code, label: tr(s.label), description: tr(s.description) })),
      scales: roadmap.scales.map((s) => ({ id: s.id, name: tr(s.name), source: tr(s.source), levels: s.levels.map(tr) })),
      frameworks: (roadmap.frameworks ?? []).map((f) => ({ id: f.id, name: tr(f.name), edition: tr(f.edition) })),
      references: (roadmap.references ?? []).map((r) => ({ code: r.code, framework: r.framework, label: tr(r.label), name: tr(r.name) })),
    },
    pillars: roadmap.pillars.map((p) => ({
      id: p.id,
      number: p.number,
      name: tr(p.name),
      shortName: tr(p.shortName),
      description: tr(p.description),
      reference: tr(p.reference),
    })),
    jurisdictions: data.jurisdictions.map((j) => ({
      code: j.code,
      name: tr(j.name),
      designationFootnote: j.designationFootnote === null ? null : tr(j.designationFootnote),
      institutions: j.institutions.map((i) => ({ id: i.id, name: tr(i.name), kind: i.kind })),
    })),
    commitments: data.commitments.map((c) => {
      const institution = institutionIds.get(`${c.jurisdiction}|${c.institution}`);
      if (!institution) throw new Error(`Commitment ${c.id}: "${c.institution}" is not an institution of ${c.jurisdiction}`);
      return {
        id: c.id,
        jurisdiction: c.jurisdiction,
        pillar: c.pillar,
        title: tr(c.title),
        description: tr(c.description),
        institution,
        start: null,
        deadline: c.deadlineHistory?.original ?? c.deadline,
        revisions: (c.deadlineHistory?.revisions ?? []).map((r) => ({ period: r.period, deadline: r.deadline, reason: tr(r.reason) })),
        refs: [...(c.refs ?? [])],
        // Periods without a report are left out: localize fills them forward as `reported: false`.
        updates: c.history
          .filter((h) => h.reported !== false)
          .map((h) => ({ period: h.period, status: h.status, date: null, note: h.note === undefined ? null : tr(h.note), links: [] })),
        evidence: c.evidence.map((e) => ({ title: tr(e.title), kind: e.kind, date: e.date, publisher: tr(e.publisher), url: e.url })),
      };
    }),
    indicators: data.indicators.map((i) => ({
      id: i.id,
      pillar: i.pillar,
      name: tr(i.name),
      description: tr(i.description),
      unit: tr(i.unit),
      direction: i.direction,
      source: tr(i.source),
      baselineYear: minYear(i.series.map((s) => s.baseline?.year)),
      targetYear: i.series.find((s) => s.target)?.target?.year ?? null,
      series: i.series.map((s) => ({
        jurisdiction: s.jurisdiction,
        baseline: s.baseline && { ...s.baseline },
        target: s.target && { ...s.target },
        observations: s.observations.map((o) => ({ year: o.year, value: o.value, quality: o.quality, source: o.source === null ? null : tr(o.source), note: null })),
      })),
      refs: [...(i.refs ?? [])],
    })),
  };
}
