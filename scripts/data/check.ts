/**
 * The checker: from a raw workbook to the model (mocks/data/model.ts) and a list of issues. Each
 * rule reports where (sheet, row, column), what it found and what it expected; the model is only
 * returned when there is no error. Pure: nothing here touches files. The crosswalk's and moved
 * deadlines' rules are in check-refs.ts. (A little over 300 lines:
 * the rules of the sheets that refer to each other read best in one pass, in sheet order.)
 */
import { INSTITUTION_KINDS, JURISDICTION_CODES, QUALITY_CODES, STATUS_CODES, type JurisdictionCode, type Period } from '../../src/api/schemas';
import { periodRange } from '../../src/domain/periods';
import type { Model, ModelCommitment, ModelIndicator, ModelInstitution, ModelJurisdiction, ModelObservation, ModelPillar, ModelRoadmap, ModelSource } from '../../mocks/data/model';
import { SCALES, STATUSES } from '../../mocks/data/roadmap';
import { translate } from '../../mocks/data/translations';
import type { RawBook } from './read';
import { applyRevisions, frameworksOf, readReference, readRefs, readRevision, type RevisionRows, type Vocabulary } from './check-refs';
import { RowReader, Tallies } from './row-reader';
import { collectIssues, readTables, type Issue, type Table } from './sheets';

