/**
 * One chart alone, for framing in other sites: `/embed/<chart-id>[/<subject>]` with the same query
 * parameters as the chart's screen. Title, takeaway, the chart with its Chart/Table switch, period,
 * source, footnotes, the data-status notice and a link to the full view; no site header.
 */
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useHref, useLocation, useParams, useSearchParams } from 'react-router';
import { roadmapQuery } from '../../api/queries';
import { useAppEnv } from '../../components/app-env';
import { ModelFrame } from '../../components/chart/model-frame';
import { useChartModel } from '../../components/chart/use-chart-model';
import { NotFound } from '../../components/not-found';
import { LoadingState, QueryErrorAlert } from '../../components/query-state';
import { useDocumentTitle } from '../../components/use-document-title';
import { screenPath } from '../../domain/charts/embed';
import { isChartId, type ChartId } from '../../domain/charts/model';
import './embed.css';

export function Component() {
  const { chartId = '' } = useParams();
  if (!isChartId(chartId)) return <NotFound />;
  return <Embed id={chartId} />;
}

function Embed({ id }: { id: ChartId }) {
  const { t } = useTranslation();
  const { subject } = useParams();
  const [search] = useSearchParams();
  const location = useLocation();
  const { mocks, demo } = useAppEnv();
  const roadmap = useQuery(roadmapQuery());
  const state = useChartModel({ id, subject, search });
  useDocumentTitle(state.state === 'ready' ? state.model.title : t('embed.title'));
  // The full view in the embed's own language (useHref keeps the router's basename).
  const fullView = useHref(`${state.state === 'ready' ? screenPath(state.model) : '/'}${location.search}`);
  const illustrative = mocks || roadmap.data?.dataStatus === 'illustrative';
  if (state.state === 'unknown') return <NotFound />;
  return (
    <main className="embed" id="main">
      {state.state === 'loading' && <LoadingState what={t('embed.what')} minHeight={320} />}
      {state.state === 'error' && <QueryErrorAlert error={state.error} what={state.what} onRetry={state.retry} retrying={false} />}
      {state.state === 'ready' && (
        <>
          <ModelFrame model={state.model} embedded drawNow />
          <p className="embed-footer">
            {illustrative && (
              <>
                <strong>{demo ? t('app.demo') : t('app.illustrative')}</strong>: {t('app.illustrativeDetail')}{' '}
              </>
            )}
            <a href={fullView} target="_top">
              {t('embed.fullView', { name: t('app.name') })}
            </a>
          </p>
        </>
      )}
    </main>
  );
}
