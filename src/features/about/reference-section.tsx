import { useTranslation } from 'react-i18next';
import type { Jurisdiction, JurisdictionCode } from '../../api/schemas';
import { CPI_SCORES, CPI_YEARS, FATF_GREY_LIST, formatMonth, type GreyListEntry } from './reference-context';
import { useNumberLocale } from '../../components/use-number-locale';

interface ReferenceProps {
  /** From the API, for names and the designation footnote; codes are shown until they arrive. */
  jurisdictions: readonly Jurisdiction[] | undefined;
}

const ORDER: readonly JurisdictionCode[] = ['AL', 'BA', 'XK', 'ME', 'MK', 'RS'];

/** Published facts that give context to the figures, each with its source; not part of the dataset. */
export function ReferenceSection({ jurisdictions }: ReferenceProps) {
  const dateLocale = useNumberLocale();
  const { t } = useTranslation();
  const codes = jurisdictions?.map((j) => j.code) ?? ORDER;
  const name = (code: JurisdictionCode) => jurisdictions?.find((j) => j.code === code)?.name ?? code;
  const footnoted = jurisdictions?.filter((j) => j.designationFootnote) ?? [];

  function greyListText(entry: GreyListEntry): string {
    if (entry.kind === 'listed') return t('about.reference.fatfListed', { listed: formatMonth(entry.listed, dateLocale), removed: formatMonth(entry.removed, dateLocale) });
    return entry.kind === 'not_listed' ? t('about.reference.fatfNotListed') : t('about.reference.fatfNotMember');
  }

  return (
    <section aria-labelledby="about-reference" className="reference-context">
      <h2 id="about-reference">{t('about.reference.title')}</h2>
      <p>{t('about.reference.intro')}</p>

      <h3>{t('about.reference.fatfTitle')}</h3>
      <dl className="reference-list">
        {codes.flatMap((code) => {
          const entry = FATF_GREY_LIST.find((e) => e.code === code);
          return entry
            ? [
                <div key={code}>
                  <dt>{name(code)}</dt>
                  <dd>{greyListText(entry)}</dd>
                </div>,
              ]
            : [];
        })}
      </dl>
      <p className="footnote">{t('about.reference.fatfSource')}</p>

      <h3>{t('about.reference.moneyvalTitle')}</h3>
      <dl className="reference-list">
        <div>
          <dt>{name('ME')}</dt>
          <dd>{t('about.reference.moneyvalME')}</dd>
        </div>
        <div>
          <dt>{name('MK')}</dt>
          <dd>{t('about.reference.moneyvalMK')}</dd>
        </div>
      </dl>
      <p className="footnote">{t('about.reference.moneyvalSource')}</p>

      <h3>{t('about.reference.cpiTitle')}</h3>
      <p>{t('about.reference.cpiIntro')}</p>
      <div className="table-scroll">
        <table className="reference-cpi">
          <caption>{t('about.reference.cpiCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('about.reference.jurisdiction')}</th>
              {CPI_YEARS.map((year) => (
                <th key={year} scope="col" className="num">
                  {year}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {codes.map((code) => (
              <tr key={code}>
                <th scope="row">{name(code)}</th>
                {CPI_SCORES[code].map((score, index) => (
                  <td key={CPI_YEARS[index]} className="num">
                    {score}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="reference-caveat">{t('about.reference.cpiCaveat')}</p>
      <p className="footnote">{t('about.reference.cpiSource')}</p>
      {footnoted.map((j) => (
        <p key={j.code} className="footnote">
          {j.name}: {j.designationFootnote}
        </p>
      ))}
    </section>
  );
}
