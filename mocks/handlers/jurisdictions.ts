import { http } from 'msw';
import type { Jurisdiction, JurisdictionList } from '../../src/api/schemas';
import { apiPath } from './paths';
import { notFound, PROBLEM_TYPES, ProblemError } from './problem';
import { pathParam, route } from './request';

export const jurisdictionHandlers = [
  http.get(
    apiPath('/jurisdictions'),
    route(({ data }): JurisdictionList => ({ items: data.jurisdictions })),
  ),

  http.get(
    apiPath('/jurisdictions/:code'),
    route(({ data, params, url }): Jurisdiction => {
      const code = pathParam(params, 'code');
      if (!/^[A-Z]{2}$/.test(code)) {
        throw new ProblemError(400, `"${code}" is not a jurisdiction code; codes are two capital letters, e.g. AL.`, {
          type: PROBLEM_TYPES.invalidPathParameter,
          title: 'Invalid jurisdiction code',
        });
      }
      const jurisdiction = data.jurisdictions.find((j) => j.code === code);
      if (!jurisdiction) throw notFound(`There is no jurisdiction with code ${code}.`, url.pathname);
      return jurisdiction;
    }),
  ),
];
