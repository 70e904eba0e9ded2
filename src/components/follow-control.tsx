/**
 * "Follow": the address of the Atom feed of a jurisdiction, a pillar or the region, with how to add
 * it to a mail program's feed reader. No account: the feed is a plain file of the static API.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { apiBaseUrl } from '../api/client';
import { feedPath, type FeedScope } from '../domain/feed-path';
import { follow, type FollowKey } from '../i18n/en/follow';
import { registerMessages, useScopedT } from '../i18n/scoped';

void registerMessages('follow', follow);

/** Absolute address of a scope's feed under the API's base URL. */
export function feedUrl(scope: FeedScope): string {
  return new URL(`${apiBaseUrl()}/api/v1/${feedPath(scope)}`, globalThis.location?.href ?? 'http://localhost/').toString();
}

export function FollowControl({ scope, name }: { scope: FeedScope; name: string }) {
  const t = useScopedT<FollowKey>();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const field = useRef<HTMLInputElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const url = feedUrl(scope);

  const panel = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return undefined;
    field.current?.focus();
    // Escape inside the panel closes it and gives the focus back to the button.
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !panel.current?.contains(document.activeElement)) return;
      setOpen(false);
      setCopy('idle');
      button.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);

  function close() {
    setOpen(false);
    setCopy('idle');
    button.current?.focus();
  }

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
    <div className="follow-control">
      <button ref={button} type="button" aria-expanded={open} aria-controls={id} onClick={() => (open ? close() : setOpen(true))}>
        <span aria-hidden="true">⟟ </span>
        {t('follow.button')}
      </button>
      {open && (
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
      )}
    </div>
  );
}
