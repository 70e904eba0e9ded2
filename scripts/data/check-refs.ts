/**
 * The checker's rules for the crosswalk and moved deadlines: the references sheet (the vocabulary),
 * the refs columns of commitments and indicators (codes must be in the vocabulary), and the
 * deadline revisions sheet (in period order, agreed after the commitment started, not before the
 * original deadline; domain/deadlines.ts `deadlineHistoryIssues`). Pure, like check.ts.
 */
import * as v from 'valibot';
import { RefCodeSchema, type Period } from '../../src/api/schemas';
import { deadlineHistoryIssues } from '../../src/domain/deadlines';
import { periodOfDate } from '../../src/domain/periods';
import { FRAMEWORKS } from '../../mocks/data/frameworks';
import type { ModelCommitment, ModelRevision, ModelRoadmap, Text } from '../../mocks/data/model';
import type { RowReader } from './row-reader';

const FRAMEWORK_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const isRefCode = (code: string) => v.is(RefCodeSchema, code);
const fail = (_reported: void) => false;

export type Vocabulary = ModelRoadmap['references'];

/** One row of the references sheet into `vocabulary`; false when the row gives no reference. */
export function readReference(r: RowReader, vocabulary: Vocabulary, rows: Map<string, number>): boolean {
  const code = r.text('code', true);
  const framework = r.text('framework', true);
  const name = r.localized('name', true);
  if (code !== null && !isRefCode(code)) return fail(r.error('code', `"${code}" is not a reference code.`, code, 'capital letters, a hyphen, then capital letters or digits, e.g. FATF-R29'));
  if (framework !== null && !FRAMEWORK_ID.test(framework)) {
    return fail(r.error('framework', `"${framework}" is not a framework id.`, framework, 'lower-case letters, digits and hyphens, e.g. fatf-r'));
  }
  if (code === null || framework === null || !name) return false;
  const first = rows.get(code);
  if (first !== undefined) return fail(r.error('code', `The reference "${code}" is already listed in row ${first}.`, code, 'each code once'));
  rows.set(code, r.row.row);
  vocabulary.push({ code, framework, label: r.localized('label') ?? { en: code }, name });
  return true;
}

/** The frameworks the vocabulary uses, with the published names of the known ones. */
export function frameworksOf(vocabulary: Vocabulary): ModelRoadmap['frameworks'] {
  const ids = [...new Set(vocabulary.map((ref) => ref.framework))];
  return ids.map((id) => {
    const known = FRAMEWORKS.find((f) => f.id === id);
    return { id, name: { en: known?.name ?? id }, edition: { en: known?.edition ?? '' } };
  });
}

/**
 * The refs cell of a commitment or indicator row: codes separated by spaces, commas or semicolons,
 * each once. Codes not in the vocabulary are errors (with the closest spelling when there is one).
 */
export function readRefs(r: RowReader, vocabulary: Vocabulary | null): string[] {
  const cell = r.text('refs');
  if (cell === null) return [];
  const codes = [...new Set(cell.split(/[\s,;]+/).map((code) => code.trim()).filter(Boolean))];
  const known = new Set((vocabulary ?? []).map((ref) => ref.code));
  const out: string[] = [];
  for (const code of codes) {
    const canonical = known.has(code) ? code : [...known].find((k) => k.toLowerCase() === code.toLowerCase());
    if (canonical) {
      out.push(canonical);
      continue;
    }
    const where = vocabulary === null ? 'there is no references sheet' : 'it is not on the references sheet';
    r.error('refs', `"${code}" is not a known reference code: ${where}.`, code, 'a code from the references sheet, e.g. FATF-R29');
  }
  return out;
}

/** Revisions read so far per commitment, with the row of each (for the order rules). */
export type RevisionRows = Map<string, { revision: ModelRevision; row: RowReader }[]>;

/** One row of the deadline revisions sheet. */
export function readRevision(r: RowReader, commitment: ModelCommitment | null, periods: readonly Period[] | null, found: RevisionRows): void {
  const period = r.period('period', true) as Period | null;
  const deadline = r.date('deadline', true);
  const reason: Text | null = r.localized('reason', true);
  if (period && periods && !periods.includes(period)) {
    return r.error('period', `${period} is not one of the roadmap's periods (${periods[0]} to ${periods[periods.length - 1]}).`, period, `a period from ${periods[0]} to ${periods[periods.length - 1]}`);
  }
  if (!commitment || !period || !deadline || !reason) return;
  const list = found.get(commitment.id) ?? [];
  list.push({ revision: { period, deadline, reason }, row: r });
  found.set(commitment.id, list);
}

/**
 * The revisions of each commitment checked as a history (order, not before the commitment
 * started, not before the original deadline, not the deadline already in force) and, when they
 * pass, put on the commitment.
 */
export function applyRevisions(found: RevisionRows, commitments: Map<string, ModelCommitment>): void {
  for (const [id, rows] of found) {
    const commitment = commitments.get(id);
    if (!commitment) continue;
    const started = commitment.start ? (periodOfDate(commitment.start) as Period) : commitment.updates[0]?.period;
    const history = { original: commitment.deadline, revisions: rows.map(({ revision }) => ({ ...revision, reason: revision.reason.en })) };
    let failed = false;
    for (const issue of deadlineHistoryIssues(history, started)) {
      const { revision, row } = rows[issue.revision] as (typeof rows)[number];
      const previous = rows[issue.revision - 1]?.revision;
      if (issue.code === 'out-of-order') {
        failed = true;
        row.error('period', `This revision of ${id} agreed in ${revision.period} comes after one agreed in ${previous?.period}; list each commitment's revisions oldest first, one per period.`, revision.period, `a period after ${previous?.period}`);
      } else if (issue.code === 'before-added') {
        failed = true;
        row.error('period', `${id} started in ${started}; a new deadline cannot have been agreed before, in ${revision.period}.`, revision.period, `${started} or later`);
      } else {
        row.warning('deadline', `The new deadline ${revision.deadline} of ${id} is the deadline already in force; the row does not move it.`);
      }
    }
    rows.forEach(({ revision, row }) => {
      if (revision.deadline < commitment.deadline) {
        failed = true;
        row.error('deadline', `The new deadline ${revision.deadline} of ${id} is before its original deadline ${commitment.deadline}.`, revision.deadline, `a date after ${commitment.deadline}`);
      }
    });
    if (!failed) commitment.revisions = rows.map(({ revision }) => revision);
  }
}
