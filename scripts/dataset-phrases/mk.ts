/**
 * Macedonian (mk) phrases of the illustrative dataset, put together into
 * mocks/data/translations/mk.ts by scripts/dataset-translations.ts. Drafts awaiting review by a
 * native speaker. Commitment titles use the verbal-noun form usual in Macedonian action plans.
 */
import { withCrosswalk } from './mk-crosswalk.ts';
import type { Phrasebook } from './types.ts';

const fixed: Record<string, string> = {
  // Roadmap
  'Western Balkans Illicit Finance and Anti-Corruption Roadmap': 'Патоказ за Западен Балкан за нелегални финансии и борба против корупцијата',
  'Illustrative data. The commitments, statuses and indicator values below are generated example data, not figures reported by any jurisdiction. The structure is modelled on the illicit finance and anti-corruption roadmap that interior ministers signed up to at the 2019 Western Balkans Summit (Berlin Process, Poznań) and on the Anti-Corruption and Illicit Finance (ACIF) Roadmap adopted in Ohrid on 25 June 2021; the text and indicators of the 2019 roadmap are not public.':
    'Илустративни податоци. Обврските, статусите и вредностите на показателите подолу се генерирани примерни податоци, а не бројки што ги известила некоја јурисдикција. Структурата е изработена по примерот на патоказот за нелегални финансии и борба против корупцијата на кој се обврзаа министрите за внатрешни работи на Самитот на Западен Балкан во 2019 година (Берлински процес, Познањ) и на Патоказот за борба против корупцијата и нелегалните финансии (ACIF), усвоен во Охрид на 25 јуни 2021 година; текстот и показателите на патоказот од 2019 година не се јавни.',
  'Illustrative dataset generated for the Roadmap Monitor mock API (seeded, deterministic). Structure after the UK Prime Minister’s Office press release of 5 July 2019 and the RAI/UNODC pages on the ACIF Roadmap; monitoring cycle after the SEESAC SALW Control Roadmap (half-yearly reports, 2018 baseline).':
    'Илустративен збир на податоци генериран за симулираниот API на Roadmap Monitor (со фиксно семе, детерминистички). Структура според соопштението за медиумите на Канцеларијата на британскиот премиер од 5 јули 2019 година и страниците на RAI/UNODC за Патоказот ACIF; циклус на следење според Патоказот на SEESAC за контрола на малото и лесното оружје (полугодишни извештаи, почетна година 2018).',
  // Pillars
  'AML/CFT framework and risk understanding': 'Рамка за СПП/ФТ и разбирање на ризикот',
  'Financial intelligence': 'Финансиско разузнавање',
  'Beneficial ownership transparency': 'Транспарентност на вистинските сопственици',
  'Money-laundering investigation and prosecution': 'Истрага и гонење на перењето пари',
  'Asset recovery': 'Враќање на имот',
  'Asset declarations and conflict of interest': 'Имотни изјави и судир на интереси',
  'Public procurement integrity': 'Интегритет во јавните набавки',
  'Regional and international cooperation': 'Регионална и меѓународна соработка',
  'AML/CFT framework': 'Рамка за СПП/ФТ',
  'Beneficial ownership': 'Вистински сопственици',
  'ML prosecution': 'Гонење на перењето пари',
  'Asset declarations': 'Имотни изјави',
  'Public procurement': 'Јавни набавки',
  'Regional cooperation': 'Регионална соработка',
  'National money-laundering and terrorist-financing risk assessments, the strategies and action plans that follow from them, and the laws and supervision that put them into effect.':
    'Национални проценки на ризикот од перење пари и финансирање тероризам, стратегиите и акциските планови што произлегуваат од нив и законите и надзорот што ги спроведуваат.',
  'Suspicious transaction reporting by obliged entities, analysis by the financial intelligence unit and dissemination of its results to law enforcement and prosecutors.':
    'Пријавување сомнителни трансакции од обврзниците, анализа од единицата за финансиско разузнавање и доставување на нејзините резултати до органите за спроведување на законот и обвинителите.',
  'Registers of the natural persons who ultimately own or control legal entities: coverage, verification of accuracy and timely access for competent authorities.':
    'Регистри на физичките лица што во крајна линија ги поседуваат или контролираат правните лица: опфат, проверка на точноста и навремен пристап за надлежните органи.',
  'Parallel financial investigations, specialised prosecution of money laundering as a stand-alone offence and final convictions with dissuasive sanctions.':
    'Паралелни финансиски истраги, специјализирано гонење на перењето пари како самостојно кривично дело и правосилни пресуди со одвраќачки санкции.',
  'Freezing, seizure and confiscation of criminal proceeds, including extended and non-conviction-based confiscation, and the offices that manage and dispose of seized assets.':
    'Замрзнување, одземање и конфискација на приносите од криминал, вклучително и проширена конфискација и конфискација без осудителна пресуда, и канцелариите што управуваат со одземениот имот и располагаат со него.',
  'Declaration of assets and interests by public officials, risk-based verification of the declarations and sanctions for false declarations and undeclared conflicts of interest.':
    'Пријавување на имотот и интересите на јавните функционери, проверка на изјавите заснована на ризик и санкции за лажни изјави и непријавен судир на интереси.',
  'Open and competitive procurement, electronic procurement systems, publication of contracts and detection of corruption risks in tenders.':
    'Отворени и конкурентни набавки, системи за електронски набавки, објавување на договорите и откривање на корупциските ризици во тендерите.',
  'Mutual legal assistance, joint investigation teams and information exchange between financial intelligence units, prosecutors and law-enforcement agencies in the region.':
    'Меѓусебна правна помош, заеднички истражни тимови и размена на информации меѓу единиците за финансиско разузнавање, обвинителите и агенциите за спроведување на законот во регионот.',
  // Statuses and scales
  'Not started': 'Не е започната',
  'In progress': 'Во тек',
  Completed: 'Завршена',
  Discontinued: 'Прекината',
  'No implementing step has been reported yet.': 'Сè уште не е известен ниеден чекор на спроведување.',
  'At least one implementing step has been reported, but the commitment is not yet fulfilled.': 'Известен е барем еден чекор на спроведување, но обврската сè уште не е исполнета.',
  'The commitment has been fulfilled, with evidence such as an adopted law, decision or published report.':
    'Обврската е исполнета, со доказ како што е усвоен закон, одлука или објавен извештај.',
  'The commitment was withdrawn or superseded by another one; it no longer counts towards completion.':
    'Обврската е повлечена или заменета со друга; таа повеќе не се брои во завршеноста.',
  'EU enlargement report: level of preparation': 'Извештај на ЕУ за проширувањето: ниво на подготвеност',
  'FATF/MONEYVAL technical compliance (per Recommendation)': 'Техничка усогласеност според FATF/MONEYVAL (по препорака)',
  'FATF/MONEYVAL effectiveness (per Immediate Outcome)': 'Ефективност според FATF/MONEYVAL (по непосреден резултат)',
  'European Commission enlargement package, annual country reports; levels from lowest to highest':
    'Пакет за проширување на Европската комисија, годишни извештаи за земјите; нивоа од најниско до највисоко',
  'FATF Methodology for assessing technical compliance; levels from lowest to highest (N/A where not applicable)':
    'Методологија на FATF за оценување на техничката усогласеност; нивоа од најниско до највисоко (N/A каде што не се применува)',
  'FATF Methodology for assessing effectiveness; levels from lowest to highest': 'Методологија на FATF за оценување на ефективноста; нивоа од најниско до највисоко',
  'Early stage': 'Почетна фаза',
  'Some level of preparation': 'Одредено ниво на подготвеност',
  'Moderately prepared': 'Умерено подготвена',
  'Good level of preparation': 'Добро ниво на подготвеност',
  'Well advanced': 'Значително напредната',
  'Non-compliant (NC)': 'Неусогласена (NC)',
  'Partially compliant (PC)': 'Делумно усогласена (PC)',
  'Largely compliant (LC)': 'Во голема мера усогласена (LC)',
  'Compliant (C)': 'Усогласена (C)',
  Low: 'Ниска',
  Moderate: 'Умерена',
  Substantial: 'Значителна',
  High: 'Висока',
  // Jurisdictions and institutions
  Albania: 'Албанија',
  'Bosnia and Herzegovina': 'Босна и Херцеговина',
  'Kosovo*': 'Косово*',
  Montenegro: 'Црна Гора',
  'North Macedonia': 'Северна Македонија',
  Serbia: 'Србија',
  'This designation is without prejudice to positions on status, and is in line with UNSCR 1244/1999 and the ICJ Opinion on the Kosovo declaration of independence.':
    'Оваа ознака не ги доведува во прашање ставовите за статусот и е во согласност со Резолуцијата 1244/1999 на СБ на ОН и со Мислењето на МСП за прогласувањето на независноста на Косово.',
  'Ministry of Justice': 'Министерство за правда',
  'Ministry of Finance': 'Министерство за финансии',
  'State Prosecutor’s Office': 'Државно јавно обвинителство',
  'Police economic crime unit': 'Полициска единица за економски криминал',
  'Asset management office': 'Канцеларија за управување со одземен имот',
  'Business registry': 'Трговски регистар',
  'Public procurement agency': 'Агенција за јавни набавки',
  'Judicial council': 'Судски совет',
  'General Directorate for the Prevention of Money Laundering': 'Генерална дирекција за спречување на перење пари',
  'High Inspectorate of Declaration and Audit of Assets and Conflict of Interest': 'Висок инспекторат за пријавување и ревизија на имотот и судирот на интереси',
  'Special Anti-Corruption Structure (SPAK)': 'Специјална структура против корупција (SPAK)',
  'Financial Intelligence Department of SIPA': 'Одделение за финансиско разузнавање на SIPA',
  'Agency for the Prevention of Corruption and Coordination of the Fight against Corruption (APIK)':
    'Агенција за спречување на корупцијата и координација на борбата против корупцијата (APIK)',
  'Financial Intelligence Unit of Kosovo': 'Единица за финансиско разузнавање на Косово',
  'Agency for Prevention of Corruption': 'Агенција за спречување на корупцијата',
  'Financial Intelligence Unit (Police Administration)': 'Единица за финансиско разузнавање (Управа за полиција)',
  'Financial Intelligence Office': 'Управа за финансиско разузнавање',
  'State Commission for Prevention of Corruption': 'Државна комисија за спречување на корупцијата',
  'Administration for the Prevention of Money Laundering': 'Управа за спречување на перење пари',
  // Commitment titles
  'Adopt an updated national money-laundering and terrorist-financing risk assessment': 'Усвојување ажурирана национална проценка на ризикот од перење пари и финансирање тероризам',
  'Adopt an action plan addressing the findings of the national risk assessment': 'Усвојување акциски план за наодите од националната проценка на ризикот',
  'Align the AML/CFT law with the EU Anti-Money Laundering Directive': 'Усогласување на законот за СПП/ФТ со Директивата на ЕУ за спречување на перење пари',
  'Complete a sectoral risk assessment of virtual asset service providers': 'Изработка на секторска проценка на ризикот за давателите на услуги со виртуелни средства',
  'Complete a risk assessment of the non-profit sector for terrorist-financing abuse': 'Изработка на проценка на ризикот од злоупотреба на непрофитниот сектор за финансирање тероризам',
  'Establish a standing AML/CFT coordination body chaired at ministerial level': 'Основање постојано координативно тело за СПП/ФТ со кое се раководи на министерско ниво',
  'Introduce risk-based supervision of casinos and games of chance': 'Воведување надзор заснован на ризик над казината и игрите на среќа',
  'Introduce AML/CFT supervision of lawyers, notaries and accountants': 'Воведување надзор за СПП/ФТ над адвокатите, нотарите и сметководителите',
  'Adopt secondary legislation on due diligence for politically exposed persons': 'Донесување подзаконски акти за анализа на носители на јавни функции',
  'Publish consolidated annual AML/CFT statistics': 'Објавување консолидирана годишна статистика за СПП/ФТ',
  'Deploy a new case-management and analysis system at the financial intelligence unit': 'Воведување нов систем за управување со предмети и анализа во единицата за финансиско разузнавање',
  'Introduce online submission of suspicious transaction reports for all reporting entities': 'Воведување електронско доставување на пријавите за сомнителни трансакции за сите обврзници',
  'Issue typologies and red-flag guidance to reporting entities': 'Издавање типологии и насоки за индикатори за сомнителност за обврзниците',
  'Increase the analytical staff of the financial intelligence unit': 'Зголемување на аналитичкиот кадар на единицата за финансиско разузнавање',
  'Give the financial intelligence unit direct access to tax, cadastre and vehicle registers': 'Овозможување директен пристап на единицата за финансиско разузнавање до даночниот, катастарскиот и регистарот на возила',
  'Agree feedback procedures on disseminations with the prosecution service': 'Договарање постапки за повратни информации за доставените предмети со обвинителството',
  'Publish strategic analysis reports on money-laundering trends': 'Објавување извештаи од стратешка анализа за трендовите на перење пари',
  'Train real-estate and construction businesses on suspicious transaction reporting': 'Обука на субјектите во недвижностите и градежништвото за пријавување сомнителни трансакции',
  'Introduce electronic reporting of cash transactions above EUR 10,000': 'Воведување електронско пријавување на готовински трансакции над 10.000 евра',
  'Sign memoranda on information exchange with law-enforcement agencies': 'Потпишување меморандуми за размена на информации со агенциите за спроведување на законот',
  'Establish a central register of beneficial owners': 'Воспоставување централен регистар на вистински сопственици',
  'Connect the beneficial ownership register to the business register': 'Поврзување на регистарот на вистински сопственици со трговскиот регистар',
  'Introduce verification of beneficial ownership information at registration': 'Воведување проверка на податоците за вистинските сопственици при регистрацијата',
  'Introduce sanctions for failure to register or update beneficial ownership': 'Воведување санкции за нерегистрирање или неажурирање на вистинските сопственици',
  'Give obliged entities electronic access to the beneficial ownership register': 'Овозможување електронски пристап на обврзниците до регистарот на вистински сопственици',
  'Require banks and notaries to report discrepancies to the register': 'Обврска за банките и нотарите да ги пријавуваат несовпаѓањата до регистарот',
  'Register the beneficial owners of trusts and similar legal arrangements': 'Регистрирање на вистинските сопственици на трустовите и сличните правни аранжмани',
  'Strike off inactive companies that have not filed beneficial ownership information': 'Бришење на неактивните друштва што не доставиле податоци за вистинските сопственици',
  'Publish an annual report on the accuracy of beneficial ownership data': 'Објавување годишен извештај за точноста на податоците за вистинските сопственици',
  'Remove bearer shares and nominee arrangements from company law': 'Укинување на акциите на доносител и номинираните аранжмани од законот за трговски друштва',
  'Adopt a money-laundering investigation and prosecution strategy': 'Усвојување стратегија за истрага и гонење на перењето пари',
  'Establish a specialised financial investigations unit within the police': 'Основање специјализирана единица за финансиски истраги во полицијата',
  'Make parallel financial investigations mandatory in organised crime and corruption cases': 'Задолжителни паралелни финансиски истраги во предметите за организиран криминал и корупција',
  'Issue prosecutorial guidelines on stand-alone money-laundering cases': 'Издавање обвинителски насоки за самостојни предмети за перење пари',
  'Train judges and prosecutors on proving money laundering from circumstantial evidence': 'Обука на судиите и обвинителите за докажување перење пари врз основа на посредни докази',
  'Publish statistics on money-laundering indictments and convictions': 'Објавување статистика за обвинителните акти и пресудите за перење пари',
  'Set up a joint task force of prosecutors, police, tax and customs officials': 'Формирање заедничка работна група од обвинители, полиција, даночни и царински службеници',
  'Introduce an electronic case-management system linking police and prosecution': 'Воведување електронски систем за управување со предмети што ги поврзува полицијата и обвинителството',
  'Amend the criminal code to cover self-laundering': 'Измена на Кривичниот законик за да опфати самоперење',
  'Review sentencing practice in money-laundering cases': 'Преглед на казнената политика во предметите за перење пари',
  'Adopt a law on extended confiscation': 'Донесување закон за проширена конфискација',
  'Introduce non-conviction-based confiscation': 'Воведување конфискација без осудителна пресуда',
  'Establish an asset recovery office': 'Основање канцеларија за враќање на имот',
  'Establish a central register of seized and confiscated assets': 'Воспоставување централен регистар на одземен и конфискуван имот',
  'Adopt rules on the management and sale of seized assets': 'Донесување правила за управување со одземениот имот и негова продажба',
  'Introduce the social re-use of confiscated property': 'Воведување општествена повторна употреба на конфискуваниот имот',
  'Train prosecutors on financial investigations for asset recovery': 'Обука на обвинителите за финансиски истраги за враќање на имот',
  'Publish annual statistics on frozen, seized and confiscated assets': 'Објавување годишна статистика за замрзнат, одземен и конфискуван имот',
  'Designate contact points in the regional asset recovery network': 'Определување контакт-точки во регионалната мрежа за враќање на имот',
  'Introduce interim management of seized companies': 'Воведување привремено управување со одземени друштва',
  'Introduce electronic submission of asset declarations': 'Воведување електронско поднесување на имотните изјави',
  'Publish the asset declarations of senior officials online': 'Објавување на имотните изјави на високите функционери на интернет',
  'Introduce risk-based verification of asset declarations': 'Воведување проверка на имотните изјави заснована на ризик',
  'Give the anti-corruption agency access to bank, tax and property registers': 'Овозможување пристап на антикорупциското тело до банкарските, даночните и имотните регистри',
  'Introduce sanctions for false or incomplete asset declarations': 'Воведување санкции за лажни или нецелосни имотни изјави',
  'Extend declaration duties to family members of senior officials': 'Проширување на обврската за пријавување на членовите на семејствата на високите функционери',
  'Adopt rules on conflict of interest in local government': 'Донесување правила за судир на интереси во локалната самоуправа',
  'Introduce a lifestyle-check methodology for verification': 'Воведување методологија за проверка на животниот стандард при верификацијата',
  'Regulate gifts and post-employment restrictions for public officials': 'Уредување на подароците и ограничувањата по престанокот на функцијата за јавните функционери',
  'Publish annual reports on verification results and sanctions': 'Објавување годишни извештаи за резултатите од проверките и санкциите',
  'Adopt a new public procurement law aligned with the EU directives': 'Донесување нов закон за јавните набавки усогласен со директивите на ЕУ',
  'Make electronic procurement mandatory for all contracting authorities': 'Задолжителни електронски набавки за сите договорни органи',
  'Publish all procurement contracts and amendments as open data': 'Објавување на сите договори за набавки и нивните измени како отворени податоци',
  'Introduce red-flag analysis of tenders to detect corruption risks': 'Воведување анализа на тендерите според индикатори за сомнителност за откривање корупциски ризици',
  'Restrict negotiated procedures without prior publication': 'Ограничување на постапките со преговарање без претходно објавување',
  'Establish an independent review body for procurement complaints': 'Основање независно тело за разгледување на жалбите во јавните набавки',
  'Require beneficial ownership declarations from bidders': 'Барање изјави за вистинските сопственици од понудувачите',
  'Train contracting authorities on integrity in procurement': 'Обука на договорните органи за интегритет во набавките',
  'Publish annual procurement monitoring reports': 'Објавување годишни извештаи од следењето на јавните набавки',
  'Introduce conflict-of-interest statements for tender evaluation committees': 'Воведување изјави за судир на интереси за комисиите за евалуација на понудите',
  'Designate a central authority for mutual legal assistance requests': 'Определување централен орган за барањата за меѓусебна правна помош',
  'Introduce electronic transmission of mutual legal assistance requests': 'Воведување електронско доставување на барањата за меѓусебна правна помош',
  'Sign agreements on joint investigation teams with neighbouring jurisdictions': 'Потпишување спогодби за заеднички истражни тимови со соседните јурисдикции',
  'Agree FIU-to-FIU information exchange memoranda across the region': 'Договарање меморандуми за размена на информации меѓу ЕФР во регионот',
  'Join the regional network of specialised anti-corruption prosecutors': 'Пристапување кон регионалната мрежа на специјализирани антикорупциски обвинители',
  'Second a liaison officer to the regional law-enforcement cooperation network': 'Упатување офицер за врски во регионалната мрежа за соработка во спроведувањето на законот',
  'Reduce the time to answer mutual legal assistance requests to 90 days': 'Скратување на времето за одговор на барањата за меѓусебна правна помош на 90 дена',
  'Publish statistics on incoming and outgoing mutual legal assistance requests': 'Објавување статистика за дојдовните и појдовните барања за меѓусебна правна помош',
  'Hold joint training with the region’s financial intelligence units': 'Одржување заеднички обуки со единиците за финансиско разузнавање во регионот',
  'Adopt a protocol on spontaneous information sharing with foreign prosecutors': 'Усвојување протокол за спонтана размена на информации со странски обвинители',
  // Context sentences of the commitment descriptions
  'It follows from the national risk assessment and from the recommendations of the last MONEYVAL evaluation.':
    'Произлегува од националната проценка на ризикот и од препораките од последната евалуација на MONEYVAL.',
  'It aims to raise the quality of suspicious transaction reports and the share of disseminations that lead to investigations.':
    'Цели кон подобар квалитет на пријавите за сомнителни трансакции и поголем удел на доставени предмети што водат до истраги.',
  'Accurate and timely beneficial ownership information lets investigators see who is behind companies used to move illicit funds.':
    'Точните и навремени податоци за вистинските сопственици им овозможуваат на истражителите да видат кој стои зад друштвата што се користат за пренос на нелегални средства.',
  'It aims to move from predicate-offence cases to stand-alone money-laundering prosecutions ending in final convictions.':
    'Цели кон премин од предмети за предикатни кривични дела кон самостојно гонење на перењето пари што завршува со правосилни пресуди.',
  'It aims to ensure that crime does not pay: proceeds are traced early, frozen quickly and confiscated after a final judgment.':
    'Цели да обезбеди криминалот да не се исплати: приносите се следат рано, брзо се замрзнуваат и се конфискуваат по правосилна пресуда.',
  'It supports ACIF goal 2: credible asset-declaration and conflict-of-interest systems with real verification.':
    'Ја поддржува целта 2 на ACIF: веродостојни системи за имотни изјави и судир на интереси со вистинска проверка.',
  'It supports ACIF goal 1: reducing corruption risks in public procurement through openness and competition.':
    'Ја поддржува целта 1 на ACIF: намалување на корупциските ризици во јавните набавки преку отвореност и конкуренција.',
  'It supports ACIF goal 3: a regional network of specialised prosecutors, law-enforcement agencies and FIUs.':
    'Ја поддржува целта 3 на ACIF: регионална мрежа на специјализирани обвинители, агенции за спроведување на законот и ЕФР.',
  // Status history notes
  'Working group set up': 'Формирана е работна група',
  'Draft prepared and sent for public consultation': 'Нацртот е подготвен и испратен на јавна расправа',
  'Draft submitted to the government': 'Нацртот е доставен до Владата',
  'Technical assistance from an EU-funded project under way': 'Во тек е техничка помош од проект финансиран од ЕУ',
  'Terms of reference agreed with donors': 'Проектната задача е договорена со донаторите',
  'Adopted by the government': 'Усвоено од Владата',
  'Adopted by parliament and published in the Official Gazette': 'Донесено од Собранието и објавено во Службен весник',
  'System in production since the end of the period': 'Системот е во употреба од крајот на периодот',
  'Final report published': 'Објавен е завршниот извештај',
  'Superseded by the new national strategy': 'Заменета со новата национална стратегија',
  'Merged into another commitment under the same pillar': 'Споена со друга обврска во истиот столб',
  'Withdrawn after a change of the legal framework': 'Повлечена по промена на правната рамка',
  'Delayed by early elections': 'Одложено поради предвремени избори',
  'Awaiting parliamentary procedure': 'Се чека собраниска постапка',
  'Funding not yet secured': 'Финансирањето сè уште не е обезбедено',
  'Draft returned for revision after public consultation': 'Нацртот е вратен на доработка по јавната расправа',
  'Added with the ACIF Roadmap adopted in Ohrid on 25 June 2021': 'Додадена со Патоказот ACIF, усвоен во Охрид на 25 јуни 2021 година',
  // Indicators
  'National risk assessment action plan measures implemented': 'Спроведени мерки од акцискиот план на националната проценка на ризикот',
  'On-site AML/CFT inspections of obliged entities': 'Теренски инспекции за СПП/ФТ кај обврзниците',
  'Suspicious transaction reports received': 'Примени пријави за сомнителни трансакции',
  'FIU disseminations to prosecutors': 'Предмети доставени од ЕФР до обвинителите',
  'Legal entities with a verified beneficial owner': 'Правни лица со проверен вистински сопственик',
  'Persons indicted for money laundering': 'Лица обвинети за перење пари',
  'Final money-laundering convictions': 'Правосилни пресуди за перење пари',
  'Value of assets finally confiscated': 'Вредност на правосилно конфискуваниот имот',
  'Asset declarations fully verified': 'Целосно проверени имотни изјави',
  'Officials filing asset declarations late': 'Функционери што доцна ги поднесуваат имотните изјави',
  'Contract value awarded by open procedure': 'Вредност на договорите доделени со отворена постапка',
  'Tenders with a single bidder': 'Тендери со еден понудувач',
  'Average days to answer mutual legal assistance requests': 'Просечен број денови за одговор на барањата за меѓусебна правна помош',
  'Information requests exchanged with foreign FIUs': 'Барања за информации разменети со странски ЕФР',
  'Share of the measures in the action plan following the national money-laundering risk assessment that are reported as implemented.':
    'Удел на мерките од акцискиот план по националната проценка на ризикот од перење пари што се известени како спроведени.',
  'Number of on-site inspections of banks and non-financial businesses carried out by AML/CFT supervisors in the year.':
    'Број на теренски инспекции на банки и нефинансиски субјекти што ги извршиле надзорните органи за СПП/ФТ во текот на годината.',
  'Suspicious transaction and activity reports received by the financial intelligence unit in the year.':
    'Пријави за сомнителни трансакции и активности што ги примила единицата за финансиско разузнавање во текот на годината.',
  'Cases disseminated by the financial intelligence unit to prosecutors and law enforcement in the year.':
    'Предмети што единицата за финансиско разузнавање ги доставила до обвинителите и органите за спроведување на законот во текот на годината.',
  'Share of active legal entities whose beneficial ownership information has been verified by the register at the end of the year.':
    'Удел на активните правни лица чии податоци за вистинските сопственици ги проверил регистарот на крајот на годината.',
  'Persons against whom an indictment for money laundering was filed in the year.': 'Лица против кои е поднесен обвинителен акт за перење пари во текот на годината.',
  'Persons finally convicted of money laundering in the year, stand-alone and together with a predicate offence.':
    'Лица правосилно осудени за перење пари во текот на годината, како самостојно дело и заедно со предикатно кривично дело.',
  'Value of property confiscated by final court decisions in the year.': 'Вредност на имотот конфискуван со правосилни судски одлуки во текот на годината.',
  'Share of the asset declarations due in the year that were fully verified against bank, tax and property records.':
    'Удел на имотните изјави што требало да се поднесат во текот на годината, а се целосно проверени со банкарските, даночните и имотните евиденции.',
  'Share of officials obliged to declare who filed their declaration after the legal deadline.':
    'Удел на функционерите обврзани да пријават имот што ја поднеле изјавата по законскиот рок.',
  'Share of the value of public contracts awarded through open procedures.': 'Удел на вредноста на јавните договори доделени преку отворени постапки.',
  'Share of competitive tenders in which only one bid was received.': 'Удел на конкурентните тендери на кои е примена само една понуда.',
  'Requests for information sent to and received from foreign financial intelligence units in the year.':
    'Барања за информации испратени до и примени од странски единици за финансиско разузнавање во текот на годината.',
  '%': '%',
  inspections: 'инспекции',
  reports: 'пријави',
  disseminations: 'доставени предмети',
  persons: 'лица',
  convictions: 'пресуди',
  'EUR million': 'милиони евра',
  days: 'денови',
  requests: 'барања',
  // Reports named as sources
  'AML/CFT coordination body progress report': 'Извештај за напредокот на координативното тело за СПП/ФТ',
  'AML/CFT supervisors’ annual report': 'Годишен извештај на надзорните органи за СПП/ФТ',
  'FIU annual report': 'Годишен извештај на ЕФР',
  'Business register statistics': 'Статистика на трговскиот регистар',
  'Prosecution service annual report': 'Годишен извештај на обвинителството',
  'Judicial council statistics': 'Статистика на судскиот совет',
  'Asset management office annual report': 'Годишен извештај на канцеларијата за управување со одземен имот',
  'Anti-corruption agency annual report': 'Годишен извештај на антикорупциското тело',
  'Public procurement agency annual report': 'Годишен извештај на агенцијата за јавни набавки',
  'Ministry of Justice statistics on international legal assistance': 'Статистика на Министерството за правда за меѓународна правна помош',
};

