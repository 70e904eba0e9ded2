/**
 * The crosswalk's vocabulary: the frameworks a commitment or indicator can be mapped onto and their
 * references, with the names as published (see DOMAIN.md, "Frameworks"), and the illustrative tags
 * per pillar. Tags in the illustrative dataset are illustrative too: plausible for the pillar, not a
 * claim about any jurisdiction's real plan.
 */
import type { Framework, FrameworkRef, Roadmap } from '../../src/api/schemas';

export const FRAMEWORKS: readonly Framework[] = [
  { id: 'fatf-r', name: 'FATF Recommendations', edition: 'FATF Recommendations (2012, as amended)' },
  {
    id: 'fatf-io',
    name: 'FATF Immediate Outcomes',
    edition:
      'FATF Methodology (2013), used in MONEYVAL’s fifth round of mutual evaluations; FATF revised the methodology for the round that began in 2024',
  },
  { id: 'eu-acquis', name: 'EU acquis chapters', edition: 'Negotiating chapters of EU accession' },
  { id: 'uncac', name: 'UN Convention against Corruption (UNCAC)', edition: 'United Nations Convention against Corruption (2003)' },
  { id: 'acif', name: 'ACIF Roadmap goals', edition: 'Anti-Corruption and Illicit Finance Roadmap, adopted in Ohrid on 25 June 2021' },
];

const fatfR = (n: number, name: string): FrameworkRef => ({ code: `FATF-R${n}`, framework: 'fatf-r', label: `R.${n}`, name });
const fatfIo = (n: number, name: string): FrameworkRef => ({ code: `FATF-IO${n}`, framework: 'fatf-io', label: `IO.${n}`, name });
const eu = (n: number, name: string): FrameworkRef => ({ code: `EU-${n}`, framework: 'eu-acquis', label: `Chapter ${n}`, name });
const uncac = (n: number, name: string): FrameworkRef => ({ code: `UNCAC-${n}`, framework: 'uncac', label: `Article ${n}`, name });
const acif = (n: number, name: string): FrameworkRef => ({ code: `ACIF-${n}`, framework: 'acif', label: `Goal ${n}`, name });

export const REFERENCES: readonly FrameworkRef[] = [
  fatfR(1, 'Assessing risks and applying a risk-based approach'),
  fatfR(2, 'National cooperation and coordination'),
  fatfR(3, 'Money laundering offence'),
  fatfR(4, 'Confiscation and provisional measures'),
  fatfR(10, 'Customer due diligence'),
  fatfR(12, 'Politically exposed persons'),
  fatfR(20, 'Reporting of suspicious transactions'),
  fatfR(24, 'Transparency and beneficial ownership of legal persons'),
  fatfR(25, 'Transparency and beneficial ownership of legal arrangements'),
  fatfR(29, 'Financial intelligence units'),
  fatfR(30, 'Responsibilities of law enforcement and investigative authorities'),
  fatfR(31, 'Powers of law enforcement and investigative authorities'),
  fatfR(36, 'International instruments'),
  fatfR(37, 'Mutual legal assistance'),
  fatfR(38, 'Mutual legal assistance: freezing and confiscation'),
  fatfR(40, 'Other forms of international cooperation'),
  fatfIo(1, 'Risk, policy and coordination'),
  fatfIo(2, 'International cooperation'),
  fatfIo(3, 'Supervision'),
  fatfIo(4, 'Preventive measures'),
  fatfIo(5, 'Legal persons and arrangements'),
  fatfIo(6, 'Financial intelligence'),
  fatfIo(7, 'ML investigation and prosecution'),
  fatfIo(8, 'Confiscation'),
  eu(4, 'Free movement of capital'),
  eu(5, 'Public procurement'),
  eu(23, 'Judiciary and fundamental rights'),
  eu(24, 'Justice, freedom and security'),
  uncac(5, 'Preventive anti-corruption policies and practices'),
  uncac(6, 'Preventive anti-corruption body or bodies'),
  uncac(8, 'Codes of conduct for public officials'),
  uncac(9, 'Public procurement and management of public finances'),
  uncac(14, 'Measures to prevent money-laundering'),
  uncac(20, 'Illicit enrichment'),
  uncac(23, 'Laundering of proceeds of crime'),
  uncac(31, 'Freezing, seizure and confiscation'),
  uncac(36, 'Specialized authorities'),
  uncac(46, 'Mutual legal assistance'),
  uncac(52, 'Prevention and detection of transfers of proceeds of crime'),
  uncac(58, 'Financial intelligence unit'),
  acif(1, 'Corruption in public procurement'),
  acif(2, 'Conflict-of-interest and asset-declaration systems'),
  acif(3, 'A regional network of specialised prosecutors, law-enforcement agencies and FIUs'),
];

/** Per pillar: references every item carries, and a pool from which a seeded few are added. */
export const PILLAR_TAGS: Record<string, { core: readonly string[]; pool: readonly string[] }> = {
  'aml-framework': { core: ['FATF-R1', 'FATF-IO1'], pool: ['FATF-R2', 'FATF-R10', 'FATF-R12', 'FATF-IO3', 'FATF-IO4', 'EU-4', 'EU-24', 'UNCAC-14'] },
  'financial-intelligence': { core: ['FATF-R29', 'FATF-IO6'], pool: ['FATF-R20', 'UNCAC-58', 'UNCAC-14', 'EU-4', 'EU-24'] },
  'beneficial-ownership': { core: ['FATF-R24', 'FATF-IO5'], pool: ['FATF-R25', 'FATF-R10', 'EU-4', 'UNCAC-14', 'UNCAC-52'] },
  'ml-prosecution': { core: ['FATF-R3', 'FATF-IO7'], pool: ['FATF-R30', 'FATF-R31', 'UNCAC-23', 'UNCAC-36', 'EU-23', 'EU-24'] },
  'asset-recovery': { core: ['FATF-R4', 'FATF-IO8'], pool: ['FATF-R38', 'UNCAC-31', 'EU-23', 'EU-24'] },
  'asset-declarations': { core: ['ACIF-2', 'UNCAC-8'], pool: ['UNCAC-5', 'UNCAC-6', 'UNCAC-20', 'FATF-R12', 'EU-23'] },
  'public-procurement': { core: ['ACIF-1', 'UNCAC-9'], pool: ['EU-5', 'EU-23', 'UNCAC-5', 'FATF-R24'] },
  'regional-cooperation': { core: ['ACIF-3', 'FATF-IO2'], pool: ['FATF-R36', 'FATF-R37', 'FATF-R38', 'FATF-R40', 'UNCAC-46', 'EU-24'] },
};

const ORDER = new Map(REFERENCES.map((ref, index) => [ref.code, index]));

/** Codes in the vocabulary's order, each once. */
export function inVocabularyOrder(codes: Iterable<string>): string[] {
  return [...new Set(codes)].sort((a, b) => (ORDER.get(a) ?? 999) - (ORDER.get(b) ?? 999));
}

/** The roadmap's framework vocabulary (frameworks and references), as the roadmap payload carries it. */
export function frameworkVocabulary(): Pick<Roadmap, 'frameworks' | 'references'> {
  return { frameworks: FRAMEWORKS.map((f) => ({ ...f })), references: REFERENCES.map((r) => ({ ...r })) };
}
