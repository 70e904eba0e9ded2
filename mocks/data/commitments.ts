/**
 * Illustrative commitments: for each jurisdiction a seeded number of commitments spread over the
 * pillars, with a responsible institution, a deadline, half-yearly status history and evidence.
 */
import type {
  CommitmentDetail,
  Evidence,
  JurisdictionCode,
  Period,
  Pillar,
  StatusCode,
  StatusEntry,
} from '../../src/api/schemas';
import { parsePeriod, periodEnd, periodIndex, periodOfDate, periodRange } from '../../src/domain/periods';
import { lastChangeAt } from '../../src/domain/progress';
import { annotateCommitment } from './annotations';
import { institutionsForPillar, JURISDICTION_ORDER } from './jurisdictions';
import { createRng, type Rng } from './random';
import { AS_OF_PERIOD, FIRST_PERIOD, OHRID_PERIOD, PILLARS } from './roadmap';

/** Realistic commitment titles per pillar. */
const TITLES: Record<string, readonly string[]> = {
  'aml-framework': [
    'Adopt an updated national money-laundering and terrorist-financing risk assessment',
    'Adopt an action plan addressing the findings of the national risk assessment',
    'Align the AML/CFT law with the EU Anti-Money Laundering Directive',
    'Complete a sectoral risk assessment of virtual asset service providers',
    'Complete a risk assessment of the non-profit sector for terrorist-financing abuse',
    'Establish a standing AML/CFT coordination body chaired at ministerial level',
    'Introduce risk-based supervision of casinos and games of chance',
    'Introduce AML/CFT supervision of lawyers, notaries and accountants',
    'Adopt secondary legislation on due diligence for politically exposed persons',
    'Publish consolidated annual AML/CFT statistics',
  ],
  'financial-intelligence': [
    'Deploy a new case-management and analysis system at the financial intelligence unit',
    'Introduce online submission of suspicious transaction reports for all reporting entities',
    'Issue typologies and red-flag guidance to reporting entities',
    'Increase the analytical staff of the financial intelligence unit',
    'Give the financial intelligence unit direct access to tax, cadastre and vehicle registers',
    'Agree feedback procedures on disseminations with the prosecution service',
    'Publish strategic analysis reports on money-laundering trends',
    'Train real-estate and construction businesses on suspicious transaction reporting',
    'Introduce electronic reporting of cash transactions above EUR 10,000',
    'Sign memoranda on information exchange with law-enforcement agencies',
  ],
  'beneficial-ownership': [
    'Establish a central register of beneficial owners',
    'Connect the beneficial ownership register to the business register',
    'Introduce verification of beneficial ownership information at registration',
    'Introduce sanctions for failure to register or update beneficial ownership',
    'Give obliged entities electronic access to the beneficial ownership register',
    'Require banks and notaries to report discrepancies to the register',
    'Register the beneficial owners of trusts and similar legal arrangements',
    'Strike off inactive companies that have not filed beneficial ownership information',
    'Publish an annual report on the accuracy of beneficial ownership data',
    'Remove bearer shares and nominee arrangements from company law',
  ],
  'ml-prosecution': [
    'Adopt a money-laundering investigation and prosecution strategy',
    'Establish a specialised financial investigations unit within the police',
    'Make parallel financial investigations mandatory in organised crime and corruption cases',
    'Issue prosecutorial guidelines on stand-alone money-laundering cases',
    'Train judges and prosecutors on proving money laundering from circumstantial evidence',
    'Publish statistics on money-laundering indictments and convictions',
    'Set up a joint task force of prosecutors, police, tax and customs officials',
    'Introduce an electronic case-management system linking police and prosecution',
    'Amend the criminal code to cover self-laundering',
    'Review sentencing practice in money-laundering cases',
  ],
  'asset-recovery': [
    'Adopt a law on extended confiscation',
    'Introduce non-conviction-based confiscation',
    'Establish an asset recovery office',
    'Establish a central register of seized and confiscated assets',
    'Adopt rules on the management and sale of seized assets',
    'Introduce the social re-use of confiscated property',
    'Train prosecutors on financial investigations for asset recovery',
    'Publish annual statistics on frozen, seized and confiscated assets',
    'Designate contact points in the regional asset recovery network',
    'Introduce interim management of seized companies',
  ],
  'asset-declarations': [
    'Introduce electronic submission of asset declarations',
    'Publish the asset declarations of senior officials online',
    'Introduce risk-based verification of asset declarations',
    'Give the anti-corruption agency access to bank, tax and property registers',
    'Introduce sanctions for false or incomplete asset declarations',
    'Extend declaration duties to family members of senior officials',
    'Adopt rules on conflict of interest in local government',
    'Introduce a lifestyle-check methodology for verification',
    'Regulate gifts and post-employment restrictions for public officials',
    'Publish annual reports on verification results and sanctions',
  ],
  'public-procurement': [
    'Adopt a new public procurement law aligned with the EU directives',
    'Make electronic procurement mandatory for all contracting authorities',
    'Publish all procurement contracts and amendments as open data',
    'Introduce red-flag analysis of tenders to detect corruption risks',
    'Restrict negotiated procedures without prior publication',
    'Establish an independent review body for procurement complaints',
    'Require beneficial ownership declarations from bidders',
    'Train contracting authorities on integrity in procurement',
    'Publish annual procurement monitoring reports',
    'Introduce conflict-of-interest statements for tender evaluation committees',
  ],
  'regional-cooperation': [
    'Designate a central authority for mutual legal assistance requests',
    'Introduce electronic transmission of mutual legal assistance requests',
    'Sign agreements on joint investigation teams with neighbouring jurisdictions',
    'Agree FIU-to-FIU information exchange memoranda across the region',
    'Join the regional network of specialised anti-corruption prosecutors',
    'Second a liaison officer to the regional law-enforcement cooperation network',
    'Reduce the time to answer mutual legal assistance requests to 90 days',
    'Publish statistics on incoming and outgoing mutual legal assistance requests',
    'Hold joint training with the region’s financial intelligence units',
    'Adopt a protocol on spontaneous information sharing with foreign prosecutors',
  ],
};

