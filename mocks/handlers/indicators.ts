import { http } from 'msw';
import { JURISDICTION_CODES, type Indicator, type IndicatorList, type JurisdictionCode } from '../../src/api/schemas';
import { apiPath } from './paths';
import { notFound } from './problem';
import { enumParam, pathParam, route } from './request';

/** With a jurisdiction filter, each indicator keeps only that jurisdiction's series. */
function withSeriesOf(indicator: Indicator, jurisdiction: JurisdictionCode | undefined): Indicator {
  if (!jurisdiction) return indicator;
  return { ...indicator, series: indicator.series.filter((s) => s.jurisdiction === jurisdiction) };
}

export const indicatorHandlers = [
  http.get(
    apiPath('/indicators'),
    route(({ data, url }): IndicatorList => {
      const pillar = enumParam(
        url,
        'pillar',
        data.roadmap.pillars.map((p) => p.id),
      );
      const jurisdiction = enumParam(url, 'jurisdiction', JURISDICTION_CODES);
      return {
        items: data.indicators
          .filter((indicator) => !pillar || indicator.pillar === pillar)
          .map((indicator) => withSeriesOf(indicator, jurisdiction)),
      };
    }),
  ),

  http.get(
    apiPath('/indicators/:id'),
    route(({ data, params, url }): Indicator => {
      const id = pathParam(params, 'id');
      const jurisdiction = enumParam(url, 'jurisdiction', JURISDICTION_CODES);
      const indicator = data.indicators.find((i) => i.id === id);
      if (!indicator) throw notFound(`There is no indicator with id ${id}.`, url.pathname);
      return withSeriesOf(indicator, jurisdiction);
    }),
  ),
];
