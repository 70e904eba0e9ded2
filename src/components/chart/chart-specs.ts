/**
 * For each chart: the resources its model needs, and its builder from those and the chart's options
 * in the query string. Slides and embeds load and build through this table. Each builder is loaded
 * on demand: its module belongs to the screen that shows the chart, so a slide or an embed brings
 * that screen's code, and no screen carries the others' models.
 */
import type { Indicator, IndicatorList, JurisdictionList, Progress, Roadmap } from '../../api/schemas';
import type { ChartId, ChartModel, ModelContext } from '../../domain/charts/model';
import { selectedPeriod } from '../../domain/periods';
import { addMessages } from '../../i18n/i18n';

export type ChartNeed = 'progress' | 'indicator' | 'jurisdictionIndicators';

export interface SpecData {
  roadmap: Roadmap;
  jurisdictions: JurisdictionList;
  progress?: Progress;
  indicator?: Indicator;
  jurisdictionIndicators?: IndicatorList;
}

export type ChartBuilder = (data: SpecData, options: { subject?: string; search: URLSearchParams }, ctx: ModelContext) => ChartModel | null;

export interface ChartSpec {
  needs: readonly ChartNeed[];
  /** The builder: the model, or null when the subject is unknown. */
  load: () => Promise<ChartBuilder>;
}

const period = (roadmap: Roadmap, search: URLSearchParams) => selectedPeriod(roadmap, search.get('period'));

/**
 * A model of a chart outside the overview, with its strings (i18n/en/chartDetails.ts, and the
 * page's language): a slide or an embed of it then never shows English first.
 */
async function withDetails<T>(model: Promise<T>): Promise<T> {
  const [loaded, { chartDetails }] = await Promise.all([model, import('../../i18n/en/chartDetails')]);
  await addMessages({ chartDetails });
  return loaded;
}

export const CHART_SPECS: Record<ChartId, ChartSpec> = {
  'overview-status': {
    needs: ['progress'],
    load: async () => {
      const { overviewStatusModel } = await import('../../domain/charts/overview-status');
      return ({ roadmap, jurisdictions, progress }, { search }, ctx) =>
        progress ? overviewStatusModel({ roadmap, progress, jurisdictions: jurisdictions.items, period: period(roadmap, search) }, ctx) : null;
    },
  },
  'overview-grid': {
    needs: ['progress'],
    load: async () => {
      const { overviewGridModel } = await import('../../domain/charts/overview-grid');
      return ({ roadmap, jurisdictions, progress }, { search }, ctx) =>
        progress ? overviewGridModel({ roadmap, progress, jurisdictions: jurisdictions.items, period: period(roadmap, search) }, ctx) : null;
    },
  },
  'overview-trend': {
    needs: ['progress'],
    load: async () => {
      const { overviewTrendModel } = await import('../../domain/charts/overview-trend');
      return ({ roadmap, jurisdictions, progress }, { search }, ctx) =>
        progress ? overviewTrendModel({ roadmap, progress, jurisdictions: jurisdictions.items, period: period(roadmap, search) }, ctx) : null;
    },
  },
  'jurisdiction-pillars': {
    needs: ['progress'],
    load: async () => {
      const { jurisdictionPillarsModel } = await withDetails(import('../../domain/charts/jurisdiction-pillars'));
      return ({ roadmap, jurisdictions, progress }, { subject, search }, ctx) => {
        const jurisdiction = jurisdictions.items.find((j) => j.code === subject?.toUpperCase());
        return progress && jurisdiction ? jurisdictionPillarsModel({ roadmap, progress, jurisdiction, period: period(roadmap, search) }, ctx) : null;
      };
    },
  },
  'pillar-status': {
    needs: ['progress'],
    load: async () => {
      const { pillarStatusModel } = await withDetails(import('../../domain/charts/pillar-status'));
      return ({ roadmap, jurisdictions, progress }, { subject, search }, ctx) => {
        const pillar = roadmap.pillars.find((p) => p.id === subject);
        return progress && pillar ? pillarStatusModel({ roadmap, progress, jurisdictions: jurisdictions.items, pillar, period: period(roadmap, search) }, ctx) : null;
      };
    },
  },
  'indicator-values': {
    needs: ['indicator'],
    load: async () => {
      const { indicatorValuesModel } = await withDetails(import('../../domain/charts/indicator-values'));
      return ({ roadmap, jurisdictions, indicator }, { search }, ctx) =>
        indicator
          ? indicatorValuesModel({ indicator, jurisdictions: jurisdictions.items, period: period(roadmap, search), compare: search.get('compare') }, ctx)
          : null;
    },
  },
  'jurisdiction-indicators': {
    needs: ['jurisdictionIndicators'],
    load: async () => {
      const { jurisdictionIndicatorsModel } = await withDetails(import('../../domain/charts/jurisdiction-indicators'));
      return ({ roadmap, jurisdictions, jurisdictionIndicators }, { subject, search }, ctx) => {
        const jurisdiction = jurisdictions.items.find((j) => j.code === subject?.toUpperCase());
        return jurisdictionIndicators && jurisdiction
          ? jurisdictionIndicatorsModel({ jurisdiction, indicators: jurisdictionIndicators.items, period: period(roadmap, search) }, ctx)
          : null;
      };
    },
  },
};
