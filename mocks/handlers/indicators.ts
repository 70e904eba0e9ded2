import type { Indicator, IndicatorList } from '../../src/api/schemas';
import { indicatorList } from '../data/payloads';
import { jurisdictionParam, pillarParam } from './commitments';
import { notFound } from './problem';
import { pathParam, resource } from './request';

/** Indicators: all, one pillar's, all with one jurisdiction's series only, and one by id. */
export const indicatorHandlers = [
  ...resource('/indicators', ({ data }): IndicatorList => indicatorList(data)),
  ...resource('/pillars/:id/indicators', ({ data, params, url }): IndicatorList => {
    const id = pillarParam(pathParam(params, 'id'), data.roadmap.pillars.map((p) => p.id), url.pathname);
    return indicatorList(data, { pillar: id });
  }),
  ...resource('/jurisdictions/:code/indicators', ({ data, params, url }): IndicatorList => {
    const code = jurisdictionParam(pathParam(params, 'code'), data.jurisdictions.map((j) => j.code), url.pathname);
    return indicatorList(data, { jurisdiction: code });
  }),
  ...resource('/indicators/:id', ({ data, params, url }): Indicator => {
    const id = pathParam(params, 'id');
    const indicator = data.indicators.find((i) => i.id === id);
    if (!indicator) throw notFound(`There is no indicator with id ${id}.`, url.pathname);
    return indicator;
  }),
];
