/** The formatting context of the chart models: the translation function and the locale of figures. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ModelContext, Translate } from '../../domain/charts/model';
import { charts } from '../../i18n/en/charts';
import { addMessages } from '../../i18n/i18n';
import { intlLocale } from '../../i18n/locales';

void addMessages({ charts });

export function useModelContext(): ModelContext {
  const { t, i18n } = useTranslation();
  const locale = intlLocale(i18n.language || 'en');
  return useMemo(() => ({ t: t as unknown as Translate, locale }), [t, locale]);
}
