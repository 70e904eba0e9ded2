import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets the tab title to "<page> · Roadmap Monitor" so that history and tabs say where the user is. */
export function useDocumentTitle(page: string | undefined): void {
  const { t } = useTranslation();
  const suffix = t('app.titleSuffix');
  useEffect(() => {
    document.title = page ? `${page} · ${suffix}` : suffix;
  }, [page, suffix]);
}
