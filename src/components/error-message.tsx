import { useTranslation } from 'react-i18next';
import { ContractError, HttpError, isApiError, isNotFound, TimeoutError } from '../api/errors';

/** Plain-language explanation of a failed request, with technical details behind a disclosure. */
export function ErrorMessage({ error }: { error: unknown }) {
  const { t } = useTranslation();
  let text: string = t('state.unknown');
  let extra: string | undefined;
  if (error instanceof HttpError) {
    if (isNotFound(error)) text = t('state.httpNotFound');
    else if (error.status === 503) text = t('state.httpUnavailable');
    else text = t('state.http', { status: error.status, title: error.title });
    if (error.retryAfter !== undefined) extra = t('state.retryAfter', { seconds: error.retryAfter });
  } else if (error instanceof TimeoutError) {
    text = t('state.timeout', { seconds: Math.round(error.timeoutMs / 1000) });
  } else if (error instanceof ContractError) {
    text = t('state.contract');
  } else if (isApiError(error)) {
    text = t('state.network');
  }
  return (
    <>
      <p>
        {text} {extra}
      </p>
      {isApiError(error) && (
        <details className="error-details">
          <summary>{t('state.details')}</summary>
          {error instanceof ContractError ? (
            <ul>
              {error.issues.slice(0, 10).map((issue) => (
                <li key={`${issue.path}:${issue.message}`}>
                  {t('state.contractWhere', { endpoint: `/api/v1${error.endpoint}`, path: issue.path, message: issue.message })}
                </li>
              ))}
            </ul>
          ) : (
            <p>
              <code>{error.message}</code>
            </p>
          )}
        </details>
      )}
    </>
  );
}
