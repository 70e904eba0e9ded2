import { QueryErrorResetBoundary } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from './error-message';

/** Keeps a failure in one section from blanking the rest of the screen. */
export function SectionBoundary({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => (
        <ErrorBoundary
          onReset={reset}
          fallbackRender={({ error, resetErrorBoundary }) => (
            <div role="alert" className="alert alert-error">
              <p className="alert-title">{t('state.sectionCrashed')}</p>
              <ErrorMessage error={error} />
              <button type="button" onClick={resetErrorBoundary}>
                {t('state.retry')}
              </button>
            </div>
          )}
        >
          {children}
        </ErrorBoundary>
      )}
    </QueryErrorResetBoundary>
  );
}
