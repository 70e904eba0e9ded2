/**
 * Macedonian (mk) phrases of the crosswalk (mocks/data/frameworks.ts) and of the deadline-revision
 * reasons (mocks/data/annotations.ts), added to the phrases of mk.ts (`withCrosswalk`). Drafts
 * awaiting review by a native speaker. FATF titles use the terms of North Macedonia's AML/CFT law
 * (анализа на клиентот, носители на јавни функции); the reviewer should check the UNCAC article titles
 * against the Convention's Macedonian text and the EU chapter names against those of the Secretariat
 * for European Affairs.
 */
import type { Phrasebook } from './types.ts';

export const crosswalk: Record<string, string> = {
  // Frameworks
  'FATF Recommendations': 'Препораки на FATF',
  'FATF Recommendations (2012, as amended)': 'Препораки на FATF (2012, со подоцнежните измени)',
  'FATF Immediate Outcomes': 'Непосредни резултати на FATF',
  'FATF Methodology (2013), used in MONEYVAL’s fifth round of mutual evaluations; FATF revised the methodology for the round that began in 2024':
    'Методологија на FATF (2013), применета во петтиот круг на заемни евалуации на MONEYVAL; FATF ја ревидираше методологијата за кругот што започна во 2024 година',
  'EU acquis chapters': 'Поглавја од правото на ЕУ',
  'Negotiating chapters of EU accession': 'Преговарачки поглавја за пристапување во ЕУ',
  'UN Convention against Corruption (UNCAC)': 'Конвенција на ОН против корупцијата (UNCAC)',
  'United Nations Convention against Corruption (2003)': 'Конвенција на Обединетите нации против корупцијата (2003)',
  'ACIF Roadmap goals': 'Цели на Патоказот ACIF',
  'Anti-Corruption and Illicit Finance Roadmap, adopted in Ohrid on 25 June 2021':
    'Патоказ за борба против корупцијата и нелегалните финансии, усвоен во Охрид на 25 јуни 2021 година',
  // FATF Recommendations
  'Assessing risks and applying a risk-based approach': 'Проценка на ризиците и примена на пристап заснован на ризик',
  'National cooperation and coordination': 'Национална соработка и координација',
  'Money laundering offence': 'Кривично дело перење пари',
  'Confiscation and provisional measures': 'Конфискација и привремени мерки',
  'Customer due diligence': 'Анализа на клиентот',
  'Politically exposed persons': 'Носители на јавни функции',
  'Reporting of suspicious transactions': 'Пријавување сомнителни трансакции',
  'Transparency and beneficial ownership of legal persons': 'Транспарентност и вистински сопственици на правните лица',
  'Transparency and beneficial ownership of legal arrangements': 'Транспарентност и вистински сопственици на правните аранжмани',
  'Financial intelligence units': 'Единици за финансиско разузнавање',
  'Responsibilities of law enforcement and investigative authorities': 'Одговорности на органите за спроведување на законот и истражните органи',
  'Powers of law enforcement and investigative authorities': 'Овластувања на органите за спроведување на законот и истражните органи',
  'International instruments': 'Меѓународни инструменти',
  'Mutual legal assistance': 'Меѓусебна правна помош',
  'Mutual legal assistance: freezing and confiscation': 'Меѓусебна правна помош: замрзнување и конфискација',
  'Other forms of international cooperation': 'Други форми на меѓународна соработка',
  // FATF Immediate Outcomes
  'Risk, policy and coordination': 'Ризик, политики и координација',
  'International cooperation': 'Меѓународна соработка',
  Supervision: 'Надзор',
  'Preventive measures': 'Превентивни мерки',
  'Legal persons and arrangements': 'Правни лица и правни аранжмани',
  'ML investigation and prosecution': 'Истрага и гонење за перење пари',
  Confiscation: 'Конфискација',
  // EU negotiating chapters
  'Free movement of capital': 'Слободно движење на капитал',
  'Judiciary and fundamental rights': 'Правосудство и темелни права',
  'Justice, freedom and security': 'Правда, слобода и безбедност',
  // UNCAC articles
  'Preventive anti-corruption policies and practices': 'Превентивни политики и практики против корупцијата',
  'Preventive anti-corruption body or bodies': 'Превентивно тело или тела против корупцијата',
  'Codes of conduct for public officials': 'Кодекси на однесување за јавните службеници',
  'Public procurement and management of public finances': 'Јавни набавки и управување со јавните финансии',
  'Measures to prevent money-laundering': 'Мерки за спречување на перењето пари',
  'Illicit enrichment': 'Незаконско збогатување',
  'Laundering of proceeds of crime': 'Перење на приноси од криминал',
  'Freezing, seizure and confiscation': 'Замрзнување, запленување и конфискација',
  'Specialized authorities': 'Специјализирани органи',
  'Prevention and detection of transfers of proceeds of crime': 'Спречување и откривање на трансфери на приноси од криминал',
  'Financial intelligence unit': 'Единица за финансиско разузнавање',
  // ACIF goals
  'Corruption in public procurement': 'Корупција во јавните набавки',
  'Conflict-of-interest and asset-declaration systems': 'Системи за судир на интереси и имотни изјави',
  'A regional network of specialised prosecutors, law-enforcement agencies and FIUs':
    'Регионална мрежа на специјализирани обвинители, агенции за спроведување на законот и ЕФР',
  // Deadline revisions
  'Extended at the request of the responsible institution, agreed at the coordination meeting':
    'Рокот е продолжен на барање на одговорната институција, како што е договорено на координативниот состанок',
  'Extended after the draft law was returned by parliament for revision': 'Рокот е продолжен откако Собранието го врати предлог-законот на доработка',
  'Rescheduled to follow the MONEYVAL on-site visit': 'Рокот е поместен за по теренската посета на MONEYVAL',
  'Extended to align with the revised national strategy': 'Рокот е продолжен заради усогласување со ревидираната национална стратегија',
  'Extended after early elections delayed adoption': 'Рокот е продолжен откако предвремените избори го одложија донесувањето',
  'Extended: funding from the EU-funded project was delayed': 'Рокот е продолжен: финансирањето од проектот финансиран од ЕУ доцнеше',
};

/** `Chapter 23`, `Article 52`, `Goal 2`. */
const referenceLabel = (kind: 'chapter' | 'article' | 'goal', n: string): string =>
  `${{ chapter: 'Поглавје', article: 'Член', goal: 'Цел' }[kind]} ${n}`;

/** The locale's phrases with the crosswalk's and the deadline revisions' added. */
export function withCrosswalk(fixed: Record<string, string>): Pick<Phrasebook, 'fixed' | 'referenceLabel'> {
  return { fixed: { ...fixed, ...crosswalk }, referenceLabel };
}
