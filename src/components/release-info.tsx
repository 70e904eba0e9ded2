/**
 * The release the data comes from (/release.json): a line in the footer, the details and the
 * changes since the previous release on About, and the preview notice when the mock API serves a
 * workbook (MOCK_DATA). Renders nothing while the release is loading or when it cannot be loaded:
 * the screens do not depend on it.
 */
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { releaseQuery } from '../api/queries';
import type { Release } from '../api/schemas';
import { formatNumber } from '../domain/format';
import { useNumberLocale } from './use-number-locale';

/** "2026-08-01 10:00 UTC" */
export function builtAtText(builtAt: string): string {
  return `${builtAt.slice(0, 16).replace('T', ' ')} UTC`;
}

/** The workbook's file name when the mock API serves a preview of one, else null. */
export function useReleasePreview(): string | null {
  const release = useQuery(releaseQuery());
  return release.data?.kind === 'preview' ? release.data.source.name : null;
}

export function changesText(t: ReturnType<typeof useTranslation>['t'], release: Release, locale: string): string {
  const c = release.changes;
  return t('release.changes', {
    statusAdded: formatNumber(c.statusUpdatesAdded, undefined, locale),
    statusChanged: formatNumber(c.statusUpdatesChanged, undefined, locale),
    valuesAdded: formatNumber(c.valuesAdded, undefined, locale),
    valuesRevised: formatNumber(c.valuesRevised, undefined, locale),
  });
}

export function ReleaseFooter() {
  const { t } = useTranslation();
  const locale = useNumberLocale();
  const release = useQuery(releaseQuery());
  if (!release.data) return null;
  const r = release.data;
  return (
    <p className="release-line">
      {t('release.footer', { id: r.id, date: builtAtText(r.builtAt), name: r.source.name })} {r.previous ? changesText(t, r, locale) : t('release.first')}
    </p>
  );
}

