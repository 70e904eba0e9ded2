import { http } from 'msw';
import type { Progress } from '../../src/api/schemas';
import { comparePeriods } from '../../src/domain/periods';
import { commitmentsAt, progressByJurisdiction, progressByJurisdictionAndPillar } from '../../src/domain/progress';
import { apiPath } from './paths';
import { periodParam, route } from './request';

export const progressHandlers = [
  http.get(
    apiPath('/progress'),
    route(({ data, url }): Progress => {
      const period = periodParam(url, data.roadmap);
      const codes = data.jurisdictions.map((j) => j.code);
      const pillarIds = data.roadmap.pillars.map((p) => p.id);
      const items = commitmentsAt(data.commitments, period);

      const trend = data.roadmap.periods
        .filter((p) => comparePeriods(p, period) <= 0)
        .flatMap((p) =>
          progressByJurisdiction(commitmentsAt(data.commitments, p), codes, p).map((cell) => ({
            period: p,
            jurisdiction: cell.jurisdiction,
            completion: cell.completion,
          })),
        );

      return {
        period,
        byJurisdiction: progressByJurisdiction(items, codes, period),
        byJurisdictionAndPillar: progressByJurisdictionAndPillar(items, codes, pillarIds, period),
        trend,
      };
    }),
  ),
];
