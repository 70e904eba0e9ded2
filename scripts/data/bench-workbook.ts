/**
 * Writes the benchmark's workbook (scripts/bench-data.mjs): 10,000 commitments with 60,000 status
 * updates, and 50 indicators x 6 jurisdictions x 20 years of observations, on the illustrative
 * roadmap, pillars and jurisdictions. Deterministic.  tsx scripts/data/bench-workbook.ts OUT.xlsx
 */
import { resolve } from 'node:path';
import { STATUS_CODES } from '../../src/api/schemas';
import { buildIllustrativeModel } from '../../mocks/data/dataset';
import type { Model, ModelCommitment, ModelIndicator } from '../../mocks/data/model';
import { createRng } from '../../mocks/data/random';
import { writeWorkbook } from './write';

export function benchModel(commitments = 10_000, updatesEach = 6, indicators = 50, years = 20): Model {
  const base = buildIllustrativeModel();
  const rng = createRng('bench-data');
  const periods = base.roadmap.periods;
  const list: ModelCommitment[] = [];
  for (let n = 0; n < commitments; n += 1) {
    const jurisdiction = base.jurisdictions[n % base.jurisdictions.length]!;
    const pillar = base.pillars[Math.floor(n / base.jurisdictions.length) % base.pillars.length]!;
    const first = rng.int(0, periods.length - updatesEach);
    let status = 0;
    list.push({
      id: `${jurisdiction.code}-${pillar.number}-${String(n).padStart(5, '0')}`,
      jurisdiction: jurisdiction.code,
      pillar: pillar.id,
      title: { en: `Benchmark commitment ${n} on ${pillar.name.en.toLowerCase()}` },
      description: { en: `Generated for the data benchmark; commitment ${n} of ${commitments}.` },
      institution: jurisdiction.institutions[n % jurisdiction.institutions.length]!.id,
      start: null,
      deadline: `${2022 + (n % 7)}-12-31`,
      revisions: [],
      refs: [],
      updates: Array.from({ length: updatesEach }, (_, i) => {
        status = Math.min(STATUS_CODES.length - 2, status + (rng.chance(0.3) ? 1 : 0));
        return { period: periods[first + i]!, status: STATUS_CODES[status]!, date: null, note: i === 0 ? { en: 'Added to the roadmap.' } : null, links: [] };
      }),
      evidence: [],
    });
  }
  const indicatorList: ModelIndicator[] = Array.from({ length: indicators }, (_, i) => ({
    id: `bench-indicator-${i + 1}`,
    pillar: base.pillars[i % base.pillars.length]!.id,
    name: { en: `Benchmark indicator ${i + 1}` },
    description: { en: 'Generated for the data benchmark.' },
    unit: { en: 'cases' },
    refs: [],
    direction: i % 3 === 0 ? 'lower' : 'higher',
    source: { en: 'Benchmark' },
    baselineYear: 2026 - years,
    targetYear: 2030,
    series: base.jurisdictions.map((j) => ({
      jurisdiction: j.code,
      baseline: null,
      target: { year: 2030, value: 1000 },
      observations: Array.from({ length: years }, (_, y) => {
        const value = rng.chance(0.05) ? null : Math.round(rng.between(100, 1000));
        return { year: 2026 - years + y, value, quality: value === null ? ('missing' as const) : ('reported' as const), source: value === null ? null : { en: 'Benchmark' }, note: null };
      }),
    })),
  }));
  return { ...base, source: { kind: 'published', name: 'bench.xlsx', sha256: null }, commitments: list, indicators: indicatorList };
}

if (process.argv[1] && resolve(process.argv[1]).endsWith('bench-workbook.ts')) {
  const out = process.argv[2];
  if (!out) throw new Error('Usage: tsx scripts/data/bench-workbook.ts OUT.xlsx');
  await writeWorkbook(resolve(out), benchModel());
  console.log(`Wrote ${out}`);
}
