/**
 * The roadmap itself: reporting periods, pillars, status vocabulary and assessment scales.
 * Illustrative: the text of the 2019 roadmap is not public, so its structure is modelled on the
 * FATF Immediate Outcomes and the ACIF Roadmap goals (see DOMAIN.md).
 */
import type { Period, Pillar, Roadmap, Scale, StatusDefinition } from '../../src/api/schemas';
import { periodRange } from '../../src/domain/periods';
import { frameworkVocabulary } from './frameworks';

export const FIRST_PERIOD: Period = '2019-H2';
export const AS_OF_PERIOD: Period = '2026-H1';
export const AS_OF_DATE = '2026-07-31';
/** Period in which the ACIF Roadmap was adopted (Ohrid, 25 June 2021). */
export const OHRID_PERIOD: Period = '2021-H1';

export const PILLARS: readonly Pillar[] = [
  {
    id: 'aml-framework',
    number: 1,
    name: 'AML/CFT framework and risk understanding',
    shortName: 'AML/CFT framework',
    description:
      'National money-laundering and terrorist-financing risk assessments, the strategies and action plans that follow from them, and the laws and supervision that put them into effect.',
    reference: 'FATF R.1, IO.1',
  },
  {
    id: 'financial-intelligence',
    number: 2,
    name: 'Financial intelligence',
    shortName: 'Financial intelligence',
    description:
      'Suspicious transaction reporting by obliged entities, analysis by the financial intelligence unit and dissemination of its results to law enforcement and prosecutors.',
    reference: 'FATF IO.6',
  },
  {
    id: 'beneficial-ownership',
    number: 3,
    name: 'Beneficial ownership transparency',
    shortName: 'Beneficial ownership',
    description:
      'Registers of the natural persons who ultimately own or control legal entities: coverage, verification of accuracy and timely access for competent authorities.',
    reference: 'FATF IO.5',
  },
  {
    id: 'ml-prosecution',
    number: 4,
    name: 'Money-laundering investigation and prosecution',
    shortName: 'ML prosecution',
    description:
      'Parallel financial investigations, specialised prosecution of money laundering as a stand-alone offence and final convictions with dissuasive sanctions.',
    reference: 'FATF IO.7',
  },
  {
    id: 'asset-recovery',
    number: 5,
    name: 'Asset recovery',
    shortName: 'Asset recovery',
    description:
      'Freezing, seizure and confiscation of criminal proceeds, including extended and non-conviction-based confiscation, and the offices that manage and dispose of seized assets.',
    reference: 'FATF IO.8',
  },
  {
    id: 'asset-declarations',
    number: 6,
    name: 'Asset declarations and conflict of interest',
    shortName: 'Asset declarations',
    description:
      'Declaration of assets and interests by public officials, risk-based verification of the declarations and sanctions for false declarations and undeclared conflicts of interest.',
    reference: 'ACIF goal 2',
  },
  {
    id: 'public-procurement',
    number: 7,
    name: 'Public procurement integrity',
    shortName: 'Public procurement',
    description:
      'Open and competitive procurement, electronic procurement systems, publication of contracts and detection of corruption risks in tenders.',
    reference: 'ACIF goal 1',
  },
  {
    id: 'regional-cooperation',
    number: 8,
    name: 'Regional and international cooperation',
    shortName: 'Regional cooperation',
    description:
      'Mutual legal assistance, joint investigation teams and information exchange between financial intelligence units, prosecutors and law-enforcement agencies in the region.',
    reference: 'FATF IO.2, ACIF goal 3',
  },
];

export const STATUSES: readonly StatusDefinition[] = [
  {
    code: 'not_started',
    label: 'Not started',
    description: 'No implementing step has been reported yet.',
  },
  {
    code: 'in_progress',
    label: 'In progress',
    description: 'At least one implementing step has been reported, but the commitment is not yet fulfilled.',
  },
  {
    code: 'completed',
    label: 'Completed',
    description: 'The commitment has been fulfilled, with evidence such as an adopted law, decision or published report.',
  },
  {
    code: 'discontinued',
    label: 'Discontinued',
    description:
      'The commitment was withdrawn or superseded by another one; it no longer counts towards completion.',
  },
];

/** Assessment scales the users already know; levels are listed from lowest to highest. */
export const SCALES: readonly Scale[] = [
  {
    id: 'eu-preparation',
    name: 'EU enlargement report: level of preparation',
    source: 'European Commission enlargement package, annual country reports; levels from lowest to highest',
    levels: [
      'Early stage',
      'Some level of preparation',
      'Moderately prepared',
      'Good level of preparation',
      'Well advanced',
    ],
  },
  {
    id: 'fatf-technical-compliance',
    name: 'FATF/MONEYVAL technical compliance (per Recommendation)',
    source: 'FATF Methodology for assessing technical compliance; levels from lowest to highest (N/A where not applicable)',
    levels: ['Non-compliant (NC)', 'Partially compliant (PC)', 'Largely compliant (LC)', 'Compliant (C)'],
  },
  {
    id: 'fatf-effectiveness',
    name: 'FATF/MONEYVAL effectiveness (per Immediate Outcome)',
    source: 'FATF Methodology for assessing effectiveness; levels from lowest to highest',
    levels: ['Low', 'Moderate', 'Substantial', 'High'],
  },
];

export function buildRoadmap(): Roadmap {
  return {
    title: 'Western Balkans Illicit Finance and Anti-Corruption Roadmap',
    description:
      'Illustrative data. The commitments, statuses and indicator values below are generated example data, ' +
      'not figures reported by any jurisdiction. The structure is modelled on the illicit finance and ' +
      'anti-corruption roadmap that interior ministers signed up to at the 2019 Western Balkans Summit ' +
      '(Berlin Process, Poznań) and on the Anti-Corruption and Illicit Finance (ACIF) Roadmap adopted in ' +
      'Ohrid on 25 June 2021; the text and indicators of the 2019 roadmap are not public.',
    asOf: AS_OF_DATE,
    asOfPeriod: AS_OF_PERIOD,
    periods: periodRange(FIRST_PERIOD, AS_OF_PERIOD),
    pillars: PILLARS.map((pillar) => ({ ...pillar })),
    statuses: STATUSES.map((status) => ({ ...status })),
    scales: SCALES.map((scale) => ({ ...scale, levels: [...scale.levels] })),
    dataStatus: 'illustrative',
    ...frameworkVocabulary(),
    source:
      'Illustrative dataset generated for the Roadmap Monitor mock API (seeded, deterministic). Structure ' +
      'after the UK Prime Minister’s Office press release of 5 July 2019 and the RAI/UNODC pages on the ' +
      'ACIF Roadmap; monitoring cycle after the SEESAC SALW Control Roadmap (half-yearly reports, 2018 baseline).',
  };
}
