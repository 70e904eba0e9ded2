/** The Follow control's panel (loaded when it is first opened): the feed address and how to add it. */
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiBaseUrl } from '../api/client';
import { apiLocale } from '../api/locale';
import type { ApiLocale } from '../api/schemas';
import { releaseQuery } from '../api/queries';
import { feedLocale, feedPath, type FeedScope } from '../domain/feed-path';
import type { FollowKey } from '../i18n/en/follow';
import { useScopedT } from '../i18n/scoped';

/** Absolute address of a scope's feed under the API's base URL, in the page's language (English: the plain path). */
export function feedUrl(scope: FeedScope, locale: ApiLocale = apiLocale()): string {
  return new URL(`${apiBaseUrl()}/api/v1/${feedPath(scope, locale)}`, globalThis.location?.href ?? 'http://localhost/').toString();
}

interface Props {
  id: string;
  scope: FeedScope;
  name: string;
  /** Closes the panel and gives the focus back to the Follow button. */
  close: () => void;
}

export default function FollowPanel({ id, scope, name, close }: Props) {
  const t = useScopedT<FollowKey>();
  const { t: common } = useTranslation();
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const field = useRef<HTMLInputElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  // A static API has feeds only in the languages its release lists; English it always has.
  const pageLocale = apiLocale();
  const release = useQuery({ ...releaseQuery(pageLocale), enabled: pageLocale !== 'en' });
  const waiting = pageLocale !== 'en' && release.isPending;
  const locale = feedLocale(pageLocale, release.data?.locales);
  const url = feedUrl(scope, locale);

  useEffect(() => {
    if (waiting) return;
    field.current?.focus();
    // Escape inside the panel closes it and gives the focus back to the button.
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && panel.current?.contains(document.activeElement)) close();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [close, waiting]);

  async function copyAddress() {
    field.current?.select();
    try {
      await navigator.clipboard.writeText(url);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  }

  if (waiting) return <p role="status">{common('state.loading', { what: t('follow.button') })}</p>;

  return (
    <div ref={panel} id={id} className="follow-panel" role="group" aria-labelledby={`${id}-title`}>
      <p id={`${id}-title`} className="follow-title">
        {t('follow.title', { name })}
      </p>
      <p>{t('follow.intro')}</p>
      {locale !== pageLocale && <p className="follow-note">{t('follow.englishOnly')}</p>}
      <label htmlFor={`${id}-url`}>{t('follow.address')}</label>
      <input id={`${id}-url`} ref={field} type="url" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
      <div className="follow-actions">
        <button type="button" onClick={() => void copyAddress()}>
          {t('follow.copy')}
        </button>
        <a href={url} type="application/atom+xml" hrefLang={locale}>
          {t('follow.open')}
        </a>
        <span role="status">{copy === 'copied' ? t('follow.copied') : copy === 'failed' ? t('follow.copyFailed') : ''}</span>
      </div>
      <p className="follow-how-title">{t('follow.howTitle')}</p>
      <ul>
        <li>{t('follow.how.thunderbird')}</li>
        <li>{t('follow.how.outlook')}</li>
        <li>{t('follow.how.other')}</li>
      </ul>
      <button type="button" onClick={close}>
        {t('follow.close')}
      </button>
    </div>
  );
}
