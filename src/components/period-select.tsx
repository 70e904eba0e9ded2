import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { Period, Roadmap } from '../api/schemas';
import { apiPeriodFor } from '../domain/periods';
import { useUpdateSearch } from './url-state';
import { usePeriodLabel } from './period-label';

export interface PeriodState {
  period: Period;
  /** The value from the URL when it was not a period of the roadmap. */
  invalid: string | null;
  isLatest: boolean;
  /**
   * The period to ask the API for: undefined for the latest, which the API answers by default, so
   * that screens can start their requests before the roadmap (and its as-of period) has arrived.
   */
  apiPeriod: Period | undefined;
}

/** The selected period (`?period=`), defaulting to the roadmap's as-of period. */
export function usePeriod(roadmap: Pick<Roadmap, 'periods' | 'asOfPeriod'>): PeriodState {
  const [searchParams] = useSearchParams();
  const raw = searchParams.get('period');
  const valid = raw !== null && roadmap.periods.includes(raw);
  const isLatest = !valid || raw === roadmap.asOfPeriod;
  const period = valid ? raw : roadmap.asOfPeriod;
  return { period, invalid: raw !== null && !valid ? raw : null, isLatest, apiPeriod: apiPeriodFor(roadmap, raw) };
}

/** Period selector; choosing the latest period removes the parameter. */
export function PeriodSelect({ roadmap, state }: { roadmap: Pick<Roadmap, 'periods' | 'asOfPeriod'>; state: PeriodState }) {
  const periodName = usePeriodLabel();
  const { t } = useTranslation();
  const id = useId();
  const update = useUpdateSearch();
  return (
    <div className="period-select">
      <label htmlFor={id}>{t('period.label')}</label>
      <select
        id={id}
        value={state.period}
        onChange={(event) =>
          update({ period: event.target.value === roadmap.asOfPeriod ? undefined : event.target.value, page: undefined })
        }
      >
        {[...roadmap.periods].reverse().map((p) => (
          <option key={p} value={p}>
            {p === roadmap.asOfPeriod ? t('period.latest', { period: periodName(p) }) : periodName(p)}
          </option>
        ))}
      </select>
      {state.invalid !== null && (
        <p className="notice" role="status">
          {t('period.invalid', { value: state.invalid, period: periodName(state.period) })}
        </p>
      )}
    </div>
  );
}