export interface CheckResult {
  issues: Issue[];
  errors: number;
  warnings: number;
  model: Model | null;
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const COMMITMENT_ID = /^[A-Z]{2}-\d+-\d+$/;
const EVIDENCE_KINDS = ['law', 'report', 'decision', 'statistics', 'press', 'other'] as const;
const noTranslations = (en: string) => ({ en });

export function checkBook(book: RawBook, source: Omit<ModelSource, 'name' | 'sha256'> = { kind: 'published' }): CheckResult {
  const issues = collectIssues();
  const tallies = new Tallies();
  const tables = readTables(book, issues);
  const each = (name: string, visit: (r: RowReader) => void) => {
    const table: Table | null | undefined = tables.get(name);
    if (table) for (const row of table.rows) visit(new RowReader(table, issues, tallies, row));
  };
  const rejected = { pillars: new Set<string>(), jurisdictions: new Set<string>(), institutions: new Set<string>(), commitments: new Set<string>(), indicators: new Set<string>() };
  // References to a sheet that is missing or unusable cannot be checked: its own error says enough.
  for (const name of Object.keys(rejected) as (keyof typeof rejected)[]) if (!tables.get(name)) rejected[name] = { has: () => true } as unknown as Set<string>;
  /** Runs a row of an id sheet; when the row does not give a record, its id is remembered as rejected. */
  const entity = (name: keyof typeof rejected, key: string, visit: (r: RowReader) => boolean) => (r: RowReader) => {
    if (!visit(r)) {
      const id = (r.text(key) ?? '').toString();
      if (id) rejected[name].add(key === 'code' ? id.toUpperCase() : id);
    }
  };
  const fail = (_reported: void) => false;
  const unique = (r: RowReader, key: string, id: string | null, seen: Map<string, number>, what: string): boolean => {
    if (id === null) return false;
    const first = seen.get(id);
    if (first !== undefined) {
      r.error(key, `${what} "${id}" is already used in row ${first}; ids must be unique.`, id, 'an id not used on another row');
      return false;
    }
    seen.set(id, r.row.row);
    return true;
  };

  // Roadmap: one row.
  let roadmap: ModelRoadmap | null = null;
  const roadmapTable = tables.get('roadmap');
  if (roadmapTable && roadmapTable.rows.length === 0) issues.error({ sheet: 'roadmap', message: 'The roadmap sheet has no data row; fill in row 3 (under the notes).' });
  if (roadmapTable && roadmapTable.rows.length > 1) issues.warning({ sheet: 'roadmap', row: roadmapTable.rows[1]?.row, message: 'The roadmap sheet has more than one row; only the first is read.' });
  const firstRoadmapRow = roadmapTable?.rows[0];
  if (roadmapTable && firstRoadmapRow) {
    const r = new RowReader(roadmapTable, issues, tallies, firstRoadmapRow);
    const title = r.localized('title', true);
    const asOf = r.date('asOf', true);
    const first = r.period('firstPeriod', true);
    const last = r.period('asOfPeriod', true);
    const source = r.localized('source', true);
    if (first && last && first > last) r.error('asOfPeriod', `The as-of period ${last} is before the first period ${first}.`, last, `a period from ${first} on`);
    if (title && asOf && first && last && source && first <= last) {
      roadmap = {
        title,
        description: r.localized('description') ?? { en: '' },
        asOf,
        asOfPeriod: last,
        periods: periodRange(first, last),
        dataStatus: r.enumValue('dataStatus', ['official', 'illustrative'] as const) ?? 'official',
        source,
        statuses: STATUSES.map((s) => ({ code: s.code, label: translate(s.label), description: translate(s.description) })),
        scales: SCALES.map((s) => ({ id: s.id, name: translate(s.name), source: translate(s.source), levels: s.levels.map((l) => translate(l)) })),
        frameworks: [],
        references: [],
      };
    }
  }

  const pillars = new Map<string, ModelPillar>();
  const pillarRows = new Map<string, number>();
  each('pillars', entity('pillars', 'id', (r) => {
    const id = r.text('id', true);
    if (id !== null && !SLUG.test(id)) return fail(r.error('id', `"${id}" is not a valid pillar id.`, id, 'lower-case letters, digits and hyphens, e.g. financial-intelligence'));
    const number = r.integer('number', true);
    const name = r.localized('name', true);
    if (!unique(r, 'id', id, pillarRows, 'The pillar id') || number === null || !name || id === null) return false;
    pillars.set(id, { id, number, name, shortName: r.localized('shortName') ?? name, description: r.localized('description') ?? { en: '' }, reference: r.localized('reference') ?? { en: '' } });
    return true;
  }));

  const jurisdictions = new Map<JurisdictionCode, ModelJurisdiction>();
  const jurisdictionRows = new Map<string, number>();
  each('jurisdictions', entity('jurisdictions', 'code', (r) => {
    const code = r.enumValue('code', JURISDICTION_CODES, true);
    const name = r.localized('name', true);
    if (!unique(r, 'code', code, jurisdictionRows, 'The jurisdiction') || !code || !name) return false;
    jurisdictions.set(code, { code, name, designationFootnote: r.localized('designationFootnote'), institutions: [] });
    return true;
  }));
  if (tables.get('jurisdictions')) {
    const absent = JURISDICTION_CODES.filter((code) => !jurisdictionRows.has(code));
    if (absent.length > 0) issues.warning({ sheet: 'jurisdictions', message: `No row for ${absent.join(', ')}: the dashboard's pages for ${absent.length === 1 ? 'it' : 'them'} will say there is no such jurisdiction.` });
  }

  const institutions = new Map<string, ModelInstitution & { jurisdiction: JurisdictionCode }>();
  const institutionRows = new Map<string, number>();
  each('institutions', entity('institutions', 'id', (r) => {
    const id = r.text('id', true);
    const jurisdiction = r.reference('jurisdiction', r.enumValue('jurisdiction', JURISDICTION_CODES, true), jurisdictions, 'jurisdictions', rejected.jurisdictions);
    const name = r.localized('name', true);
    const kind = r.enumValue('kind', INSTITUTION_KINDS, true);
    if (!unique(r, 'id', id, institutionRows, 'The institution id') || !id || !jurisdiction || !name || !kind) return false;
    const institution = { id, name, kind };
    jurisdiction.institutions.push(institution);
    institutions.set(id, { ...institution, jurisdiction: jurisdiction.code });
    return true;
  }));

  const vocabulary: Vocabulary | null = tables.get('references') ? [] : null;
  const referenceRows = new Map<string, number>();
  each('references', (r) => void readReference(r, vocabulary as Vocabulary, referenceRows));
  const commitments = new Map<string, ModelCommitment>();
  const commitmentRows = new Map<string, number>();
  each('commitments', entity('commitments', 'id', (r) => {
    const id = r.text('id', true);
    if (id !== null && !COMMITMENT_ID.test(id)) return fail(r.error('id', `"${id}" is not a valid commitment id.`, id, 'jurisdiction code, pillar number and a sequence, e.g. AL-2-03'));
    const jurisdiction = r.reference('jurisdiction', r.enumValue('jurisdiction', JURISDICTION_CODES, true), jurisdictions, 'jurisdictions', rejected.jurisdictions);
    const pillar = r.reference('pillar', r.text('pillar', true), pillars, 'pillars', rejected.pillars);
    const title = r.localized('title', true);
    const institutionId = r.text('institution', true);
    const institution = r.reference('institution', institutionId, institutions, 'institutions', rejected.institutions);
    if (institution && jurisdiction && institution.jurisdiction !== jurisdiction.code) {
      r.error('institution', `"${institutionId}" is an institution of ${institution.jurisdiction}, not of ${jurisdiction.code}.`, institutionId ?? '', `an institution of ${jurisdiction.code}`);
    }
    const start = r.date('start');
    const deadline = r.date('deadline', true);
    if (start && deadline && deadline < start) r.error('deadline', `The deadline ${deadline} is before the start ${start}.`, deadline, `a date on or after ${start}`);
    if (id && jurisdiction && !id.startsWith(`${jurisdiction.code}-`)) r.warning('id', `The id "${id}" does not start with the jurisdiction code ${jurisdiction.code}.`);
    if (!unique(r, 'id', id, commitmentRows, 'The commitment id') || !id || !jurisdiction || !pillar || !title || !institution || !deadline) return false;
    if (institution.jurisdiction !== jurisdiction.code || (start && deadline < start)) return false;
    commitments.set(id, { id, jurisdiction: jurisdiction.code, pillar: pillar.id, title, description: r.localized('description') ?? { en: '' }, institution: institution.id, start, deadline, revisions: [], refs: readRefs(r, vocabulary), updates: [], evidence: [] });
    return true;
  }));

  const updateRows = new Map<string, number>();
  each('status updates', (r) => {
    const commitment = r.reference('commitment', r.text('commitment', true), commitments, 'commitments', rejected.commitments);
    const period = r.period('period', true) as Period | null;
    const status = r.enumValue('status', STATUS_CODES, true);
    const date = r.date('date');
    const note = r.localized('note');
    const links = r.links('links');
    if (period && roadmap && !roadmap.periods.includes(period)) {
      const after = period > roadmap.asOfPeriod;
      r.error('period', after ? `${period} is after the as-of period ${roadmap.asOfPeriod}; report it once the roadmap sheet's as-of period reaches it.` : `${period} is before the first period ${roadmap.periods[0]}.`, period, `a period from ${roadmap.periods[0]} to ${roadmap.asOfPeriod}`);
      return;
    }
    if (!commitment || !period || !status) return;
    const key = `${commitment.id}|${period}`;
    const earlier = updateRows.get(key);
    if (earlier !== undefined) return r.error('period', `${commitment.id} already has a status for ${period} in row ${earlier}; keep one row per commitment and period.`, period, 'one row per commitment and period');
    updateRows.set(key, r.row.row);
    const previous = commitment.updates[commitment.updates.length - 1];
    if (previous && previous.period > period) {
      return r.error('period', `This update of ${commitment.id} for ${period} comes after its update for ${previous.period}; list each commitment's updates oldest first.`, period, `a period after ${previous.period}`);
    }
    commitment.updates.push({ period, status, date, note, links });
  });
  for (const commitment of commitments.values()) {
    if (commitment.updates.length === 0) issues.warning({ sheet: 'status updates', message: `${commitment.id} has no status update; it is not shown until a status is reported.` });
  }

  each('evidence', (r) => {
    const commitment = r.reference('commitment', r.text('commitment', true), commitments, 'commitments', rejected.commitments);
    const date = r.date('date', true);
    const title = r.localized('title', true);
    const kind = r.enumValue('kind', EVIDENCE_KINDS, true);
    const publisher = r.localized('publisher', true);
    const url = r.url('url');
    if (commitment && date && title && kind && publisher) commitment.evidence.push({ title, kind, date, publisher, url });
  });

  const revisions: RevisionRows = new Map();
  each('deadline revisions', (r) => readRevision(r, r.reference('commitment', r.text('commitment', true), commitments, 'commitments', rejected.commitments), roadmap?.periods ?? null, revisions));
  applyRevisions(revisions, commitments);

  const indicators = new Map<string, ModelIndicator>();
  const indicatorRows = new Map<string, number>();
  each('indicators', entity('indicators', 'id', (r) => {
    const id = r.text('id', true);
    if (id !== null && !SLUG.test(id)) return fail(r.error('id', `"${id}" is not a valid indicator id.`, id, 'lower-case letters, digits and hyphens, e.g. str-received'));
    const pillar = r.reference('pillar', r.text('pillar', true), pillars, 'pillars', rejected.pillars);
    const name = r.localized('name', true);
    const unit = r.localized('unit', true);
    const direction = r.enumValue('direction', ['higher', 'lower'] as const, true);
    const baselineYear = r.integer('baselineYear');
    const targetYear = r.integer('targetYear');
    const source = r.localized('source', true);
    if (!unique(r, 'id', id, indicatorRows, 'The indicator id') || !id || !pillar || !name || !unit || !direction || !source) return false;
    const series = [...jurisdictions.keys()].map((jurisdiction) => ({ jurisdiction, baseline: null, target: null, observations: [] as ModelObservation[] }));
    indicators.set(id, { id, pillar: pillar.id, name, description: r.localized('description') ?? { en: '' }, unit, direction, source, baselineYear, targetYear, series, refs: readRefs(r, vocabulary) });
    return true;
  }));

  const seriesOf = (indicator: ModelIndicator, code: JurisdictionCode) => indicator.series.find((s) => s.jurisdiction === code);
  const targets = new Map<string, { value: number; row: RowReader }>();
  each('targets', (r) => {
    const indicator = r.reference('indicator', r.text('indicator', true), indicators, 'indicators', rejected.indicators);
    const jurisdiction = r.reference('jurisdiction', r.enumValue('jurisdiction', JURISDICTION_CODES, true), jurisdictions, 'jurisdictions', rejected.jurisdictions);
    const value = r.number('target', true);
    if (!indicator || !jurisdiction || value === null) return;
    const key = `${indicator.id}|${jurisdiction.code}`;
    if (targets.has(key)) return r.error('jurisdiction', `${indicator.id} already has a target for ${jurisdiction.code} in row ${targets.get(key)?.row.row.row}.`, jurisdiction.code, 'one target per indicator and jurisdiction');
    if (indicator.targetYear === null) r.warning('target', `${indicator.id} has no target year on the indicators sheet; this target is not shown.`);
    targets.set(key, { value, row: r });
  });

  const observationRows = new Map<string, number>();
  let missingValues = 0;
  let firstMissing: number | undefined;
  each('observations', (r) => {
    const indicator = r.reference('indicator', r.text('indicator', true), indicators, 'indicators', rejected.indicators);
    const jurisdiction = r.reference('jurisdiction', r.enumValue('jurisdiction', JURISDICTION_CODES, true), jurisdictions, 'jurisdictions', rejected.jurisdictions);
    const year = r.integer('year', true);
    const value = r.number('value');
    let quality = r.enumValue('quality', QUALITY_CODES);
    if (value !== null && quality === 'missing') r.error('quality', `The quality is "missing" but the row has the value ${value}; clear one of them.`, 'missing', 'reported, estimated or provisional');
    if (value === null) {
      quality = 'missing';
      missingValues += 1;
      firstMissing ??= r.row.row;
    }
    if (year !== null && (year < 1900 || year > 2200)) r.error('year', `${year} is not a plausible year.`, String(year), 'a year such as 2025');
    if (!indicator || !jurisdiction || year === null) return;
    const key = `${indicator.id}|${jurisdiction.code}|${year}`;
    if (observationRows.has(key)) return r.error('year', `${indicator.id} already has a ${year} value for ${jurisdiction.code} in row ${observationRows.get(key)}.`, String(year), 'one row per indicator, jurisdiction and year');
    observationRows.set(key, r.row.row);
    seriesOf(indicator, jurisdiction.code)?.observations.push({ year, value, quality: quality ?? 'reported', source: r.localized('source'), note: r.localized('note') });
  });
  if (missingValues > 0) issues.warning({ sheet: 'observations', row: firstMissing, message: `${missingValues.toLocaleString('en')} observation${missingValues === 1 ? ' has' : 's have'} no value; ${missingValues === 1 ? 'it shows' : 'they show'} as "not available", never as 0.` });
  for (const indicator of indicators.values()) {
    for (const series of indicator.series) {
      series.observations.sort((a, b) => a.year - b.year);
      const base = indicator.baselineYear === null ? undefined : series.observations.find((o) => o.year >= (indicator.baselineYear as number) && o.value !== null);
      series.baseline = base && base.value !== null ? { year: base.year, value: base.value } : null;
      const target = targets.get(`${indicator.id}|${series.jurisdiction}`);
      series.target = target && indicator.targetYear !== null ? { year: indicator.targetYear, value: target.value } : null;
    }
  }

  if (roadmap) applyVocabularies(roadmap, tables, issues, tallies);
  if (roadmap && vocabulary) Object.assign(roadmap, { references: vocabulary, frameworks: frameworksOf(vocabulary) });
  tallies.report(issues);
  const errors = issues.list.filter((i) => i.severity === 'error').length;
  const model: Model | null =
    errors === 0 && roadmap
      ? {
          source: { ...source, name: book.name, sha256: book.sha256 },
          roadmap,
          pillars: [...pillars.values()].sort((a, b) => a.number - b.number),
          jurisdictions: [...jurisdictions.values()].sort((a, b) => a.name.en.localeCompare(b.name.en, 'en')),
          commitments: [...commitments.values()],
          indicators: [...indicators.values()],
        }
      : null;
  return { issues: issues.list, errors, warnings: issues.list.length - errors, model };
}

/** The optional statuses and scales sheets replace the default labels (and carry their translations). */
function applyVocabularies(roadmap: ModelRoadmap, tables: Map<string, Table | null>, issues: ReturnType<typeof collectIssues>, tallies: Tallies): void {
  const statuses = tables.get('statuses');
  if (statuses) {
    for (const row of statuses.rows) {
      const r = new RowReader(statuses, issues, tallies, row);
      const code = r.enumValue('code', STATUS_CODES, true);
      const label = r.localized('label', true);
      const entry = roadmap.statuses.find((s) => s.code === code);
      if (entry && label) {
        entry.label = label;
        entry.description = r.localized('description') ?? entry.description;
      }
    }
  }
  const scales = tables.get('scales');
  if (scales && scales.rows.length > 0) {
    roadmap.scales = [];
    for (const row of scales.rows) {
      const r = new RowReader(scales, issues, tallies, row);
      const id = r.text('id', true);
      const name = r.localized('name', true);
      const levels = r.localized('levels', true);
      if (!id || !name || !levels) continue;
      const split = (text: string | undefined) => (text ?? '').split('|').map((l) => l.trim()).filter(Boolean);
      const english = split(levels.en);
      const perLocale = Object.entries(levels).filter(([locale]) => locale !== 'en').map(([locale, text]) => [locale, split(text)] as const);
      roadmap.scales.push({
        id,
        name,
        source: r.localized('source') ?? { en: '' },
        levels: english.map((en, i) => ({ ...noTranslations(en), ...Object.fromEntries(perLocale.filter(([, list]) => list[i]).map(([locale, list]) => [locale, list[i]])) })),
      });
    }
  }
}
