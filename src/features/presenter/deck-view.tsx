/**
 * The running deck: one slide at projector size, driven by the keyboard or a clicker (which sends
 * Page Up and Page Down), with small Previous/Next/Exit buttons for mouse and touch.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState, useSyncExternalStore, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { SectionBoundary } from '../../components/section-boundary';
import { useDocumentTitle } from '../../components/use-document-title';
import { slideKey, type Slide } from '../../domain/deck';
import { deckSearch, slidePosition } from './deck-url';
import { prefetchDeck } from './prefetch';
import type { PresenterTheme } from './projector-theme';
import { useSlideTitle } from './slide-title';
import { SlideBody } from './slides';

function subscribeFullscreen(listener: () => void): () => void {
  document.addEventListener('fullscreenchange', listener);
  return () => document.removeEventListener('fullscreenchange', listener);
}

function fullscreenElement(): Element | null {
  return document.fullscreenElement ?? null;
}

/** A key press that leaves full screen may also reach the page; it must not leave the deck too. */
const ESCAPE_GRACE_MS = 400;

export function DeckView({ slides, slideParam, root, theme }: { slides: readonly Slide[]; slideParam: string; root: RefObject<HTMLDivElement | null>; theme: PresenterTheme }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const queryClient = useQueryClient();
  const total = slides.length;
  const { index, invalid } = slidePosition(slideParam, total);
  const slide = slides[index] as Slide;
  const title = useSlideTitle(slide);
  const titleText =
    title.state === 'ready'
      ? title.title
      : title.state === 'unknown'
        ? t('presenter.titles.notAvailable')
        : t('presenter.item.position', { n: index + 1 });
  useDocumentTitle(t('presenter.slide.documentTitle', { n: index + 1, total, title: titleText }));

  const fullscreen = useSyncExternalStore(subscribeFullscreen, fullscreenElement, () => null);
  const [fullscreenFailed, setFullscreenFailed] = useState(false);
  const leftFullscreenAt = useRef(0);
  const main = useRef<HTMLElement>(null);

  useEffect(() => prefetchDeck(queryClient, slides), [queryClient, slides]);
  useEffect(() => main.current?.focus(), []);
  const wasFullscreen = useRef(false);
  useEffect(() => {
    if (wasFullscreen.current && !fullscreen) leftFullscreenAt.current = Date.now();
    wasFullscreen.current = fullscreen !== null;
  }, [fullscreen]);

  const go = useCallback(
    (target: number) => {
      const next = Math.min(total - 1, Math.max(0, target));
      if (next === index && !invalid) return;
      void navigate({ search: deckSearch(searchParams, slides, next + 1) }, { replace: true, preventScrollReset: true });
    },
    [total, index, invalid, navigate, searchParams, slides],
  );

  const exit = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    void navigate({ search: deckSearch(searchParams, slides, null) }, { state: { fromDeck: true } });
  }, [navigate, searchParams, slides]);

  const toggleFullscreen = useCallback(async () => {
    if (document.fullscreenElement) {
      await document.exitFullscreen().catch(() => undefined);
      return;
    }
    const element = root.current;
    if (!element || !document.fullscreenEnabled || typeof element.requestFullscreen !== 'function') {
      setFullscreenFailed(true);
      return;
    }
    try {
      await element.requestFullscreen();
      setFullscreenFailed(false);
    } catch {
      setFullscreenFailed(true);
    }
  }, [root]);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest('input, select, textarea, [contenteditable="true"]')) return;
      // Space and Enter on a button or link press that control instead.
      const onControl = target?.closest('button, a[href], summary') !== null && target !== null;
      switch (event.key) {
        case 'ArrowRight':
        case 'PageDown':
          go(index + 1);
          break;
        case ' ':
          if (onControl) return;
          go(index + 1);
          break;
        case 'ArrowLeft':
        case 'PageUp':
          go(index - 1);
          break;
        case 'Home':
          go(0);
          break;
        case 'End':
          go(total - 1);
          break;
        case 'f':
        case 'F':
          void toggleFullscreen();
          break;
        case 'Escape':
          if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
          else if (Date.now() - leftFullscreenAt.current > ESCAPE_GRACE_MS) exit();
          break;
        default:
          return;
      }
      event.preventDefault();
    }
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [go, exit, toggleFullscreen, index, total]);

  const first = index === 0;
  const last = index === total - 1;
  return (
    <main ref={main} className="slide" aria-labelledby="slide-title" tabIndex={-1}>
      <h1 id="slide-title">{titleText}</h1>
      {invalid && (
        <p className="notice" role="status">
          {t('presenter.slide.badSlide', { value: slideParam, n: index + 1 })}
        </p>
      )}
      <SectionBoundary key={slideKey(slide)}>
        <SlideBody slide={slide} title={titleText} theme={theme} />
      </SectionBoundary>
      <nav className="slide-controls" aria-label={t('presenter.slide.controls')}>
        <button type="button" aria-disabled={first} onClick={() => go(index - 1)}>
          <span aria-hidden="true">← </span>
          {t('presenter.slide.previous')}
        </button>
        <p className="slide-counter" aria-live="polite">
          {t('presenter.slide.counter', { n: index + 1, total })}
        </p>
        <button type="button" aria-disabled={last} onClick={() => go(index + 1)}>
          {t('presenter.slide.next')}
          <span aria-hidden="true"> →</span>
        </button>
        <button type="button" aria-pressed={fullscreen !== null} onClick={() => void toggleFullscreen()}>
          {t('presenter.slide.fullscreen')}
        </button>
        <button type="button" onClick={exit}>
          {t('presenter.slide.exit')}
        </button>
        <p className="slide-controls-note" role="status">
          {fullscreenFailed ? t('presenter.slide.fullscreenUnavailable') : ''}
        </p>
      </nav>
    </main>
  );
}
