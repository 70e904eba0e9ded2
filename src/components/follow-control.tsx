/**
 * "Follow": the address of the Atom feed of a jurisdiction, a pillar or the region, with how to add
 * it to a mail program's feed reader. No account: the feed is a plain file of the static API. The
 * panel loads when it is first opened.
 */
import { lazy, Suspense, useCallback, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FeedScope } from '../domain/feed-path';
import { follow, type FollowKey } from '../i18n/en/follow';
import { registerMessages, useScopedT } from '../i18n/scoped';

void registerMessages('follow', follow);

const FollowPanel = lazy(() => import('./follow-panel'));

export function FollowControl({ scope, name }: { scope: FeedScope; name: string }) {
  const t = useScopedT<FollowKey>();
  const { t: common } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);

  const close = useCallback(() => {
    setOpen(false);
    button.current?.focus();
  }, []);

  return (
    <div className="follow-control">
      <button ref={button} type="button" aria-expanded={open} aria-controls={id} onClick={() => (open ? close() : setOpen(true))}>
        {t('follow.button')}
      </button>
      {open && (
        <Suspense fallback={<p role="status">{common('state.loading', { what: t('follow.button') })}</p>}>
          <FollowPanel id={id} scope={scope} name={name} close={close} />
        </Suspense>
      )}
    </div>
  );
}
