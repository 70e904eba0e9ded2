import type { CommitmentDetail, CommitmentList, JurisdictionCode } from '../../src/api/schemas';
import { commitmentList } from '../data/payloads';
import { notFound, PROBLEM_TYPES, ProblemError } from './problem';
import { pathParam, resource } from './request';

/** A jurisdiction code from the path: 400 when malformed, 404 when unknown. */
export function jurisdictionParam(code: string, known: readonly string[], pathname: string): JurisdictionCode {
  if (!/^[A-Z]{2}$/.test(code)) {
    throw new ProblemError(400, `"${code}" is not a jurisdiction code; codes are two capital letters, e.g. AL.`, {
      type: PROBLEM_TYPES.invalidPathParameter,
      title: 'Invalid jurisdiction code',
      instance: pathname,
    });
  }
  if (!known.includes(code)) throw notFound(`There is no jurisdiction with code ${code}.`, pathname);
  return code as JurisdictionCode;
}

/** A pillar id from the path: 404 when unknown. */
export function pillarParam(id: string, known: readonly string[], pathname: string): string {
  if (!known.includes(id)) throw notFound(`There is no pillar with id ${id}.`, pathname);
  return id;
}

/**
 * Commitments as at the as-of period with their full history; a client applies a period itself
 * (src/api/as-at.ts). Lists: all, one jurisdiction's, one pillar's.
 */
export const commitmentHandlers = [
  ...resource('/commitments', ({ data }): CommitmentList => commitmentList(data)),
  ...resource('/jurisdictions/:code/commitments', ({ data, params, url }): CommitmentList => {
    const code = jurisdictionParam(pathParam(params, 'code'), data.jurisdictions.map((j) => j.code), url.pathname);
    return commitmentList(data, { jurisdiction: code });
  }),
  ...resource('/pillars/:id/commitments', ({ data, params, url }): CommitmentList => {
    const id = pillarParam(pathParam(params, 'id'), data.roadmap.pillars.map((p) => p.id), url.pathname);
    return commitmentList(data, { pillar: id });
  }),
  ...resource('/commitments/:id', ({ data, params, url }): CommitmentDetail => {
    const id = pathParam(params, 'id');
    const commitment = data.commitments.find((c) => c.id === id && c.history.length > 0);
    if (!commitment) throw notFound(`There is no commitment with id ${id}.`, url.pathname);
    return commitment;
  }),
];
