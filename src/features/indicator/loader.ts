/** Route loader: checks the URL and starts the screen's queries while its code is still arriving. */
import type { QueryClient } from '@tanstack/react-query';
import { data, type LoaderFunctionArgs } from 'react-router';
import { indicatorQuery, jurisdictionsQuery, roadmapQuery } from '../../api/queries';
import { i18n } from '../../i18n/i18n';

/** Indicator ids are lower-case slugs; anything else cannot name an indicator. */
const INDICATOR_ID = /^[a-z0-9-]+$/;

export function makeLoader(queryClient: QueryClient) {
  return ({ params }: LoaderFunctionArgs) => {
    const id = params.indicatorId ?? '';
    if (!INDICATOR_ID.test(id)) throw data(i18n.t('notFound.badIndicatorId', { id }), { status: 404 });
    void queryClient.prefetchQuery(indicatorQuery(id));
    void queryClient.prefetchQuery(roadmapQuery());
    void queryClient.prefetchQuery(jurisdictionsQuery());
    return null;
  };
}
