/**
 * Illustrative indicators (KPIs): yearly values per jurisdiction with a baseline, a target where one
 * was set, a source and a quality flag per value. Gaps are left as gaps (value null, quality
 * "missing"), never filled with zero.
 */
import type { Indicator, IndicatorSeries, JurisdictionCode, Observation, Quality, YearValue } from '../../src/api/schemas';
import { annotateIndicator } from './annotations';
import { JURISDICTION_ORDER } from './jurisdictions';
import { createRng, type Rng } from './random';

export const BASELINE_YEAR = 2018;
export const LAST_OBSERVED_YEAR = 2025;

/**
 * How values move: "percent" moves by percentage points a year and stays within 0-100, the others
 * change by a relative rate a year.
 */
type Kind = 'percent' | 'count' | 'money' | 'days';

interface IndicatorSpec {
  id: string;
  pillar: string;
  name: string;
  description: string;
  unit: string;
  direction: 'higher' | 'lower';
  /** Where figures of this kind come from in reality; each value cites "<report> <year>". */
  report: string;
  kind: Kind;
  /** 2018 level for the largest jurisdiction (scaled by size unless `scaled` is false). */
  base: number;
  scaled: boolean;
  /** Typical yearly change in the better direction: points for percent, a rate for the others. */
  growth: number;
  targetYear: number | null;
  /** Jurisdictions that set no quantitative target for this indicator. */
  noTarget?: readonly JurisdictionCode[];
  /** Series that already met their target at the baseline, and series moving the wrong way. */
  beaten?: readonly JurisdictionCode[];
  deteriorating?: readonly JurisdictionCode[];
  /** Jurisdictions whose first years are not available (the register or system did not exist). */
  lateStart?: Partial<Record<JurisdictionCode, number>>;
}

/** Relative size used to scale counts and amounts (illustrative). */
const SIZE: Record<JurisdictionCode, number> = { AL: 0.55, BA: 0.6, XK: 0.3, ME: 0.2, MK: 0.4, RS: 1 };

