import { useTranslation } from 'react-i18next';
import type { Evidence, Period } from '../../api/schemas';
import { formatIsoDate, safeLinkUrl } from '../../domain/commitment-detail';
import { fallbackLang } from '../../domain/translation';
import { usePeriodLabel } from '../../components/period-label';
import { useNumberLocale } from '../../components/use-number-locale';

/**
 * The documents behind the commitment's status. Only absolute http and https addresses become
 * links; any other address (javascript:, data:, relative, missing) is shown as text with a note.
 */
export function EvidenceList({ evidence, period }: { evidence: readonly Evidence[]; period: Period }) {
  const periodName = usePeriodLabel();
  const { t } = useTranslation();
  const label = periodName(period);
  return (
    <section aria-labelledby="commitment-evidence">
      <h2 id="commitment-evidence">{t('commitment.evidence.title')}</h2>
      {evidence.length === 0 ? (
        <p>{t('commitment.evidence.empty', { period: label })}</p>
      ) : (
        <>
          <p>{t('commitment.evidence.intro', { period: label })}</p>
          <ul className="evidence-list">
            {evidence.map((item, index) => (
              <EvidenceItem key={`${item.date}-${index}`} item={item} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function EvidenceItem({ item }: { item: Evidence }) {
  const dateLocale = useNumberLocale();
  const { t } = useTranslation();
  const href = safeLinkUrl(item.url);
  return (
    <li>
      <p className="evidence-title">
        {href ? (
          <a href={href} rel="noopener noreferrer">
            <span lang={fallbackLang(item, 'title')}>{item.title}</span>
            <span className="visually-hidden"> {t('commitment.evidence.external')}</span>
          </a>
        ) : (
          <span lang={fallbackLang(item, 'title')}>{item.title}</span>
        )}
      </p>
      <dl className="evidence-meta">
        <div>
          <dt>{t('commitment.evidence.kindLabel')}</dt>
          <dd>{t(`commitment.evidence.kind.${item.kind}`)}</dd>
        </div>
        <div>
          <dt>{t('commitment.evidence.publisher')}</dt>
          <dd lang={fallbackLang(item, 'publisher')}>{item.publisher}</dd>
        </div>
        <div>
          <dt>{t('commitment.evidence.date')}</dt>
          <dd>
            <time dateTime={item.date}>{formatIsoDate(item.date, dateLocale)}</time>
          </dd>
        </div>
      </dl>
      {!href && (
        <p className="evidence-note">
          {item.url === null || item.url.trim() === '' ? (
            t('commitment.evidence.linkMissing')
          ) : (
            <>
              {t('commitment.evidence.linkUnsafe')} {t('commitment.evidence.addressGiven')} <code>{item.url}</code>
            </>
          )}
        </p>
      )}
    </li>
  );
}
