/**
 * The workbook format: its sheets and columns, what each column takes, the note the template
 * shows under each header, and an example value. scripts/data/README.md documents the same, and a
 * test checks that every sheet and column here appears there.
 */
import { INSTITUTION_KINDS, JURISDICTION_CODES, LOCALES, QUALITY_CODES, STATUS_CODES } from '../../src/api/schemas';

export type ColumnKind = 'text' | 'id' | 'date' | 'number' | 'integer' | 'period' | 'enum' | 'links' | 'url';

export interface Column {
  key: string;
  /** The header, as the template writes it (matching forgives case and surrounding spaces). */
  header: string;
  kind: ColumnKind;
  required: boolean;
  /** Accepts `<header>:<locale>` translation columns. */
  translatable?: boolean;
  vocabulary?: readonly string[];
  note: string;
  example: string;
}

export interface Sheet {
  name: string;
  required: boolean;
  purpose: string;
  columns: Column[];
}

const c = (key: string, header: string, kind: ColumnKind, required: boolean, note: string, example: string, extra: Partial<Column> = {}): Column => ({
  key,
  header,
  kind,
  required,
  note: `Note: ${note}`,
  example,
  ...extra,
});
const T = { translatable: true };

export const SHEETS: Sheet[] = [
  {
    name: 'roadmap',
    required: true,
    purpose: 'One row: the roadmap itself.',
    columns: [
      c('title', 'title', 'text', true, 'Name of the roadmap.', 'Western Balkans Illicit Finance and Anti-Corruption Roadmap', T),
      c('description', 'description', 'text', false, 'A paragraph shown on About.', 'Commitments of the six jurisdictions, reported half-yearly.', T),
      c('asOf', 'as of', 'date', true, 'Date the data was compiled (YYYY-MM-DD or an Excel date).', '2026-07-31'),
      c('firstPeriod', 'first period', 'period', true, 'First reporting period, e.g. 2019-H2 (H1 = January-June, H2 = July-December).', '2019-H2'),
      c('asOfPeriod', 'as-of period', 'period', true, 'Last reporting period with data; later periods are refused.', '2026-H1'),
      c('dataStatus', 'data status', 'enum', false, 'official, or illustrative for example data (default official).', 'official', { vocabulary: ['official', 'illustrative'] }),
      c('source', 'source', 'text', true, 'Who compiled the data; shown in the footer and on every export.', 'Regional roadmap secretariat, half-yearly reports', T),
    ],
  },
  {
    name: 'pillars',
    required: true,
    purpose: 'The roadmap’s pillars (thematic areas).',
    columns: [
      c('id', 'id', 'id', true, 'Short lower-case id with hyphens, used in links.', 'financial-intelligence'),
      c('number', 'number', 'integer', true, 'Pillar number, 1, 2, 3...', '2'),
      c('name', 'name', 'text', true, 'Full name.', 'Financial intelligence', T),
      c('shortName', 'short name', 'text', false, 'Name for tight spaces (default: the name).', 'Financial intelligence', T),
      c('description', 'description', 'text', false, 'What the pillar covers.', 'Suspicious transaction reporting and analysis.', T),
      c('reference', 'reference', 'text', false, 'FATF Immediate Outcome or ACIF goal it maps to.', 'FATF IO.6', T),
    ],
  },
  {
    name: 'jurisdictions',
    required: true,
    purpose: 'The jurisdictions that report.',
    columns: [
      c('code', 'code', 'enum', true, `One of ${JURISDICTION_CODES.join(', ')}.`, 'AL', { vocabulary: JURISDICTION_CODES }),
      c('name', 'name', 'text', true, 'Name as shown.', 'Albania', T),
      c('designationFootnote', 'designation footnote', 'text', false, 'Footnote that must accompany the name (Kosovo*).', '', T),
    ],
  },
  {
    name: 'institutions',
    required: true,
    purpose: 'Each jurisdiction’s institutions that can be responsible for a commitment.',
    columns: [
      c('id', 'id', 'id', true, 'Unique id, e.g. the jurisdiction code and an abbreviation.', 'al-fiu'),
      c('jurisdiction', 'jurisdiction', 'enum', true, 'Code of a jurisdiction on the jurisdictions sheet.', 'AL', { vocabulary: JURISDICTION_CODES }),
      c('name', 'name', 'text', true, 'Name as shown.', 'General Directorate for the Prevention of Money Laundering', T),
      c('kind', 'kind', 'enum', true, `One of ${INSTITUTION_KINDS.join(', ')}.`, 'fiu', { vocabulary: INSTITUTION_KINDS }),
    ],
  },
  {
    name: 'commitments',
    required: true,
    purpose: 'One row per commitment.',
    columns: [
      c('id', 'id', 'id', true, 'Jurisdiction code, pillar number and a sequence: AL-2-03.', 'AL-2-03'),
      c('jurisdiction', 'jurisdiction', 'enum', true, 'Code of a jurisdiction on the jurisdictions sheet.', 'AL', { vocabulary: JURISDICTION_CODES }),
      c('pillar', 'pillar', 'id', true, 'Id of a pillar on the pillars sheet.', 'financial-intelligence'),
      c('title', 'title', 'text', true, 'What was committed, in one line.', 'Adopt the national risk assessment action plan', T),
      c('description', 'description', 'text', false, 'A paragraph with the detail.', 'The FIU drafts and the government adopts the action plan.', T),
      c('institution', 'responsible institution', 'id', true, 'Id of one of the jurisdiction’s institutions (institutions sheet).', 'al-fiu'),
      c('start', 'start', 'date', false, 'When work started or the commitment was added.', '2021-01-01'),
      c('deadline', 'deadline', 'date', true, 'Due date as first agreed; must not be before the start. Later changes go on the deadline revisions sheet.', '2026-12-31'),
      c('refs', 'refs', 'text', false, 'Framework references, codes from the references sheet separated by spaces or commas.', 'FATF-R29 FATF-IO6'),
    ],
  },
  {
    name: 'status updates',
    required: true,
    purpose: 'The status reported for a commitment at the end of a period; one row per commitment and period, oldest first. A period without a row keeps the previous status (the API marks it as not reported).',
    columns: [
      c('commitment', 'commitment', 'id', true, 'Id of a commitment on the commitments sheet.', 'AL-2-03'),
      c('period', 'period', 'period', true, 'Reporting period, from the first period to the as-of period.', '2025-H2'),
      c('status', 'status', 'enum', true, `One of ${STATUS_CODES.join(', ')}.`, 'in_progress', { vocabulary: STATUS_CODES }),
      c('date', 'date', 'date', false, 'When the status was reported.', '2026-01-15'),
      c('note', 'note', 'text', false, 'What happened in the period.', 'Draft plan sent to the government.', T),
      c('links', 'evidence links', 'links', false, 'http(s) addresses of evidence, separated by spaces or new lines.', 'https://example.org/plan.pdf'),
    ],
  },
  {
    name: 'deadline revisions',
    required: false,
    purpose: 'Each time a commitment’s deadline was moved: the period in which the new deadline was agreed (it is in force from the end of that period), the new deadline and why; oldest first (optional).',
    columns: [
      c('commitment', 'commitment', 'id', true, 'Id of a commitment on the commitments sheet.', 'AL-2-03'),
      c('period', 'period agreed', 'period', true, 'Reporting period in which the revision was agreed, not before the commitment started, after the previous revision’s.', '2025-H2'),
      c('deadline', 'new deadline', 'date', true, 'The new due date; not before the original deadline and not the deadline already in force.', '2027-06-30'),
      c('reason', 'reason', 'text', true, 'Why the deadline moved.', 'Extended after the draft law was returned by parliament', T),
    ],
  },
  {
    name: 'evidence',
    required: false,
    purpose: 'Evidence documents with a title and publisher (optional; links on status updates are enough).',
    columns: [
      c('commitment', 'commitment', 'id', true, 'Id of a commitment.', 'AL-2-03'),
      c('date', 'date', 'date', true, 'Date of the document.', '2026-03-01'),
      c('title', 'title', 'text', true, 'Title of the document.', 'Decision of the Council of Ministers no. 12', T),
      c('kind', 'kind', 'enum', true, 'law, report, decision, statistics, press or other.', 'decision', { vocabulary: ['law', 'report', 'decision', 'statistics', 'press', 'other'] }),
      c('publisher', 'publisher', 'text', true, 'Who published it.', 'Council of Ministers', T),
      c('url', 'url', 'url', false, 'http or https address; leave empty when there is none.', 'https://example.org/decision-12'),
    ],
  },
  {
    name: 'indicators',
    required: true,
    purpose: 'Indicator definitions. Baseline values come from the observations; targets per jurisdiction from the targets sheet.',
    columns: [
      c('id', 'id', 'id', true, 'Short lower-case id with hyphens.', 'str-received'),
      c('pillar', 'pillar', 'id', true, 'Id of a pillar.', 'financial-intelligence'),
      c('name', 'name', 'text', true, 'Name as shown.', 'Suspicious transaction reports received', T),
      c('description', 'description', 'text', false, 'Definition.', 'Reports received by the FIU in the year.', T),
      c('unit', 'unit', 'text', true, 'Unit of the values.', 'reports', T),
      c('direction', 'direction', 'enum', true, 'higher or lower: which way is better.', 'higher', { vocabulary: ['higher', 'lower'] }),
      c('baselineYear', 'baseline', 'integer', false, 'Baseline year: the first value from this year on is the baseline.', '2018'),
      c('targetYear', 'target', 'integer', false, 'Target year (the values are on the targets sheet).', '2027'),
      c('source', 'source', 'text', true, 'Where the values come from.', 'FIU annual reports', T),
      c('refs', 'refs', 'text', false, 'Framework references, codes from the references sheet separated by spaces or commas.', 'FATF-IO6'),
    ],
  },
  {
    name: 'targets',
    required: false,
    purpose: 'Target value of an indicator for a jurisdiction, for the indicator’s target year (optional).',
    columns: [
      c('indicator', 'indicator', 'id', true, 'Id of an indicator.', 'str-received'),
      c('jurisdiction', 'jurisdiction', 'enum', true, 'Jurisdiction code.', 'AL', { vocabulary: JURISDICTION_CODES }),
      c('target', 'target', 'number', true, 'Target value, in the indicator’s unit.', '1200'),
    ],
  },
  {
    name: 'observations',
    required: true,
    purpose: 'One value per indicator, jurisdiction and year.',
    columns: [
      c('indicator', 'indicator', 'id', true, 'Id of an indicator.', 'str-received'),
      c('jurisdiction', 'jurisdiction', 'enum', true, 'Jurisdiction code.', 'AL', { vocabulary: JURISDICTION_CODES }),
      c('year', 'year', 'integer', true, 'Calendar year.', '2025'),
      c('value', 'value', 'number', false, 'A number; empty or n/a when not available (never 0 for missing).', '812'),
      c('quality', 'quality', 'enum', false, `${QUALITY_CODES.join(', ')} (default reported, or missing without a value).`, 'reported', { vocabulary: QUALITY_CODES }),
      c('source', 'source', 'text', false, 'Source of this value.', 'FIU annual report 2025', T),
      c('note', 'note', 'text', false, 'Anything a reader should know about the value.', '', T),
    ],
  },
  {
    name: 'references',
    required: false,
    purpose: 'The vocabulary of framework references that the refs columns use (FATF Recommendations and Immediate Outcomes, EU acquis chapters, UNCAC articles, ACIF goals...) (optional).',
    columns: [
      c('code', 'code', 'text', true, 'Code used in refs: capital letters, a hyphen, then letters or digits.', 'FATF-R29'),
      c('framework', 'framework', 'id', true, 'Framework id: fatf-r, fatf-io, eu-acquis, uncac, acif, or your own lower-case id.', 'fatf-r'),
      c('name', 'name', 'text', true, 'Name as published by the framework.', 'Financial intelligence units', T),
      c('label', 'label', 'text', false, 'Short label as published (default: the code).', 'R.29', T),
    ],
  },
  {
    name: 'statuses',
    required: false,
    purpose: 'Labels of the four statuses, for translation (optional; English labels by default).',
    columns: [
      c('code', 'code', 'enum', true, STATUS_CODES.join(', '), 'completed', { vocabulary: STATUS_CODES }),
      c('label', 'label', 'text', true, 'Label as shown.', 'Completed', T),
      c('description', 'description', 'text', false, 'What the status means.', 'The commitment has been fulfilled.', T),
    ],
  },
  {
    name: 'scales',
    required: false,
    purpose: 'Assessment scales shown on About (optional; the EU and FATF scales by default).',
    columns: [
      c('id', 'id', 'id', true, 'Short id.', 'fatf-effectiveness'),
      c('name', 'name', 'text', true, 'Name of the scale.', 'FATF effectiveness', T),
      c('source', 'source', 'text', false, 'Where it comes from.', 'FATF Methodology', T),
      c('levels', 'levels', 'text', true, 'Levels from lowest to highest, separated by |.', 'Low | Moderate | Substantial | High', T),
    ],
  },
];

export const LOCALE_SET: ReadonlySet<string> = new Set(LOCALES);

/** Reading limits: larger inputs are refused before anything else is checked. */
export const LIMITS = { fileBytes: 100 * 1024 * 1024, rowsPerSheet: 250_000 } as const;

export function sheetDef(name: string): Sheet {
  const sheet = SHEETS.find((s) => s.name === name);
  if (!sheet) throw new Error(`No sheet ${name} in the format`);
  return sheet;
}
