/**
 * Presenter mode: a full-screen sequence of slides, one chart each, at projector size.
 *
 * URL: /present ? slides=overview-status,indicator~ID,... (default: the deck stored in this browser,
 *      written as no parameter) & slide=N (1-based; present only while the deck is running, so
 *      /present?slides=... is the deck's overview and ...&slide=1 its first slide).
 */
import type { QueryClient } from '@tanstack/react-query';
import { useMemo, useRef, type CSSProperties } from 'react';
import { useSearchParams, type LoaderFunctionArgs } from 'react-router';
import { useStoredDeck } from '../../components/deck-store';
import { decodeDeck } from '../../domain/deck';
import { presenter } from '../../i18n/en/presenter';
import { addMessages } from '../../i18n/i18n';
import { DeckOverview } from './deck-overview';
import { DeckView } from './deck-view';
import { prefetchDeck } from './prefetch';
import { paletteStyle, usePresenterTheme } from './projector-theme';
import './presenter.css';

addMessages({ presenter });

export function makeLoader(queryClient: QueryClient) {
  return ({ request }: LoaderFunctionArgs) => {
    const raw = new URL(request.url).searchParams.get('slides');
    if (raw !== null) prefetchDeck(queryClient, decodeDeck(raw).slides);
    return null;
  };
}

export function Component() {
  const [searchParams] = useSearchParams();
  const [stored, setStored] = useStoredDeck();
  const [theme, setTheme, themeRemembered] = usePresenterTheme();
  const root = useRef<HTMLDivElement>(null);
  const raw = searchParams.get('slides');
  const linked = useMemo(() => (raw === null ? null : decodeDeck(raw)), [raw]);
  const slides = linked ? linked.slides : stored;
  const slideParam = searchParams.get('slide');

  return (
    <div ref={root} className={`presenter presenter-${theme}`} style={paletteStyle(theme) as CSSProperties}>
      {slideParam !== null && slides.length > 0 ? (
        <DeckView slides={slides} slideParam={slideParam} root={root} theme={theme} />
      ) : (
        <DeckOverview linked={linked} stored={stored} setStored={setStored} theme={theme} setTheme={setTheme} themeRemembered={themeRemembered} />
      )}
    </div>
  );
}
