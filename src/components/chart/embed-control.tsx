/** "Embed" on every chart frame: opens the panel with the iframe snippet (loaded on first use). */
import { lazy, Suspense, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChartModel } from '../../domain/charts/model';

const EmbedPanel = lazy(() => import('./embed-dialog'));

export function EmbedControl({ model, search }: { model: ChartModel; search: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <>
      <button type="button" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        {t('chart.embed')}
      </button>
      {open && (
        <Suspense fallback={<p role="status">{t('state.loading', { what: t('chart.embed') })}</p>}>
          <EmbedPanel id={id} model={model} search={search} />
        </Suspense>
      )}
    </>
  );
}