const SPECS: readonly IndicatorSpec[] = [
  {
    id: 'nra-actions-implemented',
    pillar: 'aml-framework',
    name: 'National risk assessment action plan measures implemented',
    description: 'Share of the measures in the action plan following the national money-laundering risk assessment that are reported as implemented.',
    unit: '%',
    direction: 'higher',
    report: 'AML/CFT coordination body progress report',
    kind: 'percent',
    base: 18,
    scaled: false,
    growth: 8,
    targetYear: 2026,
  },
  {
    id: 'aml-onsite-inspections',
    pillar: 'aml-framework',
    name: 'On-site AML/CFT inspections of obliged entities',
    description: 'Number of on-site inspections of banks and non-financial businesses carried out by AML/CFT supervisors in the year.',
    unit: 'inspections',
    direction: 'higher',
    report: 'AML/CFT supervisors’ annual report',
    kind: 'count',
    base: 190,
    scaled: true,
    growth: 0.06,
    targetYear: null,
  },
  {
    id: 'str-received',
    pillar: 'financial-intelligence',
    name: 'Suspicious transaction reports received',
    description: 'Suspicious transaction and activity reports received by the financial intelligence unit in the year.',
    unit: 'reports',
    direction: 'higher',
    report: 'FIU annual report',
    kind: 'count',
    base: 2400,
    scaled: true,
    growth: 0.08,
    targetYear: 2027,
    noTarget: ['BA'],
  },
  {
    id: 'str-disseminations',
    pillar: 'financial-intelligence',
    name: 'FIU disseminations to prosecutors',
    description: 'Cases disseminated by the financial intelligence unit to prosecutors and law enforcement in the year.',
    unit: 'disseminations',
    direction: 'higher',
    report: 'FIU annual report',
    kind: 'count',
    base: 160,
    scaled: true,
    growth: 0.07,
    targetYear: 2026,
  },
  {
    id: 'bo-verified-share',
    pillar: 'beneficial-ownership',
    name: 'Legal entities with a verified beneficial owner',
    description: 'Share of active legal entities whose beneficial ownership information has been verified by the register at the end of the year.',
    unit: '%',
    direction: 'higher',
    report: 'Business register statistics',
    kind: 'percent',
    base: 12,
    scaled: false,
    growth: 9,
    targetYear: 2026,
    lateStart: { XK: 2020, BA: 2019 },
  },
  {
    id: 'ml-indictments',
    pillar: 'ml-prosecution',
    name: 'Persons indicted for money laundering',
    description: 'Persons against whom an indictment for money laundering was filed in the year.',
    unit: 'persons',
    direction: 'higher',
    report: 'Prosecution service annual report',
    kind: 'count',
    base: 70,
    scaled: true,
    growth: 0.06,
    targetYear: 2027,
  },
  {
    id: 'ml-convictions',
    pillar: 'ml-prosecution',
    name: 'Final money-laundering convictions',
    description: 'Persons finally convicted of money laundering in the year, stand-alone and together with a predicate offence.',
    unit: 'convictions',
    direction: 'higher',
    report: 'Judicial council statistics',
    kind: 'count',
    base: 30,
    scaled: true,
    growth: 0.08,
    targetYear: 2027,
    noTarget: ['XK'],
  },
  {
    id: 'assets-confiscated-value',
    pillar: 'asset-recovery',
    name: 'Value of assets finally confiscated',
    description: 'Value of property confiscated by final court decisions in the year.',
    unit: 'EUR million',
    direction: 'higher',
    report: 'Asset management office annual report',
    kind: 'money',
    base: 14,
    scaled: true,
    growth: 0.1,
    targetYear: 2026,
  },
  {
    id: 'declarations-verified',
    pillar: 'asset-declarations',
    name: 'Asset declarations fully verified',
    description: 'Share of the asset declarations due in the year that were fully verified against bank, tax and property records.',
    unit: '%',
    direction: 'higher',
    report: 'Anti-corruption agency annual report',
    kind: 'percent',
    base: 9,
    scaled: false,
    growth: 3,
    targetYear: 2026,
    beaten: ['ME'],
  },
  {
    id: 'declarations-late',
    pillar: 'asset-declarations',
    name: 'Officials filing asset declarations late',
    description: 'Share of officials obliged to declare who filed their declaration after the legal deadline.',
    unit: '%',
    direction: 'lower',
    report: 'Anti-corruption agency annual report',
    kind: 'percent',
    base: 14,
    scaled: false,
    growth: 1.1,
    targetYear: 2026,
  },
  {
    id: 'open-procedure-share',
    pillar: 'public-procurement',
    name: 'Contract value awarded by open procedure',
    description: 'Share of the value of public contracts awarded through open procedures.',
    unit: '%',
    direction: 'higher',
    report: 'Public procurement agency annual report',
    kind: 'percent',
    base: 64,
    scaled: false,
    growth: 2.5,
    targetYear: 2027,
    deteriorating: ['RS'],
  },
  {
    id: 'single-bid-share',
    pillar: 'public-procurement',
    name: 'Tenders with a single bidder',
    description: 'Share of competitive tenders in which only one bid was received.',
    unit: '%',
    direction: 'lower',
    report: 'Public procurement agency annual report',
    kind: 'percent',
    base: 36,
    scaled: false,
    growth: 1.5,
    targetYear: 2026,
    beaten: ['ME'],
  },
  {
    id: 'mla-response-days',
    pillar: 'regional-cooperation',
    name: 'Average days to answer mutual legal assistance requests',
    description: 'Average number of days between receipt of an incoming mutual legal assistance request and the reply.',
    unit: 'days',
    direction: 'lower',
    report: 'Ministry of Justice statistics on international legal assistance',
    kind: 'days',
    base: 230,
    scaled: false,
    growth: 0.07,
    targetYear: 2026,
    deteriorating: ['BA'],
    lateStart: { XK: 2019 },
  },
  {
    id: 'fiu-foreign-requests',
    pillar: 'regional-cooperation',
    name: 'Information requests exchanged with foreign FIUs',
    description: 'Requests for information sent to and received from foreign financial intelligence units in the year.',
    unit: 'requests',
    direction: 'higher',
    report: 'FIU annual report',
    kind: 'count',
    base: 320,
    scaled: true,
    growth: 0.06,
    targetYear: null,
  },
];

function round(kind: Kind, value: number): number {
  if (kind === 'percent' || kind === 'money') return Math.round(value * 10) / 10;
  return Math.round(value);
}

function clampValue(kind: Kind, value: number): number {
  if (kind === 'percent') return Math.min(99.5, Math.max(0.5, value));
  return Math.max(0, value);
}

/** One year's move: in points for percentages, relative otherwise; `sign` +1 up, -1 down. */
function step(spec: IndicatorSpec, value: number, rate: number, sign: number, rng: Rng): number {
  if (spec.kind === 'percent') {
    // Shares slow down as they approach 0 or 100 %.
    const room = sign > 0 ? Math.min(1, (100 - value) / 40) : Math.min(1, value / 12);
    return clampValue(spec.kind, value + sign * rate * room + rng.between(-1.5, 1.5) * room);
  }
  const noise = spec.kind === 'money' ? 0.25 : 0.1;
  return clampValue(spec.kind, value * (1 + sign * rate + rng.between(-noise, noise)));
}

/** The inverse move, used to extend a series backwards before the baseline year. */
function stepBack(spec: IndicatorSpec, value: number, rate: number, sign: number, rng: Rng): number {
  if (spec.kind === 'percent') return clampValue(spec.kind, value - sign * rate * 0.5 + rng.between(-1.8, 1.8));
  return clampValue(spec.kind, value / (1 + sign * rate * 0.5 + rng.between(-0.08, 0.08)));
}