/** One sentence of context per pillar for the commitment description. */
const CONTEXT: Record<string, string> = {
  'aml-framework':
    'It follows from the national risk assessment and from the recommendations of the last MONEYVAL evaluation.',
  'financial-intelligence':
    'It aims to raise the quality of suspicious transaction reports and the share of disseminations that lead to investigations.',
  'beneficial-ownership':
    'Accurate and timely beneficial ownership information lets investigators see who is behind companies used to move illicit funds.',
  'ml-prosecution':
    'It aims to move from predicate-offence cases to stand-alone money-laundering prosecutions ending in final convictions.',
  'asset-recovery':
    'It aims to ensure that crime does not pay: proceeds are traced early, frozen quickly and confiscated after a final judgment.',
  'asset-declarations':
    'It supports ACIF goal 2: credible asset-declaration and conflict-of-interest systems with real verification.',
  'public-procurement':
    'It supports ACIF goal 1: reducing corruption risks in public procurement through openness and competition.',
  'regional-cooperation':
    'It supports ACIF goal 3: a regional network of specialised prosecutors, law-enforcement agencies and FIUs.',
};

/** Name of the main law under each pillar, used for evidence items. */
const LAWS: Record<string, string> = {
  'aml-framework': 'Law on the Prevention of Money Laundering and Terrorist Financing (amendments)',
  'financial-intelligence': 'Rulebook on reporting suspicious transactions',
  'beneficial-ownership': 'Law on the Central Register of Beneficial Owners',
  'ml-prosecution': 'Criminal Code (amendments on money laundering)',
  'asset-recovery': 'Law on the Seizure and Confiscation of Proceeds of Crime',
  'asset-declarations': 'Law on the Declaration of Assets and Interests of Public Officials',
  'public-procurement': 'Law on Public Procurement',
  'regional-cooperation': 'Law on International Legal Assistance in Criminal Matters',
};

const NOTES: Record<'started' | 'completed' | 'discontinued' | 'stalled', readonly string[]> = {
  started: [
    'Working group set up',
    'Draft prepared and sent for public consultation',
    'Draft submitted to the government',
    'Technical assistance from an EU-funded project under way',
    'Terms of reference agreed with donors',
  ],
  completed: [
    'Adopted by the government',
    'Adopted by parliament and published in the Official Gazette',
    'System in production since the end of the period',
    'Final report published',
  ],
  discontinued: [
    'Superseded by the new national strategy',
    'Merged into another commitment under the same pillar',
    'Withdrawn after a change of the legal framework',
  ],
  stalled: [
    'Delayed by early elections',
    'Awaiting parliamentary procedure',
    'Funding not yet secured',
    'Draft returned for revision after public consultation',
  ],
};

