/** The compared jurisdictions of the indicator screen (`?compare=`): checkboxes, "Compare all six" and the notice for unknown codes. */
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearchParams } from 'react-router';
import type { Jurisdiction, JurisdictionCode } from '../../api/schemas';
import { useUpdateSearch } from '../../components/url-state';
import { compareParam, parseCompare, toggleCompared } from '../../domain/compare';

/** The compared set from the URL (in the API's order), the boxes' state and its setter. */
export function useCompare(codes: readonly JurisdictionCode[]) {
  const [searchParams] = useSearchParams();
  const location = useLocation();
  const update = useUpdateSearch();
  const raw = searchParams.get('compare');
  const selection = useMemo(() => parseCompare(raw, codes), [raw, codes]);
  // The boxes show a change at once; the URL (and with it the data) follows with the navigation.
  const [pending, setPending] = useState<{ at: typeof location; selected: JurisdictionCode[] } | null>(null);
  const shown = pending && pending.at === location ? pending.selected : selection.selected;
  const set = (next: readonly JurisdictionCode[]) => {
    setPending({ at: location, selected: [...next] });
    update({ compare: compareParam(next, codes) });
  };
  return { raw, selection, shown, set };
}

export function CompareControl({
  jurisdictions,
  selected,
  invalid,
  fellBack,
  onChange,
}: {
  jurisdictions: readonly Jurisdiction[];
  selected: readonly JurisdictionCode[];
  /** Values of `?compare=` that are not jurisdiction codes. */
  invalid: readonly string[];
  /** Whether every jurisdiction is shown because of them. */
  fellBack: boolean;
  onChange: (next: readonly JurisdictionCode[]) => void;
}) {
  const { t } = useTranslation();
  const hintId = useId();
  const all = jurisdictions.map((j) => j.code);
  const lastOne = selected.length === 1;
  return (
    <fieldset className="indicator-compare" aria-describedby={lastOne ? hintId : undefined}>
      <legend>{t('indicator.compare.legend')}</legend>
      <div className="indicator-compare-options">
        {jurisdictions.map((j) => {
          const checked = selected.includes(j.code);
          return (
            <label key={j.code}>
              <input
                type="checkbox"
                checked={checked}
                disabled={checked && lastOne}
                onChange={() => onChange(toggleCompared(selected, j.code, all))}
              />{' '}
              {j.name}
            </label>
          );
        })}
        {selected.length < all.length && (
          <button type="button" onClick={() => onChange(all)}>
            {t('indicator.compare.all')}
          </button>
        )}
      </div>
      {lastOne && (
        <p id={hintId} className="indicator-compare-hint">
          {t('indicator.compare.lastOne')}
        </p>
      )}
      {invalid.length > 0 && (
        <p className="notice" role="status">
          {fellBack
            ? t('indicator.compare.invalidAll', { values: invalid.join(', ') })
            : t('indicator.compare.invalid', { values: invalid.join(', ') })}
        </p>
      )}
    </fieldset>
  );
}
