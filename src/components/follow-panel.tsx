/** The Follow control's panel (loaded when it is first opened): the feed address and how to add it. */
import { useEffect, useRef, useState } from 'react';
import { apiBaseUrl } from '../api/client';
import { apiLocale } from '../api/locale';
import type { ApiLocale } from '../api/schemas';
import { feedPath, type FeedScope } from '../domain/feed-path';
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
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const field = useRef<HTMLInputElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const url = feedUrl(scope);

  useEffect(() => {
    field.current?.focus();
    // Escape inside the panel closes it and gives the focus back to the button.
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && panel.current?.contains(document.activeElement)) close();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [close]);

  async function copyAddress() {
    field.current?.select();
    try {
      await navigator.clipboard.writeText(url);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  }

  return (
    <div ref={panel} id={id} className="follow-panel" role="group" aria-labelledby={`${id}-title`}>
      <p id={`${id}-title`} className="follow-title">
        {t('follow.title', { name })}
      </p>
      <p>{t('follow.intro')}</p>
      <label htmlFor={`${id}-url`}>{t('follow.address')}</label>
      <input id={`${id}-url`} ref={field} type="url" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
      <div className="follow-actions">
        <button type="button" onClick={() => void copyAddress()}>
          {t('follow.copy')}
        </button>
        <a href={url} type="application/atom+xml">
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
