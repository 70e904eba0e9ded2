/**
 * The language switcher in the header: each language named in itself. Choosing one opens the same
 * screen with the same query in that language (its own URL), and remembers the choice for visits
 * that start at `/`.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { chosenLocale, pathInLocale } from '../app/locale-path';
import { DEFAULT_LOCALE, isLocale, LOCALES } from '../i18n/locales';

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const location = useLocation();
  const id = useId();
  const current = isLocale(i18n.language) ? i18n.language : DEFAULT_LOCALE;
  return (
    <div className="language-switcher">
      <label htmlFor={id}>{t('app.language')}</label>
      <select
        id={id}
        value={current}
        onChange={(event) => {
          const next = event.target.value;
          if (!isLocale(next) || next === current) return;
          chosenLocale.write(next);
          window.location.assign(pathInLocale(next, location.pathname, location.search));
        }}
      >
        {LOCALES.map((l) => (
          <option key={l.code} value={l.code} lang={l.code}>
            {l.name}
          </option>
        ))}
      </select>
    </div>
  );
}