/**
 * How far each jurisdiction has got: the chance that a commitment is completed by the as-of period.
 * Illustrative values chosen so that the jurisdictions differ visibly.
 */
const COMPLETION_PROFILE: Record<JurisdictionCode, number> = {
  AL: 0.7,
  BA: 0.3,
  XK: 0.45,
  ME: 0.58,
  MK: 0.66,
  RS: 0.4,
};

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function formatLongDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${day} ${MONTHS[(month ?? 1) - 1]} ${year}`;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** Last day of a calendar quarter counted as year * 4 + (quarter - 1). */
function quarterEnd(quarterIndex: number): string {
  const year = Math.floor(quarterIndex / 4);
  const quarter = quarterIndex % 4;
  return `${year}-${['03-31', '06-30', '09-30', '12-31'][quarter]}`;
}

function quarterIndexOf(isoDate: string): number {
  return Number(isoDate.slice(0, 4)) * 4 + Math.floor((Number(isoDate.slice(5, 7)) - 1) / 3);
}

/** A seeded day inside a reporting period (days 1-28 so that every month has it). */
function dateInPeriod(rng: Rng, period: Period): string {
  const { year, half } = parsePeriod(period);
  const month = (half === 1 ? 0 : 6) + rng.int(1, 6);
  return `${year}-${pad(month, 2)}-${pad(rng.int(1, 28), 2)}`;
}

/** Spread `total` commitments over the pillars: at least `min` each, at most `max` each. */
function spreadOverPillars(rng: Rng, total: number, min: number, max: number): number[] {
  const counts = PILLARS.map(() => min);
  let remaining = total - min * PILLARS.length;
  while (remaining > 0) {
    const open = counts.map((count, i) => (count < max ? i : -1)).filter((i) => i >= 0);
    if (open.length === 0) break;
    const i = rng.pick(open);
    counts[i] = (counts[i] ?? 0) + 1;
    remaining -= 1;
  }
  return counts;
}

type Outcome = 'completed' | 'in_progress' | 'not_started' | 'discontinued';

/** Index (into the roadmap's periods) at which each status begins, for one commitment. */
interface Timeline {
  startedAt: number | null;
  closedAt: number | null;
  closedAs: 'completed' | 'discontinued' | null;
}

function planTimeline(rng: Rng, outcome: Outcome, addedAt: number, lastAt: number, deadlineAt: number): Timeline {
  const clamp = (value: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, value));
  switch (outcome) {
    case 'completed': {
      const closedAt =
        deadlineAt <= lastAt
          ? clamp(deadlineAt + rng.int(-2, 3), addedAt + 1, lastAt)
          : rng.int(Math.max(addedAt + 1, lastAt - 4), lastAt);
      return { startedAt: rng.int(addedAt, closedAt - 1), closedAt, closedAs: 'completed' };
    }
    case 'discontinued': {
      const closedAt = rng.int(addedAt + 1, lastAt);
      const startedAt = rng.chance(0.5) ? rng.int(addedAt, closedAt - 1) : null;
      return { startedAt, closedAt, closedAs: 'discontinued' };
    }
    case 'in_progress':
      return { startedAt: rng.int(addedAt, lastAt), closedAt: null, closedAs: null };
    case 'not_started':
      return { startedAt: null, closedAt: null, closedAs: null };
  }
}

function statusOn(timeline: Timeline, index: number): StatusCode {
  if (timeline.closedAt !== null && timeline.closedAs && index >= timeline.closedAt) return timeline.closedAs;
  if (timeline.startedAt !== null && index >= timeline.startedAt) return 'in_progress';
  return 'not_started';
}

function buildHistory(rng: Rng, periods: readonly Period[], addedAt: number, timeline: Timeline, deadline: string): StatusEntry[] {
  const history: StatusEntry[] = [];
  let previous: StatusCode | null = null;
  for (let i = addedAt; i < periods.length; i += 1) {
    const period = periods[i] as Period;
    const status = statusOn(timeline, i);
    const entry: StatusEntry = { period, status };
    if (previous === null) {
      if (period === OHRID_PERIOD) entry.note = 'Added with the ACIF Roadmap adopted in Ohrid on 25 June 2021';
    } else if (status !== previous) {
      const bank = status === 'in_progress' ? NOTES.started : status === 'completed' ? NOTES.completed : NOTES.discontinued;
      if (status === 'discontinued' || rng.chance(0.4)) entry.note = rng.pick(bank);
    } else if (status !== 'completed' && status !== 'discontinued' && deadline <= periodEnd(period) && rng.chance(0.12)) {
      entry.note = rng.pick(NOTES.stalled);
    }
    history.push(entry);
    previous = status;
  }
  return history;
}

function buildEvidence(
  rng: Rng,
  c: { id: string; jurisdiction: JurisdictionCode; pillar: Pillar; title: string; institution: string },
  periods: readonly Period[],
  timeline: Timeline,
): Evidence[] {
  const lastAt = periods.length - 1;
  let count = 0;
  if (timeline.closedAs === 'completed') count = rng.int(1, 3);
  else if (timeline.closedAs === 'discontinued') count = rng.int(0, 1);
  else if (timeline.startedAt !== null) count = rng.int(0, 2);
  const items: Evidence[] = [];
  for (let n = 0; n < count; n += 1) {
    // The first item of a completed commitment documents the completion itself.
    const atIndex =
      n === 0 && timeline.closedAt !== null ? timeline.closedAt : rng.int(timeline.startedAt ?? timeline.closedAt ?? lastAt, lastAt);
    const period = periods[atIndex] as Period;
    const kind =
      n === 0 && timeline.closedAs === 'completed'
        ? rng.pick(['law', 'decision', 'report'] as const)
        : rng.pick(['report', 'statistics', 'press', 'decision', 'other'] as const);
    const year = parsePeriod(period).year;
    const title = {
      law: LAWS[c.pillar.id] ?? c.pillar.name,
      decision: `Decision to ${lowerFirst(c.title)}`,
      report: `Half-yearly progress report, ${period}`,
      statistics: `${c.pillar.shortName} statistics ${year}`,
      press: `Press release: progress on ${lowerFirst(c.pillar.shortName)}`,
      other: `Minutes of the national coordination meeting, ${period}`,
    }[kind];
    const publisher = kind === 'law' ? 'Official Gazette' : kind === 'other' ? 'National roadmap coordinator' : c.institution;
    const roll = rng.next();
    const path = `roadmap-monitor/${c.jurisdiction.toLowerCase()}/${c.id.toLowerCase()}/${n + 1}`;
    const url = roll < 0.12 ? null : roll < 0.17 ? `http://www.example.org/${path}` : `https://www.example.org/${path}`;
    items.push({ title, kind, date: dateInPeriod(rng, period), publisher, url });
  }
  return items.sort((a, b) => a.date.localeCompare(b.date));
}