export const phrases: Phrasebook = {
  ...withCrosswalk(fixed),
  months: ['јануари', 'февруари', 'март', 'април', 'мај', 'јуни', 'јули', 'август', 'септември', 'октомври', 'ноември', 'декември'],
  description: ({ pillar, reference, institution, title, date, context }) =>
    `Во рамките на столбот „${pillar}“ (${reference}), институцијата „${institution}“ ја презеде обврската „${title}“, со рок до ${date}. ` +
    `${context ? `${context} ` : ''}Статусот се известува на крајот на секое полугодие до националниот координатор за патоказот. Илустративни податоци.`,
  packageTitle: (title, n) => `${title} (пакет ${n})`,
  observationSource: (report, year, quality) =>
    `${report} ${year}${quality === 'estimated' ? ' (проценка)' : quality === 'provisional' ? ' (привремено)' : ''}; илустративно`,
  indicatorSource: (report) => `Илустративно; според „${report}“`,
  gaps: [
    "Review sentencing practice in money-laundering cases",
    "Under the AML/CFT framework and risk understanding pillar (FATF R.1, IO.1), the General Directorate for the Prevention of Money Laundering committed to complete a sectoral risk assessment of virtual asset service providers by 31 March 2021. It follows from the national risk assessment and from the recommendations of the last MONEYVAL evaluation. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.",
    "Under the AML/CFT framework and risk understanding pillar (FATF R.1, IO.1), the General Directorate for the Prevention of Money Laundering committed to introduce risk-based supervision of casinos and games of chance by 31 December 2024. It follows from the national risk assessment and from the recommendations of the last MONEYVAL evaluation. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.",
    "Average number of days between receipt of an incoming mutual legal assistance request and the reply.",
  ],
};
