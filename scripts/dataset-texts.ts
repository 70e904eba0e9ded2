/**
 * The distinct English texts of the illustrative dataset that a reader sees (the keys of
 * mocks/data/translations/<locale>.ts): `npx tsx scripts/dataset-texts.ts [default|large|empty] [--json]`
 * prints them one per line (or as a JSON array of { field, text }), grouped by field.
 * Left out: codes, ids, dates, numbers, URLs, pillar references (FATF R.1, IO.6, ACIF goal 2) and the
 * titles and publishers of evidence documents (names of documents, which stay as published). The
 * crosswalk's reference labels are in (`Chapter 23` is translated; `R.24` and `IO.5` stay as published,
 * with an entry of their own so that they do not count as English fallbacks).
 */
import { getDataset, type Dataset, type DatasetKind } from '../mocks/data/dataset.ts';

export interface DatasetText {
  field: string;
  text: string;
}

/** Every distinct visible text of a dataset, in a stable order (first occurrence), with the field it first appears in. */
export function datasetTexts(dataset: Dataset): DatasetText[] {
  const seen = new Map<string, string>();
  const add = (field: string, text: string | null | undefined) => {
    if (text && !seen.has(text)) seen.set(text, field);
  };
  const { roadmap } = dataset;
  add('roadmap.title', roadmap.title);
  add('roadmap.description', roadmap.description);
  add('roadmap.source', roadmap.source);
  roadmap.pillars.forEach((p) => {
    add('pillar.name', p.name);
    add('pillar.shortName', p.shortName);
    add('pillar.description', p.description);
  });
  roadmap.statuses.forEach((s) => {
    add('status.label', s.label);
    add('status.description', s.description);
  });
  roadmap.scales.forEach((s) => {
    add('scale.name', s.name);
    add('scale.source', s.source);
    s.levels.forEach((l) => add('scale.level', l));
  });
  dataset.jurisdictions.forEach((j) => {
    add('jurisdiction.name', j.name);
    add('jurisdiction.designationFootnote', j.designationFootnote);
    j.institutions.forEach((i) => add('institution.name', i.name));
  });
  dataset.commitments.forEach((c) => add('commitment.title', c.title));
  dataset.commitments.forEach((c) => add('commitment.description', c.description));
  dataset.commitments.forEach((c) => c.history.forEach((h) => add('statusHistory.note', h.note)));
  dataset.indicators.forEach((i) => {
    add('indicator.name', i.name);
    add('indicator.description', i.description);
    add('indicator.unit', i.unit);
    add('indicator.source', i.source);
  });
  dataset.indicators.forEach((i) => i.series.forEach((s) => s.observations.forEach((o) => add('observation.source', o.source))));
  (roadmap.frameworks ?? []).forEach((f) => {
    add('framework.name', f.name);
    add('framework.edition', f.edition);
  });
  (roadmap.references ?? []).forEach((r) => {
    add('reference.label', r.label);
    add('reference.name', r.name);
  });
  dataset.commitments.forEach((c) => c.deadlineHistory?.revisions.forEach((r) => add('deadlineRevision.reason', r.reason)));
  const order = [...new Set(seen.values())];
  return [...seen].map(([text, field]) => ({ field, text })).sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const kind = (args.find((a) => !a.startsWith('--')) ?? 'default') as DatasetKind;
  const texts = datasetTexts(getDataset(kind));
  if (args.includes('--json')) console.log(JSON.stringify(texts, null, 2));
  else texts.forEach((t) => console.log(`${t.field}\t${t.text}`));
}
