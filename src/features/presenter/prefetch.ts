import type { QueryClient } from '@tanstack/react-query';
import { indicatorQuery, indicatorsQuery, jurisdictionsQuery, progressQuery, roadmapQuery } from '../../api/queries';
import { JURISDICTION_CODES, type JurisdictionCode } from '../../api/schemas';
import type { Slide } from '../../domain/deck';

/**
 * Starts loading every slide's data at once, so that stepping through the deck is instant and the
 * deck keeps working if the network drops after it was opened. Failures are left to each slide.
 */
export function prefetchDeck(queryClient: QueryClient, slides: readonly Slide[]): void {
  void queryClient.prefetchQuery(jurisdictionsQuery());
  void queryClient
    .ensureQueryData(roadmapQuery())
    .then((roadmap) => {
      if (slides.some((s) => s.kind !== 'indicator' && s.kind !== 'jurisdiction-indicators')) void queryClient.prefetchQuery(progressQuery(roadmap.asOfPeriod));
    })
    .catch(() => undefined);
  for (const slide of slides) {
    if (slide.kind === 'indicator' && slide.param) void queryClient.prefetchQuery(indicatorQuery(slide.param));
    const code = (slide.param ?? '').toUpperCase();
    if (slide.kind === 'jurisdiction-indicators' && (JURISDICTION_CODES as readonly string[]).includes(code))
      void queryClient.prefetchQuery(indicatorsQuery({ jurisdiction: code as JurisdictionCode }));
  }
}
