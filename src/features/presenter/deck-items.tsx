/** The deck overview's slide entries: a slide with its live title and controls, and the empty deck's offer. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DEFAULT_DECK, slideKey, type Slide } from '../../domain/deck';
import { kindGroup, useSlideTitle, type SlideTitle } from './slide-title';

export type Action = 'up' | 'down' | 'remove';

export function EmptyDeck({ linked, onUseDefault }: { linked: boolean; onUseDefault: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="presenter-empty">
      {linked ? (
        <p>
          {t('presenter.fromLink.noneLeft')} <Link to="/present">{t('presenter.fromLink.yourDeck')}</Link>
        </p>
      ) : (
        <p className="presenter-empty-title">{t('presenter.empty.title')}</p>
      )}
      <p>{t('presenter.empty.body')}</p>
      <ol className="deck-list deck-list-preview">
        {DEFAULT_DECK.map((slide) => (
          <PreviewItem key={slideKey(slide)} slide={slide} />
        ))}
      </ol>
      <button type="button" onClick={onUseDefault}>
        {t('presenter.empty.use')}
      </button>
    </div>
  );
}

function titleLabel(title: SlideTitle, slide: Slide, t: ReturnType<typeof useTranslation>['t']): { text: string; note: string | null } {
  switch (title.state) {
    case 'ready':
      return { text: title.title, note: null };
    case 'unknown':
      return { text: slideKey(slide), note: t('presenter.item.unavailable') };
    case 'error':
      return { text: slideKey(slide), note: t('presenter.item.failed') };
    case 'loading':
      return { text: slideKey(slide), note: t('presenter.item.loading') };
  }
}

function PreviewItem({ slide }: { slide: Slide }) {
  const { t } = useTranslation();
  const { text } = titleLabel(useSlideTitle(slide), slide, t);
  return (
    <li className="deck-item">
      <span className="deck-item-text">
        <span className="deck-item-title">{text}</span>
        <span className="deck-item-kind">{t(`presenter.kind.${kindGroup(slide)}`)}</span>
      </span>
    </li>
  );
}

export function DeckItem({
  slide,
  index,
  count,
  href,
  onAction,
  register,
}: {
  slide: Slide;
  index: number;
  count: number;
  href: string;
  onAction: (action: Action) => void;
  register: (action: Action, element: HTMLButtonElement | null) => void;
}) {
  const { t } = useTranslation();
  const { text, note } = titleLabel(useSlideTitle(slide), slide, t);
  const n = index + 1;
  return (
    <li className="deck-item">
      <span className="deck-item-number" aria-hidden="true">
        {n}
      </span>
      <span className="deck-item-text">
        <Link to={href} className="deck-item-title" aria-label={t('presenter.item.showLabel', { n, title: text })}>
          {text}
        </Link>
        <span className="deck-item-kind">
          {t(`presenter.kind.${kindGroup(slide)}`)}
          {note && <> · {note}</>}
        </span>
      </span>
      <span className="deck-item-actions">
        <button
          type="button"
          ref={(element) => register('up', element)}
          disabled={index === 0}
          aria-label={t('presenter.item.moveUpLabel', { title: text })}
          onClick={() => onAction('up')}
        >
          <span aria-hidden="true">↑ </span>
          {t('presenter.item.moveUp')}
        </button>
        <button
          type="button"
          ref={(element) => register('down', element)}
          disabled={index === count - 1}
          aria-label={t('presenter.item.moveDownLabel', { title: text })}
          onClick={() => onAction('down')}
        >
          <span aria-hidden="true">↓ </span>
          {t('presenter.item.moveDown')}
        </button>
        <button
          type="button"
          ref={(element) => register('remove', element)}
          aria-label={t('presenter.item.removeLabel', { title: text })}
          onClick={() => onAction('remove')}
        >
          {t('presenter.item.remove')}
        </button>
      </span>
    </li>
  );
}
