/** The indicator's pillar (as a link that keeps the period), name, description, unit, direction and source. */
import { useTranslation } from 'react-i18next';
import { fallbackLang } from '../../domain/translation';
import { Link, useSearchParams } from 'react-router';
import type { Indicator, Roadmap } from '../../api/schemas';
import { linkTo } from '../../domain/links';

export function DefinitionSection({ indicator, roadmap }: { indicator: Indicator; roadmap: Roadmap }) {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  const pillar = roadmap.pillars.find((p) => p.id === indicator.pillar);
  return (
    <>
      {pillar && (
        <p className="indicator-kicker">
          <Link to={linkTo(`/pillars/${pillar.id}`, search)}>{t('indicator.kicker', { number: pillar.number, pillar: pillar.name })}</Link>
        </p>
      )}
      <h1 lang={fallbackLang(indicator, 'name')}>{indicator.name}</h1>
      <section aria-labelledby="indicator-definition" className="indicator-definition">
        <h2 id="indicator-definition" className="visually-hidden">
          {t('indicator.definition')}
        </h2>
        <p lang={fallbackLang(indicator, 'description')}>{indicator.description}</p>
        <dl className="indicator-facts">
          <div>
            <dt>{t('indicator.unit')}</dt>
            <dd>{indicator.unit}</dd>
          </div>
          <div>
            <dt>{t('indicator.direction')}</dt>
            <dd>{indicator.direction === 'higher' ? t('indicator.higher') : t('indicator.lower')}</dd>
          </div>
          <div>
            <dt>{t('indicator.source')}</dt>
            <dd>{indicator.source}</dd>
          </div>
        </dl>
      </section>
    </>
  );
}
