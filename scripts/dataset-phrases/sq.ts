/**
 * Albanian (sq) phrases of the illustrative dataset, put together into
 * mocks/data/translations/sq.ts by scripts/dataset-translations.ts. Drafts awaiting review by a
 * native speaker. Commitment titles use the noun form usual in Albanian action plans.
 */
import { withCrosswalk } from './sq-crosswalk.ts';
import type { Phrasebook } from './types.ts';

const fixed: Record<string, string> = {
  // Roadmap
  'Western Balkans Illicit Finance and Anti-Corruption Roadmap': 'Udhërrëfyesi i Ballkanit Perëndimor për Financat e Paligjshme dhe Kundër Korrupsionit',
  'Illustrative data. The commitments, statuses and indicator values below are generated example data, not figures reported by any jurisdiction. The structure is modelled on the illicit finance and anti-corruption roadmap that interior ministers signed up to at the 2019 Western Balkans Summit (Berlin Process, Poznań) and on the Anti-Corruption and Illicit Finance (ACIF) Roadmap adopted in Ohrid on 25 June 2021; the text and indicators of the 2019 roadmap are not public.':
    'Të dhëna ilustruese. Zotimet, statuset dhe vlerat e treguesve më poshtë janë të dhëna shembullore të gjeneruara, jo shifra të raportuara nga ndonjë juridiksion. Struktura është modeluar sipas udhërrëfyesit për financat e paligjshme dhe kundër korrupsionit, të cilit ministrat e brendshëm iu përkushtuan në Samitin e Ballkanit Perëndimor të vitit 2019 (Procesi i Berlinit, Poznań), dhe sipas Udhërrëfyesit kundër Korrupsionit dhe Financave të Paligjshme (ACIF), të miratuar në Ohër më 25 qershor 2021; teksti dhe treguesit e udhërrëfyesit të vitit 2019 nuk janë publikë.',
  'Illustrative dataset generated for the Roadmap Monitor mock API (seeded, deterministic). Structure after the UK Prime Minister’s Office press release of 5 July 2019 and the RAI/UNODC pages on the ACIF Roadmap; monitoring cycle after the SEESAC SALW Control Roadmap (half-yearly reports, 2018 baseline).':
    'Grup ilustrues të dhënash i gjeneruar për API-në imituese të Roadmap Monitor (me farë fikse, përcaktues). Struktura sipas njoftimit për shtyp të Zyrës së Kryeministrit të Mbretërisë së Bashkuar të 5 korrikut 2019 dhe faqeve të RAI/UNODC për Udhërrëfyesin ACIF; cikli i monitorimit sipas Udhërrëfyesit të SEESAC për kontrollin e armëve të vogla dhe të lehta (raporte gjashtëmujore, viti bazë 2018).',
  // Pillars
  'AML/CFT framework and risk understanding': 'Korniza AML/CFT dhe kuptimi i rrezikut',
  'Financial intelligence': 'Inteligjenca financiare',
  'Beneficial ownership transparency': 'Transparenca e pronësisë përfituese',
  'Money-laundering investigation and prosecution': 'Hetimi dhe ndjekja penale e pastrimit të parave',
  'Asset recovery': 'Kthimi i pasurive',
  'Asset declarations and conflict of interest': 'Deklarimi i pasurive dhe konflikti i interesave',
  'Public procurement integrity': 'Integriteti i prokurimit publik',
  'Regional and international cooperation': 'Bashkëpunimi rajonal dhe ndërkombëtar',
  'AML/CFT framework': 'Korniza AML/CFT',
  'Beneficial ownership': 'Pronësia përfituese',
  'ML prosecution': 'Ndjekja e pastrimit të parave',
  'Asset declarations': 'Deklarimi i pasurive',
  'Public procurement': 'Prokurimi publik',
  'Regional cooperation': 'Bashkëpunimi rajonal',
  'National money-laundering and terrorist-financing risk assessments, the strategies and action plans that follow from them, and the laws and supervision that put them into effect.':
    'Vlerësimet kombëtare të rrezikut të pastrimit të parave dhe financimit të terrorizmit, strategjitë dhe planet e veprimit që rrjedhin prej tyre, si dhe ligjet dhe mbikëqyrja që i vënë ato në zbatim.',
  'Suspicious transaction reporting by obliged entities, analysis by the financial intelligence unit and dissemination of its results to law enforcement and prosecutors.':
    'Raportimi i transaksioneve të dyshimta nga subjektet raportuese, analiza nga njësia e inteligjencës financiare dhe shpërndarja e rezultateve të saj te organet e zbatimit të ligjit dhe prokurorët.',
  'Registers of the natural persons who ultimately own or control legal entities: coverage, verification of accuracy and timely access for competent authorities.':
    'Regjistrat e personave fizikë që në fund të fundit zotërojnë ose kontrollojnë personat juridikë: mbulimi, verifikimi i saktësisë dhe qasja në kohë e autoriteteve kompetente.',
  'Parallel financial investigations, specialised prosecution of money laundering as a stand-alone offence and final convictions with dissuasive sanctions.':
    'Hetimet financiare paralele, ndjekja penale e specializuar e pastrimit të parave si vepër e pavarur dhe dënimet përfundimtare me sanksione shtrënguese.',
  'Freezing, seizure and confiscation of criminal proceeds, including extended and non-conviction-based confiscation, and the offices that manage and dispose of seized assets.':
    'Ngrirja, sekuestrimi dhe konfiskimi i produkteve të veprës penale, përfshirë konfiskimin e zgjeruar dhe atë pa dënim penal, si dhe zyrat që administrojnë dhe tjetërsojnë pasuritë e sekuestruara.',
  'Declaration of assets and interests by public officials, risk-based verification of the declarations and sanctions for false declarations and undeclared conflicts of interest.':
    'Deklarimi i pasurive dhe interesave nga zyrtarët publikë, verifikimi i deklaratave i bazuar në rrezik dhe sanksionet për deklarime të rreme dhe për konflikte interesi të padeklaruara.',
  'Open and competitive procurement, electronic procurement systems, publication of contracts and detection of corruption risks in tenders.':
    'Prokurimi i hapur dhe konkurrues, sistemet e prokurimit elektronik, publikimi i kontratave dhe zbulimi i rreziqeve të korrupsionit në tendera.',
  'Mutual legal assistance, joint investigation teams and information exchange between financial intelligence units, prosecutors and law-enforcement agencies in the region.':
    'Ndihma juridike e ndërsjellë, ekipet e përbashkëta hetimore dhe shkëmbimi i informacionit ndërmjet njësive të inteligjencës financiare, prokurorëve dhe agjencive të zbatimit të ligjit në rajon.',
  // Statuses and scales
  'Not started': 'Nuk ka filluar',
  'In progress': 'Në zbatim',
  Completed: 'Përfunduar',
  Discontinued: 'Ndërprerë',
  'No implementing step has been reported yet.': 'Ende nuk është raportuar asnjë hap zbatimi.',
  'At least one implementing step has been reported, but the commitment is not yet fulfilled.': 'Është raportuar të paktën një hap zbatimi, por zotimi ende nuk është përmbushur.',
  'The commitment has been fulfilled, with evidence such as an adopted law, decision or published report.':
    'Zotimi është përmbushur, me dëshmi si një ligj i miratuar, një vendim ose një raport i publikuar.',
  'The commitment was withdrawn or superseded by another one; it no longer counts towards completion.':
    'Zotimi u tërhoq ose u zëvendësua nga një tjetër; ai nuk llogaritet më në përfundim.',
  'EU enlargement report: level of preparation': 'Raporti i zgjerimit të BE-së: niveli i përgatitjes',
  'FATF/MONEYVAL technical compliance (per Recommendation)': 'Përputhshmëria teknike FATF/MONEYVAL (për çdo Rekomandim)',
  'FATF/MONEYVAL effectiveness (per Immediate Outcome)': 'Efektiviteti FATF/MONEYVAL (për çdo Rezultat të Menjëhershëm)',
  'European Commission enlargement package, annual country reports; levels from lowest to highest':
    'Paketa e zgjerimit e Komisionit Evropian, raportet vjetore për vendet; nivelet nga më i ulëti te më i larti',
  'FATF Methodology for assessing technical compliance; levels from lowest to highest (N/A where not applicable)':
    'Metodologjia e FATF-së për vlerësimin e përputhshmërisë teknike; nivelet nga më i ulëti te më i larti (N/A kur nuk zbatohet)',
  'FATF Methodology for assessing effectiveness; levels from lowest to highest': 'Metodologjia e FATF-së për vlerësimin e efektivitetit; nivelet nga më i ulëti te më i larti',
  'Early stage': 'Fazë fillestare',
  'Some level of preparation': 'Njëfarë niveli përgatitjeje',
  'Moderately prepared': 'Mesatarisht e përgatitur',
  'Good level of preparation': 'Nivel i mirë përgatitjeje',
  'Well advanced': 'Shumë e përparuar',
  'Non-compliant (NC)': 'Jo në përputhje (NC)',
  'Partially compliant (PC)': 'Pjesërisht në përputhje (PC)',
  'Largely compliant (LC)': 'Kryesisht në përputhje (LC)',
  'Compliant (C)': 'Në përputhje (C)',
  Low: 'I ulët',
  Moderate: 'Mesatar',
  Substantial: 'Substancial',
  High: 'I lartë',
  // Jurisdictions and institutions
  Albania: 'Shqipëria',
  'Bosnia and Herzegovina': 'Bosnja dhe Hercegovina',
  'Kosovo*': 'Kosova*',
  Montenegro: 'Mali i Zi',
  'North Macedonia': 'Maqedonia e Veriut',
  Serbia: 'Serbia',
  'This designation is without prejudice to positions on status, and is in line with UNSCR 1244/1999 and the ICJ Opinion on the Kosovo declaration of independence.':
    'Ky emërtim nuk paragjykon qëndrimet për statusin dhe është në përputhje me Rezolutën 1244/1999 të KSOKB-së dhe me Opinionin e GJND-së për shpalljen e pavarësisë së Kosovës.',
  'Ministry of Justice': 'Ministria e Drejtësisë',
  'Ministry of Finance': 'Ministria e Financave',
  'State Prosecutor’s Office': 'Prokuroria e Shtetit',
  'Police economic crime unit': 'Njësia e policisë për krimin ekonomik',
  'Asset management office': 'Zyra e administrimit të pasurive',
  'Business registry': 'Regjistri i bizneseve',
  'Public procurement agency': 'Agjencia e prokurimit publik',
  'Judicial council': 'Këshilli gjyqësor',
  'General Directorate for the Prevention of Money Laundering': 'Drejtoria e Përgjithshme për Parandalimin e Pastrimit të Parave',
  'High Inspectorate of Declaration and Audit of Assets and Conflict of Interest': 'Inspektorati i Lartë i Deklarimit dhe Kontrollit të Pasurive dhe Konfliktit të Interesave',
  'Special Anti-Corruption Structure (SPAK)': 'Struktura e Posaçme kundër Korrupsionit (SPAK)',
  'Financial Intelligence Department of SIPA': 'Departamenti i Inteligjencës Financiare i SIPA-s',
  'Agency for the Prevention of Corruption and Coordination of the Fight against Corruption (APIK)':
    'Agjencia për Parandalimin e Korrupsionit dhe Koordinimin e Luftës kundër Korrupsionit (APIK)',
  'Financial Intelligence Unit of Kosovo': 'Njësia e Inteligjencës Financiare e Kosovës',
  'Agency for Prevention of Corruption': 'Agjencia për Parandalimin e Korrupsionit',
  'Financial Intelligence Unit (Police Administration)': 'Njësia e Inteligjencës Financiare (Drejtoria e Policisë)',
  'Financial Intelligence Office': 'Zyra e Inteligjencës Financiare',
  'State Commission for Prevention of Corruption': 'Komisioni Shtetëror për Parandalimin e Korrupsionit',
  'Administration for the Prevention of Money Laundering': 'Administrata për Parandalimin e Pastrimit të Parave',
  // Commitment titles
  'Adopt an updated national money-laundering and terrorist-financing risk assessment': 'Miratimi i një vlerësimi kombëtar të përditësuar të rrezikut të pastrimit të parave dhe financimit të terrorizmit',
  'Adopt an action plan addressing the findings of the national risk assessment': 'Miratimi i një plani veprimi për gjetjet e vlerësimit kombëtar të rrezikut',
  'Align the AML/CFT law with the EU Anti-Money Laundering Directive': 'Përafrimi i ligjit AML/CFT me Direktivën e BE-së kundër pastrimit të parave',
  'Complete a sectoral risk assessment of virtual asset service providers': 'Përfundimi i një vlerësimi sektorial të rrezikut për ofruesit e shërbimeve të aseteve virtuale',
  'Complete a risk assessment of the non-profit sector for terrorist-financing abuse': 'Përfundimi i një vlerësimi të rrezikut të keqpërdorimit të sektorit jofitimprurës për financimin e terrorizmit',
  'Establish a standing AML/CFT coordination body chaired at ministerial level': 'Krijimi i një organi të përhershëm koordinues AML/CFT të kryesuar në nivel ministror',
  'Introduce risk-based supervision of casinos and games of chance': 'Futja e mbikëqyrjes së bazuar në rrezik për kazinotë dhe lojërat e fatit',
  'Introduce AML/CFT supervision of lawyers, notaries and accountants': 'Futja e mbikëqyrjes AML/CFT për avokatët, noterët dhe kontabilistët',
  'Adopt secondary legislation on due diligence for politically exposed persons': 'Miratimi i legjislacionit dytësor për kujdesin e duhur ndaj personave të ekspozuar politikisht',
  'Publish consolidated annual AML/CFT statistics': 'Publikimi i statistikave vjetore të konsoliduara AML/CFT',
  'Deploy a new case-management and analysis system at the financial intelligence unit': 'Vënia në funksion e një sistemi të ri të menaxhimit të çështjeve dhe analizës në njësinë e inteligjencës financiare',
  'Introduce online submission of suspicious transaction reports for all reporting entities': 'Futja e dorëzimit në linjë të raporteve të transaksioneve të dyshimta për të gjitha subjektet raportuese',
  'Issue typologies and red-flag guidance to reporting entities': 'Nxjerrja e tipologjive dhe udhëzimeve për treguesit e rrezikut për subjektet raportuese',
  'Increase the analytical staff of the financial intelligence unit': 'Shtimi i stafit analitik të njësisë së inteligjencës financiare',
  'Give the financial intelligence unit direct access to tax, cadastre and vehicle registers': 'Dhënia e qasjes së drejtpërdrejtë njësisë së inteligjencës financiare në regjistrat tatimorë, të kadastrës dhe të automjeteve',
  'Agree feedback procedures on disseminations with the prosecution service': 'Rënia dakord me prokurorinë për procedurat e informimit kthyes mbi shpërndarjet',
  'Publish strategic analysis reports on money-laundering trends': 'Publikimi i raporteve të analizës strategjike për tendencat e pastrimit të parave',
  'Train real-estate and construction businesses on suspicious transaction reporting': 'Trajnimi i bizneseve të pasurive të paluajtshme dhe të ndërtimit për raportimin e transaksioneve të dyshimta',
  'Introduce electronic reporting of cash transactions above EUR 10,000': 'Futja e raportimit elektronik të transaksioneve në para në dorë mbi 10 000 euro',
  'Sign memoranda on information exchange with law-enforcement agencies': 'Nënshkrimi i memorandumeve për shkëmbimin e informacionit me agjencitë e zbatimit të ligjit',
  'Establish a central register of beneficial owners': 'Krijimi i një regjistri qendror të pronarëve përfitues',
  'Connect the beneficial ownership register to the business register': 'Lidhja e regjistrit të pronësisë përfituese me regjistrin e bizneseve',
  'Introduce verification of beneficial ownership information at registration': 'Futja e verifikimit të informacionit për pronësinë përfituese gjatë regjistrimit',
  'Introduce sanctions for failure to register or update beneficial ownership': 'Futja e sanksioneve për mosregjistrimin ose mospërditësimin e pronësisë përfituese',
  'Give obliged entities electronic access to the beneficial ownership register': 'Dhënia e qasjes elektronike subjekteve raportuese në regjistrin e pronësisë përfituese',
  'Require banks and notaries to report discrepancies to the register': 'Detyrimi i bankave dhe noterëve për t’i raportuar regjistrit mospërputhjet',
  'Register the beneficial owners of trusts and similar legal arrangements': 'Regjistrimi i pronarëve përfitues të trusteve dhe marrëveshjeve të ngjashme juridike',
  'Strike off inactive companies that have not filed beneficial ownership information': 'Çregjistrimi i shoqërive joaktive që nuk kanë depozituar informacionin për pronësinë përfituese',
  'Publish an annual report on the accuracy of beneficial ownership data': 'Publikimi i një raporti vjetor për saktësinë e të dhënave të pronësisë përfituese',
  'Remove bearer shares and nominee arrangements from company law': 'Heqja e aksioneve në prurës dhe e marrëveshjeve me të emëruar nga ligji për shoqëritë',
  'Adopt a money-laundering investigation and prosecution strategy': 'Miratimi i një strategjie për hetimin dhe ndjekjen penale të pastrimit të parave',
  'Establish a specialised financial investigations unit within the police': 'Krijimi i një njësie të specializuar për hetimet financiare brenda policisë',
  'Make parallel financial investigations mandatory in organised crime and corruption cases': 'Bërja e detyrueshme e hetimeve financiare paralele në çështjet e krimit të organizuar dhe korrupsionit',
  'Issue prosecutorial guidelines on stand-alone money-laundering cases': 'Nxjerrja e udhëzimeve të prokurorisë për çështjet e pavarura të pastrimit të parave',
  'Train judges and prosecutors on proving money laundering from circumstantial evidence': 'Trajnimi i gjyqtarëve dhe prokurorëve për provimin e pastrimit të parave me prova rrethanore',
  'Publish statistics on money-laundering indictments and convictions': 'Publikimi i statistikave për aktakuzat dhe dënimet për pastrim parash',
  'Set up a joint task force of prosecutors, police, tax and customs officials': 'Ngritja e një task-force të përbashkët të prokurorëve, policisë, zyrtarëve tatimorë dhe doganorë',
  'Introduce an electronic case-management system linking police and prosecution': 'Futja e një sistemi elektronik të menaxhimit të çështjeve që lidh policinë me prokurorinë',
  'Amend the criminal code to cover self-laundering': 'Ndryshimi i Kodit Penal për të përfshirë vetëpastrimin',
  'Review sentencing practice in money-laundering cases': 'Rishikimi i praktikës së dënimit në çështjet e pastrimit të parave',
  'Adopt a law on extended confiscation': 'Miratimi i një ligji për konfiskimin e zgjeruar',
  'Introduce non-conviction-based confiscation': 'Futja e konfiskimit pa dënim penal',
  'Establish an asset recovery office': 'Krijimi i një zyre për kthimin e pasurive',
  'Establish a central register of seized and confiscated assets': 'Krijimi i një regjistri qendror të pasurive të sekuestruara dhe të konfiskuara',
  'Adopt rules on the management and sale of seized assets': 'Miratimi i rregullave për administrimin dhe shitjen e pasurive të sekuestruara',
  'Introduce the social re-use of confiscated property': 'Futja e ripërdorimit social të pasurive të konfiskuara',
  'Train prosecutors on financial investigations for asset recovery': 'Trajnimi i prokurorëve për hetimet financiare për kthimin e pasurive',
  'Publish annual statistics on frozen, seized and confiscated assets': 'Publikimi i statistikave vjetore për pasuritë e ngrira, të sekuestruara dhe të konfiskuara',
  'Designate contact points in the regional asset recovery network': 'Caktimi i pikave të kontaktit në rrjetin rajonal të kthimit të pasurive',
  'Introduce interim management of seized companies': 'Futja e administrimit të përkohshëm të shoqërive të sekuestruara',
  'Introduce electronic submission of asset declarations': 'Futja e dorëzimit elektronik të deklaratave të pasurisë',
  'Publish the asset declarations of senior officials online': 'Publikimi në internet i deklaratave të pasurisë së zyrtarëve të lartë',
  'Introduce risk-based verification of asset declarations': 'Futja e verifikimit të bazuar në rrezik të deklaratave të pasurisë',
  'Give the anti-corruption agency access to bank, tax and property registers': 'Dhënia e qasjes agjencisë kundër korrupsionit në regjistrat bankarë, tatimorë dhe të pronave',
  'Introduce sanctions for false or incomplete asset declarations': 'Futja e sanksioneve për deklarata pasurie të rreme ose të paplota',
  'Extend declaration duties to family members of senior officials': 'Shtrirja e detyrimit të deklarimit te anëtarët e familjes së zyrtarëve të lartë',
  'Adopt rules on conflict of interest in local government': 'Miratimi i rregullave për konfliktin e interesave në qeverisjen vendore',
  'Introduce a lifestyle-check methodology for verification': 'Futja e një metodologjie të kontrollit të stilit të jetesës për verifikimin',
  'Regulate gifts and post-employment restrictions for public officials': 'Rregullimi i dhuratave dhe i kufizimeve pas largimit nga detyra për zyrtarët publikë',
  'Publish annual reports on verification results and sanctions': 'Publikimi i raporteve vjetore për rezultatet e verifikimit dhe sanksionet',
  'Adopt a new public procurement law aligned with the EU directives': 'Miratimi i një ligji të ri për prokurimin publik në përputhje me direktivat e BE-së',
  'Make electronic procurement mandatory for all contracting authorities': 'Bërja e detyrueshme e prokurimit elektronik për të gjitha autoritetet kontraktore',
  'Publish all procurement contracts and amendments as open data': 'Publikimi i të gjitha kontratave të prokurimit dhe ndryshimeve të tyre si të dhëna të hapura',
  'Introduce red-flag analysis of tenders to detect corruption risks': 'Futja e analizës së treguesve të rrezikut në tendera për zbulimin e rreziqeve të korrupsionit',
  'Restrict negotiated procedures without prior publication': 'Kufizimi i procedurave me negocim pa publikim paraprak',
  'Establish an independent review body for procurement complaints': 'Krijimi i një organi të pavarur shqyrtimi për ankesat në prokurim',
  'Require beneficial ownership declarations from bidders': 'Kërkimi i deklaratave të pronësisë përfituese nga ofertuesit',
  'Train contracting authorities on integrity in procurement': 'Trajnimi i autoriteteve kontraktore për integritetin në prokurim',
  'Publish annual procurement monitoring reports': 'Publikimi i raporteve vjetore të monitorimit të prokurimit',
  'Introduce conflict-of-interest statements for tender evaluation committees': 'Futja e deklaratave të konfliktit të interesave për komisionet e vlerësimit të ofertave',
  'Designate a central authority for mutual legal assistance requests': 'Caktimi i një autoriteti qendror për kërkesat për ndihmë juridike të ndërsjellë',
  'Introduce electronic transmission of mutual legal assistance requests': 'Futja e transmetimit elektronik të kërkesave për ndihmë juridike të ndërsjellë',
  'Sign agreements on joint investigation teams with neighbouring jurisdictions': 'Nënshkrimi i marrëveshjeve për ekipe të përbashkëta hetimore me juridiksionet fqinje',
  'Agree FIU-to-FIU information exchange memoranda across the region': 'Rënia dakord për memorandume të shkëmbimit të informacionit ndërmjet NJIF-ve në rajon',
  'Join the regional network of specialised anti-corruption prosecutors': 'Anëtarësimi në rrjetin rajonal të prokurorëve të specializuar kundër korrupsionit',
  'Second a liaison officer to the regional law-enforcement cooperation network': 'Dërgimi i një oficeri ndërlidhës në rrjetin rajonal të bashkëpunimit për zbatimin e ligjit',
  'Reduce the time to answer mutual legal assistance requests to 90 days': 'Ulja në 90 ditë e kohës për t’iu përgjigjur kërkesave për ndihmë juridike të ndërsjellë',
  'Publish statistics on incoming and outgoing mutual legal assistance requests': 'Publikimi i statistikave për kërkesat hyrëse dhe dalëse për ndihmë juridike të ndërsjellë',
  'Hold joint training with the region’s financial intelligence units': 'Mbajtja e trajnimeve të përbashkëta me njësitë e inteligjencës financiare të rajonit',
  'Adopt a protocol on spontaneous information sharing with foreign prosecutors': 'Miratimi i një protokolli për ndarjen spontane të informacionit me prokurorët e huaj',
  // Context sentences of the commitment descriptions
  'It follows from the national risk assessment and from the recommendations of the last MONEYVAL evaluation.':
    'Ai rrjedh nga vlerësimi kombëtar i rrezikut dhe nga rekomandimet e vlerësimit të fundit të MONEYVAL.',
  'It aims to raise the quality of suspicious transaction reports and the share of disseminations that lead to investigations.':
    'Synon të rrisë cilësinë e raporteve të transaksioneve të dyshimta dhe pjesën e shpërndarjeve që çojnë në hetime.',
  'Accurate and timely beneficial ownership information lets investigators see who is behind companies used to move illicit funds.':
    'Informacioni i saktë dhe në kohë për pronësinë përfituese u lejon hetuesve të shohin se kush qëndron pas shoqërive që përdoren për të lëvizur fonde të paligjshme.',
  'It aims to move from predicate-offence cases to stand-alone money-laundering prosecutions ending in final convictions.':
    'Synon kalimin nga çështjet e veprave penale burimore te ndjekjet penale të pavarura për pastrim parash që përfundojnë me dënime të formës së prerë.',
  'It aims to ensure that crime does not pay: proceeds are traced early, frozen quickly and confiscated after a final judgment.':
    'Synon të sigurojë që krimi të mos shpërblehet: produktet e tij gjurmohen herët, ngrihen shpejt dhe konfiskohen pas një vendimi të formës së prerë.',
  'It supports ACIF goal 2: credible asset-declaration and conflict-of-interest systems with real verification.':
    'Mbështet qëllimin 2 të ACIF: sisteme të besueshme të deklarimit të pasurive dhe të konfliktit të interesave me verifikim të vërtetë.',
  'It supports ACIF goal 1: reducing corruption risks in public procurement through openness and competition.':
    'Mbështet qëllimin 1 të ACIF: uljen e rreziqeve të korrupsionit në prokurimin publik përmes transparencës dhe konkurrencës.',
  'It supports ACIF goal 3: a regional network of specialised prosecutors, law-enforcement agencies and FIUs.':
    'Mbështet qëllimin 3 të ACIF: një rrjet rajonal prokurorësh të specializuar, agjencish të zbatimit të ligjit dhe NJIF-sh.',
  // Status history notes
  'Working group set up': 'U ngrit grupi i punës',
  'Draft prepared and sent for public consultation': 'Projekti u përgatit dhe u dërgua për konsultim publik',
  'Draft submitted to the government': 'Projekti iu paraqit qeverisë',
  'Technical assistance from an EU-funded project under way': 'Në vijim asistenca teknike nga një projekt i financuar nga BE-ja',
  'Terms of reference agreed with donors': 'Termat e referencës u ranë dakord me donatorët',
  'Adopted by the government': 'U miratua nga qeveria',
  'Adopted by parliament and published in the Official Gazette': 'U miratua nga parlamenti dhe u botua në Fletoren Zyrtare',
  'System in production since the end of the period': 'Sistemi në përdorim që nga fundi i periudhës',
  'Final report published': 'U publikua raporti përfundimtar',
  'Superseded by the new national strategy': 'U zëvendësua nga strategjia e re kombëtare',
  'Merged into another commitment under the same pillar': 'U bashkua me një zotim tjetër në të njëjtën shtyllë',
  'Withdrawn after a change of the legal framework': 'U tërhoq pas një ndryshimi të kuadrit ligjor',
  'Delayed by early elections': 'U vonua nga zgjedhjet e parakohshme',
  'Awaiting parliamentary procedure': 'Në pritje të procedurës parlamentare',
  'Funding not yet secured': 'Financimi ende nuk është siguruar',
  'Draft returned for revision after public consultation': 'Projekti u kthye për rishikim pas konsultimit publik',
  'Added with the ACIF Roadmap adopted in Ohrid on 25 June 2021': 'U shtua me Udhërrëfyesin ACIF të miratuar në Ohër më 25 qershor 2021',
  // Indicators
  'National risk assessment action plan measures implemented': 'Masat e zbatuara të planit të veprimit të vlerësimit kombëtar të rrezikut',
  'On-site AML/CFT inspections of obliged entities': 'Inspektimet AML/CFT në vend të subjekteve raportuese',
  'Suspicious transaction reports received': 'Raportet e marra të transaksioneve të dyshimta',
  'FIU disseminations to prosecutors': 'Shpërndarjet e NJIF-së te prokurorët',
  'Legal entities with a verified beneficial owner': 'Personat juridikë me pronar përfitues të verifikuar',
  'Persons indicted for money laundering': 'Persona të akuzuar për pastrim parash',
  'Final money-laundering convictions': 'Dënime të formës së prerë për pastrim parash',
  'Value of assets finally confiscated': 'Vlera e pasurive të konfiskuara me vendim të formës së prerë',
  'Asset declarations fully verified': 'Deklaratat e pasurisë të verifikuara plotësisht',
  'Officials filing asset declarations late': 'Zyrtarët që i dorëzojnë me vonesë deklaratat e pasurisë',
  'Contract value awarded by open procedure': 'Vlera e kontratave të dhëna me procedurë të hapur',
  'Tenders with a single bidder': 'Tenderat me një ofertues të vetëm',
  'Average days to answer mutual legal assistance requests': 'Ditët mesatare për t’iu përgjigjur kërkesave për ndihmë juridike të ndërsjellë',
  'Information requests exchanged with foreign FIUs': 'Kërkesat për informacion të shkëmbyera me NJIF-të e huaja',
  'Share of the measures in the action plan following the national money-laundering risk assessment that are reported as implemented.':
    'Pjesa e masave të planit të veprimit pas vlerësimit kombëtar të rrezikut të pastrimit të parave që raportohen si të zbatuara.',
  'Number of on-site inspections of banks and non-financial businesses carried out by AML/CFT supervisors in the year.':
    'Numri i inspektimeve në vend të bankave dhe bizneseve jofinanciare të kryera nga mbikëqyrësit AML/CFT gjatë vitit.',
  'Suspicious transaction and activity reports received by the financial intelligence unit in the year.':
    'Raportet e transaksioneve dhe veprimtarive të dyshimta të marra nga njësia e inteligjencës financiare gjatë vitit.',
  'Cases disseminated by the financial intelligence unit to prosecutors and law enforcement in the year.':
    'Çështjet e shpërndara nga njësia e inteligjencës financiare te prokurorët dhe organet e zbatimit të ligjit gjatë vitit.',
  'Share of active legal entities whose beneficial ownership information has been verified by the register at the end of the year.':
    'Pjesa e personave juridikë aktivë, informacioni për pronësinë përfituese të të cilëve është verifikuar nga regjistri në fund të vitit.',
  'Persons against whom an indictment for money laundering was filed in the year.': 'Personat ndaj të cilëve u ngrit aktakuzë për pastrim parash gjatë vitit.',
  'Persons finally convicted of money laundering in the year, stand-alone and together with a predicate offence.':
    'Personat e dënuar me vendim të formës së prerë për pastrim parash gjatë vitit, si vepër e pavarur dhe së bashku me një vepër burimore.',
  'Value of property confiscated by final court decisions in the year.': 'Vlera e pasurive të konfiskuara me vendime gjyqësore të formës së prerë gjatë vitit.',
  'Share of the asset declarations due in the year that were fully verified against bank, tax and property records.':
    'Pjesa e deklaratave të pasurisë që duhej të dorëzoheshin gjatë vitit, të verifikuara plotësisht me të dhënat bankare, tatimore dhe të pronave.',
  'Share of officials obliged to declare who filed their declaration after the legal deadline.':
    'Pjesa e zyrtarëve të detyruar të deklarojnë që e dorëzuan deklaratën pas afatit ligjor.',
  'Share of the value of public contracts awarded through open procedures.': 'Pjesa e vlerës së kontratave publike të dhëna përmes procedurave të hapura.',
  'Share of competitive tenders in which only one bid was received.': 'Pjesa e tenderave konkurrues në të cilët u mor vetëm një ofertë.',
  'Requests for information sent to and received from foreign financial intelligence units in the year.':
    'Kërkesat për informacion të dërguara te njësitë e huaja të inteligjencës financiare dhe të marra prej tyre gjatë vitit.',
  '%': '%',
  inspections: 'inspektime',
  reports: 'raporte',
  disseminations: 'shpërndarje',
  persons: 'persona',
  convictions: 'dënime',
  'EUR million': 'milionë euro',
  days: 'ditë',
  requests: 'kërkesa',
  // Reports named as sources
  'AML/CFT coordination body progress report': 'Raporti i progresit i organit koordinues AML/CFT',
  'AML/CFT supervisors’ annual report': 'Raporti vjetor i mbikëqyrësve AML/CFT',
  'FIU annual report': 'Raporti vjetor i NJIF-së',
  'Business register statistics': 'Statistikat e regjistrit të bizneseve',
  'Prosecution service annual report': 'Raporti vjetor i prokurorisë',
  'Judicial council statistics': 'Statistikat e këshillit gjyqësor',
  'Asset management office annual report': 'Raporti vjetor i zyrës së administrimit të pasurive',
  'Anti-corruption agency annual report': 'Raporti vjetor i agjencisë kundër korrupsionit',
  'Public procurement agency annual report': 'Raporti vjetor i agjencisë së prokurimit publik',
  'Ministry of Justice statistics on international legal assistance': 'Statistikat e Ministrisë së Drejtësisë për ndihmën juridike ndërkombëtare',
};