function buildSeries(spec: IndicatorSpec, code: JurisdictionCode, firstYear: number, seed: string): IndicatorSeries {
  const rng = createRng(`${seed}:${spec.id}:${code}`);
  const backRng = createRng(`${seed}:${spec.id}:${code}:before-baseline`);
  const better = spec.direction === 'higher' ? 1 : -1;
  const sign = spec.deteriorating?.includes(code) ? -better : better;
  const rate = spec.growth * rng.between(0.4, 1.5);
  const level = spec.base * (spec.scaled ? SIZE[code] : 1) * rng.between(0.8, 1.2);

  // Raw values: from the baseline year forwards, then backwards for longer histories.
  const raw = new Map<number, number>();
  let value = clampValue(spec.kind, level);
  raw.set(BASELINE_YEAR, value);
  for (let year = BASELINE_YEAR + 1; year <= LAST_OBSERVED_YEAR; year += 1) {
    value = step(spec, value, rate, sign, rng);
    raw.set(year, value);
  }
  value = raw.get(BASELINE_YEAR) ?? level;
  for (let year = BASELINE_YEAR - 1; year >= firstYear; year -= 1) {
    value = stepBack(spec, value, rate, sign, backRng);
    raw.set(year, value);
  }

  // Kosovo*'s institutions were set up later; earlier years are not available.
  const firstReported = Math.max(spec.lateStart?.[code] ?? firstYear, code === 'XK' ? 2010 : firstYear);
  const provisionalLastYear = rng.chance(0.6);
  const lastYearMissing = !provisionalLastYear && rng.chance(0.15);

  const observations: Observation[] = [];
  for (let year = firstYear; year <= LAST_OBSERVED_YEAR; year += 1) {
    const gapRoll = rng.next();
    const qualityRoll = rng.next();
    const missing =
      year < firstReported ||
      (year === LAST_OBSERVED_YEAR && lastYearMissing) ||
      (year > BASELINE_YEAR && year < LAST_OBSERVED_YEAR && gapRoll < 0.05);
    if (missing) {
      observations.push({ year, value: null, quality: 'missing', source: null });
      continue;
    }
    let quality: Quality = 'reported';
    if (year === LAST_OBSERVED_YEAR && provisionalLastYear) quality = 'provisional';
    else if (qualityRoll < 0.08) quality = 'estimated';
    const suffix = quality === 'reported' ? '' : ` (${quality})`;
    observations.push({
      year,
      value: round(spec.kind, raw.get(year) ?? level),
      quality,
      source: `${spec.report} ${year}${suffix}; illustrative`,
    });
  }

  // The baseline is the first available value from the baseline year on.
  const first = observations.find((o) => o.year >= BASELINE_YEAR && o.value !== null);
  const baseline: YearValue | null = first && first.value !== null ? { year: first.year, value: first.value } : null;

  let target: YearValue | null = null;
  if (baseline && spec.targetYear !== null && !spec.noTarget?.includes(code)) {
    const years = spec.targetYear - baseline.year;
    let goal: number;
    if (spec.beaten?.includes(code)) {
      // Set low, so that the baseline already meets it.
      goal = spec.kind === 'percent' ? baseline.value - better * 3 : baseline.value * (1 - better * 0.1);
    } else if (spec.kind === 'percent') {
      goal = baseline.value + better * spec.growth * years * rng.between(0.8, 1.2);
    } else {
      goal = baseline.value * (1 + better * spec.growth * rng.between(0.8, 1.3)) ** years;
    }
    if (spec.kind === 'percent') goal = Math.min(95, Math.max(2, goal));
    target = { year: spec.targetYear, value: round(spec.kind, clampValue(spec.kind, goal)) };
  }

  return { jurisdiction: code, baseline, target, observations };
}

export interface IndicatorOptions {
  /** First year with observations; the default dataset starts at the 2018 baseline. */
  firstYear: number;
  seed: string;
}

export const DEFAULT_INDICATOR_OPTIONS: IndicatorOptions = { firstYear: BASELINE_YEAR, seed: 'indicators' };

export function buildIndicators(options: IndicatorOptions = DEFAULT_INDICATOR_OPTIONS): Indicator[] {
  return SPECS.map((spec) => ({
    id: spec.id,
    pillar: spec.pillar,
    name: spec.name,
    description: spec.description,
    unit: spec.unit,
    direction: spec.direction,
    source: `Illustrative; modelled on the ${spec.report}`,
    series: JURISDICTION_ORDER.map((code) => buildSeries(spec, code, options.firstYear, options.seed)),
  })).map(annotateIndicator);
}
