import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useDocumentTitle } from './use-document-title';

/** Not-found page for unknown paths and unknown ids, with a way back. */
export function NotFound({ message }: { message?: string }) {
  const { t } = useTranslation();
  const location = useLocation();
  const heading = useRef<HTMLHeadingElement>(null);
  useDocumentTitle(t('notFound.title'));
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="not-found" aria-labelledby="not-found-title">
      <h1 id="not-found-title" ref={heading} tabIndex={-1}>
        {t('notFound.title')}
      </h1>
      <p>{message ?? t('notFound.body', { path: location.pathname })}</p>
      <p>
        <Link to="/">{t('notFound.back')}</Link>
      </p>
    </section>
  );
}
