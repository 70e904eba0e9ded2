/** Route loader: checks the URL and starts the screen's queries while its code is still arriving. */
import type { QueryClient } from '@tanstack/react-query';
import { data, type LoaderFunctionArgs } from 'react-router';
import { commitmentQuery, jurisdictionsQuery, roadmapQuery } from '../../api/queries';
import { apiPeriodFor } from '../../domain/periods';
import { i18n } from '../../i18n/i18n';

/** Commitment ids: jurisdiction code, pillar number, commitment number, e.g. AL-2-03. */
const COMMITMENT_ID = /^[A-Z]{2}-\d+-\d+$/;

export function makeLoader(queryClient: QueryClient) {
  return ({ params, request }: LoaderFunctionArgs) => {
    const id = params.commitmentId ?? '';
    if (!COMMITMENT_ID.test(id)) throw data(i18n.t('notFound.badCommitmentId', { id }), { status: 404 });
    const raw = new URL(request.url).searchParams.get('period');
    void queryClient.prefetchQuery(jurisdictionsQuery());
    void queryClient
      .ensureQueryData(roadmapQuery())
      .then((roadmap) => queryClient.prefetchQuery(commitmentQuery(id, apiPeriodFor(roadmap, raw))))
      .catch(() => undefined);
    return null;
  };
}
