import { useTranslation } from 'react-i18next';
import { slideKey, type Slide } from '../../domain/deck';

/** A slide whose subject does not exist (an old link, a removed indicator): it says so and the deck goes on. */
export function SlideNotAvailable({ slide }: { slide: Slide }) {
  const { t } = useTranslation();
  return (
    <div className="slide-unavailable">
      <p className="slide-takeaway">{t('presenter.slide.notAvailable')}</p>
      <p>{t('presenter.slide.notAvailableKey', { key: slideKey(slide) })}</p>
    </div>
  );
}

