/** Route loader: checks the URL and starts the screen's queries while its code is still arriving. */
import type { QueryClient } from '@tanstack/react-query';
import { data, type LoaderFunctionArgs } from 'react-router';
import { commitmentsQuery, indicatorsQuery, jurisdictionsQuery, progressQuery, roadmapQuery } from '../../api/queries';
import { JURISDICTION_CODES } from '../../api/schemas';
import { isPeriod } from '../../domain/periods';
import { i18n } from '../../i18n/i18n';

/** Pillar ids are lower-case slugs; anything else cannot name a pillar. */
const PILLAR_ID = /^[a-z0-9-]+$/;

export function makeLoader(queryClient: QueryClient) {
  return ({ params, request }: LoaderFunctionArgs) => {
    const id = params.pillarId ?? '';
    if (!PILLAR_ID.test(id)) throw data(i18n.t('notFound.badPillarId', { id }), { status: 404 });
    const search = new URL(request.url).searchParams;
    const period = search.get('period');
    const code = search.get('jurisdiction');
    const jurisdiction = JURISDICTION_CODES.find((c) => c === code);
    void queryClient.prefetchQuery(jurisdictionsQuery());
    void queryClient
      .ensureQueryData(roadmapQuery())
      .then((roadmap) => {
        // An unknown pillar is reported by the screen; its filtered resources would only answer 400.
        if (!roadmap.pillars.some((p) => p.id === id)) return;
        const at = isPeriod(period) && roadmap.periods.includes(period) ? period : roadmap.asOfPeriod;
        void queryClient.prefetchQuery(progressQuery(at));
        void queryClient.prefetchQuery(indicatorsQuery({ pillar: id }));
        void queryClient.prefetchQuery(commitmentsQuery({ pillar: id, period: at, jurisdiction }));
      })
      .catch(() => undefined);
    return null;
  };
}