export interface CommitmentOptions {
  /** Inclusive range of commitments per jurisdiction. */
  perJurisdiction: readonly [number, number];
  /** Seed prefix, so that differently sized datasets are independent of each other. */
  seed: string;
}

export const DEFAULT_COMMITMENT_OPTIONS: CommitmentOptions = { perJurisdiction: [30, 60], seed: 'commitments' };

/** A commitment before its outcome is decided. */
interface Draft {
  id: string;
  pillar: Pillar;
  title: string;
  institution: string;
  addedAt: number;
  deadline: string;
  deadlineAt: number;
}

/**
 * Decide how far each commitment has got by the as-of period. The number completed follows the
 * jurisdiction's profile; commitments with earlier deadlines are more likely to be among them.
 */
function assignOutcomes(rng: Rng, drafts: readonly Draft[], profile: number, lastAt: number): Outcome[] {
  const outcomes: Outcome[] = drafts.map(() => 'in_progress');
  const order = drafts
    .map((draft, index) => ({ index, key: draft.deadlineAt + rng.between(-6, 6) }))
    .sort((a, b) => a.key - b.key)
    .map((entry) => entry.index);
  const discontinued = new Set(rng.shuffle(order).slice(0, Math.round(drafts.length * rng.between(0.02, 0.08))));
  const counted = drafts.length - discontinued.size;
  let toComplete = Math.round(counted * profile);
  for (const index of order) {
    if (discontinued.has(index)) outcomes[index] = 'discontinued';
    else if (toComplete > 0) {
      outcomes[index] = 'completed';
      toComplete -= 1;
    } else {
      const draft = drafts[index] as Draft;
      outcomes[index] = rng.chance(draft.deadlineAt > lastAt ? 0.35 : 0.12) ? 'not_started' : 'in_progress';
    }
  }
  return outcomes;
}

