import { useTranslation } from 'react-i18next';
import { useNumberLocale } from '../../components/use-number-locale';
import { numberDataLocale } from '../../domain/format';
import { GROWTH_THRESHOLDS, PROGRESS_CATEGORIES, RATIO_THRESHOLDS, type ProgressCategory } from '../../domain/indicator-progress';

/** A threshold as a percentage in the page's locale: 0.95 -> '95%', 0.015 -> '1.5%'. */
export function formatThreshold(value: number, locale = 'en'): string {
  return new Intl.NumberFormat(numberDataLocale(locale), { style: 'percent', maximumFractionDigits: 2 }).format(value);
}

interface Thresholds {
  onTrack: number;
  accelerationNeeded: number;
  limitedProgress: number;
}

/**
 * The indicator progress method with its thresholds. The figures come from the constants the
 * calculation itself uses, so the explanation and the code cannot drift apart.
 */
export function IndicatorMethod() {
  const { t } = useTranslation();
  const locale = useNumberLocale();
  const ratio = t('about.method.rules.growth');

  function rule(category: ProgressCategory, thresholds: Thresholds, symbol: string): string {
    const on = formatThreshold(thresholds.onTrack, locale);
    const acc = formatThreshold(thresholds.accelerationNeeded, locale);
    const lim = formatThreshold(thresholds.limitedProgress, locale);
    switch (category) {
      case 'on_track':
        return t('about.method.rules.atLeast', { symbol, from: on });
      case 'acceleration_needed':
        return t('about.method.rules.between', { symbol, from: acc, to: on });
      case 'limited_progress':
        return t('about.method.rules.between', { symbol, from: lim, to: acc });
      case 'deterioration':
        return t('about.method.rules.below', { symbol, to: lim });
      case 'target_achieved':
        return t('about.method.rules.achieved');
      case 'not_available':
        return t('about.method.rules.notAvailable');
    }
  }

  return (
    <section aria-labelledby="about-method">
      <h2 id="about-method">{t('about.method.title')}</h2>
      <p>{t('about.method.intro')}</p>
      <p>{t('about.method.growth')}</p>
      <p>{t('about.method.ratio')}</p>
      <p>{t('about.method.noTarget')}</p>
      <p>{t('about.method.achieved')}</p>
      <div className="table-scroll">
        <table className="about-method">
          <caption>{t('about.method.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('about.method.category')}</th>
              <th scope="col">{t('about.method.withTarget')}</th>
              <th scope="col">{t('about.method.withoutTarget')}</th>
            </tr>
          </thead>
          <tbody>
            {PROGRESS_CATEGORIES.map((category) => (
              <tr key={category}>
                <th scope="row">{t(`indicatorCategory.${category}`)}</th>
                <td>{rule(category, RATIO_THRESHOLDS, 'R')}</td>
                <td>
                  {category === 'target_achieved' ? t('about.method.notApplicable') : rule(category, GROWTH_THRESHOLDS, ratio)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>{t('about.method.missing')}</p>
      <p className="footnote">{t('about.method.source')}</p>
    </section>
  );
}
