/** Where a chart's embed view lives: `/embed/<chart-id>` or `/embed/<chart-id>/<subject>`. */
import type { ChartModel } from './model';

export function embedPath(model: Pick<ChartModel, 'id' | 'subject'>): string {
  return `/embed/${model.id}${model.subject ? `/${encodeURIComponent(model.subject)}` : ''}`;
}

/** The screen that holds the chart, for the embed's "full view" link. */
export function screenPath(model: Pick<ChartModel, 'id' | 'subject'>): string {
  const subject = encodeURIComponent(model.subject ?? '');
  switch (model.id) {
    case 'jurisdiction-pillars':
    case 'jurisdiction-indicators':
      return `/jurisdictions/${subject}`;
    case 'pillar-status':
      return `/pillars/${subject}`;
    case 'indicator-values':
      return `/indicators/${subject}`;
    default:
      return '/';
  }
}
