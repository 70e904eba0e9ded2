import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useLocation, useNavigation } from 'react-router';
import { roadmapQuery } from '../api/queries';
import { JURISDICTION_CODES } from '../api/schemas';
import { useAppEnv } from '../components/app-env';
import { LanguageSwitcher } from '../components/language-switcher';
import { ReleaseFooter, useReleasePreview } from '../components/release-info';
import { SectionBoundary } from '../components/section-boundary';

/** Only with the mock API on (dev server, demo build): production builds never load it. */
const TesterPanel = lazy(() => import('../components/tester-panel').then((module) => ({ default: module.TesterPanel })));

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
  const illustrative = mocks || roadmap.data?.dataStatus === 'illustrative';
  const preview = useReleasePreview();

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
        </div>
        <LanguageSwitcher />
        <nav aria-label={t('nav.label')}>
          <ul>
            <li>
              <NavLink to={withScenario('/', location.search)} end>
                {t('nav.overview')}
              </NavLink>
            </li>
            {/* The six codes are fixed by the contract; their labels come from the catalogue, so the
                header is complete at first paint and does not shift when data arrives. */}
            {JURISDICTION_CODES.map((code) => (
              <li key={code}>
                <NavLink to={withScenario(`/jurisdictions/${code}`, location.search)}>
                  <abbr title={t(`nav.names.${code}`)}>{code}</abbr>
                  <span className="nav-long"> {t(`nav.names.${code}`)}</span>
                </NavLink>
              </li>
            ))}
            {(['reporting', 'frameworks'] as const).map((page) => (
              <li key={page}>
                <NavLink to={withScenario(`/${page}`, location.search)}>{t(`nav.${page}`)}</NavLink>
              </li>
            ))}
            <li>
              <NavLink to={withScenario('/present', location.search)}>{t('nav.present')}</NavLink>
            </li>
            <li>
              <NavLink to={withScenario('/about', location.search)}>{t('nav.about')}</NavLink>
            </li>
          </ul>
        </nav>
      </header>
      {/* Space for the data-status notice is kept from the first paint, so the page does not jump
          when the roadmap says its data is illustrative. */}
      <div className="data-status" role="note" aria-label={t('app.dataStatus')}>
        {preview ? (
          <p>
            <strong>{t('release.preview', { name: preview })}</strong>: {t('release.previewDetail')}
          </p>
        ) : illustrative && (
          <p>
            <strong>{demo ? t('app.demo') : t('app.illustrative')}</strong>: {t('app.illustrativeDetail')}
            {mocks && <span className="visually-hidden"> ({t('app.mockApi')})</span>}
          </p>
        )}
      </div>
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
        <ReleaseFooter />
      </footer>
      {mockControls && (
        <Suspense fallback={null}>
          <TesterPanel controls={mockControls} />
        </Suspense>
      )}
    </div>
  );
}
