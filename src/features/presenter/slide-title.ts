/** A slide's title and kind, resolved from live data (jurisdiction, pillar and indicator names). */
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isNotFound } from '../../api/errors';
import { indicatorQuery, jurisdictionsQuery, roadmapQuery } from '../../api/queries';
import type { Slide } from '../../domain/deck';

export type SlideTitle =
  | { state: 'ready'; title: string }
  | { state: 'loading' }
  /** The subject does not exist (unknown jurisdiction, pillar or indicator). */
  | { state: 'unknown' }
  /** The data needed for the title could not be loaded. */
  | { state: 'error' };

export type KindGroup = 'overview' | 'jurisdiction' | 'pillar' | 'indicator';

export function kindGroup(slide: Slide): KindGroup {
  switch (slide.kind) {
    case 'jurisdiction-pillars':
    case 'jurisdiction-indicators':
      return 'jurisdiction';
    case 'pillar-status':
      return 'pillar';
    case 'indicator':
      return 'indicator';
    default:
      return 'overview';
  }
}

/** A jurisdiction code from a slide's subject; links may spell it in lower case. */
export function jurisdictionParam(slide: Slide): string {
  return (slide.param ?? '').toUpperCase();
}

export function useSlideTitle(slide: Slide): SlideTitle {
  const { t } = useTranslation();
  const roadmap = useQuery({ ...roadmapQuery(), enabled: slide.kind === 'pillar-status' });
  const jurisdictions = useQuery({ ...jurisdictionsQuery(), enabled: kindGroup(slide) === 'jurisdiction' });
  const indicator = useQuery({ ...indicatorQuery(slide.param ?? ''), enabled: slide.kind === 'indicator' });

  switch (slide.kind) {
    case 'overview-status':
      return { state: 'ready', title: t('presenter.titles.overviewStatus') };
    case 'overview-grid':
      return { state: 'ready', title: t('presenter.titles.overviewGrid') };
    case 'overview-trend':
      return { state: 'ready', title: t('presenter.titles.overviewTrend') };
    case 'jurisdiction-pillars':
    case 'jurisdiction-indicators': {
      if (!jurisdictions.data) return jurisdictions.isError ? { state: 'error' } : { state: 'loading' };
      const code = jurisdictionParam(slide);
      const jurisdiction = jurisdictions.data.items.find((j) => j.code === code);
      const key = slide.kind === 'jurisdiction-pillars' ? 'presenter.titles.jurisdictionPillars' : 'presenter.titles.jurisdictionIndicators';
      return jurisdiction ? { state: 'ready', title: t(key, { name: jurisdiction.name }) } : { state: 'unknown' };
    }
    case 'pillar-status': {
      if (!roadmap.data) return roadmap.isError ? { state: 'error' } : { state: 'loading' };
      const pillar = roadmap.data.pillars.find((p) => p.id === slide.param);
      return pillar ? { state: 'ready', title: t('presenter.titles.pillarStatus', { name: pillar.name }) } : { state: 'unknown' };
    }
    case 'indicator':
      if (indicator.data) return { state: 'ready', title: indicator.data.name };
      if (isNotFound(indicator.error)) return { state: 'unknown' };
      return indicator.isError ? { state: 'error' } : { state: 'loading' };
  }
}
