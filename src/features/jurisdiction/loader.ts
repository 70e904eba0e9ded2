/** Route loader: checks the URL and starts the screen's queries while its code is still arriving. */
import type { QueryClient } from '@tanstack/react-query';
import { data, type LoaderFunctionArgs } from 'react-router';
import { commitmentsQuery, indicatorsQuery, jurisdictionQuery, roadmapQuery } from '../../api/queries';
import { hasPainted } from '../../components/after-paint';
import { JURISDICTION_CODES, type JurisdictionCode } from '../../api/schemas';
import { apiPeriodFor } from '../../domain/periods';

function isJurisdictionCode(code: string | undefined): code is JurisdictionCode {
  return JURISDICTION_CODES.some((c) => c === code);
}

export function makeLoader(queryClient: QueryClient) {
  return ({ params, request }: LoaderFunctionArgs) => {
    const code = params.code?.toUpperCase();
    if (!isJurisdictionCode(code)) {
      throw data(`There is no jurisdiction with the code “${params.code ?? ''}”. Known codes: ${JURISDICTION_CODES.join(', ')}.`, {
        status: 404,
      });
    }
    const period = new URL(request.url).searchParams.get('period');
    void queryClient.prefetchQuery(jurisdictionQuery(code));
    // On the first screen of a visit the indicators wait until the headline has painted (route.tsx).
    if (hasPainted()) void queryClient.prefetchQuery(indicatorsQuery({ jurisdiction: code }));
    void queryClient.prefetchQuery(roadmapQuery());
    // The latest period is the API's default: the commitments load alongside the roadmap.
    if (period === null) void queryClient.prefetchQuery(commitmentsQuery({ jurisdiction: code }));
    else
      void queryClient
        .ensureQueryData(roadmapQuery())
        .then((roadmap) => queryClient.prefetchQuery(commitmentsQuery({ jurisdiction: code, period: apiPeriodFor(roadmap, period) })))
        .catch(() => undefined);
    return null;
  };
}
