import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { forgetUnpublishedLanguages } from '../api/queries';
import type { MockControls } from './app-env';

/**
 * Tester panel, present only when the mock API is on: shows the active scenario and switches it.
 * Switching refetches the data on screen, so the new behaviour shows at once (a failure after a
 * success keeps the data, marked stale).
 */
export function TesterPanel({ controls }: { controls: MockControls }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const id = useId();
  const [active, setActive] = useState(controls.current());
  const description = controls.scenarios.find((s) => s.name === active)?.description ?? '';

  return (
    <aside className="tester-panel" aria-label={t('tester.label')}>
      <details>
        <summary>
          {t('tester.summary')} <strong>{active}</strong>
        </summary>
        <div className="tester-panel-body">
          <label htmlFor={id}>{t('tester.scenario')}</label>
          <select
            id={id}
            value={active}
            onChange={(event) => {
              controls.set(event.target.value);
              setActive(event.target.value);
              // Another scenario may publish other languages (english-only publishes none).
              forgetUnpublishedLanguages();
              void queryClient.invalidateQueries();
            }}
          >
            {controls.scenarios.map((s) => (
              <option key={s.name} value={s.name}>
                {s.name}
              </option>
            ))}
          </select>
          <p>{description}</p>
          <div role="status">{controls.remembered && !controls.remembered() && <p className="notice">{t('storage.scenario')}</p>}</div>
        </div>
      </details>
    </aside>
  );
}
