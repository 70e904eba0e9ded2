import { http } from 'msw';
import {
  JURISDICTION_CODES,
  STATUS_CODES,
  type Commitment,
  type CommitmentDetail,
  type CommitmentList,
  type Period,
} from '../../src/api/schemas';
import { comparePeriods, periodEnd } from '../../src/domain/periods';
import { lastChangeAt } from '../../src/domain/progress';
import { deadlineAsAt } from './deadline-as-at';
import { apiPath } from './paths';
import { notFound } from './problem';
import { enumParam, pathParam, periodParam, route } from './request';

/**
 * A commitment as it stood at the end of `period`: history up to that period, status and last
 * update taken from it. Undefined when the commitment had not been added to the roadmap yet.
 */
export function commitmentAsAt(commitment: CommitmentDetail, period: Period): CommitmentDetail | undefined {
  const history = commitment.history.filter((entry) => comparePeriods(entry.period, period) <= 0);
  const latest = history[history.length - 1];
  if (!latest) return undefined;
  return {
    ...commitment,
    history,
    status: latest.status,
    lastUpdate: lastChangeAt(history, period) ?? latest.period,
    // Evidence dated after the period was not known at the time.
    evidence: commitment.evidence.filter((item) => item.date <= periodEnd(period)),
    // Nor were deadline revisions agreed later: the deadline is the one in force then.
    ...deadlineAsAt(commitment, period),
  };
}

function summary({ description: _description, evidence, ...commitment }: CommitmentDetail): Commitment {
  return { ...commitment, evidenceCount: evidence.length };
}

export const commitmentHandlers = [
  http.get(
    apiPath('/commitments'),
    route(({ data, url }): CommitmentList => {
      const jurisdiction = enumParam(url, 'jurisdiction', JURISDICTION_CODES);
      const pillar = enumParam(
        url,
        'pillar',
        data.roadmap.pillars.map((p) => p.id),
      );
      const status = enumParam(url, 'status', STATUS_CODES);
      const period = periodParam(url, data.roadmap);

      const items: Commitment[] = [];
      for (const commitment of data.commitments) {
        if (jurisdiction && commitment.jurisdiction !== jurisdiction) continue;
        if (pillar && commitment.pillar !== pillar) continue;
        const atPeriod = commitmentAsAt(commitment, period);
        if (!atPeriod || (status && atPeriod.status !== status)) continue;
        items.push(summary(atPeriod));
      }
      return { period, total: items.length, items };
    }),
  ),

  http.get(
    apiPath('/commitments/:id'),
    route(({ data, params, url }): CommitmentDetail => {
      const id = pathParam(params, 'id');
      const period = periodParam(url, data.roadmap);
      const commitment = data.commitments.find((c) => c.id === id);
      if (!commitment) throw notFound(`There is no commitment with id ${id}.`, url.pathname);
      const atPeriod = commitmentAsAt(commitment, period);
      if (!atPeriod) throw notFound(`Commitment ${id} was not yet part of the roadmap in ${period}.`, url.pathname);
      return atPeriod;
    }),
  ),
];
