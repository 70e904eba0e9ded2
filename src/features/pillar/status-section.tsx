/**
 * The pillar's headline figures and its "Commitments by status in each jurisdiction" chart (the
 * `pillar-status` model, the same one the slide and the embed show).
 */
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { jurisdictionsQuery, progressQuery } from '../../api/queries';
import type { Jurisdiction, Period, Pillar, Progress, Roadmap } from '../../api/schemas';
import { ModelFrame } from '../../components/chart/model-frame';
import { useModelContext } from '../../components/chart/model-context';
import { QueryState } from '../../components/query-state';
import { pillarStatusModel } from '../../domain/charts/pillar-status';
import { formatCount } from '../../domain/format';
import { pillarCells, pillarTotals } from '../../domain/pillar-progress';

interface Props {
  roadmap: Roadmap;
  pillar: Pillar;
  period: Period;
}

export function StatusSection({ roadmap, pillar, period }: Props) {
  const { t } = useTranslation();
  const jurisdictionsResult = useQuery(jurisdictionsQuery());
  const progressResult = useQuery(progressQuery(period));
  return (
    <QueryState query={jurisdictionsResult} what={t('what.jurisdictions')} minHeight={420}>
      {(list) => (
        <QueryState query={progressResult} what={t('what.progress')} minHeight={420}>
          {(p) => <PillarStatus roadmap={roadmap} pillar={pillar} period={period} progress={p} jurisdictions={list.items} />}
        </QueryState>
      )}
    </QueryState>
  );
}

function PillarStatus({ roadmap, pillar, period, progress, jurisdictions }: Props & { progress: Progress; jurisdictions: readonly Jurisdiction[] }) {
  const { t } = useTranslation();
  const ctx = useModelContext();
  const model = useMemo(
    () => pillarStatusModel({ roadmap, progress, jurisdictions, pillar, period }, ctx),
    [roadmap, progress, jurisdictions, pillar, period, ctx],
  );
  const totals = pillarTotals(pillarCells(progress, pillar.id));
  const figures = [
    { label: t('pillar.headline.total'), value: formatCount(totals.total, ctx.locale) },
    { label: t('pillar.headline.completed'), value: formatCount(totals.completed, ctx.locale) },
    { label: t('pillar.headline.overdue'), value: formatCount(totals.overdue, ctx.locale) },
  ];
  return (
    <>
      <dl className="headline">
        {figures.map((f) => (
          <div key={f.label} className="headline-figure">
            <dt>{f.label}</dt>
            <dd>{f.value}</dd>
          </div>
        ))}
      </dl>
      <ModelFrame model={model} />
    </>
  );
}