/** Commitments of every jurisdiction, with full history up to the as-of period. */
export function buildCommitments(options: CommitmentOptions = DEFAULT_COMMITMENT_OPTIONS): CommitmentDetail[] {
  const periods = periodRange(FIRST_PERIOD, AS_OF_PERIOD);
  const lastAt = periods.length - 1;
  const ohridAt = periods.indexOf(OHRID_PERIOD);
  const [minCount, maxCount] = options.perJurisdiction;
  const idWidth = maxCount > 99 * PILLARS.length ? 3 : 2;
  const out: CommitmentDetail[] = [];

  for (const code of JURISDICTION_ORDER) {
    const rng = createRng(`${options.seed}:${code}`);
    const total = rng.int(minCount, maxCount);
    const perPillarCap = total > 10 * PILLARS.length ? Number.POSITIVE_INFINITY : 10;
    const counts = spreadOverPillars(rng, total, 3, perPillarCap);

    const drafts: Draft[] = [];
    PILLARS.forEach((pillar, pillarIndex) => {
      const titles = rng.shuffle(TITLES[pillar.id] ?? [pillar.name]);
      const institutions = institutionsForPillar(code, pillar.id);
      // ACIF goals (pillars 6-8) were mostly added to the roadmap after Ohrid.
      const lateShare = pillar.number >= 6 ? 0.6 : 0.15;
      for (let seq = 1; seq <= (counts[pillarIndex] ?? 0); seq += 1) {
        const round = Math.floor((seq - 1) / titles.length);
        const baseTitle = titles[(seq - 1) % titles.length] ?? pillar.name;
        const addedAt = rng.chance(lateShare) ? ohridAt : 0;
        const addedQuarter = quarterIndexOf(periodEnd(periods[addedAt] as Period));
        const deadline = quarterEnd(Math.min(addedQuarter + rng.int(2, 22), 2028 * 4 + 3));
        drafts.push({
          id: `${code}-${pillar.number}-${pad(seq, idWidth)}`,
          pillar,
          title: round === 0 ? baseTitle : `${baseTitle} (package ${round + 1})`,
          institution: rng.pick(institutions).name,
          addedAt,
          deadline,
          deadlineAt: periodIndex(periodOfDate(deadline)) - periodIndex(FIRST_PERIOD),
        });
      }
    });

    const outcomes = assignOutcomes(rng, drafts, COMPLETION_PROFILE[code], lastAt);
    drafts.forEach((draft, index) => {
      const { id, pillar, title, institution, addedAt, deadline, deadlineAt } = draft;
      const timeline = planTimeline(rng, outcomes[index] ?? 'in_progress', addedAt, lastAt, deadlineAt);
      const history = buildHistory(rng, periods, addedAt, timeline, deadline);
      const latest = history[history.length - 1] as StatusEntry;
      const evidence = buildEvidence(rng, { id, jurisdiction: code, pillar, title, institution }, periods, timeline);
      const description =
        `Under the ${pillar.name} pillar (${pillar.reference}), the ${institution} committed to ` +
        `${lowerFirst(title)} by ${formatLongDate(deadline)}. ${CONTEXT[pillar.id] ?? ''} ` +
        'Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.';
      out.push({
        id,
        jurisdiction: code,
        pillar: pillar.id,
        title,
        institution,
        deadline,
        status: latest.status,
        lastUpdate: lastChangeAt(history, AS_OF_PERIOD) ?? latest.period,
        history,
        description,
        evidence,
      });
    });
  }

  plantUnsafeLink(out);
  return out.map(annotateCommitment);
}

/**
 * One evidence item carries a javascript: address on purpose, so that the UI's rule "only http and
 * https addresses are shown as links" is exercised by the bundled data.
 */
function plantUnsafeLink(commitments: CommitmentDetail[]): void {
  const target = commitments.find((c) => c.jurisdiction === 'ME' && c.evidence.length > 0);
  const item = target?.evidence[0];
  if (item) item.url = 'javascript:alert(1)';
}
