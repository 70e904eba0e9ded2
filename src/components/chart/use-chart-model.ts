/**
 * Loads what a chart needs and builds its model, for the views that show a chart on its own (the
 * presenter's slides and the embed view). Screens build the same models from the data they already
 * hold, with the same builders (src/domain/charts), so the two cannot disagree.
 */
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isNotFound } from '../../api/errors';
import { indicatorQuery, indicatorsQuery, jurisdictionsQuery, progressQuery, roadmapQuery } from '../../api/queries';
import type { Indicator, IndicatorList, JurisdictionList, Progress, Roadmap } from '../../api/schemas';
import type { ChartId, ChartModel } from '../../domain/charts/model';
import { useModelContext } from './model-context';
import { apiPeriodFor } from '../../domain/periods';
import { CHART_SPECS } from './chart-specs';

export interface ChartRequest {
  id: ChartId;
  subject?: string;
  /** The chart's options as in its screen's query string (period, compare...). */
  search: URLSearchParams;
}

export type ChartModelState =
  | { state: 'loading' }
  | { state: 'error'; error: unknown; retry: () => void; what: string }
  | { state: 'unknown' }
  | { state: 'ready'; model: ChartModel };

function failed(query: UseQueryResult<unknown>, what: string): ChartModelState | null {
  if (query.isError && query.data === undefined) return { state: 'error', error: query.error, retry: () => void query.refetch(), what };
  return null;
}

export function useChartModel({ id, subject, search }: ChartRequest): ChartModelState {
  const { t } = useTranslation();
  const ctx = useModelContext();
  const spec = CHART_SPECS[id];
  // The model's code comes with the screen that shows the chart (see chart-specs.ts).
  const builder = useQuery({ queryKey: ['chart-code', id], queryFn: spec.load, staleTime: Infinity, gcTime: Infinity });
  const roadmap = useQuery(roadmapQuery());
  const jurisdictions = useQuery(jurisdictionsQuery());
  const apiPeriod = roadmap.data ? apiPeriodFor(roadmap.data, search.get('period')) : undefined;
  const progress = useQuery({ ...progressQuery(apiPeriod), enabled: spec.needs.includes('progress') && roadmap.data !== undefined });
  const indicator = useQuery({ ...indicatorQuery(subject ?? ''), enabled: spec.needs.includes('indicator') && Boolean(subject) });
  // A jurisdiction's indicators are asked for only once the code is known to be a jurisdiction's.
  const code = jurisdictions.data?.items.find((j) => j.code === subject?.toUpperCase())?.code;
  const needsIndicators = spec.needs.includes('jurisdictionIndicators');
  const jurisdictionIndicators = useQuery({ ...indicatorsQuery({ jurisdiction: code }), enabled: needsIndicators && code !== undefined });

  const problem =
    failed(builder, t('embed.what')) ??
    failed(roadmap, t('what.roadmap')) ??
    failed(jurisdictions, t('what.jurisdictions')) ??
    (spec.needs.includes('progress') ? failed(progress, t('what.progress')) : null) ??
    (spec.needs.includes('indicator') && !isNotFound(indicator.error) ? failed(indicator, t('what.indicators')) : null) ??
    (needsIndicators ? failed(jurisdictionIndicators, t('what.indicators')) : null);
  if (problem) return problem;
  if (spec.needs.includes('indicator') && (!subject || isNotFound(indicator.error))) return { state: 'unknown' };
  if (needsIndicators && jurisdictions.data && code === undefined) return { state: 'unknown' };
  const data: ChartData = {
    roadmap: roadmap.data,
    jurisdictions: jurisdictions.data,
    progress: spec.needs.includes('progress') ? progress.data : undefined,
    indicator: spec.needs.includes('indicator') ? indicator.data : undefined,
    jurisdictionIndicators: needsIndicators ? jurisdictionIndicators.data : undefined,
  };
  if (
    !data.roadmap ||
    !data.jurisdictions ||
    (spec.needs.includes('progress') && !data.progress) ||
    (spec.needs.includes('indicator') && !data.indicator) ||
    (needsIndicators && !data.jurisdictionIndicators)
  ) {
    return { state: 'loading' };
  }
  if (!builder.data) return { state: 'loading' };
  const model = builder.data(data as Required<Pick<ChartData, 'roadmap' | 'jurisdictions'>> & ChartData, { subject, search }, ctx);
  return model ? { state: 'ready', model } : { state: 'unknown' };
}

export interface ChartData {
  roadmap?: Roadmap;
  jurisdictions?: JurisdictionList;
  progress?: Progress;
  indicator?: Indicator;
  /** The indicators of the chart's jurisdiction (`/indicators?jurisdiction=`), each with its series only. */
  jurisdictionIndicators?: IndicatorList;
}
