import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { NotFound } from '../components/not-found';

/** Root error boundary: a 404 from a loader is a not-found page; anything else keeps the URL and offers a way on. */
export function RootError() {
  const error = useRouteError();
  const { t } = useTranslation();
  if (isRouteErrorResponse(error) && error.status === 404) {
    return <NotFound message={typeof error.data === 'string' ? error.data : undefined} />;
  }
  return (
    <section role="alert" className="alert alert-error page-error">
      <h1>{t('error.title')}</h1>
      <p>{t('error.body')}</p>
      <p>
        <button type="button" onClick={() => window.location.reload()}>
          {t('error.reload')}
        </button>{' '}
        <Link to="/">{t('notFound.back')}</Link>
      </p>
    </section>
  );
}
