/** The release's details and the changes since the previous release, on About. */
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { releaseQuery } from '../../api/queries';
import type { ReleaseChange } from '../../api/schemas';
import { builtAtText, changesText } from '../../components/release-info';
import { formatNumber } from '../../domain/format';
import { useNumberLocale } from '../../components/use-number-locale';

const SHOWN_CHANGES = 50;

function ChangeRow({ change }: { change: ReleaseChange }) {
  const { t } = useTranslation();
  const locale = useNumberLocale();
  const value = (v: ReleaseChange['from']) => (v === null ? '–' : typeof v === 'number' ? formatNumber(v, undefined, locale) : t(`status.${v}`, { defaultValue: v }));
  return (
    <tr>
      <td>{t(`about.release.kinds.${change.kind}`)}</td>
      <td>{change.jurisdiction}</td>
      <th scope="row">{change.commitment ?? change.indicator}</th>
      <td>{change.period ?? change.year}</td>
      <td>{value(change.from)}</td>
      <td>{value(change.to)}</td>
    </tr>
  );
}

/** About: what this release is and what it changed. */
export function ReleaseSection() {
  const { t } = useTranslation();
  const locale = useNumberLocale();
  const release = useQuery(releaseQuery());
  if (!release.data) return null;
  const r = release.data;
  const items = r.changes.items.slice(0, SHOWN_CHANGES);
  const total = r.changes.statusUpdatesAdded + r.changes.statusUpdatesChanged + r.changes.valuesAdded + r.changes.valuesRevised;
  return (
    <section aria-labelledby="about-release">
      <h2 id="about-release">{t('about.release.title')}</h2>
      <dl className="release-facts">
        <div>
          <dt>{t('about.release.id')}</dt>
          <dd>{r.id}</dd>
        </div>
        <div>
          <dt>{t('about.release.builtAt')}</dt>
          <dd>{builtAtText(r.builtAt)}</dd>
        </div>
        <div>
          <dt>{t('about.release.source')}</dt>
          <dd>{r.source.name}</dd>
        </div>
        <div>
          <dt>{t('about.release.sha256')}</dt>
          <dd>
            <code>{r.source.sha256 ?? t('about.release.generated')}</code>
          </dd>
        </div>
        <div>
          <dt>{t('about.release.counts')}</dt>
          <dd>
            {t('about.release.countsValue', {
              commitments: formatNumber(r.counts.commitments, undefined, locale),
              statusUpdates: formatNumber(r.counts.statusUpdates, undefined, locale),
              indicators: formatNumber(r.counts.indicators, undefined, locale),
              observations: formatNumber(r.counts.observations, undefined, locale),
              jurisdictions: formatNumber(r.counts.jurisdictions, undefined, locale),
              pillars: formatNumber(r.counts.pillars, undefined, locale),
            })}
          </dd>
        </div>
        <div>
          <dt>{t('about.release.previous')}</dt>
          <dd>{r.previous ? `${r.previous.id} (${builtAtText(r.previous.builtAt)})` : t('about.release.none')}</dd>
        </div>
      </dl>
      {r.previous && (
        <>
          <h3>{t('about.release.changesTitle')}</h3>
          <p>{total === 0 ? t('about.release.noChanges') : changesText(t, r, locale)}</p>
          {items.length > 0 && (
            <div className="table-scroll">
              <table>
                <caption>{t('about.release.tableCaption', { id: r.previous.id })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('about.release.kind')}</th>
                    <th scope="col">{t('about.release.jurisdiction')}</th>
                    <th scope="col">{t('about.release.what')}</th>
                    <th scope="col">{t('about.release.when')}</th>
                    <th scope="col">{t('about.release.from')}</th>
                    <th scope="col">{t('about.release.to')}</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((change, index) => (
                    <ChangeRow key={index} change={change} />
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {(r.changes.truncated || r.changes.items.length > SHOWN_CHANGES) && <p>{t('about.release.more', { shown: items.length, total: formatNumber(total, undefined, locale) })}</p>}
        </>
      )}
    </section>
  );
}
