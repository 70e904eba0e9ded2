import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { apiBaseUrl } from '../../api/client';
import { jurisdictionsQuery, roadmapQuery } from '../../api/queries';
import { QueryState } from '../../components/query-state';
import { fallbackLang } from '../../domain/translation';
import { ReleaseSection } from './release-section';
import { StatusBadge } from '../../components/status-badge';
import { useDocumentTitle } from '../../components/use-document-title';
import { about } from '../../i18n/en/about';
import { addMessages } from '../../i18n/i18n';
import { IndicatorMethod } from './indicator-method';
import { ReferenceSection } from './reference-section';
import './about.css';

addMessages({ about });

export function Component() {
  const { t } = useTranslation();
  useDocumentTitle(t('about.title'));
  const roadmap = useQuery(roadmapQuery());
  const jurisdictions = useQuery(jurisdictionsQuery());
  const footnotes = jurisdictions.data?.items.filter((j) => j.designationFootnote) ?? [];
  return (
    <article className="prose">
      <h1>{t('about.title')}</h1>
      <p>{t('about.intro')}</p>
      <p>{t('about.translationDraft')}</p>
      <QueryState query={roadmap} what={t('what.roadmap')} minHeight={300}>
        {(r) => (
          <>
            <h2>{t('about.dataStatus')}</h2>
            <p>{r.dataStatus === 'illustrative' ? t('about.illustrative') : t('about.official')}</p>
            <p>{r.description}</p>
            <h2>{t('about.statuses')}</h2>
            <dl>
              {r.statuses.map((s) => (
                <div key={s.code}>
                  <dt>
                    <StatusBadge status={s.code} />
                  </dt>
                  <dd>{s.description}</dd>
                </div>
              ))}
            </dl>
            <h2>{t('about.overdueTitle')}</h2>
            <p>{t('about.overdueRule')}</p>
            <h2>{t('about.completionTitle')}</h2>
            <p>{t('about.completionRule')}</p>
            <IndicatorMethod />
            <h2>{t('about.pillars')}</h2>
            <ol>
              {r.pillars.map((p) => (
                <li key={p.id}>
                  <strong lang={fallbackLang(p, 'name')}>{p.name}</strong> (<span lang={fallbackLang(p, 'reference')}>{p.reference}</span>).{' '}
                  <span lang={fallbackLang(p, 'description')}>{p.description}</span>
                </li>
              ))}
            </ol>
            <h2>{t('about.sources')}</h2>
            <p>{r.source}</p>
            <p className="about-openapi">
              {t('about.contract')} <a href={`${apiBaseUrl()}/api/v1/openapi.json`}>/api/v1/openapi.json</a>
            </p>
          </>
        )}
      </QueryState>
      {/* After the roadmap's part has its height, so that this section does not jump down the page. */}
      {!roadmap.isPending && <ReferenceSection jurisdictions={jurisdictions.data?.items} />}
      {!roadmap.isPending && <ReleaseSection />}
      <h2>{t('about.designation')}</h2>
      {footnotes.map((j) => (
        <p key={j.code}>
          {j.name}: {j.designationFootnote}
        </p>
      ))}
    </article>
  );
}
