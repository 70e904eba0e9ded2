import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CommitmentDetail, Roadmap } from '../../api/schemas';
import { refsOf, vocabulary } from '../../domain/crosswalk';

/** The framework references the commitment is tagged with, each linking to the crosswalk. */
export function FrameworkRefs({ commitment, roadmap }: { commitment: CommitmentDetail; roadmap: Roadmap }) {
  const { t } = useTranslation();
  const { frameworks, references } = vocabulary(roadmap);
  const refs = refsOf(commitment, references);
  const frameworkName = (id: string) => frameworks.find((f) => f.id === id)?.name ?? id;
  return (
    <section aria-labelledby="commitment-refs">
      <h2 id="commitment-refs">{t('commitment.refs.title')}</h2>
      <p>{t('commitment.refs.intro')}</p>
      {refs.length === 0 ? (
        <p>{t('commitment.refs.none')}</p>
      ) : (
        <ul className="commitment-refs">
          {refs.map((ref) => (
            <li key={ref.code}>
              <span className="ref-framework">{frameworkName(ref.framework)}</span>{' '}
              <Link to={`/frameworks?ref=${encodeURIComponent(ref.code)}`} aria-label={t('commitment.refs.crosswalk', { label: `${ref.label} ${ref.name}` })}>
                <strong>{ref.label}</strong> {ref.name}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
