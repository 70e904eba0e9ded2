import { useQuery } from '@tanstack/react-query';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useLocation, useNavigation } from 'react-router';
import { jurisdictionsQuery, roadmapQuery } from '../api/queries';
import { JURISDICTION_CODES } from '../api/schemas';
import { useAppEnv } from '../components/app-env';
import { SectionBoundary } from '../components/section-boundary';
import { TesterPanel } from '../components/tester-panel';

/** Links keep the tester's scenario while navigating. */
function withScenario(path: string, search: string): string {
  const scenario = new URLSearchParams(search).get('scenario');
  return scenario ? `${path}?scenario=${encodeURIComponent(scenario)}` : path;
}

export function PageFallback() {
  const { t } = useTranslation();
  return (
    <div className="loading page-loading" aria-busy="true">
      <p role="status" className="loading-text">
        {t('state.loading', { what: t('what.roadmap') })}
      </p>
    </div>
  );
}

/** Header (navigation, illustrative-data notice), main content, footer. */
export function Shell() {
  const { t } = useTranslation();
  const { mocks, demo, mockControls } = useAppEnv();
  const location = useLocation();
  const navigation = useNavigation();
  const roadmap = useQuery(roadmapQuery());
  const jurisdictions = useQuery(jurisdictionsQuery());
  const illustrative = mocks || roadmap.data?.dataStatus === 'illustrative';
  const names = new Map(jurisdictions.data?.items.map((j) => [j.code, j.name]));
  const codes = jurisdictions.data?.items.map((j) => j.code) ?? [...JURISDICTION_CODES];

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <div className="brand">
          <NavLink to={withScenario('/', location.search)} className="brand-name">
            {t('app.name')}
          </NavLink>
          <span className="brand-tagline">{t('app.tagline')}</span>
          {illustrative && (
            <span className="illustrative-badge" title={t('app.illustrativeDetail')}>
              {t('app.illustrative')}
              {mocks && <span className="visually-hidden"> ({t('app.mockApi')})</span>}
            </span>
          )}
        </div>
        <nav aria-label={t('nav.label')}>
          <ul>
            <li>
              <NavLink to={withScenario('/', location.search)} end>
                {t('nav.overview')}
              </NavLink>
            </li>
            {codes.map((code) => (
              <li key={code}>
                <NavLink to={withScenario(`/jurisdictions/${code}`, location.search)}>
                  <abbr title={names.get(code) ?? code}>{code}</abbr>
                  <span className="nav-long"> {names.get(code) ?? ''}</span>
                </NavLink>
              </li>
            ))}
            <li>
              <NavLink to={withScenario('/about', location.search)}>{t('nav.about')}</NavLink>
            </li>
          </ul>
        </nav>
      </header>
      {illustrative && (
        <p className="illustrative-banner">
          <strong>{demo ? t('app.demo') : t('app.illustrative')}:</strong> {t('app.illustrativeDetail')}
        </p>
      )}
      <main id="main" tabIndex={-1} aria-busy={navigation.state === 'loading'}>
        <SectionBoundary>
          <Suspense fallback={<PageFallback />}>
            <Outlet />
          </Suspense>
        </SectionBoundary>
      </main>
      <footer className="site-footer">
        {roadmap.data && (
          <p>
            {t('app.footer', { asOf: roadmap.data.asOf, period: roadmap.data.asOfPeriod, source: roadmap.data.source })}
          </p>
        )}
      </footer>
      {mockControls && <TesterPanel controls={mockControls} />}
    </div>
  );
}
