import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from './error-message';

interface QueryStateProps<T> {
  query: UseQueryResult<T>;
  /** What is being loaded, for messages: "progress figures". */
  what: string;
  /** Height kept while loading, so that the layout does not jump. */
  minHeight?: number;
  children: (data: T) => ReactNode;
}

/**
 * How old the data shown is, in the page's language: "3 minutes" (the message says "… ago"). From
 * the catalogues, with each language's plural forms: browsers without a language's unit names
 * (Debian's Chromium for sq and mk) would write them in English.
 */
export function ageText(updatedAt: number, t: TFunction, now = Date.now()): string {
  const seconds = Math.max(1, Math.round((now - updatedAt) / 1000));
  const [count, unit] = seconds < 60 ? [seconds, 'second'] : seconds < 3600 ? [Math.round(seconds / 60), 'minute'] : [Math.round(seconds / 3600), 'hour'];
  return t(`state.age.${unit as 'second' | 'minute' | 'hour'}`, { count });
}

/** Alert with a Retry button that refetches; used when a section's data failed. */
export function QueryErrorAlert({ error, what, onRetry, retrying }: { error: unknown; what: string; onRetry: () => void; retrying: boolean }) {
  const { t } = useTranslation();
  return (
    <div role="alert" className="alert alert-error">
      <p className="alert-title">{t('state.errorTitle', { what })}</p>
      <ErrorMessage error={error} />
      <button type="button" onClick={onRetry} disabled={retrying}>
        {retrying ? t('state.retrying') : t('state.retry')}
      </button>
    </div>
  );
}

/** The placeholder of a section whose data or code is on its way: it keeps the section's height. */
export function LoadingState({ what, minHeight = 160 }: { what: string; minHeight?: number }) {
  const { t } = useTranslation();
  return (
    <div className="loading" style={{ minHeight }} aria-busy="true">
      <p className="loading-text" role="status">
        {t('state.loading', { what })}
      </p>
    </div>
  );
}

/**
 * Renders a section from one query: a placeholder of fixed height while loading, an alert with
 * Retry on failure, and the data (marked stale with its age) when a refetch failed after a success.
 */
export function QueryState<T>({ query, what, minHeight = 160, children }: QueryStateProps<T>) {
  const { t } = useTranslation();
  if (query.isPending) return <LoadingState what={what} minHeight={minHeight} />;
  if (query.isError && query.data === undefined) {
    return <QueryErrorAlert error={query.error} what={what} onRetry={() => void query.refetch()} retrying={query.isFetching} />;
  }
  return (
    <>
      {query.isError && (
        <div role="alert" className="alert alert-stale">
          <p>{t('state.stale', { age: ageText(query.dataUpdatedAt, t) })}</p>
          <button type="button" onClick={() => void query.refetch()} disabled={query.isFetching}>
            {query.isFetching ? t('state.retrying') : t('state.retry')}
          </button>
        </div>
      )}
      {children(query.data as T)}
    </>
  );
}
