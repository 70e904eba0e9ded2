/**
 * For each chart: the resources its model needs and how the model is built from them and from the
 * chart's options in the query string. Slides and embeds load and build through this table.
 */
import type { Indicator, IndicatorList, JurisdictionList, Progress, Roadmap } from '../../api/schemas';
import { jurisdictionIndicatorsModel } from '../../domain/charts/jurisdiction-indicators';
import { jurisdictionPillarsModel } from '../../domain/charts/jurisdiction-pillars';
import { overviewGridModel } from '../../domain/charts/overview-grid';
import { indicatorValuesModel } from '../../domain/charts/indicator-values';
import { overviewStatusModel } from '../../domain/charts/overview-status';
import { overviewTrendModel } from '../../domain/charts/overview-trend';
import { pillarStatusModel } from '../../domain/charts/pillar-status';
import type { ChartId, ChartModel, ModelContext } from '../../domain/charts/model';
import { selectedPeriod } from '../../domain/periods';

export type ChartNeed = 'progress' | 'indicator' | 'jurisdictionIndicators';

export interface SpecData {
  roadmap: Roadmap;
  jurisdictions: JurisdictionList;
  progress?: Progress;
  indicator?: Indicator;
  jurisdictionIndicators?: IndicatorList;
}

export interface ChartSpec {
  needs: readonly ChartNeed[];
  /** The model, or null when the subject is unknown. */
  build: (data: SpecData, options: { subject?: string; search: URLSearchParams }, ctx: ModelContext) => ChartModel | null;
}

export const CHART_SPECS: Record<ChartId, ChartSpec> = {
  'overview-status': {
    needs: ['progress'],
    build: ({ roadmap, jurisdictions, progress }, { search }, ctx) =>
      progress ? overviewStatusModel({ roadmap, progress, jurisdictions: jurisdictions.items, period: selectedPeriod(roadmap, search.get('period')) }, ctx) : null,
  },
  'overview-grid': {
    needs: ['progress'],
    build: ({ roadmap, jurisdictions, progress }, { search }, ctx) =>
      progress ? overviewGridModel({ roadmap, progress, jurisdictions: jurisdictions.items, period: selectedPeriod(roadmap, search.get('period')) }, ctx) : null,
  },
  'overview-trend': {
    needs: ['progress'],
    build: ({ roadmap, jurisdictions, progress }, { search }, ctx) =>
      progress ? overviewTrendModel({ roadmap, progress, jurisdictions: jurisdictions.items, period: selectedPeriod(roadmap, search.get('period')) }, ctx) : null,
  },
  'jurisdiction-pillars': {
    needs: ['progress'],
    build: ({ roadmap, jurisdictions, progress }, { subject, search }, ctx) => {
      const jurisdiction = jurisdictions.items.find((j) => j.code === subject?.toUpperCase());
      return progress && jurisdiction
        ? jurisdictionPillarsModel({ roadmap, progress, jurisdiction, period: selectedPeriod(roadmap, search.get('period')) }, ctx)
        : null;
    },
  },
  'pillar-status': {
    needs: ['progress'],
    build: ({ roadmap, jurisdictions, progress }, { subject, search }, ctx) => {
      const pillar = roadmap.pillars.find((p) => p.id === subject);
      return progress && pillar
        ? pillarStatusModel({ roadmap, progress, jurisdictions: jurisdictions.items, pillar, period: selectedPeriod(roadmap, search.get('period')) }, ctx)
        : null;
    },
  },
  'indicator-values': {
    needs: ['indicator'],
    build: ({ roadmap, jurisdictions, indicator }, { search }, ctx) =>
      indicator
        ? indicatorValuesModel(
            { indicator, jurisdictions: jurisdictions.items, period: selectedPeriod(roadmap, search.get('period')), compare: search.get('compare') },
            ctx,
          )
        : null,
  },
  'jurisdiction-indicators': {
    needs: ['jurisdictionIndicators'],
    build: ({ roadmap, jurisdictions, jurisdictionIndicators }, { subject, search }, ctx) => {
      const jurisdiction = jurisdictions.items.find((j) => j.code === subject?.toUpperCase());
      return jurisdictionIndicators && jurisdiction
        ? jurisdictionIndicatorsModel({ jurisdiction, indicators: jurisdictionIndicators.items, period: selectedPeriod(roadmap, search.get('period')) }, ctx)
        : null;
    },
  },
};
