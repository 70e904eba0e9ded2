import type { Dataset } from '../data/payloads';
import { progressByPeriod } from '../data/payloads';
import type { Period, Progress } from '../../src/api/schemas';
import { pathParam, periodParam, resource } from './request';

const cache = new WeakMap<Dataset, Map<Period, Progress>>();

/** Progress of every period, computed once per dataset. */
function progressOf(data: Dataset): Map<Period, Progress> {
  let progress = cache.get(data);
  if (!progress) {
    progress = progressByPeriod(data);
    cache.set(data, progress);
  }
  return progress;
}

export const progressHandlers = [
  ...resource('/progress', ({ data }): Progress => progressOf(data).get(data.roadmap.asOfPeriod) as Progress),
  ...resource('/progress/:period', ({ data, params, url }): Progress => {
    const period = periodParam(pathParam(params, 'period'), data.roadmap, url.pathname);
    return progressOf(data).get(period) as Progress;
  }),
];