export const phrases: Phrasebook = {
  ...withCrosswalk(fixed),
  months: ['janar', 'shkurt', 'mars', 'prill', 'maj', 'qershor', 'korrik', 'gusht', 'shtator', 'tetor', 'nëntor', 'dhjetor'],
  description: ({ pillar, reference, institution, title, date, context }) =>
    `Në kuadër të shtyllës „${pillar}“ (${reference}), ${institution} ka marrë përsipër zotimin „${title}“, me afat deri më ${date}. ` +
    `${context ? `${context} ` : ''}Statusi raportohet në fund të çdo gjysmëviti te koordinatori kombëtar i udhërrëfyesit. Të dhëna ilustruese.`,
  packageTitle: (title, n) => `${title} (paketa ${n})`,
  observationSource: (report, year, quality) =>
    `${report} ${year}${quality === 'estimated' ? ' (vlerësim)' : quality === 'provisional' ? ' (paraprake)' : ''}; ilustruese`,
  indicatorSource: (report) => `Ilustruese; sipas modelit të burimit „${report}“`,
  gaps: [
    "Review sentencing practice in money-laundering cases",
    "Under the AML/CFT framework and risk understanding pillar (FATF R.1, IO.1), the General Directorate for the Prevention of Money Laundering committed to complete a sectoral risk assessment of virtual asset service providers by 31 March 2021. It follows from the national risk assessment and from the recommendations of the last MONEYVAL evaluation. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.",
    "Under the AML/CFT framework and risk understanding pillar (FATF R.1, IO.1), the General Directorate for the Prevention of Money Laundering committed to introduce risk-based supervision of casinos and games of chance by 31 December 2024. It follows from the national risk assessment and from the recommendations of the last MONEYVAL evaluation. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.",
    "Average number of days between receipt of an incoming mutual legal assistance request and the reply.",
  ],
};
