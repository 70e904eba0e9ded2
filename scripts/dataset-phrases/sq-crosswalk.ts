/**
 * Albanian (sq) phrases of the crosswalk (mocks/data/frameworks.ts) and of the deadline-revision
 * reasons (mocks/data/annotations.ts), added to the phrases of sq.ts (`withCrosswalk`). Drafts
 * awaiting review by a native speaker. FATF titles use the terms of Albania's AML/CFT law (kujdesi i
 * duhur ndaj klientit, personat e ekspozuar politikisht); the reviewer should check the UNCAC article
 * titles against the Convention's Albanian text and the EU chapter names against the accession
 * negotiation documents of Albania's government.
 */
import type { Phrasebook } from './types.ts';

export const crosswalk: Record<string, string> = {
  // Frameworks
  'FATF Recommendations': 'Rekomandimet e FATF',
  'FATF Recommendations (2012, as amended)': 'Rekomandimet e FATF (2012, me ndryshimet e mëvonshme)',
  'FATF Immediate Outcomes': 'Rezultatet e menjëhershme të FATF',
  'FATF Methodology (2013), used in MONEYVAL’s fifth round of mutual evaluations; FATF revised the methodology for the round that began in 2024':
    'Metodologjia e FATF (2013), e përdorur në raundin e pestë të vlerësimeve të ndërsjella të MONEYVAL; FATF e rishikoi metodologjinë për raundin që nisi në vitin 2024',
  'EU acquis chapters': 'Kapitujt e acquis të BE-së',
  'Negotiating chapters of EU accession': 'Kapitujt negociues të anëtarësimit në BE',
  'UN Convention against Corruption (UNCAC)': 'Konventa e OKB-së kundër Korrupsionit (UNCAC)',
  'United Nations Convention against Corruption (2003)': 'Konventa e Kombeve të Bashkuara kundër Korrupsionit (2003)',
  'ACIF Roadmap goals': 'Qëllimet e Udhërrëfyesit ACIF',
  'Anti-Corruption and Illicit Finance Roadmap, adopted in Ohrid on 25 June 2021':
    'Udhërrëfyesi kundër Korrupsionit dhe Financave të Paligjshme, i miratuar në Ohër më 25 qershor 2021',
  // FATF Recommendations
  'Assessing risks and applying a risk-based approach': 'Vlerësimi i rreziqeve dhe zbatimi i qasjes së bazuar në rrezik',
  'National cooperation and coordination': 'Bashkëpunimi dhe koordinimi kombëtar',
  'Money laundering offence': 'Vepra penale e pastrimit të parave',
  'Confiscation and provisional measures': 'Konfiskimi dhe masat e përkohshme',
  'Customer due diligence': 'Kujdesi i duhur ndaj klientit',
  'Politically exposed persons': 'Personat e ekspozuar politikisht',
  'Reporting of suspicious transactions': 'Raportimi i transaksioneve të dyshimta',
  'Transparency and beneficial ownership of legal persons': 'Transparenca dhe pronësia përfituese e personave juridikë',
  'Transparency and beneficial ownership of legal arrangements': 'Transparenca dhe pronësia përfituese e rregullimeve juridike',
  'Financial intelligence units': 'Njësitë e inteligjencës financiare',
  'Responsibilities of law enforcement and investigative authorities': 'Përgjegjësitë e autoriteteve të zbatimit të ligjit dhe atyre hetimore',
  'Powers of law enforcement and investigative authorities': 'Kompetencat e autoriteteve të zbatimit të ligjit dhe atyre hetimore',
  'International instruments': 'Instrumentet ndërkombëtare',
  'Mutual legal assistance': 'Ndihma juridike e ndërsjellë',
  'Mutual legal assistance: freezing and confiscation': 'Ndihma juridike e ndërsjellë: ngrirja dhe konfiskimi',
  'Other forms of international cooperation': 'Forma të tjera të bashkëpunimit ndërkombëtar',
  // FATF Immediate Outcomes
  'Risk, policy and coordination': 'Rreziku, politikat dhe koordinimi',
  'International cooperation': 'Bashkëpunimi ndërkombëtar',
  Supervision: 'Mbikëqyrja',
  'Preventive measures': 'Masat parandaluese',
  'Legal persons and arrangements': 'Personat dhe rregullimet juridike',
  'ML investigation and prosecution': 'Hetimi dhe ndjekja penale e pastrimit të parave',
  Confiscation: 'Konfiskimi',
  // EU negotiating chapters
  'Free movement of capital': 'Lëvizja e lirë e kapitalit',
  'Judiciary and fundamental rights': 'Gjyqësori dhe të drejtat themelore',
  'Justice, freedom and security': 'Drejtësia, liria dhe siguria',
  // UNCAC articles
  'Preventive anti-corruption policies and practices': 'Politikat dhe praktikat parandaluese kundër korrupsionit',
  'Preventive anti-corruption body or bodies': 'Organi ose organet parandaluese kundër korrupsionit',
  'Codes of conduct for public officials': 'Kodet e sjelljes për zyrtarët publikë',
  'Public procurement and management of public finances': 'Prokurimi publik dhe administrimi i financave publike',
  'Measures to prevent money-laundering': 'Masat për parandalimin e pastrimit të parave',
  'Illicit enrichment': 'Pasurimi i paligjshëm',
  'Laundering of proceeds of crime': 'Pastrimi i produkteve të krimit',
  'Freezing, seizure and confiscation': 'Ngrirja, sekuestrimi dhe konfiskimi',
  'Specialized authorities': 'Autoritetet e specializuara',
  'Prevention and detection of transfers of proceeds of crime': 'Parandalimi dhe zbulimi i transferimeve të produkteve të krimit',
  'Financial intelligence unit': 'Njësia e inteligjencës financiare',
  // ACIF goals
  'Corruption in public procurement': 'Korrupsioni në prokurimin publik',
  'Conflict-of-interest and asset-declaration systems': 'Sistemet e konfliktit të interesave dhe të deklarimit të pasurive',
  'A regional network of specialised prosecutors, law-enforcement agencies and FIUs':
    'Një rrjet rajonal prokurorësh të specializuar, agjencish të zbatimit të ligjit dhe NJIF-sh',
  // Deadline revisions
  'Extended at the request of the responsible institution, agreed at the coordination meeting':
    'Afati u zgjat me kërkesë të institucionit përgjegjës, sipas marrëveshjes në mbledhjen e koordinimit',
  'Extended after the draft law was returned by parliament for revision': 'Afati u zgjat pasi parlamenti e ktheu projektligjin për rishikim',
  'Rescheduled to follow the MONEYVAL on-site visit': 'Afati u riplanifikua që të vijë pas vizitës në vend të MONEYVAL',
  'Extended to align with the revised national strategy': 'Afati u zgjat për t’u përafruar me strategjinë kombëtare të rishikuar',
  'Extended after early elections delayed adoption': 'Afati u zgjat pasi zgjedhjet e parakohshme vonuan miratimin',
  'Extended: funding from the EU-funded project was delayed': 'Afati u zgjat: financimi nga projekti i financuar nga BE-ja u vonua',
};

/** `Chapter 23`, `Article 52`, `Goal 2`. */
const referenceLabel = (kind: 'chapter' | 'article' | 'goal', n: string): string =>
  `${{ chapter: 'Kapitulli', article: 'Neni', goal: 'Qëllimi' }[kind]} ${n}`;

/** The locale's phrases with the crosswalk's and the deadline revisions' added. */
export function withCrosswalk(fixed: Record<string, string>): Pick<Phrasebook, 'fixed' | 'referenceLabel'> {
  return { fixed: { ...fixed, ...crosswalk }, referenceLabel };
}
