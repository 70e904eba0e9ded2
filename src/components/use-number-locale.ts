import { useTranslation } from 'react-i18next';
import { intlLocale } from '../i18n/locales';

/** The locale figures are formatted for on this page (Intl), from the page's language. */
export function useNumberLocale(): string {
  const { i18n } = useTranslation();
  return intlLocale(i18n.language || 'en');
}
