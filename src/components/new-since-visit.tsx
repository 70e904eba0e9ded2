/**
 * "New since your last visit": the release this browser last saw is remembered (browser-store);
 * when a newer one is shown, the changes since then are listed until the reader dismisses them.
 * A first visit only remembers the release: there is nothing to compare it with.
 */
import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatIsoDate } from '../domain/commitment-detail';
import { changeKey, changePath, type ReleaseChange } from '../domain/release-changes';
import { changes, type ChangesKey } from '../i18n/en/changes';
import { registerMessages, useScopedT } from '../i18n/scoped';
import { LAST_RELEASE_KEY, readStored, writeStored } from './browser-store';
import { useNumberLocale } from './use-number-locale';

void registerMessages('changes', changes);

export interface ReleaseRef {
  id: string;
  label: string;
}

/** The release last seen in this browser (null on a first visit) and a way to mark `current` as seen. */
export function useLastSeenRelease(current: string, storageKey = LAST_RELEASE_KEY): { lastSeen: string | null; markSeen: () => void } {
  const [lastSeen, setLastSeen] = useState(() => readStored(storageKey));
  useEffect(() => {
    if (readStored(storageKey) === null) writeStored(storageKey, current);
  }, [current, storageKey]);
  const markSeen = useCallback(() => {
    writeStored(storageKey, current);
    setLastSeen(current);
  }, [current, storageKey]);
  return { lastSeen, markSeen };
}

interface Props {
  release: ReleaseRef;
  /** The changes (in this screen's scope) since a release; null when that release is not known. */
  changesSince: (lastSeen: string) => ReleaseChange[] | null;
  /** Label of a release id, e.g. a period's. */
  labelOf: (id: string) => string;
  /** Items listed before "and N more". */
  limit?: number;
  storageKey?: string;
}

export function NewSinceVisit({ release, changesSince, labelOf, limit = 8, storageKey }: Props) {
  const dateLocale = useNumberLocale();
  const t = useScopedT<ChangesKey>();
  const { t: common } = useTranslation();
  const id = useId();
  const { lastSeen, markSeen } = useLastSeenRelease(release.id, storageKey);
  if (lastSeen === null || lastSeen === release.id) return null;
  let changes: ReleaseChange[] | null;
  try {
    changes = changesSince(lastSeen);
  } catch {
    changes = null;
  }
  if (changes === null) return null;
  const seen = labelOf(lastSeen);

  function dismiss() {
    markSeen();
    document.getElementById('main')?.focus();
  }

  const text = (change: ReleaseChange) => {
    if (change.kind === 'status') {
      const options = { title: change.title, status: common(`status.${change.to}`) };
      return `${change.commitment}: ${change.from === null ? t('changes.newSince.added', options) : t('changes.newSince.status', options)}`;
    }
    if (change.kind === 'deadline') return `${change.commitment}: ${t('changes.newSince.deadline', { title: change.title, date: formatIsoDate(change.to, dateLocale) })}`;
    return t('changes.newSince.value', { title: change.title, year: change.year });
  };

  return (
    <section className="new-since-visit" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        <span className="new-mark">{t('changes.newSince.newMark')}</span> {t('changes.newSince.title')}
      </h2>
      {changes.length === 0 ? (
        <p>{t('changes.newSince.none', { seen })}</p>
      ) : (
        <>
          <p>{t('changes.newSince.intro', { count: changes.length, seen })}</p>
          <ul>
            {changes.slice(0, limit).map((change) => (
              <li key={`${changeKey(change)}/${change.jurisdiction}`}>
                <Link to={changePath(change)}>{text(change)}</Link>
              </li>
            ))}
          </ul>
          {changes.length > limit && <p>{t('changes.newSince.more', { count: changes.length - limit })}</p>}
        </>
      )}
      <button type="button" onClick={dismiss}>
        {t('changes.newSince.dismiss')}
      </button>
    </section>
  );
}
