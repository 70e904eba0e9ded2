/**
 * The deck's overview: the chosen slides with their titles from live data, reordered and removed
 * with buttons, a link that carries the deck, the projector theme and the way into the deck.
 */
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { roadmapQuery } from '../../api/queries';
import { useAppEnv } from '../../components/app-env';
import { useDocumentTitle } from '../../components/use-document-title';
import { DEFAULT_DECK, encodeDeck, moveSlide, removeSlide, slideKey, type DecodedDeck, type Slide } from '../../domain/deck';
import { DeckItem, EmptyDeck, type Action } from './deck-items';
import { deckSearch } from './deck-url';
import type { PresenterTheme } from './projector-theme';

interface OverviewProps {
  /** The deck from `?slides=`, or null when the stored deck is shown. */
  linked: DecodedDeck | null;
  stored: readonly Slide[];
  /** Returns false when the browser refused to store the deck (it then lasts for the visit). */
  setStored: (slides: readonly Slide[]) => boolean;
  theme: PresenterTheme;
  setTheme: (theme: PresenterTheme) => void;
  /** False once the browser refused to store the theme. */
  themeRemembered: boolean;
}

export function DeckOverview({ linked, stored, setStored, theme, setTheme, themeRemembered }: OverviewProps) {
  const { t } = useTranslation();
  useDocumentTitle(t('presenter.title'));
  const { mocks } = useAppEnv();
  const roadmap = useQuery(roadmapQuery());
  const illustrative = mocks || roadmap.data?.dataStatus === 'illustrative';
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const slides = linked ? linked.slides : stored;
  const saved = linked === null || encodeDeck(linked.slides) === encodeDeck(stored);
  const [message, setMessage] = useState('');
  const baseId = useId();

  // After a move or removal, focus goes to the same control on the slide's new place (or its neighbour's).
  const pendingFocus = useRef<{ index: number; action: Action } | null>(null);
  const controls = useRef(new Map<string, HTMLButtonElement>());
  const slidesHeading = useRef<HTMLHeadingElement>(null);
  const startButton = useRef<HTMLButtonElement>(null);
  // Back from the running deck, focus returns to the way in.
  const location = useLocation();
  const focusStart = useRef((location.state as { fromDeck?: boolean } | null)?.fromDeck === true);
  useEffect(() => {
    if (focusStart.current) {
      focusStart.current = false;
      startButton.current?.focus();
    }
    const pending = pendingFocus.current;
    if (!pending) return;
    pendingFocus.current = null;
    if (slides.length === 0) {
      slidesHeading.current?.focus();
      return;
    }
    const index = Math.min(pending.index, slides.length - 1);
    const order: Action[] = pending.action === 'up' ? ['up', 'down', 'remove'] : pending.action === 'down' ? ['down', 'up', 'remove'] : ['remove'];
    for (const action of order) {
      const button = controls.current.get(`${index}:${action}`);
      if (button && !button.disabled) {
        button.focus();
        return;
      }
    }
  });

  function change(next: readonly Slide[]) {
    if (linked) {
      void navigate({ search: deckSearch(searchParams, next, null) }, { replace: true, preventScrollReset: true });
      if (saved && !setStored(next)) return setMessage(t('storage.deckChanged'));
    } else if (!setStored(next)) {
      return setMessage(t('storage.deckChanged'));
    }
    setMessage('');
  }

  function act(index: number, action: Action) {
    if (action === 'remove') {
      pendingFocus.current = { index, action };
      change(removeSlide(slides, index));
    } else {
      const target = Math.min(slides.length - 1, Math.max(0, index + (action === 'up' ? -1 : 1)));
      pendingFocus.current = { index: target, action };
      change(moveSlide(slides, index, action === 'up' ? -1 : 1));
    }
  }

  function useDefault() {
    setStored(DEFAULT_DECK);
    focusStart.current = true;
    if (linked) void navigate({ search: deckSearch(searchParams, null, null) });
  }

  function save() {
    if (!linked) return;
    setMessage(setStored(linked.slides) ? t('presenter.fromLink.savedNow') : t('storage.deckChanged'));
  }

  const linkSearch = deckSearch(new URLSearchParams(), slides, null);
  const linkHref = `/present${linkSearch}`;

  async function copyLink() {
    const url = new URL(linkHref, window.location.href).toString();
    try {
      if (typeof navigator.clipboard?.writeText !== 'function') throw new Error('Clipboard unavailable');
      await navigator.clipboard.writeText(url);
      setMessage(t('presenter.link.copied'));
    } catch {
      setMessage(t('presenter.link.copyFailed'));
    }
  }

  return (
    <main className="presenter-overview">
      <div className="presenter-bar">
        <Link to="/">
          <span aria-hidden="true">← </span>
          {t('presenter.back')}
        </Link>
        <button type="button" aria-pressed={theme === 'dark'} aria-describedby={`${baseId}-theme`} onClick={() => setTheme(theme === 'dark' ? 'light' : 'dark')}>
          {t('presenter.darkTheme')}
        </button>
        <span id={`${baseId}-theme`} className="visually-hidden">
          {t('presenter.themeHint')}
        </span>
      </div>
      <div role="status">{!themeRemembered && <p className="notice">{t('storage.theme')}</p>}</div>
      <h1>{t('presenter.title')}</h1>
      {illustrative && (
        <p className="presenter-illustrative">
          <strong>{t('presenter.illustrative')}:</strong> {t('presenter.illustrativeDetail')}
        </p>
      )}
      <p className="presenter-intro">{t('presenter.intro')}</p>

      {linked && linked.skipped.length > 0 && (
        <p className="notice" role="status">
          {t('presenter.fromLink.skipped', { count: linked.skipped.length, entries: linked.skipped.join(', ') })}
        </p>
      )}

      <section aria-labelledby={`${baseId}-slides`} className="presenter-section">
        <h2 id={`${baseId}-slides`} ref={slidesHeading} tabIndex={-1}>
          {t('presenter.slidesHeading')}
        </h2>
        {linked && slides.length > 0 && (
          <div className="presenter-link-state">
            <p>{saved ? t('presenter.fromLink.saved') : t('presenter.fromLink.unsaved')}</p>
            {!saved && (
              <button type="button" onClick={save}>
                {t('presenter.fromLink.save')}
              </button>
            )}
          </div>
        )}
        {slides.length === 0 ? (
          <EmptyDeck linked={linked !== null} onUseDefault={useDefault} />
        ) : (
          <>
            <p>{t('presenter.slideCount', { count: slides.length })}</p>
            <ol className="deck-list">
              {slides.map((slide, index) => (
                <DeckItem
                  key={slideKey(slide)}
                  slide={slide}
                  index={index}
                  count={slides.length}
                  href={`/present${deckSearch(searchParams, slides, index + 1)}`}
                  onAction={(action) => act(index, action)}
                  register={(action, element) => {
                    const key = `${index}:${action}`;
                    if (element) controls.current.set(key, element);
                    else controls.current.delete(key);
                  }}
                />
              ))}
            </ol>
            <p>
              <button
                ref={startButton}
                type="button"
                className="presenter-start"
                onClick={() => void navigate({ search: deckSearch(searchParams, slides, 1) })}
              >
                {t('presenter.start')}
              </button>
            </p>
          </>
        )}
      </section>

      {slides.length > 0 && (
        <section aria-labelledby={`${baseId}-link`} className="presenter-section">
          <h2 id={`${baseId}-link`}>{t('presenter.link.heading')}</h2>
          <p>{t('presenter.link.intro')}</p>
          <p className="presenter-link">
            <a href={linkHref}>{t('presenter.link.anchor')}</a>{' '}
            <button type="button" onClick={() => void copyLink()}>
              {t('presenter.link.copy')}
            </button>
          </p>
        </section>
      )}
      <p role="status" className="presenter-message">
        {message}
      </p>

      <section aria-labelledby={`${baseId}-keys`} className="presenter-section">
        <h2 id={`${baseId}-keys`}>{t('presenter.keysHeading')}</h2>
        <ul className="presenter-keys">
          <li>{t('presenter.keys.next')}</li>
          <li>{t('presenter.keys.previous')}</li>
          <li>{t('presenter.keys.ends')}</li>
          <li>{t('presenter.keys.fullscreen')}</li>
          <li>{t('presenter.keys.escape')}</li>
        </ul>
      </section>
    </main>
  );
}
