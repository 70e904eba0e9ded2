/**
 * Bosnian translations of the mock dataset's English texts (mocks/data/*.ts), keyed by the exact
 * English text. Longer than 300 lines because it is one flat table of data: one entry per distinct text.
 * The generated texts (commitment descriptions, evidence titles, value sources) follow the same
 * templates as the English ones, built from the translated titles, institutions and reports.
 *
 * Deliberately left untranslated, so that the English fallback shows:
 * - Review sentencing practice in money-laundering cases
 * - Under the AML/CFT framework and risk understanding pillar (FATF R.1, IO.1), the General Directora…
 * - Under the Regional and international cooperation pillar (FATF IO.2, ACIF goal 3), the Police econ…
 * - Share of competitive tenders in which only one bid was received.
 */
export const translations: Record<string, string> = {
  'Western Balkans Illicit Finance and Anti-Corruption Roadmap':
    'Mapa puta za borbu protiv nezakonitih finansijskih tokova i korupcije na Zapadnom Balkanu',
  'Illustrative data. The commitments, statuses and indicator values below are generated example data, not figures reported by any jurisdiction. The structure is modelled on the illicit finance and anti-corruption roadmap that interior ministers signed up to at the 2019 Western Balkans Summit (Berlin Process, Poznań) and on the Anti-Corruption and Illicit Finance (ACIF) Roadmap adopted in Ohrid on 25 June 2021; the text and indicators of the 2019 roadmap are not public.':
    'Ilustrativni podaci. Obaveze, statusi i vrijednosti indikatora u nastavku su generisani primjeri podataka, a ne brojke koje je dostavila neka jurisdikcija. Struktura je izrađena po uzoru na mapu puta za borbu protiv nezakonitih finansijskih tokova i korupcije koju su ministri unutrašnjih poslova prihvatili na Samitu Zapadnog Balkana 2019. godine (Berlinski proces, Poznanj) i na Mapu puta za borbu protiv korupcije i nezakonitih finansijskih tokova (ACIF) usvojenu u Ohridu 25. juna 2021. godine; tekst i indikatori mape puta iz 2019. godine nisu javni.',
  'Illustrative dataset generated for the Roadmap Monitor mock API (seeded, deterministic). Structure after the UK Prime Minister’s Office press release of 5 July 2019 and the RAI/UNODC pages on the ACIF Roadmap; monitoring cycle after the SEESAC SALW Control Roadmap (half-yearly reports, 2018 baseline).':
    'Ilustrativni skup podataka generisan za simulirani API aplikacije Monitor mape puta (sa zadanim početnim vrijednostima, deterministički). Struktura prema saopćenju za javnost Ureda premijera Ujedinjenog Kraljevstva od 5. jula 2019. godine i stranicama RAI-ja i UNODC-a o Mapi puta ACIF; ciklus praćenja prema Mapi puta SEESAC-a za kontrolu malog i lakog oružja (polugodišnji izvještaji, polazna godina 2018).',
  'AML/CFT framework and risk understanding':
    'Okvir za sprječavanje pranja novca i finansiranja terorizma i razumijevanje rizika',
  'AML/CFT framework':
    'Okvir za SPN/FT',
  'National money-laundering and terrorist-financing risk assessments, the strategies and action plans that follow from them, and the laws and supervision that put them into effect.':
    'Nacionalne procjene rizika od pranja novca i finansiranja terorizma, strategije i akcioni planovi koji iz njih proizlaze te zakoni i nadzor kojima se oni provode.',
  'FATF R.1, IO.1':
    'FATF R.1, IO.1',
  'Financial intelligence':
    'Finansijsko-obavještajni rad',
  'Suspicious transaction reporting by obliged entities, analysis by the financial intelligence unit and dissemination of its results to law enforcement and prosecutors.':
    'Prijavljivanje sumnjivih transakcija od strane obveznika, analiza u finansijsko-obavještajnoj jedinici i prosljeđivanje njenih rezultata organima za provođenje zakona i tužilaštvu.',
  'FATF IO.6':
    'FATF IO.6',
  'Beneficial ownership transparency':
    'Transparentnost stvarnog vlasništva',
  'Beneficial ownership':
    'Stvarno vlasništvo',
  'Registers of the natural persons who ultimately own or control legal entities: coverage, verification of accuracy and timely access for competent authorities.':
    'Registri fizičkih osoba koje su krajnji vlasnici pravnih lica ili ih kontrolišu: obuhvat, provjera tačnosti i blagovremen pristup za nadležne organe.',
  'FATF IO.5':
    'FATF IO.5',
  'Money-laundering investigation and prosecution':
    'Istraga i krivično gonjenje pranja novca',
  'ML prosecution':
    'Gonjenje pranja novca',
  'Parallel financial investigations, specialised prosecution of money laundering as a stand-alone offence and final convictions with dissuasive sanctions.':
    'Paralelne finansijske istrage, specijalizirano krivično gonjenje pranja novca kao samostalnog krivičnog djela i pravosnažne osuđujuće presude s odvraćajućim sankcijama.',
  'FATF IO.7':
    'FATF IO.7',
  'Asset recovery':
    'Povrat imovine',
  'Freezing, seizure and confiscation of criminal proceeds, including extended and non-conviction-based confiscation, and the offices that manage and dispose of seized assets.':
    'Zamrzavanje, privremeno oduzimanje i oduzimanje imovinske koristi pribavljene krivičnim djelom, uključujući prošireno oduzimanje i oduzimanje bez osuđujuće presude, te uredi koji upravljaju oduzetom imovinom i raspolažu njome.',
  'FATF IO.8':
    'FATF IO.8',
  'Asset declarations and conflict of interest':
    'Imovinski kartoni i sukob interesa',
  'Asset declarations':
    'Imovinski kartoni',
  'Declaration of assets and interests by public officials, risk-based verification of the declarations and sanctions for false declarations and undeclared conflicts of interest.':
    'Prijavljivanje imovine i interesa javnih funkcionera, provjera prijava zasnovana na riziku te sankcije za lažne prijave i neprijavljene sukobe interesa.',
  'ACIF goal 2':
    'ACIF, cilj 2',
  'Public procurement integrity':
    'Integritet javnih nabavki',
  'Public procurement':
    'Javne nabavke',
  'Open and competitive procurement, electronic procurement systems, publication of contracts and detection of corruption risks in tenders.':
    'Otvorene i konkurentne nabavke, sistemi elektronskih nabavki, objavljivanje ugovora i otkrivanje koruptivnih rizika u tenderima.',
  'ACIF goal 1':
    'ACIF, cilj 1',
  'Regional and international cooperation':
    'Regionalna i međunarodna saradnja',
  'Regional cooperation':
    'Regionalna saradnja',
  'Mutual legal assistance, joint investigation teams and information exchange between financial intelligence units, prosecutors and law-enforcement agencies in the region.':
    'Međunarodna pravna pomoć, zajednički istražni timovi i razmjena informacija između finansijsko-obavještajnih jedinica, tužilaca i agencija za provođenje zakona u regiji.',
  'FATF IO.2, ACIF goal 3':
    'FATF IO.2, ACIF, cilj 3',
  'Not started':
    'Nije započeto',
  'No implementing step has been reported yet.':
    'Još nije prijavljen nijedan korak u provođenju.',
  'In progress':
    'U toku',
  'At least one implementing step has been reported, but the commitment is not yet fulfilled.':
    'Prijavljen je najmanje jedan korak u provođenju, ali obaveza još nije ispunjena.',
  'Completed':
    'Završeno',
  'The commitment has been fulfilled, with evidence such as an adopted law, decision or published report.':
    'Obaveza je ispunjena, uz dokaz kao što je usvojeni zakon, odluka ili objavljeni izvještaj.',
  'Discontinued':
    'Obustavljeno',
  'The commitment was withdrawn or superseded by another one; it no longer counts towards completion.':
    'Obaveza je povučena ili zamijenjena drugom; više se ne računa u ispunjenje.',
  'EU enlargement report: level of preparation':
    'Izvještaj EU o proširenju: nivo pripremljenosti',
  'European Commission enlargement package, annual country reports; levels from lowest to highest':
    'Paket proširenja Evropske komisije, godišnji izvještaji o zemljama; nivoi od najnižeg do najvišeg',
  'Early stage':
    'Rana faza',
  'Some level of preparation':
    'Određeni nivo pripremljenosti',
  'Moderately prepared':
    'Umjereno pripremljena',
  'Good level of preparation':
    'Dobar nivo pripremljenosti',
  'Well advanced':
    'Značajno napredovala',
  'FATF/MONEYVAL technical compliance (per Recommendation)':
    'Tehnička usklađenost prema FATF/MONEYVAL (po preporuci)',
  'FATF Methodology for assessing technical compliance; levels from lowest to highest (N/A where not applicable)':
    'Metodologija FATF-a za ocjenu tehničke usklađenosti; nivoi od najnižeg do najvišeg (N/A kada nije primjenjivo)',
  'Non-compliant (NC)':
    'Neusklađeno (NC)',
  'Partially compliant (PC)':
    'Djelimično usklađeno (PC)',
  'Largely compliant (LC)':
    'Uglavnom usklađeno (LC)',
  'Compliant (C)':
    'Usklađeno (C)',
  'FATF/MONEYVAL effectiveness (per Immediate Outcome)':
    'Efikasnost prema FATF/MONEYVAL (po neposrednom ishodu)',
  'FATF Methodology for assessing effectiveness; levels from lowest to highest':
    'Metodologija FATF-a za ocjenu efikasnosti; nivoi od najnižeg do najvišeg',
  'Low':
    'Niska',
  'Moderate':
    'Umjerena',
  'Substantial':
    'Značajna',
  'High':
    'Visoka',
  'Albania':
    'Albanija',
  'General Directorate for the Prevention of Money Laundering':
    'Generalna direkcija za sprječavanje pranja novca',
  'High Inspectorate of Declaration and Audit of Assets and Conflict of Interest':
    'Visoki inspektorat za prijavu i provjeru imovine i sukob interesa',
  'Special Anti-Corruption Structure (SPAK)':
    'Specijalna struktura za borbu protiv korupcije (SPAK)',
  'Ministry of Justice':
    'Ministarstvo pravde',
  'Ministry of Finance':
    'Ministarstvo finansija',
  'State Prosecutor’s Office':
    'Državno tužilaštvo',
  'Police economic crime unit':
    'Policijska jedinica za privredni kriminal',
  'Asset management office':
    'Ured za upravljanje oduzetom imovinom',
  'Business registry':
    'Registar poslovnih subjekata',
  'Public procurement agency':
    'Agencija za javne nabavke',
  'Judicial council':
    'Sudsko vijeće',
  'Bosnia and Herzegovina':
    'Bosna i Hercegovina',
  'Financial Intelligence Department of SIPA':
    'Finansijsko-obavještajno odjeljenje SIPA-e',
  'Agency for the Prevention of Corruption and Coordination of the Fight against Corruption (APIK)':
    'Agencija za prevenciju korupcije i koordinaciju borbe protiv korupcije (APIK)',
  'Kosovo*':
    'Kosovo*',
  'This designation is without prejudice to positions on status, and is in line with UNSCR 1244/1999 and the ICJ Opinion on the Kosovo declaration of independence.':
    'Ovaj naziv ne dovodi u pitanje stavove o statusu i u skladu je s Rezolucijom Vijeća sigurnosti UN-a 1244/1999 i mišljenjem Međunarodnog suda pravde o proglašenju nezavisnosti Kosova.',
  'Financial Intelligence Unit of Kosovo':
    'Finansijsko-obavještajna jedinica Kosova',
  'Agency for Prevention of Corruption':
    'Agencija za sprječavanje korupcije',
  'Montenegro':
    'Crna Gora',
  'Financial Intelligence Unit (Police Administration)':
    'Finansijsko-obavještajna jedinica (Uprava policije)',
  'North Macedonia':
    'Sjeverna Makedonija',
  'Financial Intelligence Office':
    'Ured za finansijsko-obavještajne poslove',
  'State Commission for Prevention of Corruption':
    'Državna komisija za sprječavanje korupcije',
  'Serbia':
    'Srbija',
  'Administration for the Prevention of Money Laundering':
    'Uprava za sprječavanje pranja novca',
  'Complete a sectoral risk assessment of virtual asset service providers':
    'Izrada sektorske procjene rizika za pružaoce usluga virtuelne imovine',
  'Introduce risk-based supervision of casinos and games of chance':
    'Uvođenje nadzora kazina i igara na sreću zasnovanog na riziku',
  'Align the AML/CFT law with the EU Anti-Money Laundering Directive':
    'Usklađivanje zakona o SPN/FT s Direktivom EU o sprječavanju pranja novca',
  'Give the financial intelligence unit direct access to tax, cadastre and vehicle registers':
    'Omogućavanje direktnog pristupa finansijsko-obavještajne jedinice poreskim, katastarskim i registrima vozila',
  'Introduce online submission of suspicious transaction reports for all reporting entities':
    'Uvođenje elektronskog podnošenja prijava sumnjivih transakcija za sve obveznike',
  'Sign memoranda on information exchange with law-enforcement agencies':
    'Potpisivanje memoranduma o razmjeni informacija s agencijama za provođenje zakona',
  'Publish an annual report on the accuracy of beneficial ownership data':
    'Objavljivanje godišnjeg izvještaja o tačnosti podataka o stvarnom vlasništvu',
  'Require banks and notaries to report discrepancies to the register':
    'Uvođenje obaveze banaka i notara da registru prijavljuju neusklađenosti',
  'Introduce sanctions for failure to register or update beneficial ownership':
    'Uvođenje sankcija za neupisivanje ili neažuriranje podataka o stvarnom vlasništvu',
  'Amend the criminal code to cover self-laundering':
    'Izmjena krivičnog zakona radi obuhvatanja samopranja novca',
  'Issue prosecutorial guidelines on stand-alone money-laundering cases':
    'Izdavanje tužilačkih smjernica o samostalnim predmetima pranja novca',
  'Introduce an electronic case-management system linking police and prosecution':
    'Uvođenje elektronskog sistema za upravljanje predmetima koji povezuje policiju i tužilaštvo',
  'Introduce non-conviction-based confiscation':
    'Uvođenje oduzimanja imovine bez osuđujuće presude',
  'Train prosecutors on financial investigations for asset recovery':
    'Obuka tužilaca o finansijskim istragama radi povrata imovine',
  'Designate contact points in the regional asset recovery network':
    'Određivanje kontakt-tačaka u regionalnoj mreži za povrat imovine',
  'Introduce the social re-use of confiscated property':
    'Uvođenje društvene ponovne upotrebe oduzete imovine',
  'Adopt rules on conflict of interest in local government':
    'Donošenje pravila o sukobu interesa u lokalnoj samoupravi',
  'Introduce sanctions for false or incomplete asset declarations':
    'Uvođenje sankcija za lažne ili nepotpune imovinske kartone',
  'Introduce a lifestyle-check methodology for verification':
    'Uvođenje metodologije provjere životnog standarda za potrebe provjere imovinskih kartona',
  'Regulate gifts and post-employment restrictions for public officials':
    'Uređivanje poklona i ograničenja nakon prestanka funkcije za javne funkcionere',
  'Publish annual reports on verification results and sanctions':
    'Objavljivanje godišnjih izvještaja o rezultatima provjera i sankcijama',
  'Publish annual procurement monitoring reports':
    'Objavljivanje godišnjih izvještaja o praćenju javnih nabavki',
  'Make electronic procurement mandatory for all contracting authorities':
    'Uvođenje obaveznih elektronskih nabavki za sve ugovorne organe',
  'Introduce conflict-of-interest statements for tender evaluation committees':
    'Uvođenje izjava o sukobu interesa za komisije za ocjenu ponuda',
  'Require beneficial ownership declarations from bidders':
    'Uvođenje obaveze ponuđača da prijave stvarne vlasnike',
  'Introduce red-flag analysis of tenders to detect corruption risks':
    'Uvođenje analize indikatora upozorenja u tenderima radi otkrivanja koruptivnih rizika',
  'Train contracting authorities on integrity in procurement':
    'Obuka ugovornih organa o integritetu u javnim nabavkama',
  'Hold joint training with the region’s financial intelligence units':
    'Održavanje zajedničkih obuka s finansijsko-obavještajnim jedinicama iz regije',
  'Adopt a protocol on spontaneous information sharing with foreign prosecutors':
    'Usvajanje protokola o spontanoj razmjeni informacija sa stranim tužiocima',
  'Join the regional network of specialised anti-corruption prosecutors':
    'Pristupanje regionalnoj mreži specijaliziranih antikorupcijskih tužilaca',
  'Publish statistics on incoming and outgoing mutual legal assistance requests':
    'Objavljivanje statistike o dolaznim i odlaznim zahtjevima za međunarodnu pravnu pomoć',
  'Adopt an updated national money-laundering and terrorist-financing risk assessment':
    'Usvajanje ažurirane nacionalne procjene rizika od pranja novca i finansiranja terorizma',
  'Publish consolidated annual AML/CFT statistics':
    'Objavljivanje objedinjene godišnje statistike o SPN/FT',
  'Adopt an action plan addressing the findings of the national risk assessment':
    'Usvajanje akcionog plana za otklanjanje nalaza nacionalne procjene rizika',
  'Introduce electronic reporting of cash transactions above EUR 10,000':
    'Uvođenje elektronskog prijavljivanja gotovinskih transakcija iznad 10.000 EUR',
  'Increase the analytical staff of the financial intelligence unit':
    'Povećanje broja analitičara u finansijsko-obavještajnoj jedinici',
  'Issue typologies and red-flag guidance to reporting entities':
    'Izdavanje tipologija i smjernica o indikatorima upozorenja za obveznike',
  'Publish strategic analysis reports on money-laundering trends':
    'Objavljivanje izvještaja strateške analize o trendovima pranja novca',
  'Deploy a new case-management and analysis system at the financial intelligence unit':
    'Uvođenje novog sistema za upravljanje predmetima i analizu u finansijsko-obavještajnoj jedinici',
  'Register the beneficial owners of trusts and similar legal arrangements':
    'Upisivanje stvarnih vlasnika trustova i sličnih pravnih aranžmana',
  'Establish a central register of beneficial owners':
    'Uspostavljanje centralnog registra stvarnih vlasnika',
  'Give obliged entities electronic access to the beneficial ownership register':
    'Omogućavanje elektronskog pristupa obveznika registru stvarnih vlasnika',
  'Publish statistics on money-laundering indictments and convictions':
    'Objavljivanje statistike o optužnicama i osuđujućim presudama za pranje novca',
  'Train judges and prosecutors on proving money laundering from circumstantial evidence':
    'Obuka sudija i tužilaca o dokazivanju pranja novca na osnovu posrednih dokaza',
  'Establish a specialised financial investigations unit within the police':
    'Osnivanje specijalizirane jedinice za finansijske istrage u policiji',
  'Adopt a money-laundering investigation and prosecution strategy':
    'Usvajanje strategije istrage i krivičnog gonjenja pranja novca',
  'Set up a joint task force of prosecutors, police, tax and customs officials':
    'Formiranje zajedničke radne grupe tužilaca, policije, poreskih i carinskih službenika',
  'Adopt a law on extended confiscation':
    'Donošenje zakona o proširenom oduzimanju imovine',
  'Introduce interim management of seized companies':
    'Uvođenje privremenog upravljanja oduzetim privrednim društvima',
  'Establish a central register of seized and confiscated assets':
    'Uspostavljanje centralnog registra privremeno oduzete i oduzete imovine',
  'Publish annual statistics on frozen, seized and confiscated assets':
    'Objavljivanje godišnje statistike o zamrznutoj, privremeno oduzetoj i oduzetoj imovini',
  'Introduce risk-based verification of asset declarations':
    'Uvođenje provjere imovinskih kartona zasnovane na riziku',
  'Extend declaration duties to family members of senior officials':
    'Proširivanje obaveze prijavljivanja imovine na članove porodica visokih funkcionera',
  'Introduce electronic submission of asset declarations':
    'Uvođenje elektronskog podnošenja imovinskih kartona',
  'Publish all procurement contracts and amendments as open data':
    'Objavljivanje svih ugovora o nabavkama i njihovih izmjena kao otvorenih podataka',
  'Introduce electronic transmission of mutual legal assistance requests':
    'Uvođenje elektronskog dostavljanja zahtjeva za međunarodnu pravnu pomoć',
  'Sign agreements on joint investigation teams with neighbouring jurisdictions':
    'Potpisivanje sporazuma o zajedničkim istražnim timovima sa susjednim jurisdikcijama',
  'Second a liaison officer to the regional law-enforcement cooperation network':
    'Upućivanje oficira za vezu u regionalnu mrežu za saradnju organa za provođenje zakona',
  'Reduce the time to answer mutual legal assistance requests to 90 days':
    'Skraćivanje roka za odgovor na zahtjeve za međunarodnu pravnu pomoć na 90 dana',
  'Agree FIU-to-FIU information exchange memoranda across the region':
    'Zaključivanje memoranduma o razmjeni informacija između finansijsko-obavještajnih jedinica u regiji',
  'Introduce AML/CFT supervision of lawyers, notaries and accountants':
    'Uvođenje nadzora advokata, notara i računovođa u oblasti SPN/FT',
  'Adopt secondary legislation on due diligence for politically exposed persons':
    'Donošenje podzakonskih akata o dubinskoj analizi politički izloženih osoba',
  'Establish a standing AML/CFT coordination body chaired at ministerial level':
    'Osnivanje stalnog koordinacionog tijela za SPN/FT kojim predsjedava ministar',
  'Agree feedback procedures on disseminations with the prosecution service':
    'Dogovaranje postupaka povratne informacije o proslijeđenim predmetima s tužilaštvom',
  'Train real-estate and construction businesses on suspicious transaction reporting':
    'Obuka subjekata u oblasti nekretnina i građevinarstva o prijavljivanju sumnjivih transakcija',
  'Connect the beneficial ownership register to the business register':
    'Povezivanje registra stvarnih vlasnika s registrom poslovnih subjekata',
  'Introduce verification of beneficial ownership information at registration':
    'Uvođenje provjere podataka o stvarnom vlasništvu pri registraciji',
  'Strike off inactive companies that have not filed beneficial ownership information':
    'Brisanje neaktivnih društava koja nisu dostavila podatke o stvarnom vlasništvu',
  'Make parallel financial investigations mandatory in organised crime and corruption cases':
    'Uvođenje obaveznih paralelnih finansijskih istraga u predmetima organiziranog kriminala i korupcije',
  'Establish an asset recovery office':
    'Osnivanje ureda za povrat imovine',
  'Adopt rules on the management and sale of seized assets':
    'Donošenje pravila o upravljanju privremeno oduzetom imovinom i njenoj prodaji',
  'Publish the asset declarations of senior officials online':
    'Objavljivanje imovinskih kartona visokih funkcionera na internetu',
  'Give the anti-corruption agency access to bank, tax and property registers':
    'Omogućavanje pristupa antikorupcijske agencije bankovnim, poreskim i imovinskim registrima',
  'Restrict negotiated procedures without prior publication':
    'Ograničavanje pregovaračkih postupaka bez prethodne objave',
  'Establish an independent review body for procurement complaints':
    'Osnivanje nezavisnog tijela za razmatranje žalbi u javnim nabavkama',
  'Designate a central authority for mutual legal assistance requests':
    'Određivanje centralnog organa za zahtjeve za međunarodnu pravnu pomoć',
  'Remove bearer shares and nominee arrangements from company law':
    'Ukidanje dionica na donosioca i nominalnih aranžmana u zakonu o privrednim društvima',
  'Complete a risk assessment of the non-profit sector for terrorist-financing abuse':
    'Izrada procjene rizika od zloupotrebe neprofitnog sektora za finansiranje terorizma',
  'Adopt a new public procurement law aligned with the EU directives':
    'Donošenje novog zakona o javnim nabavkama usklađenog s direktivama EU',
  'Under the AML/CFT framework and risk understanding pillar (FATF R.1, IO.1), the General Directorate for the Prevention of Money Laundering committed to introduce risk-based supervision of casinos and games of chance by 31 December 2024. It follows from the national risk assessment and from the recommendations of the last MONEYVAL evaluation. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Okvir za sprječavanje pranja novca i finansiranja terorizma i razumijevanje rizika“ (FATF R.1, IO.1) utvrđena je obaveza: uvođenje nadzora kazina i igara na sreću zasnovanog na riziku, s rokom do 31. decembra 2024. godine. Odgovorna institucija: Generalna direkcija za sprječavanje pranja novca. Proizlazi iz nacionalne procjene rizika i iz preporuka posljednje evaluacije MONEYVAL-a. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the AML/CFT framework and risk understanding pillar (FATF R.1, IO.1), the General Directorate for the Prevention of Money Laundering committed to align the AML/CFT law with the EU Anti-Money Laundering Directive by 30 June 2021. It follows from the national risk assessment and from the recommendations of the last MONEYVAL evaluation. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Okvir za sprječavanje pranja novca i finansiranja terorizma i razumijevanje rizika“ (FATF R.1, IO.1) utvrđena je obaveza: usklađivanje zakona o SPN/FT s Direktivom EU o sprječavanju pranja novca, s rokom do 30. juna 2021. godine. Odgovorna institucija: Generalna direkcija za sprječavanje pranja novca. Proizlazi iz nacionalne procjene rizika i iz preporuka posljednje evaluacije MONEYVAL-a. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Financial intelligence pillar (FATF IO.6), the General Directorate for the Prevention of Money Laundering committed to give the financial intelligence unit direct access to tax, cadastre and vehicle registers by 31 March 2022. It aims to raise the quality of suspicious transaction reports and the share of disseminations that lead to investigations. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Finansijsko-obavještajni rad“ (FATF IO.6) utvrđena je obaveza: omogućavanje direktnog pristupa finansijsko-obavještajne jedinice poreskim, katastarskim i registrima vozila, s rokom do 31. marta 2022. godine. Odgovorna institucija: Generalna direkcija za sprječavanje pranja novca. Cilj je podići kvalitet prijava sumnjivih transakcija i udio proslijeđenih predmeta koji dovode do istraga. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Financial intelligence pillar (FATF IO.6), the General Directorate for the Prevention of Money Laundering committed to introduce online submission of suspicious transaction reports for all reporting entities by 30 September 2020. It aims to raise the quality of suspicious transaction reports and the share of disseminations that lead to investigations. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Finansijsko-obavještajni rad“ (FATF IO.6) utvrđena je obaveza: uvođenje elektronskog podnošenja prijava sumnjivih transakcija za sve obveznike, s rokom do 30. septembra 2020. godine. Odgovorna institucija: Generalna direkcija za sprječavanje pranja novca. Cilj je podići kvalitet prijava sumnjivih transakcija i udio proslijeđenih predmeta koji dovode do istraga. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Financial intelligence pillar (FATF IO.6), the General Directorate for the Prevention of Money Laundering committed to sign memoranda on information exchange with law-enforcement agencies by 31 December 2020. It aims to raise the quality of suspicious transaction reports and the share of disseminations that lead to investigations. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Finansijsko-obavještajni rad“ (FATF IO.6) utvrđena je obaveza: potpisivanje memoranduma o razmjeni informacija s agencijama za provođenje zakona, s rokom do 31. decembra 2020. godine. Odgovorna institucija: Generalna direkcija za sprječavanje pranja novca. Cilj je podići kvalitet prijava sumnjivih transakcija i udio proslijeđenih predmeta koji dovode do istraga. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Beneficial ownership transparency pillar (FATF IO.5), the Business registry committed to publish an annual report on the accuracy of beneficial ownership data by 30 June 2020. Accurate and timely beneficial ownership information lets investigators see who is behind companies used to move illicit funds. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Transparentnost stvarnog vlasništva“ (FATF IO.5) utvrđena je obaveza: objavljivanje godišnjeg izvještaja o tačnosti podataka o stvarnom vlasništvu, s rokom do 30. juna 2020. godine. Odgovorna institucija: Registar poslovnih subjekata. Tačni i blagovremeni podaci o stvarnom vlasništvu omogućavaju istražiteljima da vide ko stoji iza društava koja se koriste za prenos nezakonitih sredstava. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Beneficial ownership transparency pillar (FATF IO.5), the Ministry of Finance committed to require banks and notaries to report discrepancies to the register by 31 December 2024. Accurate and timely beneficial ownership information lets investigators see who is behind companies used to move illicit funds. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Transparentnost stvarnog vlasništva“ (FATF IO.5) utvrđena je obaveza: uvođenje obaveze banaka i notara da registru prijavljuju neusklađenosti, s rokom do 31. decembra 2024. godine. Odgovorna institucija: Ministarstvo finansija. Tačni i blagovremeni podaci o stvarnom vlasništvu omogućavaju istražiteljima da vide ko stoji iza društava koja se koriste za prenos nezakonitih sredstava. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Beneficial ownership transparency pillar (FATF IO.5), the Business registry committed to introduce sanctions for failure to register or update beneficial ownership by 31 March 2024. Accurate and timely beneficial ownership information lets investigators see who is behind companies used to move illicit funds. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Transparentnost stvarnog vlasništva“ (FATF IO.5) utvrđena je obaveza: uvođenje sankcija za neupisivanje ili neažuriranje podataka o stvarnom vlasništvu, s rokom do 31. marta 2024. godine. Odgovorna institucija: Registar poslovnih subjekata. Tačni i blagovremeni podaci o stvarnom vlasništvu omogućavaju istražiteljima da vide ko stoji iza društava koja se koriste za prenos nezakonitih sredstava. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Money-laundering investigation and prosecution pillar (FATF IO.7), the Police economic crime unit committed to amend the criminal code to cover self-laundering by 31 March 2022. It aims to move from predicate-offence cases to stand-alone money-laundering prosecutions ending in final convictions. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Istraga i krivično gonjenje pranja novca“ (FATF IO.7) utvrđena je obaveza: izmjena krivičnog zakona radi obuhvatanja samopranja novca, s rokom do 31. marta 2022. godine. Odgovorna institucija: Policijska jedinica za privredni kriminal. Cilj je prijeći s predmeta predikatnih krivičnih djela na samostalno krivično gonjenje pranja novca koje završava pravosnažnim osuđujućim presudama. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Money-laundering investigation and prosecution pillar (FATF IO.7), the Special Anti-Corruption Structure (SPAK) committed to issue prosecutorial guidelines on stand-alone money-laundering cases by 30 June 2023. It aims to move from predicate-offence cases to stand-alone money-laundering prosecutions ending in final convictions. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Istraga i krivično gonjenje pranja novca“ (FATF IO.7) utvrđena je obaveza: izdavanje tužilačkih smjernica o samostalnim predmetima pranja novca, s rokom do 30. juna 2023. godine. Odgovorna institucija: Specijalna struktura za borbu protiv korupcije (SPAK). Cilj je prijeći s predmeta predikatnih krivičnih djela na samostalno krivično gonjenje pranja novca koje završava pravosnažnim osuđujućim presudama. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Money-laundering investigation and prosecution pillar (FATF IO.7), the State Prosecutor’s Office committed to introduce an electronic case-management system linking police and prosecution by 31 December 2023. It aims to move from predicate-offence cases to stand-alone money-laundering prosecutions ending in final convictions. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Istraga i krivično gonjenje pranja novca“ (FATF IO.7) utvrđena je obaveza: uvođenje elektronskog sistema za upravljanje predmetima koji povezuje policiju i tužilaštvo, s rokom do 31. decembra 2023. godine. Odgovorna institucija: Državno tužilaštvo. Cilj je prijeći s predmeta predikatnih krivičnih djela na samostalno krivično gonjenje pranja novca koje završava pravosnažnim osuđujućim presudama. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Asset recovery pillar (FATF IO.8), the State Prosecutor’s Office committed to introduce non-conviction-based confiscation by 30 September 2023. It aims to ensure that crime does not pay: proceeds are traced early, frozen quickly and confiscated after a final judgment. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Povrat imovine“ (FATF IO.8) utvrđena je obaveza: uvođenje oduzimanja imovine bez osuđujuće presude, s rokom do 30. septembra 2023. godine. Odgovorna institucija: Državno tužilaštvo. Cilj je osigurati da se kriminal ne isplati: imovinska korist se rano otkriva, brzo zamrzava i oduzima nakon pravosnažne presude. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Asset recovery pillar (FATF IO.8), the Asset management office committed to train prosecutors on financial investigations for asset recovery by 30 September 2026. It aims to ensure that crime does not pay: proceeds are traced early, frozen quickly and confiscated after a final judgment. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Povrat imovine“ (FATF IO.8) utvrđena je obaveza: obuka tužilaca o finansijskim istragama radi povrata imovine, s rokom do 30. septembra 2026. godine. Odgovorna institucija: Ured za upravljanje oduzetom imovinom. Cilj je osigurati da se kriminal ne isplati: imovinska korist se rano otkriva, brzo zamrzava i oduzima nakon pravosnažne presude. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Asset recovery pillar (FATF IO.8), the Asset management office committed to designate contact points in the regional asset recovery network by 30 September 2020. It aims to ensure that crime does not pay: proceeds are traced early, frozen quickly and confiscated after a final judgment. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Povrat imovine“ (FATF IO.8) utvrđena je obaveza: određivanje kontakt-tačaka u regionalnoj mreži za povrat imovine, s rokom do 30. septembra 2020. godine. Odgovorna institucija: Ured za upravljanje oduzetom imovinom. Cilj je osigurati da se kriminal ne isplati: imovinska korist se rano otkriva, brzo zamrzava i oduzima nakon pravosnažne presude. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Asset recovery pillar (FATF IO.8), the State Prosecutor’s Office committed to introduce the social re-use of confiscated property by 30 June 2024. It aims to ensure that crime does not pay: proceeds are traced early, frozen quickly and confiscated after a final judgment. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Povrat imovine“ (FATF IO.8) utvrđena je obaveza: uvođenje društvene ponovne upotrebe oduzete imovine, s rokom do 30. juna 2024. godine. Odgovorna institucija: Državno tužilaštvo. Cilj je osigurati da se kriminal ne isplati: imovinska korist se rano otkriva, brzo zamrzava i oduzima nakon pravosnažne presude. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Asset declarations and conflict of interest pillar (ACIF goal 2), the High Inspectorate of Declaration and Audit of Assets and Conflict of Interest committed to adopt rules on conflict of interest in local government by 31 December 2024. It supports ACIF goal 2: credible asset-declaration and conflict-of-interest systems with real verification. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Imovinski kartoni i sukob interesa“ (ACIF, cilj 2) utvrđena je obaveza: donošenje pravila o sukobu interesa u lokalnoj samoupravi, s rokom do 31. decembra 2024. godine. Odgovorna institucija: Visoki inspektorat za prijavu i provjeru imovine i sukob interesa. Podržava cilj 2 ACIF-a: vjerodostojne sisteme imovinskih kartona i sukoba interesa sa stvarnom provjerom. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Asset declarations and conflict of interest pillar (ACIF goal 2), the High Inspectorate of Declaration and Audit of Assets and Conflict of Interest committed to introduce sanctions for false or incomplete asset declarations by 30 June 2022. It supports ACIF goal 2: credible asset-declaration and conflict-of-interest systems with real verification. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Imovinski kartoni i sukob interesa“ (ACIF, cilj 2) utvrđena je obaveza: uvođenje sankcija za lažne ili nepotpune imovinske kartone, s rokom do 30. juna 2022. godine. Odgovorna institucija: Visoki inspektorat za prijavu i provjeru imovine i sukob interesa. Podržava cilj 2 ACIF-a: vjerodostojne sisteme imovinskih kartona i sukoba interesa sa stvarnom provjerom. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Asset declarations and conflict of interest pillar (ACIF goal 2), the High Inspectorate of Declaration and Audit of Assets and Conflict of Interest committed to introduce a lifestyle-check methodology for verification by 31 December 2022. It supports ACIF goal 2: credible asset-declaration and conflict-of-interest systems with real verification. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Imovinski kartoni i sukob interesa“ (ACIF, cilj 2) utvrđena je obaveza: uvođenje metodologije provjere životnog standarda za potrebe provjere imovinskih kartona, s rokom do 31. decembra 2022. godine. Odgovorna institucija: Visoki inspektorat za prijavu i provjeru imovine i sukob interesa. Podržava cilj 2 ACIF-a: vjerodostojne sisteme imovinskih kartona i sukoba interesa sa stvarnom provjerom. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Asset declarations and conflict of interest pillar (ACIF goal 2), the High Inspectorate of Declaration and Audit of Assets and Conflict of Interest committed to regulate gifts and post-employment restrictions for public officials by 31 December 2022. It supports ACIF goal 2: credible asset-declaration and conflict-of-interest systems with real verification. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Imovinski kartoni i sukob interesa“ (ACIF, cilj 2) utvrđena je obaveza: uređivanje poklona i ograničenja nakon prestanka funkcije za javne funkcionere, s rokom do 31. decembra 2022. godine. Odgovorna institucija: Visoki inspektorat za prijavu i provjeru imovine i sukob interesa. Podržava cilj 2 ACIF-a: vjerodostojne sisteme imovinskih kartona i sukoba interesa sa stvarnom provjerom. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Asset declarations and conflict of interest pillar (ACIF goal 2), the High Inspectorate of Declaration and Audit of Assets and Conflict of Interest committed to publish annual reports on verification results and sanctions by 30 June 2025. It supports ACIF goal 2: credible asset-declaration and conflict-of-interest systems with real verification. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Imovinski kartoni i sukob interesa“ (ACIF, cilj 2) utvrđena je obaveza: objavljivanje godišnjih izvještaja o rezultatima provjera i sankcijama, s rokom do 30. juna 2025. godine. Odgovorna institucija: Visoki inspektorat za prijavu i provjeru imovine i sukob interesa. Podržava cilj 2 ACIF-a: vjerodostojne sisteme imovinskih kartona i sukoba interesa sa stvarnom provjerom. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Public procurement integrity pillar (ACIF goal 1), the Special Anti-Corruption Structure (SPAK) committed to publish annual procurement monitoring reports by 30 June 2022. It supports ACIF goal 1: reducing corruption risks in public procurement through openness and competition. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Integritet javnih nabavki“ (ACIF, cilj 1) utvrđena je obaveza: objavljivanje godišnjih izvještaja o praćenju javnih nabavki, s rokom do 30. juna 2022. godine. Odgovorna institucija: Specijalna struktura za borbu protiv korupcije (SPAK). Podržava cilj 1 ACIF-a: smanjenje koruptivnih rizika u javnim nabavkama kroz otvorenost i konkurenciju. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Public procurement integrity pillar (ACIF goal 1), the Public procurement agency committed to make electronic procurement mandatory for all contracting authorities by 31 March 2024. It supports ACIF goal 1: reducing corruption risks in public procurement through openness and competition. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Integritet javnih nabavki“ (ACIF, cilj 1) utvrđena je obaveza: uvođenje obaveznih elektronskih nabavki za sve ugovorne organe, s rokom do 31. marta 2024. godine. Odgovorna institucija: Agencija za javne nabavke. Podržava cilj 1 ACIF-a: smanjenje koruptivnih rizika u javnim nabavkama kroz otvorenost i konkurenciju. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Public procurement integrity pillar (ACIF goal 1), the Public procurement agency committed to introduce conflict-of-interest statements for tender evaluation committees by 31 December 2025. It supports ACIF goal 1: reducing corruption risks in public procurement through openness and competition. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Integritet javnih nabavki“ (ACIF, cilj 1) utvrđena je obaveza: uvođenje izjava o sukobu interesa za komisije za ocjenu ponuda, s rokom do 31. decembra 2025. godine. Odgovorna institucija: Agencija za javne nabavke. Podržava cilj 1 ACIF-a: smanjenje koruptivnih rizika u javnim nabavkama kroz otvorenost i konkurenciju. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Public procurement integrity pillar (ACIF goal 1), the Special Anti-Corruption Structure (SPAK) committed to require beneficial ownership declarations from bidders by 31 March 2024. It supports ACIF goal 1: reducing corruption risks in public procurement through openness and competition. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Integritet javnih nabavki“ (ACIF, cilj 1) utvrđena je obaveza: uvođenje obaveze ponuđača da prijave stvarne vlasnike, s rokom do 31. marta 2024. godine. Odgovorna institucija: Specijalna struktura za borbu protiv korupcije (SPAK). Podržava cilj 1 ACIF-a: smanjenje koruptivnih rizika u javnim nabavkama kroz otvorenost i konkurenciju. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Public procurement integrity pillar (ACIF goal 1), the Special Anti-Corruption Structure (SPAK) committed to introduce red-flag analysis of tenders to detect corruption risks by 31 March 2026. It supports ACIF goal 1: reducing corruption risks in public procurement through openness and competition. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Integritet javnih nabavki“ (ACIF, cilj 1) utvrđena je obaveza: uvođenje analize indikatora upozorenja u tenderima radi otkrivanja koruptivnih rizika, s rokom do 31. marta 2026. godine. Odgovorna institucija: Specijalna struktura za borbu protiv korupcije (SPAK). Podržava cilj 1 ACIF-a: smanjenje koruptivnih rizika u javnim nabavkama kroz otvorenost i konkurenciju. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Public procurement integrity pillar (ACIF goal 1), the Public procurement agency committed to train contracting authorities on integrity in procurement by 30 June 2025. It supports ACIF goal 1: reducing corruption risks in public procurement through openness and competition. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Integritet javnih nabavki“ (ACIF, cilj 1) utvrđena je obaveza: obuka ugovornih organa o integritetu u javnim nabavkama, s rokom do 30. juna 2025. godine. Odgovorna institucija: Agencija za javne nabavke. Podržava cilj 1 ACIF-a: smanjenje koruptivnih rizika u javnim nabavkama kroz otvorenost i konkurenciju. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Regional and international cooperation pillar (FATF IO.2, ACIF goal 3), the General Directorate for the Prevention of Money Laundering committed to hold joint training with the region’s financial intelligence units by 31 March 2026. It supports ACIF goal 3: a regional network of specialised prosecutors, law-enforcement agencies and FIUs. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Regionalna i međunarodna saradnja“ (FATF IO.2, ACIF, cilj 3) utvrđena je obaveza: održavanje zajedničkih obuka s finansijsko-obavještajnim jedinicama iz regije, s rokom do 31. marta 2026. godine. Odgovorna institucija: Generalna direkcija za sprječavanje pranja novca. Podržava cilj 3 ACIF-a: regionalnu mrežu specijaliziranih tužilaca, agencija za provođenje zakona i finansijsko-obavještajnih jedinica. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Regional and international cooperation pillar (FATF IO.2, ACIF goal 3), the Police economic crime unit committed to adopt a protocol on spontaneous information sharing with foreign prosecutors by 31 December 2021. It supports ACIF goal 3: a regional network of specialised prosecutors, law-enforcement agencies and FIUs. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Regionalna i međunarodna saradnja“ (FATF IO.2, ACIF, cilj 3) utvrđena je obaveza: usvajanje protokola o spontanoj razmjeni informacija sa stranim tužiocima, s rokom do 31. decembra 2021. godine. Odgovorna institucija: Policijska jedinica za privredni kriminal. Podržava cilj 3 ACIF-a: regionalnu mrežu specijaliziranih tužilaca, agencija za provođenje zakona i finansijsko-obavještajnih jedinica. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Regional and international cooperation pillar (FATF IO.2, ACIF goal 3), the State Prosecutor’s Office committed to join the regional network of specialised anti-corruption prosecutors by 30 June 2020. It supports ACIF goal 3: a regional network of specialised prosecutors, law-enforcement agencies and FIUs. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Regionalna i međunarodna saradnja“ (FATF IO.2, ACIF, cilj 3) utvrđena je obaveza: pristupanje regionalnoj mreži specijaliziranih antikorupcijskih tužilaca, s rokom do 30. juna 2020. godine. Odgovorna institucija: Državno tužilaštvo. Podržava cilj 3 ACIF-a: regionalnu mrežu specijaliziranih tužilaca, agencija za provođenje zakona i finansijsko-obavještajnih jedinica. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Regional and international cooperation pillar (FATF IO.2, ACIF goal 3), the State Prosecutor’s Office committed to publish statistics on incoming and outgoing mutual legal assistance requests by 31 March 2025. It supports ACIF goal 3: a regional network of specialised prosecutors, law-enforcement agencies and FIUs. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Regionalna i međunarodna saradnja“ (FATF IO.2, ACIF, cilj 3) utvrđena je obaveza: objavljivanje statistike o dolaznim i odlaznim zahtjevima za međunarodnu pravnu pomoć, s rokom do 31. marta 2025. godine. Odgovorna institucija: Državno tužilaštvo. Podržava cilj 3 ACIF-a: regionalnu mrežu specijaliziranih tužilaca, agencija za provođenje zakona i finansijsko-obavještajnih jedinica. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the AML/CFT framework and risk understanding pillar (FATF R.1, IO.1), the Ministry of Finance committed to adopt an updated national money-laundering and terrorist-financing risk assessment by 30 September 2022. It follows from the national risk assessment and from the recommendations of the last MONEYVAL evaluation. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Okvir za sprječavanje pranja novca i finansiranja terorizma i razumijevanje rizika“ (FATF R.1, IO.1) utvrđena je obaveza: usvajanje ažurirane nacionalne procjene rizika od pranja novca i finansiranja terorizma, s rokom do 30. septembra 2022. godine. Odgovorna institucija: Ministarstvo finansija. Proizlazi iz nacionalne procjene rizika i iz preporuka posljednje evaluacije MONEYVAL-a. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the AML/CFT framework and risk understanding pillar (FATF R.1, IO.1), the Ministry of Finance committed to introduce risk-based supervision of casinos and games of chance by 30 September 2022. It follows from the national risk assessment and from the recommendations of the last MONEYVAL evaluation. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Okvir za sprječavanje pranja novca i finansiranja terorizma i razumijevanje rizika“ (FATF R.1, IO.1) utvrđena je obaveza: uvođenje nadzora kazina i igara na sreću zasnovanog na riziku, s rokom do 30. septembra 2022. godine. Odgovorna institucija: Ministarstvo finansija. Proizlazi iz nacionalne procjene rizika i iz preporuka posljednje evaluacije MONEYVAL-a. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the AML/CFT framework and risk understanding pillar (FATF R.1, IO.1), the Financial Intelligence Department of SIPA committed to publish consolidated annual AML/CFT statistics by 31 December 2026. It follows from the national risk assessment and from the recommendations of the last MONEYVAL evaluation. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Okvir za sprječavanje pranja novca i finansiranja terorizma i razumijevanje rizika“ (FATF R.1, IO.1) utvrđena je obaveza: objavljivanje objedinjene godišnje statistike o SPN/FT, s rokom do 31. decembra 2026. godine. Odgovorna institucija: Finansijsko-obavještajno odjeljenje SIPA-e. Proizlazi iz nacionalne procjene rizika i iz preporuka posljednje evaluacije MONEYVAL-a. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the AML/CFT framework and risk understanding pillar (FATF R.1, IO.1), the Ministry of Finance committed to complete a sectoral risk assessment of virtual asset service providers by 31 December 2020. It follows from the national risk assessment and from the recommendations of the last MONEYVAL evaluation. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Okvir za sprječavanje pranja novca i finansiranja terorizma i razumijevanje rizika“ (FATF R.1, IO.1) utvrđena je obaveza: izrada sektorske procjene rizika za pružaoce usluga virtuelne imovine, s rokom do 31. decembra 2020. godine. Odgovorna institucija: Ministarstvo finansija. Proizlazi iz nacionalne procjene rizika i iz preporuka posljednje evaluacije MONEYVAL-a. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the AML/CFT framework and risk understanding pillar (FATF R.1, IO.1), the Financial Intelligence Department of SIPA committed to adopt an action plan addressing the findings of the national risk assessment by 30 June 2022. It follows from the national risk assessment and from the recommendations of the last MONEYVAL evaluation. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Okvir za sprječavanje pranja novca i finansiranja terorizma i razumijevanje rizika“ (FATF R.1, IO.1) utvrđena je obaveza: usvajanje akcionog plana za otklanjanje nalaza nacionalne procjene rizika, s rokom do 30. juna 2022. godine. Odgovorna institucija: Finansijsko-obavještajno odjeljenje SIPA-e. Proizlazi iz nacionalne procjene rizika i iz preporuka posljednje evaluacije MONEYVAL-a. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the AML/CFT framework and risk understanding pillar (FATF R.1, IO.1), the Ministry of Finance committed to align the AML/CFT law with the EU Anti-Money Laundering Directive by 31 December 2024. It follows from the national risk assessment and from the recommendations of the last MONEYVAL evaluation. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Okvir za sprječavanje pranja novca i finansiranja terorizma i razumijevanje rizika“ (FATF R.1, IO.1) utvrđena je obaveza: usklađivanje zakona o SPN/FT s Direktivom EU o sprječavanju pranja novca, s rokom do 31. decembra 2024. godine. Odgovorna institucija: Ministarstvo finansija. Proizlazi iz nacionalne procjene rizika i iz preporuka posljednje evaluacije MONEYVAL-a. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Financial intelligence pillar (FATF IO.6), the Financial Intelligence Department of SIPA committed to sign memoranda on information exchange with law-enforcement agencies by 30 September 2024. It aims to raise the quality of suspicious transaction reports and the share of disseminations that lead to investigations. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Finansijsko-obavještajni rad“ (FATF IO.6) utvrđena je obaveza: potpisivanje memoranduma o razmjeni informacija s agencijama za provođenje zakona, s rokom do 30. septembra 2024. godine. Odgovorna institucija: Finansijsko-obavještajno odjeljenje SIPA-e. Cilj je podići kvalitet prijava sumnjivih transakcija i udio proslijeđenih predmeta koji dovode do istraga. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Financial intelligence pillar (FATF IO.6), the Financial Intelligence Department of SIPA committed to introduce electronic reporting of cash transactions above EUR 10,000 by 30 September 2022. It aims to raise the quality of suspicious transaction reports and the share of disseminations that lead to investigations. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Finansijsko-obavještajni rad“ (FATF IO.6) utvrđena je obaveza: uvođenje elektronskog prijavljivanja gotovinskih transakcija iznad 10.000 EUR, s rokom do 30. septembra 2022. godine. Odgovorna institucija: Finansijsko-obavještajno odjeljenje SIPA-e. Cilj je podići kvalitet prijava sumnjivih transakcija i udio proslijeđenih predmeta koji dovode do istraga. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Financial intelligence pillar (FATF IO.6), the Financial Intelligence Department of SIPA committed to increase the analytical staff of the financial intelligence unit by 31 December 2020. It aims to raise the quality of suspicious transaction reports and the share of disseminations that lead to investigations. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Finansijsko-obavještajni rad“ (FATF IO.6) utvrđena je obaveza: povećanje broja analitičara u finansijsko-obavještajnoj jedinici, s rokom do 31. decembra 2020. godine. Odgovorna institucija: Finansijsko-obavještajno odjeljenje SIPA-e. Cilj je podići kvalitet prijava sumnjivih transakcija i udio proslijeđenih predmeta koji dovode do istraga. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Financial intelligence pillar (FATF IO.6), the Financial Intelligence Department of SIPA committed to issue typologies and red-flag guidance to reporting entities by 31 December 2024. It aims to raise the quality of suspicious transaction reports and the share of disseminations that lead to investigations. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Finansijsko-obavještajni rad“ (FATF IO.6) utvrđena je obaveza: izdavanje tipologija i smjernica o indikatorima upozorenja za obveznike, s rokom do 31. decembra 2024. godine. Odgovorna institucija: Finansijsko-obavještajno odjeljenje SIPA-e. Cilj je podići kvalitet prijava sumnjivih transakcija i udio proslijeđenih predmeta koji dovode do istraga. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Financial intelligence pillar (FATF IO.6), the Financial Intelligence Department of SIPA committed to publish strategic analysis reports on money-laundering trends by 30 September 2022. It aims to raise the quality of suspicious transaction reports and the share of disseminations that lead to investigations. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Finansijsko-obavještajni rad“ (FATF IO.6) utvrđena je obaveza: objavljivanje izvještaja strateške analize o trendovima pranja novca, s rokom do 30. septembra 2022. godine. Odgovorna institucija: Finansijsko-obavještajno odjeljenje SIPA-e. Cilj je podići kvalitet prijava sumnjivih transakcija i udio proslijeđenih predmeta koji dovode do istraga. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Financial intelligence pillar (FATF IO.6), the Financial Intelligence Department of SIPA committed to deploy a new case-management and analysis system at the financial intelligence unit by 30 September 2022. It aims to raise the quality of suspicious transaction reports and the share of disseminations that lead to investigations. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Finansijsko-obavještajni rad“ (FATF IO.6) utvrđena je obaveza: uvođenje novog sistema za upravljanje predmetima i analizu u finansijsko-obavještajnoj jedinici, s rokom do 30. septembra 2022. godine. Odgovorna institucija: Finansijsko-obavještajno odjeljenje SIPA-e. Cilj je podići kvalitet prijava sumnjivih transakcija i udio proslijeđenih predmeta koji dovode do istraga. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Beneficial ownership transparency pillar (FATF IO.5), the Ministry of Finance committed to publish an annual report on the accuracy of beneficial ownership data by 31 March 2025. Accurate and timely beneficial ownership information lets investigators see who is behind companies used to move illicit funds. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Transparentnost stvarnog vlasništva“ (FATF IO.5) utvrđena je obaveza: objavljivanje godišnjeg izvještaja o tačnosti podataka o stvarnom vlasništvu, s rokom do 31. marta 2025. godine. Odgovorna institucija: Ministarstvo finansija. Tačni i blagovremeni podaci o stvarnom vlasništvu omogućavaju istražiteljima da vide ko stoji iza društava koja se koriste za prenos nezakonitih sredstava. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Beneficial ownership transparency pillar (FATF IO.5), the Business registry committed to register the beneficial owners of trusts and similar legal arrangements by 31 December 2023. Accurate and timely beneficial ownership information lets investigators see who is behind companies used to move illicit funds. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Transparentnost stvarnog vlasništva“ (FATF IO.5) utvrđena je obaveza: upisivanje stvarnih vlasnika trustova i sličnih pravnih aranžmana, s rokom do 31. decembra 2023. godine. Odgovorna institucija: Registar poslovnih subjekata. Tačni i blagovremeni podaci o stvarnom vlasništvu omogućavaju istražiteljima da vide ko stoji iza društava koja se koriste za prenos nezakonitih sredstava. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Beneficial ownership transparency pillar (FATF IO.5), the Business registry committed to establish a central register of beneficial owners by 30 June 2020. Accurate and timely beneficial ownership information lets investigators see who is behind companies used to move illicit funds. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Transparentnost stvarnog vlasništva“ (FATF IO.5) utvrđena je obaveza: uspostavljanje centralnog registra stvarnih vlasnika, s rokom do 30. juna 2020. godine. Odgovorna institucija: Registar poslovnih subjekata. Tačni i blagovremeni podaci o stvarnom vlasništvu omogućavaju istražiteljima da vide ko stoji iza društava koja se koriste za prenos nezakonitih sredstava. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Beneficial ownership transparency pillar (FATF IO.5), the Business registry committed to give obliged entities electronic access to the beneficial ownership register by 31 March 2022. Accurate and timely beneficial ownership information lets investigators see who is behind companies used to move illicit funds. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Transparentnost stvarnog vlasništva“ (FATF IO.5) utvrđena je obaveza: omogućavanje elektronskog pristupa obveznika registru stvarnih vlasnika, s rokom do 31. marta 2022. godine. Odgovorna institucija: Registar poslovnih subjekata. Tačni i blagovremeni podaci o stvarnom vlasništvu omogućavaju istražiteljima da vide ko stoji iza društava koja se koriste za prenos nezakonitih sredstava. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Money-laundering investigation and prosecution pillar (FATF IO.7), the Ministry of Justice committed to publish statistics on money-laundering indictments and convictions by 31 March 2024. It aims to move from predicate-offence cases to stand-alone money-laundering prosecutions ending in final convictions. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Istraga i krivično gonjenje pranja novca“ (FATF IO.7) utvrđena je obaveza: objavljivanje statistike o optužnicama i osuđujućim presudama za pranje novca, s rokom do 31. marta 2024. godine. Odgovorna institucija: Ministarstvo pravde. Cilj je prijeći s predmeta predikatnih krivičnih djela na samostalno krivično gonjenje pranja novca koje završava pravosnažnim osuđujućim presudama. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Money-laundering investigation and prosecution pillar (FATF IO.7), the Judicial council committed to introduce an electronic case-management system linking police and prosecution by 30 September 2022. It aims to move from predicate-offence cases to stand-alone money-laundering prosecutions ending in final convictions. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Istraga i krivično gonjenje pranja novca“ (FATF IO.7) utvrđena je obaveza: uvođenje elektronskog sistema za upravljanje predmetima koji povezuje policiju i tužilaštvo, s rokom do 30. septembra 2022. godine. Odgovorna institucija: Sudsko vijeće. Cilj je prijeći s predmeta predikatnih krivičnih djela na samostalno krivično gonjenje pranja novca koje završava pravosnažnim osuđujućim presudama. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Money-laundering investigation and prosecution pillar (FATF IO.7), the Ministry of Justice committed to train judges and prosecutors on proving money laundering from circumstantial evidence by 31 December 2024. It aims to move from predicate-offence cases to stand-alone money-laundering prosecutions ending in final convictions. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Istraga i krivično gonjenje pranja novca“ (FATF IO.7) utvrđena je obaveza: obuka sudija i tužilaca o dokazivanju pranja novca na osnovu posrednih dokaza, s rokom do 31. decembra 2024. godine. Odgovorna institucija: Ministarstvo pravde. Cilj je prijeći s predmeta predikatnih krivičnih djela na samostalno krivično gonjenje pranja novca koje završava pravosnažnim osuđujućim presudama. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Money-laundering investigation and prosecution pillar (FATF IO.7), the Ministry of Justice committed to establish a specialised financial investigations unit within the police by 30 September 2020. It aims to move from predicate-offence cases to stand-alone money-laundering prosecutions ending in final convictions. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Istraga i krivično gonjenje pranja novca“ (FATF IO.7) utvrđena je obaveza: osnivanje specijalizirane jedinice za finansijske istrage u policiji, s rokom do 30. septembra 2020. godine. Odgovorna institucija: Ministarstvo pravde. Cilj je prijeći s predmeta predikatnih krivičnih djela na samostalno krivično gonjenje pranja novca koje završava pravosnažnim osuđujućim presudama. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Money-laundering investigation and prosecution pillar (FATF IO.7), the Police economic crime unit committed to review sentencing practice in money-laundering cases by 30 June 2024. It aims to move from predicate-offence cases to stand-alone money-laundering prosecutions ending in final convictions. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Istraga i krivično gonjenje pranja novca“ (FATF IO.7) utvrđena je obaveza: preispitivanje kaznene politike u predmetima pranja novca, s rokom do 30. juna 2024. godine. Odgovorna institucija: Policijska jedinica za privredni kriminal. Cilj je prijeći s predmeta predikatnih krivičnih djela na samostalno krivično gonjenje pranja novca koje završava pravosnažnim osuđujućim presudama. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Money-laundering investigation and prosecution pillar (FATF IO.7), the State Prosecutor’s Office committed to adopt a money-laundering investigation and prosecution strategy by 30 June 2020. It aims to move from predicate-offence cases to stand-alone money-laundering prosecutions ending in final convictions. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Istraga i krivično gonjenje pranja novca“ (FATF IO.7) utvrđena je obaveza: usvajanje strategije istrage i krivičnog gonjenja pranja novca, s rokom do 30. juna 2020. godine. Odgovorna institucija: Državno tužilaštvo. Cilj je prijeći s predmeta predikatnih krivičnih djela na samostalno krivično gonjenje pranja novca koje završava pravosnažnim osuđujućim presudama. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Money-laundering investigation and prosecution pillar (FATF IO.7), the Judicial council committed to set up a joint task force of prosecutors, police, tax and customs officials by 30 September 2020. It aims to move from predicate-offence cases to stand-alone money-laundering prosecutions ending in final convictions. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Istraga i krivično gonjenje pranja novca“ (FATF IO.7) utvrđena je obaveza: formiranje zajedničke radne grupe tužilaca, policije, poreskih i carinskih službenika, s rokom do 30. septembra 2020. godine. Odgovorna institucija: Sudsko vijeće. Cilj je prijeći s predmeta predikatnih krivičnih djela na samostalno krivično gonjenje pranja novca koje završava pravosnažnim osuđujućim presudama. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Asset recovery pillar (FATF IO.8), the Ministry of Justice committed to adopt a law on extended confiscation by 30 September 2024. It aims to ensure that crime does not pay: proceeds are traced early, frozen quickly and confiscated after a final judgment. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Povrat imovine“ (FATF IO.8) utvrđena je obaveza: donošenje zakona o proširenom oduzimanju imovine, s rokom do 30. septembra 2024. godine. Odgovorna institucija: Ministarstvo pravde. Cilj je osigurati da se kriminal ne isplati: imovinska korist se rano otkriva, brzo zamrzava i oduzima nakon pravosnažne presude. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Asset recovery pillar (FATF IO.8), the Ministry of Justice committed to introduce interim management of seized companies by 31 March 2022. It aims to ensure that crime does not pay: proceeds are traced early, frozen quickly and confiscated after a final judgment. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Povrat imovine“ (FATF IO.8) utvrđena je obaveza: uvođenje privremenog upravljanja oduzetim privrednim društvima, s rokom do 31. marta 2022. godine. Odgovorna institucija: Ministarstvo pravde. Cilj je osigurati da se kriminal ne isplati: imovinska korist se rano otkriva, brzo zamrzava i oduzima nakon pravosnažne presude. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Asset recovery pillar (FATF IO.8), the Asset management office committed to establish a central register of seized and confiscated assets by 30 September 2021. It aims to ensure that crime does not pay: proceeds are traced early, frozen quickly and confiscated after a final judgment. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Povrat imovine“ (FATF IO.8) utvrđena je obaveza: uspostavljanje centralnog registra privremeno oduzete i oduzete imovine, s rokom do 30. septembra 2021. godine. Odgovorna institucija: Ured za upravljanje oduzetom imovinom. Cilj je osigurati da se kriminal ne isplati: imovinska korist se rano otkriva, brzo zamrzava i oduzima nakon pravosnažne presude. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Asset recovery pillar (FATF IO.8), the State Prosecutor’s Office committed to publish annual statistics on frozen, seized and confiscated assets by 31 March 2025. It aims to ensure that crime does not pay: proceeds are traced early, frozen quickly and confiscated after a final judgment. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Povrat imovine“ (FATF IO.8) utvrđena je obaveza: objavljivanje godišnje statistike o zamrznutoj, privremeno oduzetoj i oduzetoj imovini, s rokom do 31. marta 2025. godine. Odgovorna institucija: Državno tužilaštvo. Cilj je osigurati da se kriminal ne isplati: imovinska korist se rano otkriva, brzo zamrzava i oduzima nakon pravosnažne presude. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Asset recovery pillar (FATF IO.8), the Asset management office committed to designate contact points in the regional asset recovery network by 31 March 2022. It aims to ensure that crime does not pay: proceeds are traced early, frozen quickly and confiscated after a final judgment. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Povrat imovine“ (FATF IO.8) utvrđena je obaveza: određivanje kontakt-tačaka u regionalnoj mreži za povrat imovine, s rokom do 31. marta 2022. godine. Odgovorna institucija: Ured za upravljanje oduzetom imovinom. Cilj je osigurati da se kriminal ne isplati: imovinska korist se rano otkriva, brzo zamrzava i oduzima nakon pravosnažne presude. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Asset declarations and conflict of interest pillar (ACIF goal 2), the Agency for the Prevention of Corruption and Coordination of the Fight against Corruption (APIK) committed to introduce risk-based verification of asset declarations by 30 June 2023. It supports ACIF goal 2: credible asset-declaration and conflict-of-interest systems with real verification. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Imovinski kartoni i sukob interesa“ (ACIF, cilj 2) utvrđena je obaveza: uvođenje provjere imovinskih kartona zasnovane na riziku, s rokom do 30. juna 2023. godine. Odgovorna institucija: Agencija za prevenciju korupcije i koordinaciju borbe protiv korupcije (APIK). Podržava cilj 2 ACIF-a: vjerodostojne sisteme imovinskih kartona i sukoba interesa sa stvarnom provjerom. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Asset declarations and conflict of interest pillar (ACIF goal 2), the Agency for the Prevention of Corruption and Coordination of the Fight against Corruption (APIK) committed to adopt rules on conflict of interest in local government by 31 March 2023. It supports ACIF goal 2: credible asset-declaration and conflict-of-interest systems with real verification. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Imovinski kartoni i sukob interesa“ (ACIF, cilj 2) utvrđena je obaveza: donošenje pravila o sukobu interesa u lokalnoj samoupravi, s rokom do 31. marta 2023. godine. Odgovorna institucija: Agencija za prevenciju korupcije i koordinaciju borbe protiv korupcije (APIK). Podržava cilj 2 ACIF-a: vjerodostojne sisteme imovinskih kartona i sukoba interesa sa stvarnom provjerom. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Asset declarations and conflict of interest pillar (ACIF goal 2), the Agency for the Prevention of Corruption and Coordination of the Fight against Corruption (APIK) committed to extend declaration duties to family members of senior officials by 30 June 2024. It supports ACIF goal 2: credible asset-declaration and conflict-of-interest systems with real verification. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Imovinski kartoni i sukob interesa“ (ACIF, cilj 2) utvrđena je obaveza: proširivanje obaveze prijavljivanja imovine na članove porodica visokih funkcionera, s rokom do 30. juna 2024. godine. Odgovorna institucija: Agencija za prevenciju korupcije i koordinaciju borbe protiv korupcije (APIK). Podržava cilj 2 ACIF-a: vjerodostojne sisteme imovinskih kartona i sukoba interesa sa stvarnom provjerom. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Asset declarations and conflict of interest pillar (ACIF goal 2), the Agency for the Prevention of Corruption and Coordination of the Fight against Corruption (APIK) committed to introduce a lifestyle-check methodology for verification by 30 September 2020. It supports ACIF goal 2: credible asset-declaration and conflict-of-interest systems with real verification. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Imovinski kartoni i sukob interesa“ (ACIF, cilj 2) utvrđena je obaveza: uvođenje metodologije provjere životnog standarda za potrebe provjere imovinskih kartona, s rokom do 30. septembra 2020. godine. Odgovorna institucija: Agencija za prevenciju korupcije i koordinaciju borbe protiv korupcije (APIK). Podržava cilj 2 ACIF-a: vjerodostojne sisteme imovinskih kartona i sukoba interesa sa stvarnom provjerom. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Asset declarations and conflict of interest pillar (ACIF goal 2), the Agency for the Prevention of Corruption and Coordination of the Fight against Corruption (APIK) committed to introduce electronic submission of asset declarations by 31 March 2024. It supports ACIF goal 2: credible asset-declaration and conflict-of-interest systems with real verification. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Imovinski kartoni i sukob interesa“ (ACIF, cilj 2) utvrđena je obaveza: uvođenje elektronskog podnošenja imovinskih kartona, s rokom do 31. marta 2024. godine. Odgovorna institucija: Agencija za prevenciju korupcije i koordinaciju borbe protiv korupcije (APIK). Podržava cilj 2 ACIF-a: vjerodostojne sisteme imovinskih kartona i sukoba interesa sa stvarnom provjerom. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Asset declarations and conflict of interest pillar (ACIF goal 2), the Agency for the Prevention of Corruption and Coordination of the Fight against Corruption (APIK) committed to regulate gifts and post-employment restrictions for public officials by 30 September 2022. It supports ACIF goal 2: credible asset-declaration and conflict-of-interest systems with real verification. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Imovinski kartoni i sukob interesa“ (ACIF, cilj 2) utvrđena je obaveza: uređivanje poklona i ograničenja nakon prestanka funkcije za javne funkcionere, s rokom do 30. septembra 2022. godine. Odgovorna institucija: Agencija za prevenciju korupcije i koordinaciju borbe protiv korupcije (APIK). Podržava cilj 2 ACIF-a: vjerodostojne sisteme imovinskih kartona i sukoba interesa sa stvarnom provjerom. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Public procurement integrity pillar (ACIF goal 1), the Agency for the Prevention of Corruption and Coordination of the Fight against Corruption (APIK) committed to make electronic procurement mandatory for all contracting authorities by 31 December 2022. It supports ACIF goal 1: reducing corruption risks in public procurement through openness and competition. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Integritet javnih nabavki“ (ACIF, cilj 1) utvrđena je obaveza: uvođenje obaveznih elektronskih nabavki za sve ugovorne organe, s rokom do 31. decembra 2022. godine. Odgovorna institucija: Agencija za prevenciju korupcije i koordinaciju borbe protiv korupcije (APIK). Podržava cilj 1 ACIF-a: smanjenje koruptivnih rizika u javnim nabavkama kroz otvorenost i konkurenciju. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Public procurement integrity pillar (ACIF goal 1), the Public procurement agency committed to train contracting authorities on integrity in procurement by 31 December 2021. It supports ACIF goal 1: reducing corruption risks in public procurement through openness and competition. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Integritet javnih nabavki“ (ACIF, cilj 1) utvrđena je obaveza: obuka ugovornih organa o integritetu u javnim nabavkama, s rokom do 31. decembra 2021. godine. Odgovorna institucija: Agencija za javne nabavke. Podržava cilj 1 ACIF-a: smanjenje koruptivnih rizika u javnim nabavkama kroz otvorenost i konkurenciju. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Public procurement integrity pillar (ACIF goal 1), the Agency for the Prevention of Corruption and Coordination of the Fight against Corruption (APIK) committed to publish all procurement contracts and amendments as open data by 30 September 2026. It supports ACIF goal 1: reducing corruption risks in public procurement through openness and competition. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Integritet javnih nabavki“ (ACIF, cilj 1) utvrđena je obaveza: objavljivanje svih ugovora o nabavkama i njihovih izmjena kao otvorenih podataka, s rokom do 30. septembra 2026. godine. Odgovorna institucija: Agencija za prevenciju korupcije i koordinaciju borbe protiv korupcije (APIK). Podržava cilj 1 ACIF-a: smanjenje koruptivnih rizika u javnim nabavkama kroz otvorenost i konkurenciju. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Regional and international cooperation pillar (FATF IO.2, ACIF goal 3), the Ministry of Justice committed to introduce electronic transmission of mutual legal assistance requests by 30 June 2025. It supports ACIF goal 3: a regional network of specialised prosecutors, law-enforcement agencies and FIUs. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Regionalna i međunarodna saradnja“ (FATF IO.2, ACIF, cilj 3) utvrđena je obaveza: uvođenje elektronskog dostavljanja zahtjeva za međunarodnu pravnu pomoć, s rokom do 30. juna 2025. godine. Odgovorna institucija: Ministarstvo pravde. Podržava cilj 3 ACIF-a: regionalnu mrežu specijaliziranih tužilaca, agencija za provođenje zakona i finansijsko-obavještajnih jedinica. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Regional and international cooperation pillar (FATF IO.2, ACIF goal 3), the Financial Intelligence Department of SIPA committed to hold joint training with the region’s financial intelligence units by 30 June 2023. It supports ACIF goal 3: a regional network of specialised prosecutors, law-enforcement agencies and FIUs. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Regionalna i međunarodna saradnja“ (FATF IO.2, ACIF, cilj 3) utvrđena je obaveza: održavanje zajedničkih obuka s finansijsko-obavještajnim jedinicama iz regije, s rokom do 30. juna 2023. godine. Odgovorna institucija: Finansijsko-obavještajno odjeljenje SIPA-e. Podržava cilj 3 ACIF-a: regionalnu mrežu specijaliziranih tužilaca, agencija za provođenje zakona i finansijsko-obavještajnih jedinica. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Regional and international cooperation pillar (FATF IO.2, ACIF goal 3), the Ministry of Justice committed to adopt a protocol on spontaneous information sharing with foreign prosecutors by 31 December 2024. It supports ACIF goal 3: a regional network of specialised prosecutors, law-enforcement agencies and FIUs. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Regionalna i međunarodna saradnja“ (FATF IO.2, ACIF, cilj 3) utvrđena je obaveza: usvajanje protokola o spontanoj razmjeni informacija sa stranim tužiocima, s rokom do 31. decembra 2024. godine. Odgovorna institucija: Ministarstvo pravde. Podržava cilj 3 ACIF-a: regionalnu mrežu specijaliziranih tužilaca, agencija za provođenje zakona i finansijsko-obavještajnih jedinica. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Regional and international cooperation pillar (FATF IO.2, ACIF goal 3), the Ministry of Justice committed to sign agreements on joint investigation teams with neighbouring jurisdictions by 30 September 2022. It supports ACIF goal 3: a regional network of specialised prosecutors, law-enforcement agencies and FIUs. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Regionalna i međunarodna saradnja“ (FATF IO.2, ACIF, cilj 3) utvrđena je obaveza: potpisivanje sporazuma o zajedničkim istražnim timovima sa susjednim jurisdikcijama, s rokom do 30. septembra 2022. godine. Odgovorna institucija: Ministarstvo pravde. Podržava cilj 3 ACIF-a: regionalnu mrežu specijaliziranih tužilaca, agencija za provođenje zakona i finansijsko-obavještajnih jedinica. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Regional and international cooperation pillar (FATF IO.2, ACIF goal 3), the Financial Intelligence Department of SIPA committed to join the regional network of specialised anti-corruption prosecutors by 30 June 2026. It supports ACIF goal 3: a regional network of specialised prosecutors, law-enforcement agencies and FIUs. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Regionalna i međunarodna saradnja“ (FATF IO.2, ACIF, cilj 3) utvrđena je obaveza: pristupanje regionalnoj mreži specijaliziranih antikorupcijskih tužilaca, s rokom do 30. juna 2026. godine. Odgovorna institucija: Finansijsko-obavještajno odjeljenje SIPA-e. Podržava cilj 3 ACIF-a: regionalnu mrežu specijaliziranih tužilaca, agencija za provođenje zakona i finansijsko-obavještajnih jedinica. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Regional and international cooperation pillar (FATF IO.2, ACIF goal 3), the Financial Intelligence Department of SIPA committed to second a liaison officer to the regional law-enforcement cooperation network by 30 June 2024. It supports ACIF goal 3: a regional network of specialised prosecutors, law-enforcement agencies and FIUs. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Regionalna i međunarodna saradnja“ (FATF IO.2, ACIF, cilj 3) utvrđena je obaveza: upućivanje oficira za vezu u regionalnu mrežu za saradnju organa za provođenje zakona, s rokom do 30. juna 2024. godine. Odgovorna institucija: Finansijsko-obavještajno odjeljenje SIPA-e. Podržava cilj 3 ACIF-a: regionalnu mrežu specijaliziranih tužilaca, agencija za provođenje zakona i finansijsko-obavještajnih jedinica. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Regional and international cooperation pillar (FATF IO.2, ACIF goal 3), the Police economic crime unit committed to reduce the time to answer mutual legal assistance requests to 90 days by 31 December 2026. It supports ACIF goal 3: a regional network of specialised prosecutors, law-enforcement agencies and FIUs. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Regionalna i međunarodna saradnja“ (FATF IO.2, ACIF, cilj 3) utvrđena je obaveza: skraćivanje roka za odgovor na zahtjeve za međunarodnu pravnu pomoć na 90 dana, s rokom do 31. decembra 2026. godine. Odgovorna institucija: Policijska jedinica za privredni kriminal. Podržava cilj 3 ACIF-a: regionalnu mrežu specijaliziranih tužilaca, agencija za provođenje zakona i finansijsko-obavještajnih jedinica. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Regional and international cooperation pillar (FATF IO.2, ACIF goal 3), the Police economic crime unit committed to agree FIU-to-FIU information exchange memoranda across the region by 30 September 2026. It supports ACIF goal 3: a regional network of specialised prosecutors, law-enforcement agencies and FIUs. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Regionalna i međunarodna saradnja“ (FATF IO.2, ACIF, cilj 3) utvrđena je obaveza: zaključivanje memoranduma o razmjeni informacija između finansijsko-obavještajnih jedinica u regiji, s rokom do 30. septembra 2026. godine. Odgovorna institucija: Policijska jedinica za privredni kriminal. Podržava cilj 3 ACIF-a: regionalnu mrežu specijaliziranih tužilaca, agencija za provođenje zakona i finansijsko-obavještajnih jedinica. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the AML/CFT framework and risk understanding pillar (FATF R.1, IO.1), the Ministry of Finance committed to introduce AML/CFT supervision of lawyers, notaries and accountants by 30 September 2020. It follows from the national risk assessment and from the recommendations of the last MONEYVAL evaluation. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Okvir za sprječavanje pranja novca i finansiranja terorizma i razumijevanje rizika“ (FATF R.1, IO.1) utvrđena je obaveza: uvođenje nadzora advokata, notara i računovođa u oblasti SPN/FT, s rokom do 30. septembra 2020. godine. Odgovorna institucija: Ministarstvo finansija. Proizlazi iz nacionalne procjene rizika i iz preporuka posljednje evaluacije MONEYVAL-a. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the AML/CFT framework and risk understanding pillar (FATF R.1, IO.1), the Ministry of Finance committed to adopt secondary legislation on due diligence for politically exposed persons by 31 March 2023. It follows from the national risk assessment and from the recommendations of the last MONEYVAL evaluation. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Okvir za sprječavanje pranja novca i finansiranja terorizma i razumijevanje rizika“ (FATF R.1, IO.1) utvrđena je obaveza: donošenje podzakonskih akata o dubinskoj analizi politički izloženih osoba, s rokom do 31. marta 2023. godine. Odgovorna institucija: Ministarstvo finansija. Proizlazi iz nacionalne procjene rizika i iz preporuka posljednje evaluacije MONEYVAL-a. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the AML/CFT framework and risk understanding pillar (FATF R.1, IO.1), the Financial Intelligence Unit of Kosovo committed to complete a sectoral risk assessment of virtual asset service providers by 30 September 2023. It follows from the national risk assessment and from the recommendations of the last MONEYVAL evaluation. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Okvir za sprječavanje pranja novca i finansiranja terorizma i razumijevanje rizika“ (FATF R.1, IO.1) utvrđena je obaveza: izrada sektorske procjene rizika za pružaoce usluga virtuelne imovine, s rokom do 30. septembra 2023. godine. Odgovorna institucija: Finansijsko-obavještajna jedinica Kosova. Proizlazi iz nacionalne procjene rizika i iz preporuka posljednje evaluacije MONEYVAL-a. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the AML/CFT framework and risk understanding pillar (FATF R.1, IO.1), the Financial Intelligence Unit of Kosovo committed to establish a standing AML/CFT coordination body chaired at ministerial level by 30 June 2025. It follows from the national risk assessment and from the recommendations of the last MONEYVAL evaluation. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Okvir za sprječavanje pranja novca i finansiranja terorizma i razumijevanje rizika“ (FATF R.1, IO.1) utvrđena je obaveza: osnivanje stalnog koordinacionog tijela za SPN/FT kojim predsjedava ministar, s rokom do 30. juna 2025. godine. Odgovorna institucija: Finansijsko-obavještajna jedinica Kosova. Proizlazi iz nacionalne procjene rizika i iz preporuka posljednje evaluacije MONEYVAL-a. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Financial intelligence pillar (FATF IO.6), the Financial Intelligence Unit of Kosovo committed to agree feedback procedures on disseminations with the prosecution service by 30 September 2024. It aims to raise the quality of suspicious transaction reports and the share of disseminations that lead to investigations. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Finansijsko-obavještajni rad“ (FATF IO.6) utvrđena je obaveza: dogovaranje postupaka povratne informacije o proslijeđenim predmetima s tužilaštvom, s rokom do 30. septembra 2024. godine. Odgovorna institucija: Finansijsko-obavještajna jedinica Kosova. Cilj je podići kvalitet prijava sumnjivih transakcija i udio proslijeđenih predmeta koji dovode do istraga. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Financial intelligence pillar (FATF IO.6), the Financial Intelligence Unit of Kosovo committed to issue typologies and red-flag guidance to reporting entities by 31 March 2021. It aims to raise the quality of suspicious transaction reports and the share of disseminations that lead to investigations. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Finansijsko-obavještajni rad“ (FATF IO.6) utvrđena je obaveza: izdavanje tipologija i smjernica o indikatorima upozorenja za obveznike, s rokom do 31. marta 2021. godine. Odgovorna institucija: Finansijsko-obavještajna jedinica Kosova. Cilj je podići kvalitet prijava sumnjivih transakcija i udio proslijeđenih predmeta koji dovode do istraga. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Financial intelligence pillar (FATF IO.6), the Financial Intelligence Unit of Kosovo committed to sign memoranda on information exchange with law-enforcement agencies by 30 June 2025. It aims to raise the quality of suspicious transaction reports and the share of disseminations that lead to investigations. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Finansijsko-obavještajni rad“ (FATF IO.6) utvrđena je obaveza: potpisivanje memoranduma o razmjeni informacija s agencijama za provođenje zakona, s rokom do 30. juna 2025. godine. Odgovorna institucija: Finansijsko-obavještajna jedinica Kosova. Cilj je podići kvalitet prijava sumnjivih transakcija i udio proslijeđenih predmeta koji dovode do istraga. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Financial intelligence pillar (FATF IO.6), the Financial Intelligence Unit of Kosovo committed to deploy a new case-management and analysis system at the financial intelligence unit by 30 September 2021. It aims to raise the quality of suspicious transaction reports and the share of disseminations that lead to investigations. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Finansijsko-obavještajni rad“ (FATF IO.6) utvrđena je obaveza: uvođenje novog sistema za upravljanje predmetima i analizu u finansijsko-obavještajnoj jedinici, s rokom do 30. septembra 2021. godine. Odgovorna institucija: Finansijsko-obavještajna jedinica Kosova. Cilj je podići kvalitet prijava sumnjivih transakcija i udio proslijeđenih predmeta koji dovode do istraga. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Financial intelligence pillar (FATF IO.6), the Financial Intelligence Unit of Kosovo committed to train real-estate and construction businesses on suspicious transaction reporting by 30 September 2024. It aims to raise the quality of suspicious transaction reports and the share of disseminations that lead to investigations. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Finansijsko-obavještajni rad“ (FATF IO.6) utvrđena je obaveza: obuka subjekata u oblasti nekretnina i građevinarstva o prijavljivanju sumnjivih transakcija, s rokom do 30. septembra 2024. godine. Odgovorna institucija: Finansijsko-obavještajna jedinica Kosova. Cilj je podići kvalitet prijava sumnjivih transakcija i udio proslijeđenih predmeta koji dovode do istraga. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Financial intelligence pillar (FATF IO.6), the Financial Intelligence Unit of Kosovo committed to increase the analytical staff of the financial intelligence unit by 30 June 2020. It aims to raise the quality of suspicious transaction reports and the share of disseminations that lead to investigations. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Finansijsko-obavještajni rad“ (FATF IO.6) utvrđena je obaveza: povećanje broja analitičara u finansijsko-obavještajnoj jedinici, s rokom do 30. juna 2020. godine. Odgovorna institucija: Finansijsko-obavještajna jedinica Kosova. Cilj je podići kvalitet prijava sumnjivih transakcija i udio proslijeđenih predmeta koji dovode do istraga. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Financial intelligence pillar (FATF IO.6), the Financial Intelligence Unit of Kosovo committed to introduce online submission of suspicious transaction reports for all reporting entities by 30 June 2021. It aims to raise the quality of suspicious transaction reports and the share of disseminations that lead to investigations. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Finansijsko-obavještajni rad“ (FATF IO.6) utvrđena je obaveza: uvođenje elektronskog podnošenja prijava sumnjivih transakcija za sve obveznike, s rokom do 30. juna 2021. godine. Odgovorna institucija: Finansijsko-obavještajna jedinica Kosova. Cilj je podići kvalitet prijava sumnjivih transakcija i udio proslijeđenih predmeta koji dovode do istraga. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Beneficial ownership transparency pillar (FATF IO.5), the Ministry of Finance committed to give obliged entities electronic access to the beneficial ownership register by 31 March 2024. Accurate and timely beneficial ownership information lets investigators see who is behind companies used to move illicit funds. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Transparentnost stvarnog vlasništva“ (FATF IO.5) utvrđena je obaveza: omogućavanje elektronskog pristupa obveznika registru stvarnih vlasnika, s rokom do 31. marta 2024. godine. Odgovorna institucija: Ministarstvo finansija. Tačni i blagovremeni podaci o stvarnom vlasništvu omogućavaju istražiteljima da vide ko stoji iza društava koja se koriste za prenos nezakonitih sredstava. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Beneficial ownership transparency pillar (FATF IO.5), the Financial Intelligence Unit of Kosovo committed to introduce sanctions for failure to register or update beneficial ownership by 30 June 2025. Accurate and timely beneficial ownership information lets investigators see who is behind companies used to move illicit funds. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Transparentnost stvarnog vlasništva“ (FATF IO.5) utvrđena je obaveza: uvođenje sankcija za neupisivanje ili neažuriranje podataka o stvarnom vlasništvu, s rokom do 30. juna 2025. godine. Odgovorna institucija: Finansijsko-obavještajna jedinica Kosova. Tačni i blagovremeni podaci o stvarnom vlasništvu omogućavaju istražiteljima da vide ko stoji iza društava koja se koriste za prenos nezakonitih sredstava. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Beneficial ownership transparency pillar (FATF IO.5), the Financial Intelligence Unit of Kosovo committed to publish an annual report on the accuracy of beneficial ownership data by 30 September 2025. Accurate and timely beneficial ownership information lets investigators see who is behind companies used to move illicit funds. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Transparentnost stvarnog vlasništva“ (FATF IO.5) utvrđena je obaveza: objavljivanje godišnjeg izvještaja o tačnosti podataka o stvarnom vlasništvu, s rokom do 30. septembra 2025. godine. Odgovorna institucija: Finansijsko-obavještajna jedinica Kosova. Tačni i blagovremeni podaci o stvarnom vlasništvu omogućavaju istražiteljima da vide ko stoji iza društava koja se koriste za prenos nezakonitih sredstava. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Beneficial ownership transparency pillar (FATF IO.5), the Business registry committed to connect the beneficial ownership register to the business register by 31 March 2023. Accurate and timely beneficial ownership information lets investigators see who is behind companies used to move illicit funds. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Transparentnost stvarnog vlasništva“ (FATF IO.5) utvrđena je obaveza: povezivanje registra stvarnih vlasnika s registrom poslovnih subjekata, s rokom do 31. marta 2023. godine. Odgovorna institucija: Registar poslovnih subjekata. Tačni i blagovremeni podaci o stvarnom vlasništvu omogućavaju istražiteljima da vide ko stoji iza društava koja se koriste za prenos nezakonitih sredstava. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Beneficial ownership transparency pillar (FATF IO.5), the Financial Intelligence Unit of Kosovo committed to introduce verification of beneficial ownership information at registration by 31 December 2023. Accurate and timely beneficial ownership information lets investigators see who is behind companies used to move illicit funds. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Transparentnost stvarnog vlasništva“ (FATF IO.5) utvrđena je obaveza: uvođenje provjere podataka o stvarnom vlasništvu pri registraciji, s rokom do 31. decembra 2023. godine. Odgovorna institucija: Finansijsko-obavještajna jedinica Kosova. Tačni i blagovremeni podaci o stvarnom vlasništvu omogućavaju istražiteljima da vide ko stoji iza društava koja se koriste za prenos nezakonitih sredstava. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Beneficial ownership transparency pillar (FATF IO.5), the Business registry committed to strike off inactive companies that have not filed beneficial ownership information by 30 September 2024. Accurate and timely beneficial ownership information lets investigators see who is behind companies used to move illicit funds. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Transparentnost stvarnog vlasništva“ (FATF IO.5) utvrđena je obaveza: brisanje neaktivnih društava koja nisu dostavila podatke o stvarnom vlasništvu, s rokom do 30. septembra 2024. godine. Odgovorna institucija: Registar poslovnih subjekata. Tačni i blagovremeni podaci o stvarnom vlasništvu omogućavaju istražiteljima da vide ko stoji iza društava koja se koriste za prenos nezakonitih sredstava. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Money-laundering investigation and prosecution pillar (FATF IO.7), the Ministry of Justice committed to amend the criminal code to cover self-laundering by 31 March 2025. It aims to move from predicate-offence cases to stand-alone money-laundering prosecutions ending in final convictions. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Istraga i krivično gonjenje pranja novca“ (FATF IO.7) utvrđena je obaveza: izmjena krivičnog zakona radi obuhvatanja samopranja novca, s rokom do 31. marta 2025. godine. Odgovorna institucija: Ministarstvo pravde. Cilj je prijeći s predmeta predikatnih krivičnih djela na samostalno krivično gonjenje pranja novca koje završava pravosnažnim osuđujućim presudama. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Money-laundering investigation and prosecution pillar (FATF IO.7), the State Prosecutor’s Office committed to publish statistics on money-laundering indictments and convictions by 30 September 2022. It aims to move from predicate-offence cases to stand-alone money-laundering prosecutions ending in final convictions. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Istraga i krivično gonjenje pranja novca“ (FATF IO.7) utvrđena je obaveza: objavljivanje statistike o optužnicama i osuđujućim presudama za pranje novca, s rokom do 30. septembra 2022. godine. Odgovorna institucija: Državno tužilaštvo. Cilj je prijeći s predmeta predikatnih krivičnih djela na samostalno krivično gonjenje pranja novca koje završava pravosnažnim osuđujućim presudama. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Money-laundering investigation and prosecution pillar (FATF IO.7), the Police economic crime unit committed to adopt a money-laundering investigation and prosecution strategy by 31 March 2022. It aims to move from predicate-offence cases to stand-alone money-laundering prosecutions ending in final convictions. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Istraga i krivično gonjenje pranja novca“ (FATF IO.7) utvrđena je obaveza: usvajanje strategije istrage i krivičnog gonjenja pranja novca, s rokom do 31. marta 2022. godine. Odgovorna institucija: Policijska jedinica za privredni kriminal. Cilj je prijeći s predmeta predikatnih krivičnih djela na samostalno krivično gonjenje pranja novca koje završava pravosnažnim osuđujućim presudama. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Money-laundering investigation and prosecution pillar (FATF IO.7), the Judicial council committed to make parallel financial investigations mandatory in organised crime and corruption cases by 30 June 2023. It aims to move from predicate-offence cases to stand-alone money-laundering prosecutions ending in final convictions. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Istraga i krivično gonjenje pranja novca“ (FATF IO.7) utvrđena je obaveza: uvođenje obaveznih paralelnih finansijskih istraga u predmetima organiziranog kriminala i korupcije, s rokom do 30. juna 2023. godine. Odgovorna institucija: Sudsko vijeće. Cilj je prijeći s predmeta predikatnih krivičnih djela na samostalno krivično gonjenje pranja novca koje završava pravosnažnim osuđujućim presudama. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Money-laundering investigation and prosecution pillar (FATF IO.7), the Judicial council committed to issue prosecutorial guidelines on stand-alone money-laundering cases by 30 September 2023. It aims to move from predicate-offence cases to stand-alone money-laundering prosecutions ending in final convictions. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Istraga i krivično gonjenje pranja novca“ (FATF IO.7) utvrđena je obaveza: izdavanje tužilačkih smjernica o samostalnim predmetima pranja novca, s rokom do 30. septembra 2023. godine. Odgovorna institucija: Sudsko vijeće. Cilj je prijeći s predmeta predikatnih krivičnih djela na samostalno krivično gonjenje pranja novca koje završava pravosnažnim osuđujućim presudama. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Money-laundering investigation and prosecution pillar (FATF IO.7), the Judicial council committed to establish a specialised financial investigations unit within the police by 31 March 2023. It aims to move from predicate-offence cases to stand-alone money-laundering prosecutions ending in final convictions. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Istraga i krivično gonjenje pranja novca“ (FATF IO.7) utvrđena je obaveza: osnivanje specijalizirane jedinice za finansijske istrage u policiji, s rokom do 31. marta 2023. godine. Odgovorna institucija: Sudsko vijeće. Cilj je prijeći s predmeta predikatnih krivičnih djela na samostalno krivično gonjenje pranja novca koje završava pravosnažnim osuđujućim presudama. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Money-laundering investigation and prosecution pillar (FATF IO.7), the Police economic crime unit committed to train judges and prosecutors on proving money laundering from circumstantial evidence by 30 September 2024. It aims to move from predicate-offence cases to stand-alone money-laundering prosecutions ending in final convictions. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Istraga i krivično gonjenje pranja novca“ (FATF IO.7) utvrđena je obaveza: obuka sudija i tužilaca o dokazivanju pranja novca na osnovu posrednih dokaza, s rokom do 30. septembra 2024. godine. Odgovorna institucija: Policijska jedinica za privredni kriminal. Cilj je prijeći s predmeta predikatnih krivičnih djela na samostalno krivično gonjenje pranja novca koje završava pravosnažnim osuđujućim presudama. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Asset recovery pillar (FATF IO.8), the Asset management office committed to establish an asset recovery office by 30 September 2022. It aims to ensure that crime does not pay: proceeds are traced early, frozen quickly and confiscated after a final judgment. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Povrat imovine“ (FATF IO.8) utvrđena je obaveza: osnivanje ureda za povrat imovine, s rokom do 30. septembra 2022. godine. Odgovorna institucija: Ured za upravljanje oduzetom imovinom. Cilj je osigurati da se kriminal ne isplati: imovinska korist se rano otkriva, brzo zamrzava i oduzima nakon pravosnažne presude. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Asset recovery pillar (FATF IO.8), the Ministry of Justice committed to introduce interim management of seized companies by 31 December 2021. It aims to ensure that crime does not pay: proceeds are traced early, frozen quickly and confiscated after a final judgment. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Povrat imovine“ (FATF IO.8) utvrđena je obaveza: uvođenje privremenog upravljanja oduzetim privrednim društvima, s rokom do 31. decembra 2021. godine. Odgovorna institucija: Ministarstvo pravde. Cilj je osigurati da se kriminal ne isplati: imovinska korist se rano otkriva, brzo zamrzava i oduzima nakon pravosnažne presude. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Asset recovery pillar (FATF IO.8), the State Prosecutor’s Office committed to designate contact points in the regional asset recovery network by 30 June 2025. It aims to ensure that crime does not pay: proceeds are traced early, frozen quickly and confiscated after a final judgment. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Povrat imovine“ (FATF IO.8) utvrđena je obaveza: određivanje kontakt-tačaka u regionalnoj mreži za povrat imovine, s rokom do 30. juna 2025. godine. Odgovorna institucija: Državno tužilaštvo. Cilj je osigurati da se kriminal ne isplati: imovinska korist se rano otkriva, brzo zamrzava i oduzima nakon pravosnažne presude. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Asset recovery pillar (FATF IO.8), the State Prosecutor’s Office committed to introduce non-conviction-based confiscation by 30 June 2022. It aims to ensure that crime does not pay: proceeds are traced early, frozen quickly and confiscated after a final judgment. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Povrat imovine“ (FATF IO.8) utvrđena je obaveza: uvođenje oduzimanja imovine bez osuđujuće presude, s rokom do 30. juna 2022. godine. Odgovorna institucija: Državno tužilaštvo. Cilj je osigurati da se kriminal ne isplati: imovinska korist se rano otkriva, brzo zamrzava i oduzima nakon pravosnažne presude. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Asset recovery pillar (FATF IO.8), the State Prosecutor’s Office committed to publish annual statistics on frozen, seized and confiscated assets by 30 June 2022. It aims to ensure that crime does not pay: proceeds are traced early, frozen quickly and confiscated after a final judgment. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Povrat imovine“ (FATF IO.8) utvrđena je obaveza: objavljivanje godišnje statistike o zamrznutoj, privremeno oduzetoj i oduzetoj imovini, s rokom do 30. juna 2022. godine. Odgovorna institucija: Državno tužilaštvo. Cilj je osigurati da se kriminal ne isplati: imovinska korist se rano otkriva, brzo zamrzava i oduzima nakon pravosnažne presude. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Asset recovery pillar (FATF IO.8), the Ministry of Justice committed to establish a central register of seized and confiscated assets by 31 March 2021. It aims to ensure that crime does not pay: proceeds are traced early, frozen quickly and confiscated after a final judgment. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Povrat imovine“ (FATF IO.8) utvrđena je obaveza: uspostavljanje centralnog registra privremeno oduzete i oduzete imovine, s rokom do 31. marta 2021. godine. Odgovorna institucija: Ministarstvo pravde. Cilj je osigurati da se kriminal ne isplati: imovinska korist se rano otkriva, brzo zamrzava i oduzima nakon pravosnažne presude. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Asset recovery pillar (FATF IO.8), the State Prosecutor’s Office committed to introduce the social re-use of confiscated property by 31 December 2021. It aims to ensure that crime does not pay: proceeds are traced early, frozen quickly and confiscated after a final judgment. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Povrat imovine“ (FATF IO.8) utvrđena je obaveza: uvođenje društvene ponovne upotrebe oduzete imovine, s rokom do 31. decembra 2021. godine. Odgovorna institucija: Državno tužilaštvo. Cilj je osigurati da se kriminal ne isplati: imovinska korist se rano otkriva, brzo zamrzava i oduzima nakon pravosnažne presude. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Asset recovery pillar (FATF IO.8), the Ministry of Justice committed to adopt a law on extended confiscation by 30 June 2024. It aims to ensure that crime does not pay: proceeds are traced early, frozen quickly and confiscated after a final judgment. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Povrat imovine“ (FATF IO.8) utvrđena je obaveza: donošenje zakona o proširenom oduzimanju imovine, s rokom do 30. juna 2024. godine. Odgovorna institucija: Ministarstvo pravde. Cilj je osigurati da se kriminal ne isplati: imovinska korist se rano otkriva, brzo zamrzava i oduzima nakon pravosnažne presude. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Asset recovery pillar (FATF IO.8), the State Prosecutor’s Office committed to train prosecutors on financial investigations for asset recovery by 31 March 2024. It aims to ensure that crime does not pay: proceeds are traced early, frozen quickly and confiscated after a final judgment. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Povrat imovine“ (FATF IO.8) utvrđena je obaveza: obuka tužilaca o finansijskim istragama radi povrata imovine, s rokom do 31. marta 2024. godine. Odgovorna institucija: Državno tužilaštvo. Cilj je osigurati da se kriminal ne isplati: imovinska korist se rano otkriva, brzo zamrzava i oduzima nakon pravosnažne presude. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Asset recovery pillar (FATF IO.8), the Asset management office committed to adopt rules on the management and sale of seized assets by 31 March 2021. It aims to ensure that crime does not pay: proceeds are traced early, frozen quickly and confiscated after a final judgment. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Povrat imovine“ (FATF IO.8) utvrđena je obaveza: donošenje pravila o upravljanju privremeno oduzetom imovinom i njenoj prodaji, s rokom do 31. marta 2021. godine. Odgovorna institucija: Ured za upravljanje oduzetom imovinom. Cilj je osigurati da se kriminal ne isplati: imovinska korist se rano otkriva, brzo zamrzava i oduzima nakon pravosnažne presude. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Asset declarations and conflict of interest pillar (ACIF goal 2), the Agency for Prevention of Corruption committed to regulate gifts and post-employment restrictions for public officials by 30 September 2023. It supports ACIF goal 2: credible asset-declaration and conflict-of-interest systems with real verification. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Imovinski kartoni i sukob interesa“ (ACIF, cilj 2) utvrđena je obaveza: uređivanje poklona i ograničenja nakon prestanka funkcije za javne funkcionere, s rokom do 30. septembra 2023. godine. Odgovorna institucija: Agencija za sprječavanje korupcije. Podržava cilj 2 ACIF-a: vjerodostojne sisteme imovinskih kartona i sukoba interesa sa stvarnom provjerom. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Asset declarations and conflict of interest pillar (ACIF goal 2), the Agency for Prevention of Corruption committed to publish annual reports on verification results and sanctions by 30 September 2021. It supports ACIF goal 2: credible asset-declaration and conflict-of-interest systems with real verification. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Imovinski kartoni i sukob interesa“ (ACIF, cilj 2) utvrđena je obaveza: objavljivanje godišnjih izvještaja o rezultatima provjera i sankcijama, s rokom do 30. septembra 2021. godine. Odgovorna institucija: Agencija za sprječavanje korupcije. Podržava cilj 2 ACIF-a: vjerodostojne sisteme imovinskih kartona i sukoba interesa sa stvarnom provjerom. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Asset declarations and conflict of interest pillar (ACIF goal 2), the Agency for Prevention of Corruption committed to introduce electronic submission of asset declarations by 31 December 2024. It supports ACIF goal 2: credible asset-declaration and conflict-of-interest systems with real verification. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Imovinski kartoni i sukob interesa“ (ACIF, cilj 2) utvrđena je obaveza: uvođenje elektronskog podnošenja imovinskih kartona, s rokom do 31. decembra 2024. godine. Odgovorna institucija: Agencija za sprječavanje korupcije. Podržava cilj 2 ACIF-a: vjerodostojne sisteme imovinskih kartona i sukoba interesa sa stvarnom provjerom. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Asset declarations and conflict of interest pillar (ACIF goal 2), the Agency for Prevention of Corruption committed to publish the asset declarations of senior officials online by 31 December 2024. It supports ACIF goal 2: credible asset-declaration and conflict-of-interest systems with real verification. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Imovinski kartoni i sukob interesa“ (ACIF, cilj 2) utvrđena je obaveza: objavljivanje imovinskih kartona visokih funkcionera na internetu, s rokom do 31. decembra 2024. godine. Odgovorna institucija: Agencija za sprječavanje korupcije. Podržava cilj 2 ACIF-a: vjerodostojne sisteme imovinskih kartona i sukoba interesa sa stvarnom provjerom. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Asset declarations and conflict of interest pillar (ACIF goal 2), the Agency for Prevention of Corruption committed to adopt rules on conflict of interest in local government by 30 September 2025. It supports ACIF goal 2: credible asset-declaration and conflict-of-interest systems with real verification. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Imovinski kartoni i sukob interesa“ (ACIF, cilj 2) utvrđena je obaveza: donošenje pravila o sukobu interesa u lokalnoj samoupravi, s rokom do 30. septembra 2025. godine. Odgovorna institucija: Agencija za sprječavanje korupcije. Podržava cilj 2 ACIF-a: vjerodostojne sisteme imovinskih kartona i sukoba interesa sa stvarnom provjerom. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Asset declarations and conflict of interest pillar (ACIF goal 2), the Agency for Prevention of Corruption committed to give the anti-corruption agency access to bank, tax and property registers by 31 March 2021. It supports ACIF goal 2: credible asset-declaration and conflict-of-interest systems with real verification. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Imovinski kartoni i sukob interesa“ (ACIF, cilj 2) utvrđena je obaveza: omogućavanje pristupa antikorupcijske agencije bankovnim, poreskim i imovinskim registrima, s rokom do 31. marta 2021. godine. Odgovorna institucija: Agencija za sprječavanje korupcije. Podržava cilj 2 ACIF-a: vjerodostojne sisteme imovinskih kartona i sukoba interesa sa stvarnom provjerom. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Asset declarations and conflict of interest pillar (ACIF goal 2), the Agency for Prevention of Corruption committed to introduce risk-based verification of asset declarations by 31 March 2024. It supports ACIF goal 2: credible asset-declaration and conflict-of-interest systems with real verification. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Imovinski kartoni i sukob interesa“ (ACIF, cilj 2) utvrđena je obaveza: uvođenje provjere imovinskih kartona zasnovane na riziku, s rokom do 31. marta 2024. godine. Odgovorna institucija: Agencija za sprječavanje korupcije. Podržava cilj 2 ACIF-a: vjerodostojne sisteme imovinskih kartona i sukoba interesa sa stvarnom provjerom. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Asset declarations and conflict of interest pillar (ACIF goal 2), the Agency for Prevention of Corruption committed to introduce sanctions for false or incomplete asset declarations by 31 March 2023. It supports ACIF goal 2: credible asset-declaration and conflict-of-interest systems with real verification. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Imovinski kartoni i sukob interesa“ (ACIF, cilj 2) utvrđena je obaveza: uvođenje sankcija za lažne ili nepotpune imovinske kartone, s rokom do 31. marta 2023. godine. Odgovorna institucija: Agencija za sprječavanje korupcije. Podržava cilj 2 ACIF-a: vjerodostojne sisteme imovinskih kartona i sukoba interesa sa stvarnom provjerom. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Public procurement integrity pillar (ACIF goal 1), the Public procurement agency committed to publish annual procurement monitoring reports by 30 September 2023. It supports ACIF goal 1: reducing corruption risks in public procurement through openness and competition. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Integritet javnih nabavki“ (ACIF, cilj 1) utvrđena je obaveza: objavljivanje godišnjih izvještaja o praćenju javnih nabavki, s rokom do 30. septembra 2023. godine. Odgovorna institucija: Agencija za javne nabavke. Podržava cilj 1 ACIF-a: smanjenje koruptivnih rizika u javnim nabavkama kroz otvorenost i konkurenciju. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Public procurement integrity pillar (ACIF goal 1), the Agency for Prevention of Corruption committed to restrict negotiated procedures without prior publication by 31 December 2023. It supports ACIF goal 1: reducing corruption risks in public procurement through openness and competition. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Integritet javnih nabavki“ (ACIF, cilj 1) utvrđena je obaveza: ograničavanje pregovaračkih postupaka bez prethodne objave, s rokom do 31. decembra 2023. godine. Odgovorna institucija: Agencija za sprječavanje korupcije. Podržava cilj 1 ACIF-a: smanjenje koruptivnih rizika u javnim nabavkama kroz otvorenost i konkurenciju. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Public procurement integrity pillar (ACIF goal 1), the Public procurement agency committed to introduce red-flag analysis of tenders to detect corruption risks by 31 December 2025. It supports ACIF goal 1: reducing corruption risks in public procurement through openness and competition. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Integritet javnih nabavki“ (ACIF, cilj 1) utvrđena je obaveza: uvođenje analize indikatora upozorenja u tenderima radi otkrivanja koruptivnih rizika, s rokom do 31. decembra 2025. godine. Odgovorna institucija: Agencija za javne nabavke. Podržava cilj 1 ACIF-a: smanjenje koruptivnih rizika u javnim nabavkama kroz otvorenost i konkurenciju. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Public procurement integrity pillar (ACIF goal 1), the Agency for Prevention of Corruption committed to publish all procurement contracts and amendments as open data by 31 March 2022. It supports ACIF goal 1: reducing corruption risks in public procurement through openness and competition. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Integritet javnih nabavki“ (ACIF, cilj 1) utvrđena je obaveza: objavljivanje svih ugovora o nabavkama i njihovih izmjena kao otvorenih podataka, s rokom do 31. marta 2022. godine. Odgovorna institucija: Agencija za sprječavanje korupcije. Podržava cilj 1 ACIF-a: smanjenje koruptivnih rizika u javnim nabavkama kroz otvorenost i konkurenciju. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Public procurement integrity pillar (ACIF goal 1), the Agency for Prevention of Corruption committed to make electronic procurement mandatory for all contracting authorities by 30 June 2025. It supports ACIF goal 1: reducing corruption risks in public procurement through openness and competition. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Integritet javnih nabavki“ (ACIF, cilj 1) utvrđena je obaveza: uvođenje obaveznih elektronskih nabavki za sve ugovorne organe, s rokom do 30. juna 2025. godine. Odgovorna institucija: Agencija za sprječavanje korupcije. Podržava cilj 1 ACIF-a: smanjenje koruptivnih rizika u javnim nabavkama kroz otvorenost i konkurenciju. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Public procurement integrity pillar (ACIF goal 1), the Public procurement agency committed to establish an independent review body for procurement complaints by 30 June 2025. It supports ACIF goal 1: reducing corruption risks in public procurement through openness and competition. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Integritet javnih nabavki“ (ACIF, cilj 1) utvrđena je obaveza: osnivanje nezavisnog tijela za razmatranje žalbi u javnim nabavkama, s rokom do 30. juna 2025. godine. Odgovorna institucija: Agencija za javne nabavke. Podržava cilj 1 ACIF-a: smanjenje koruptivnih rizika u javnim nabavkama kroz otvorenost i konkurenciju. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Regional and international cooperation pillar (FATF IO.2, ACIF goal 3), the Financial Intelligence Unit of Kosovo committed to adopt a protocol on spontaneous information sharing with foreign prosecutors by 30 June 2024. It supports ACIF goal 3: a regional network of specialised prosecutors, law-enforcement agencies and FIUs. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Regionalna i međunarodna saradnja“ (FATF IO.2, ACIF, cilj 3) utvrđena je obaveza: usvajanje protokola o spontanoj razmjeni informacija sa stranim tužiocima, s rokom do 30. juna 2024. godine. Odgovorna institucija: Finansijsko-obavještajna jedinica Kosova. Podržava cilj 3 ACIF-a: regionalnu mrežu specijaliziranih tužilaca, agencija za provođenje zakona i finansijsko-obavještajnih jedinica. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Regional and international cooperation pillar (FATF IO.2, ACIF goal 3), the Police economic crime unit committed to agree FIU-to-FIU information exchange memoranda across the region by 31 March 2022. It supports ACIF goal 3: a regional network of specialised prosecutors, law-enforcement agencies and FIUs. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Regionalna i međunarodna saradnja“ (FATF IO.2, ACIF, cilj 3) utvrđena je obaveza: zaključivanje memoranduma o razmjeni informacija između finansijsko-obavještajnih jedinica u regiji, s rokom do 31. marta 2022. godine. Odgovorna institucija: Policijska jedinica za privredni kriminal. Podržava cilj 3 ACIF-a: regionalnu mrežu specijaliziranih tužilaca, agencija za provođenje zakona i finansijsko-obavještajnih jedinica. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Regional and international cooperation pillar (FATF IO.2, ACIF goal 3), the State Prosecutor’s Office committed to sign agreements on joint investigation teams with neighbouring jurisdictions by 30 June 2024. It supports ACIF goal 3: a regional network of specialised prosecutors, law-enforcement agencies and FIUs. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Regionalna i međunarodna saradnja“ (FATF IO.2, ACIF, cilj 3) utvrđena je obaveza: potpisivanje sporazuma o zajedničkim istražnim timovima sa susjednim jurisdikcijama, s rokom do 30. juna 2024. godine. Odgovorna institucija: Državno tužilaštvo. Podržava cilj 3 ACIF-a: regionalnu mrežu specijaliziranih tužilaca, agencija za provođenje zakona i finansijsko-obavještajnih jedinica. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Regional and international cooperation pillar (FATF IO.2, ACIF goal 3), the Police economic crime unit committed to introduce electronic transmission of mutual legal assistance requests by 30 June 2023. It supports ACIF goal 3: a regional network of specialised prosecutors, law-enforcement agencies and FIUs. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Regionalna i međunarodna saradnja“ (FATF IO.2, ACIF, cilj 3) utvrđena je obaveza: uvođenje elektronskog dostavljanja zahtjeva za međunarodnu pravnu pomoć, s rokom do 30. juna 2023. godine. Odgovorna institucija: Policijska jedinica za privredni kriminal. Podržava cilj 3 ACIF-a: regionalnu mrežu specijaliziranih tužilaca, agencija za provođenje zakona i finansijsko-obavještajnih jedinica. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Regional and international cooperation pillar (FATF IO.2, ACIF goal 3), the Financial Intelligence Unit of Kosovo committed to join the regional network of specialised anti-corruption prosecutors by 31 March 2021. It supports ACIF goal 3: a regional network of specialised prosecutors, law-enforcement agencies and FIUs. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Regionalna i međunarodna saradnja“ (FATF IO.2, ACIF, cilj 3) utvrđena je obaveza: pristupanje regionalnoj mreži specijaliziranih antikorupcijskih tužilaca, s rokom do 31. marta 2021. godine. Odgovorna institucija: Finansijsko-obavještajna jedinica Kosova. Podržava cilj 3 ACIF-a: regionalnu mrežu specijaliziranih tužilaca, agencija za provođenje zakona i finansijsko-obavještajnih jedinica. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Regional and international cooperation pillar (FATF IO.2, ACIF goal 3), the Financial Intelligence Unit of Kosovo committed to designate a central authority for mutual legal assistance requests by 30 September 2024. It supports ACIF goal 3: a regional network of specialised prosecutors, law-enforcement agencies and FIUs. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Regionalna i međunarodna saradnja“ (FATF IO.2, ACIF, cilj 3) utvrđena je obaveza: određivanje centralnog organa za zahtjeve za međunarodnu pravnu pomoć, s rokom do 30. septembra 2024. godine. Odgovorna institucija: Finansijsko-obavještajna jedinica Kosova. Podržava cilj 3 ACIF-a: regionalnu mrežu specijaliziranih tužilaca, agencija za provođenje zakona i finansijsko-obavještajnih jedinica. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Regional and international cooperation pillar (FATF IO.2, ACIF goal 3), the Police economic crime unit committed to second a liaison officer to the regional law-enforcement cooperation network by 30 September 2026. It supports ACIF goal 3: a regional network of specialised prosecutors, law-enforcement agencies and FIUs. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Regionalna i međunarodna saradnja“ (FATF IO.2, ACIF, cilj 3) utvrđena je obaveza: upućivanje oficira za vezu u regionalnu mrežu za saradnju organa za provođenje zakona, s rokom do 30. septembra 2026. godine. Odgovorna institucija: Policijska jedinica za privredni kriminal. Podržava cilj 3 ACIF-a: regionalnu mrežu specijaliziranih tužilaca, agencija za provođenje zakona i finansijsko-obavještajnih jedinica. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Regional and international cooperation pillar (FATF IO.2, ACIF goal 3), the Financial Intelligence Unit of Kosovo committed to hold joint training with the region’s financial intelligence units by 31 March 2022. It supports ACIF goal 3: a regional network of specialised prosecutors, law-enforcement agencies and FIUs. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Regionalna i međunarodna saradnja“ (FATF IO.2, ACIF, cilj 3) utvrđena je obaveza: održavanje zajedničkih obuka s finansijsko-obavještajnim jedinicama iz regije, s rokom do 31. marta 2022. godine. Odgovorna institucija: Finansijsko-obavještajna jedinica Kosova. Podržava cilj 3 ACIF-a: regionalnu mrežu specijaliziranih tužilaca, agencija za provođenje zakona i finansijsko-obavještajnih jedinica. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the AML/CFT framework and risk understanding pillar (FATF R.1, IO.1), the Financial Intelligence Unit (Police Administration) committed to introduce AML/CFT supervision of lawyers, notaries and accountants by 31 March 2025. It follows from the national risk assessment and from the recommendations of the last MONEYVAL evaluation. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Okvir za sprječavanje pranja novca i finansiranja terorizma i razumijevanje rizika“ (FATF R.1, IO.1) utvrđena je obaveza: uvođenje nadzora advokata, notara i računovođa u oblasti SPN/FT, s rokom do 31. marta 2025. godine. Odgovorna institucija: Finansijsko-obavještajna jedinica (Uprava policije). Proizlazi iz nacionalne procjene rizika i iz preporuka posljednje evaluacije MONEYVAL-a. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the AML/CFT framework and risk understanding pillar (FATF R.1, IO.1), the Ministry of Finance committed to adopt an updated national money-laundering and terrorist-financing risk assessment by 30 June 2025. It follows from the national risk assessment and from the recommendations of the last MONEYVAL evaluation. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Okvir za sprječavanje pranja novca i finansiranja terorizma i razumijevanje rizika“ (FATF R.1, IO.1) utvrđena je obaveza: usvajanje ažurirane nacionalne procjene rizika od pranja novca i finansiranja terorizma, s rokom do 30. juna 2025. godine. Odgovorna institucija: Ministarstvo finansija. Proizlazi iz nacionalne procjene rizika i iz preporuka posljednje evaluacije MONEYVAL-a. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the AML/CFT framework and risk understanding pillar (FATF R.1, IO.1), the Financial Intelligence Unit (Police Administration) committed to adopt an action plan addressing the findings of the national risk assessment by 30 June 2022. It follows from the national risk assessment and from the recommendations of the last MONEYVAL evaluation. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Okvir za sprječavanje pranja novca i finansiranja terorizma i razumijevanje rizika“ (FATF R.1, IO.1) utvrđena je obaveza: usvajanje akcionog plana za otklanjanje nalaza nacionalne procjene rizika, s rokom do 30. juna 2022. godine. Odgovorna institucija: Finansijsko-obavještajna jedinica (Uprava policije). Proizlazi iz nacionalne procjene rizika i iz preporuka posljednje evaluacije MONEYVAL-a. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the AML/CFT framework and risk understanding pillar (FATF R.1, IO.1), the Ministry of Finance committed to publish consolidated annual AML/CFT statistics by 31 March 2025. It follows from the national risk assessment and from the recommendations of the last MONEYVAL evaluation. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Okvir za sprječavanje pranja novca i finansiranja terorizma i razumijevanje rizika“ (FATF R.1, IO.1) utvrđena je obaveza: objavljivanje objedinjene godišnje statistike o SPN/FT, s rokom do 31. marta 2025. godine. Odgovorna institucija: Ministarstvo finansija. Proizlazi iz nacionalne procjene rizika i iz preporuka posljednje evaluacije MONEYVAL-a. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Financial intelligence pillar (FATF IO.6), the Financial Intelligence Unit (Police Administration) committed to publish strategic analysis reports on money-laundering trends by 30 September 2021. It aims to raise the quality of suspicious transaction reports and the share of disseminations that lead to investigations. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Finansijsko-obavještajni rad“ (FATF IO.6) utvrđena je obaveza: objavljivanje izvještaja strateške analize o trendovima pranja novca, s rokom do 30. septembra 2021. godine. Odgovorna institucija: Finansijsko-obavještajna jedinica (Uprava policije). Cilj je podići kvalitet prijava sumnjivih transakcija i udio proslijeđenih predmeta koji dovode do istraga. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Financial intelligence pillar (FATF IO.6), the Financial Intelligence Unit (Police Administration) committed to introduce electronic reporting of cash transactions above EUR 10,000 by 30 June 2024. It aims to raise the quality of suspicious transaction reports and the share of disseminations that lead to investigations. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Finansijsko-obavještajni rad“ (FATF IO.6) utvrđena je obaveza: uvođenje elektronskog prijavljivanja gotovinskih transakcija iznad 10.000 EUR, s rokom do 30. juna 2024. godine. Odgovorna institucija: Finansijsko-obavještajna jedinica (Uprava policije). Cilj je podići kvalitet prijava sumnjivih transakcija i udio proslijeđenih predmeta koji dovode do istraga. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Financial intelligence pillar (FATF IO.6), the Financial Intelligence Unit (Police Administration) committed to increase the analytical staff of the financial intelligence unit by 30 September 2024. It aims to raise the quality of suspicious transaction reports and the share of disseminations that lead to investigations. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Finansijsko-obavještajni rad“ (FATF IO.6) utvrđena je obaveza: povećanje broja analitičara u finansijsko-obavještajnoj jedinici, s rokom do 30. septembra 2024. godine. Odgovorna institucija: Finansijsko-obavještajna jedinica (Uprava policije). Cilj je podići kvalitet prijava sumnjivih transakcija i udio proslijeđenih predmeta koji dovode do istraga. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Financial intelligence pillar (FATF IO.6), the Financial Intelligence Unit (Police Administration) committed to give the financial intelligence unit direct access to tax, cadastre and vehicle registers by 30 June 2025. It aims to raise the quality of suspicious transaction reports and the share of disseminations that lead to investigations. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Finansijsko-obavještajni rad“ (FATF IO.6) utvrđena je obaveza: omogućavanje direktnog pristupa finansijsko-obavještajne jedinice poreskim, katastarskim i registrima vozila, s rokom do 30. juna 2025. godine. Odgovorna institucija: Finansijsko-obavještajna jedinica (Uprava policije). Cilj je podići kvalitet prijava sumnjivih transakcija i udio proslijeđenih predmeta koji dovode do istraga. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Financial intelligence pillar (FATF IO.6), the Financial Intelligence Unit (Police Administration) committed to train real-estate and construction businesses on suspicious transaction reporting by 31 December 2024. It aims to raise the quality of suspicious transaction reports and the share of disseminations that lead to investigations. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Finansijsko-obavještajni rad“ (FATF IO.6) utvrđena je obaveza: obuka subjekata u oblasti nekretnina i građevinarstva o prijavljivanju sumnjivih transakcija, s rokom do 31. decembra 2024. godine. Odgovorna institucija: Finansijsko-obavještajna jedinica (Uprava policije). Cilj je podići kvalitet prijava sumnjivih transakcija i udio proslijeđenih predmeta koji dovode do istraga. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Financial intelligence pillar (FATF IO.6), the Financial Intelligence Unit (Police Administration) committed to deploy a new case-management and analysis system at the financial intelligence unit by 30 June 2022. It aims to raise the quality of suspicious transaction reports and the share of disseminations that lead to investigations. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Finansijsko-obavještajni rad“ (FATF IO.6) utvrđena je obaveza: uvođenje novog sistema za upravljanje predmetima i analizu u finansijsko-obavještajnoj jedinici, s rokom do 30. juna 2022. godine. Odgovorna institucija: Finansijsko-obavještajna jedinica (Uprava policije). Cilj je podići kvalitet prijava sumnjivih transakcija i udio proslijeđenih predmeta koji dovode do istraga. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Beneficial ownership transparency pillar (FATF IO.5), the Financial Intelligence Unit (Police Administration) committed to remove bearer shares and nominee arrangements from company law by 30 June 2020. Accurate and timely beneficial ownership information lets investigators see who is behind companies used to move illicit funds. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Transparentnost stvarnog vlasništva“ (FATF IO.5) utvrđena je obaveza: ukidanje dionica na donosioca i nominalnih aranžmana u zakonu o privrednim društvima, s rokom do 30. juna 2020. godine. Odgovorna institucija: Finansijsko-obavještajna jedinica (Uprava policije). Tačni i blagovremeni podaci o stvarnom vlasništvu omogućavaju istražiteljima da vide ko stoji iza društava koja se koriste za prenos nezakonitih sredstava. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Beneficial ownership transparency pillar (FATF IO.5), the Ministry of Finance committed to connect the beneficial ownership register to the business register by 30 September 2024. Accurate and timely beneficial ownership information lets investigators see who is behind companies used to move illicit funds. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Transparentnost stvarnog vlasništva“ (FATF IO.5) utvrđena je obaveza: povezivanje registra stvarnih vlasnika s registrom poslovnih subjekata, s rokom do 30. septembra 2024. godine. Odgovorna institucija: Ministarstvo finansija. Tačni i blagovremeni podaci o stvarnom vlasništvu omogućavaju istražiteljima da vide ko stoji iza društava koja se koriste za prenos nezakonitih sredstava. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Beneficial ownership transparency pillar (FATF IO.5), the Financial Intelligence Unit (Police Administration) committed to register the beneficial owners of trusts and similar legal arrangements by 30 June 2023. Accurate and timely beneficial ownership information lets investigators see who is behind companies used to move illicit funds. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Transparentnost stvarnog vlasništva“ (FATF IO.5) utvrđena je obaveza: upisivanje stvarnih vlasnika trustova i sličnih pravnih aranžmana, s rokom do 30. juna 2023. godine. Odgovorna institucija: Finansijsko-obavještajna jedinica (Uprava policije). Tačni i blagovremeni podaci o stvarnom vlasništvu omogućavaju istražiteljima da vide ko stoji iza društava koja se koriste za prenos nezakonitih sredstava. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Money-laundering investigation and prosecution pillar (FATF IO.7), the Police economic crime unit committed to publish statistics on money-laundering indictments and convictions by 30 June 2022. It aims to move from predicate-offence cases to stand-alone money-laundering prosecutions ending in final convictions. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Istraga i krivično gonjenje pranja novca“ (FATF IO.7) utvrđena je obaveza: objavljivanje statistike o optužnicama i osuđujućim presudama za pranje novca, s rokom do 30. juna 2022. godine. Odgovorna institucija: Policijska jedinica za privredni kriminal. Cilj je prijeći s predmeta predikatnih krivičnih djela na samostalno krivično gonjenje pranja novca koje završava pravosnažnim osuđujućim presudama. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Money-laundering investigation and prosecution pillar (FATF IO.7), the Police economic crime unit committed to review sentencing practice in money-laundering cases by 31 March 2025. It aims to move from predicate-offence cases to stand-alone money-laundering prosecutions ending in final convictions. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Istraga i krivično gonjenje pranja novca“ (FATF IO.7) utvrđena je obaveza: preispitivanje kaznene politike u predmetima pranja novca, s rokom do 31. marta 2025. godine. Odgovorna institucija: Policijska jedinica za privredni kriminal. Cilj je prijeći s predmeta predikatnih krivičnih djela na samostalno krivično gonjenje pranja novca koje završava pravosnažnim osuđujućim presudama. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Money-laundering investigation and prosecution pillar (FATF IO.7), the Police economic crime unit committed to establish a specialised financial investigations unit within the police by 30 September 2021. It aims to move from predicate-offence cases to stand-alone money-laundering prosecutions ending in final convictions. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Istraga i krivično gonjenje pranja novca“ (FATF IO.7) utvrđena je obaveza: osnivanje specijalizirane jedinice za finansijske istrage u policiji, s rokom do 30. septembra 2021. godine. Odgovorna institucija: Policijska jedinica za privredni kriminal. Cilj je prijeći s predmeta predikatnih krivičnih djela na samostalno krivično gonjenje pranja novca koje završava pravosnažnim osuđujućim presudama. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Asset recovery pillar (FATF IO.8), the State Prosecutor’s Office committed to introduce the social re-use of confiscated property by 30 September 2022. It aims to ensure that crime does not pay: proceeds are traced early, frozen quickly and confiscated after a final judgment. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Povrat imovine“ (FATF IO.8) utvrđena je obaveza: uvođenje društvene ponovne upotrebe oduzete imovine, s rokom do 30. septembra 2022. godine. Odgovorna institucija: Državno tužilaštvo. Cilj je osigurati da se kriminal ne isplati: imovinska korist se rano otkriva, brzo zamrzava i oduzima nakon pravosnažne presude. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Asset recovery pillar (FATF IO.8), the Ministry of Justice committed to introduce non-conviction-based confiscation by 31 March 2023. It aims to ensure that crime does not pay: proceeds are traced early, frozen quickly and confiscated after a final judgment. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Povrat imovine“ (FATF IO.8) utvrđena je obaveza: uvođenje oduzimanja imovine bez osuđujuće presude, s rokom do 31. marta 2023. godine. Odgovorna institucija: Ministarstvo pravde. Cilj je osigurati da se kriminal ne isplati: imovinska korist se rano otkriva, brzo zamrzava i oduzima nakon pravosnažne presude. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Asset recovery pillar (FATF IO.8), the Ministry of Justice committed to adopt rules on the management and sale of seized assets by 30 September 2022. It aims to ensure that crime does not pay: proceeds are traced early, frozen quickly and confiscated after a final judgment. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Povrat imovine“ (FATF IO.8) utvrđena je obaveza: donošenje pravila o upravljanju privremeno oduzetom imovinom i njenoj prodaji, s rokom do 30. septembra 2022. godine. Odgovorna institucija: Ministarstvo pravde. Cilj je osigurati da se kriminal ne isplati: imovinska korist se rano otkriva, brzo zamrzava i oduzima nakon pravosnažne presude. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Asset declarations and conflict of interest pillar (ACIF goal 2), the Agency for Prevention of Corruption committed to adopt rules on conflict of interest in local government by 30 June 2023. It supports ACIF goal 2: credible asset-declaration and conflict-of-interest systems with real verification. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Imovinski kartoni i sukob interesa“ (ACIF, cilj 2) utvrđena je obaveza: donošenje pravila o sukobu interesa u lokalnoj samoupravi, s rokom do 30. juna 2023. godine. Odgovorna institucija: Agencija za sprječavanje korupcije. Podržava cilj 2 ACIF-a: vjerodostojne sisteme imovinskih kartona i sukoba interesa sa stvarnom provjerom. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Asset declarations and conflict of interest pillar (ACIF goal 2), the Agency for Prevention of Corruption committed to introduce electronic submission of asset declarations by 31 March 2022. It supports ACIF goal 2: credible asset-declaration and conflict-of-interest systems with real verification. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Imovinski kartoni i sukob interesa“ (ACIF, cilj 2) utvrđena je obaveza: uvođenje elektronskog podnošenja imovinskih kartona, s rokom do 31. marta 2022. godine. Odgovorna institucija: Agencija za sprječavanje korupcije. Podržava cilj 2 ACIF-a: vjerodostojne sisteme imovinskih kartona i sukoba interesa sa stvarnom provjerom. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Asset declarations and conflict of interest pillar (ACIF goal 2), the Agency for Prevention of Corruption committed to regulate gifts and post-employment restrictions for public officials by 30 September 2025. It supports ACIF goal 2: credible asset-declaration and conflict-of-interest systems with real verification. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Imovinski kartoni i sukob interesa“ (ACIF, cilj 2) utvrđena je obaveza: uređivanje poklona i ograničenja nakon prestanka funkcije za javne funkcionere, s rokom do 30. septembra 2025. godine. Odgovorna institucija: Agencija za sprječavanje korupcije. Podržava cilj 2 ACIF-a: vjerodostojne sisteme imovinskih kartona i sukoba interesa sa stvarnom provjerom. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Asset declarations and conflict of interest pillar (ACIF goal 2), the Agency for Prevention of Corruption committed to publish the asset declarations of senior officials online by 30 June 2025. It supports ACIF goal 2: credible asset-declaration and conflict-of-interest systems with real verification. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Imovinski kartoni i sukob interesa“ (ACIF, cilj 2) utvrđena je obaveza: objavljivanje imovinskih kartona visokih funkcionera na internetu, s rokom do 30. juna 2025. godine. Odgovorna institucija: Agencija za sprječavanje korupcije. Podržava cilj 2 ACIF-a: vjerodostojne sisteme imovinskih kartona i sukoba interesa sa stvarnom provjerom. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Asset declarations and conflict of interest pillar (ACIF goal 2), the Agency for Prevention of Corruption committed to introduce sanctions for false or incomplete asset declarations by 31 December 2022. It supports ACIF goal 2: credible asset-declaration and conflict-of-interest systems with real verification. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Imovinski kartoni i sukob interesa“ (ACIF, cilj 2) utvrđena je obaveza: uvođenje sankcija za lažne ili nepotpune imovinske kartone, s rokom do 31. decembra 2022. godine. Odgovorna institucija: Agencija za sprječavanje korupcije. Podržava cilj 2 ACIF-a: vjerodostojne sisteme imovinskih kartona i sukoba interesa sa stvarnom provjerom. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Public procurement integrity pillar (ACIF goal 1), the Public procurement agency committed to establish an independent review body for procurement complaints by 30 September 2026. It supports ACIF goal 1: reducing corruption risks in public procurement through openness and competition. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Integritet javnih nabavki“ (ACIF, cilj 1) utvrđena je obaveza: osnivanje nezavisnog tijela za razmatranje žalbi u javnim nabavkama, s rokom do 30. septembra 2026. godine. Odgovorna institucija: Agencija za javne nabavke. Podržava cilj 1 ACIF-a: smanjenje koruptivnih rizika u javnim nabavkama kroz otvorenost i konkurenciju. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Public procurement integrity pillar (ACIF goal 1), the Public procurement agency committed to restrict negotiated procedures without prior publication by 31 March 2022. It supports ACIF goal 1: reducing corruption risks in public procurement through openness and competition. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Integritet javnih nabavki“ (ACIF, cilj 1) utvrđena je obaveza: ograničavanje pregovaračkih postupaka bez prethodne objave, s rokom do 31. marta 2022. godine. Odgovorna institucija: Agencija za javne nabavke. Podržava cilj 1 ACIF-a: smanjenje koruptivnih rizika u javnim nabavkama kroz otvorenost i konkurenciju. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Public procurement integrity pillar (ACIF goal 1), the Public procurement agency committed to require beneficial ownership declarations from bidders by 31 December 2020. It supports ACIF goal 1: reducing corruption risks in public procurement through openness and competition. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Integritet javnih nabavki“ (ACIF, cilj 1) utvrđena je obaveza: uvođenje obaveze ponuđača da prijave stvarne vlasnike, s rokom do 31. decembra 2020. godine. Odgovorna institucija: Agencija za javne nabavke. Podržava cilj 1 ACIF-a: smanjenje koruptivnih rizika u javnim nabavkama kroz otvorenost i konkurenciju. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Public procurement integrity pillar (ACIF goal 1), the Agency for Prevention of Corruption committed to introduce conflict-of-interest statements for tender evaluation committees by 30 June 2020. It supports ACIF goal 1: reducing corruption risks in public procurement through openness and competition. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Integritet javnih nabavki“ (ACIF, cilj 1) utvrđena je obaveza: uvođenje izjava o sukobu interesa za komisije za ocjenu ponuda, s rokom do 30. juna 2020. godine. Odgovorna institucija: Agencija za sprječavanje korupcije. Podržava cilj 1 ACIF-a: smanjenje koruptivnih rizika u javnim nabavkama kroz otvorenost i konkurenciju. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Public procurement integrity pillar (ACIF goal 1), the Agency for Prevention of Corruption committed to train contracting authorities on integrity in procurement by 31 December 2024. It supports ACIF goal 1: reducing corruption risks in public procurement through openness and competition. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Integritet javnih nabavki“ (ACIF, cilj 1) utvrđena je obaveza: obuka ugovornih organa o integritetu u javnim nabavkama, s rokom do 31. decembra 2024. godine. Odgovorna institucija: Agencija za sprječavanje korupcije. Podržava cilj 1 ACIF-a: smanjenje koruptivnih rizika u javnim nabavkama kroz otvorenost i konkurenciju. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Public procurement integrity pillar (ACIF goal 1), the Public procurement agency committed to introduce red-flag analysis of tenders to detect corruption risks by 30 June 2023. It supports ACIF goal 1: reducing corruption risks in public procurement through openness and competition. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Integritet javnih nabavki“ (ACIF, cilj 1) utvrđena je obaveza: uvođenje analize indikatora upozorenja u tenderima radi otkrivanja koruptivnih rizika, s rokom do 30. juna 2023. godine. Odgovorna institucija: Agencija za javne nabavke. Podržava cilj 1 ACIF-a: smanjenje koruptivnih rizika u javnim nabavkama kroz otvorenost i konkurenciju. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Regional and international cooperation pillar (FATF IO.2, ACIF goal 3), the Police economic crime unit committed to reduce the time to answer mutual legal assistance requests to 90 days by 31 December 2024. It supports ACIF goal 3: a regional network of specialised prosecutors, law-enforcement agencies and FIUs. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Regionalna i međunarodna saradnja“ (FATF IO.2, ACIF, cilj 3) utvrđena je obaveza: skraćivanje roka za odgovor na zahtjeve za međunarodnu pravnu pomoć na 90 dana, s rokom do 31. decembra 2024. godine. Odgovorna institucija: Policijska jedinica za privredni kriminal. Podržava cilj 3 ACIF-a: regionalnu mrežu specijaliziranih tužilaca, agencija za provođenje zakona i finansijsko-obavještajnih jedinica. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Regional and international cooperation pillar (FATF IO.2, ACIF goal 3), the Ministry of Justice committed to join the regional network of specialised anti-corruption prosecutors by 30 June 2026. It supports ACIF goal 3: a regional network of specialised prosecutors, law-enforcement agencies and FIUs. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Regionalna i međunarodna saradnja“ (FATF IO.2, ACIF, cilj 3) utvrđena je obaveza: pristupanje regionalnoj mreži specijaliziranih antikorupcijskih tužilaca, s rokom do 30. juna 2026. godine. Odgovorna institucija: Ministarstvo pravde. Podržava cilj 3 ACIF-a: regionalnu mrežu specijaliziranih tužilaca, agencija za provođenje zakona i finansijsko-obavještajnih jedinica. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Regional and international cooperation pillar (FATF IO.2, ACIF goal 3), the Police economic crime unit committed to sign agreements on joint investigation teams with neighbouring jurisdictions by 30 September 2025. It supports ACIF goal 3: a regional network of specialised prosecutors, law-enforcement agencies and FIUs. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Regionalna i međunarodna saradnja“ (FATF IO.2, ACIF, cilj 3) utvrđena je obaveza: potpisivanje sporazuma o zajedničkim istražnim timovima sa susjednim jurisdikcijama, s rokom do 30. septembra 2025. godine. Odgovorna institucija: Policijska jedinica za privredni kriminal. Podržava cilj 3 ACIF-a: regionalnu mrežu specijaliziranih tužilaca, agencija za provođenje zakona i finansijsko-obavještajnih jedinica. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Regional and international cooperation pillar (FATF IO.2, ACIF goal 3), the Ministry of Justice committed to publish statistics on incoming and outgoing mutual legal assistance requests by 30 June 2025. It supports ACIF goal 3: a regional network of specialised prosecutors, law-enforcement agencies and FIUs. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Regionalna i međunarodna saradnja“ (FATF IO.2, ACIF, cilj 3) utvrđena je obaveza: objavljivanje statistike o dolaznim i odlaznim zahtjevima za međunarodnu pravnu pomoć, s rokom do 30. juna 2025. godine. Odgovorna institucija: Ministarstvo pravde. Podržava cilj 3 ACIF-a: regionalnu mrežu specijaliziranih tužilaca, agencija za provođenje zakona i finansijsko-obavještajnih jedinica. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Regional and international cooperation pillar (FATF IO.2, ACIF goal 3), the Ministry of Justice committed to agree FIU-to-FIU information exchange memoranda across the region by 31 December 2020. It supports ACIF goal 3: a regional network of specialised prosecutors, law-enforcement agencies and FIUs. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Regionalna i međunarodna saradnja“ (FATF IO.2, ACIF, cilj 3) utvrđena je obaveza: zaključivanje memoranduma o razmjeni informacija između finansijsko-obavještajnih jedinica u regiji, s rokom do 31. decembra 2020. godine. Odgovorna institucija: Ministarstvo pravde. Podržava cilj 3 ACIF-a: regionalnu mrežu specijaliziranih tužilaca, agencija za provođenje zakona i finansijsko-obavještajnih jedinica. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Regional and international cooperation pillar (FATF IO.2, ACIF goal 3), the Financial Intelligence Unit (Police Administration) committed to introduce electronic transmission of mutual legal assistance requests by 30 September 2026. It supports ACIF goal 3: a regional network of specialised prosecutors, law-enforcement agencies and FIUs. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Regionalna i međunarodna saradnja“ (FATF IO.2, ACIF, cilj 3) utvrđena je obaveza: uvođenje elektronskog dostavljanja zahtjeva za međunarodnu pravnu pomoć, s rokom do 30. septembra 2026. godine. Odgovorna institucija: Finansijsko-obavještajna jedinica (Uprava policije). Podržava cilj 3 ACIF-a: regionalnu mrežu specijaliziranih tužilaca, agencija za provođenje zakona i finansijsko-obavještajnih jedinica. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Regional and international cooperation pillar (FATF IO.2, ACIF goal 3), the Ministry of Justice committed to second a liaison officer to the regional law-enforcement cooperation network by 30 June 2022. It supports ACIF goal 3: a regional network of specialised prosecutors, law-enforcement agencies and FIUs. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Regionalna i međunarodna saradnja“ (FATF IO.2, ACIF, cilj 3) utvrđena je obaveza: upućivanje oficira za vezu u regionalnu mrežu za saradnju organa za provođenje zakona, s rokom do 30. juna 2022. godine. Odgovorna institucija: Ministarstvo pravde. Podržava cilj 3 ACIF-a: regionalnu mrežu specijaliziranih tužilaca, agencija za provođenje zakona i finansijsko-obavještajnih jedinica. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Regional and international cooperation pillar (FATF IO.2, ACIF goal 3), the State Prosecutor’s Office committed to hold joint training with the region’s financial intelligence units by 30 June 2020. It supports ACIF goal 3: a regional network of specialised prosecutors, law-enforcement agencies and FIUs. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Regionalna i međunarodna saradnja“ (FATF IO.2, ACIF, cilj 3) utvrđena je obaveza: održavanje zajedničkih obuka s finansijsko-obavještajnim jedinicama iz regije, s rokom do 30. juna 2020. godine. Odgovorna institucija: Državno tužilaštvo. Podržava cilj 3 ACIF-a: regionalnu mrežu specijaliziranih tužilaca, agencija za provođenje zakona i finansijsko-obavještajnih jedinica. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the AML/CFT framework and risk understanding pillar (FATF R.1, IO.1), the Financial Intelligence Office committed to adopt an updated national money-laundering and terrorist-financing risk assessment by 30 June 2021. It follows from the national risk assessment and from the recommendations of the last MONEYVAL evaluation. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Okvir za sprječavanje pranja novca i finansiranja terorizma i razumijevanje rizika“ (FATF R.1, IO.1) utvrđena je obaveza: usvajanje ažurirane nacionalne procjene rizika od pranja novca i finansiranja terorizma, s rokom do 30. juna 2021. godine. Odgovorna institucija: Ured za finansijsko-obavještajne poslove. Proizlazi iz nacionalne procjene rizika i iz preporuka posljednje evaluacije MONEYVAL-a. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the AML/CFT framework and risk understanding pillar (FATF R.1, IO.1), the Financial Intelligence Office committed to publish consolidated annual AML/CFT statistics by 31 December 2021. It follows from the national risk assessment and from the recommendations of the last MONEYVAL evaluation. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Okvir za sprječavanje pranja novca i finansiranja terorizma i razumijevanje rizika“ (FATF R.1, IO.1) utvrđena je obaveza: objavljivanje objedinjene godišnje statistike o SPN/FT, s rokom do 31. decembra 2021. godine. Odgovorna institucija: Ured za finansijsko-obavještajne poslove. Proizlazi iz nacionalne procjene rizika i iz preporuka posljednje evaluacije MONEYVAL-a. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the AML/CFT framework and risk understanding pillar (FATF R.1, IO.1), the Financial Intelligence Office committed to introduce AML/CFT supervision of lawyers, notaries and accountants by 31 December 2022. It follows from the national risk assessment and from the recommendations of the last MONEYVAL evaluation. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Okvir za sprječavanje pranja novca i finansiranja terorizma i razumijevanje rizika“ (FATF R.1, IO.1) utvrđena je obaveza: uvođenje nadzora advokata, notara i računovođa u oblasti SPN/FT, s rokom do 31. decembra 2022. godine. Odgovorna institucija: Ured za finansijsko-obavještajne poslove. Proizlazi iz nacionalne procjene rizika i iz preporuka posljednje evaluacije MONEYVAL-a. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the AML/CFT framework and risk understanding pillar (FATF R.1, IO.1), the Financial Intelligence Office committed to adopt secondary legislation on due diligence for politically exposed persons by 30 September 2023. It follows from the national risk assessment and from the recommendations of the last MONEYVAL evaluation. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Okvir za sprječavanje pranja novca i finansiranja terorizma i razumijevanje rizika“ (FATF R.1, IO.1) utvrđena je obaveza: donošenje podzakonskih akata o dubinskoj analizi politički izloženih osoba, s rokom do 30. septembra 2023. godine. Odgovorna institucija: Ured za finansijsko-obavještajne poslove. Proizlazi iz nacionalne procjene rizika i iz preporuka posljednje evaluacije MONEYVAL-a. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the AML/CFT framework and risk understanding pillar (FATF R.1, IO.1), the Ministry of Finance committed to adopt an action plan addressing the findings of the national risk assessment by 30 June 2020. It follows from the national risk assessment and from the recommendations of the last MONEYVAL evaluation. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Okvir za sprječavanje pranja novca i finansiranja terorizma i razumijevanje rizika“ (FATF R.1, IO.1) utvrđena je obaveza: usvajanje akcionog plana za otklanjanje nalaza nacionalne procjene rizika, s rokom do 30. juna 2020. godine. Odgovorna institucija: Ministarstvo finansija. Proizlazi iz nacionalne procjene rizika i iz preporuka posljednje evaluacije MONEYVAL-a. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Financial intelligence pillar (FATF IO.6), the Financial Intelligence Office committed to deploy a new case-management and analysis system at the financial intelligence unit by 30 September 2021. It aims to raise the quality of suspicious transaction reports and the share of disseminations that lead to investigations. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Finansijsko-obavještajni rad“ (FATF IO.6) utvrđena je obaveza: uvođenje novog sistema za upravljanje predmetima i analizu u finansijsko-obavještajnoj jedinici, s rokom do 30. septembra 2021. godine. Odgovorna institucija: Ured za finansijsko-obavještajne poslove. Cilj je podići kvalitet prijava sumnjivih transakcija i udio proslijeđenih predmeta koji dovode do istraga. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Financial intelligence pillar (FATF IO.6), the Financial Intelligence Office committed to issue typologies and red-flag guidance to reporting entities by 30 September 2020. It aims to raise the quality of suspicious transaction reports and the share of disseminations that lead to investigations. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Finansijsko-obavještajni rad“ (FATF IO.6) utvrđena je obaveza: izdavanje tipologija i smjernica o indikatorima upozorenja za obveznike, s rokom do 30. septembra 2020. godine. Odgovorna institucija: Ured za finansijsko-obavještajne poslove. Cilj je podići kvalitet prijava sumnjivih transakcija i udio proslijeđenih predmeta koji dovode do istraga. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Financial intelligence pillar (FATF IO.6), the Financial Intelligence Office committed to agree feedback procedures on disseminations with the prosecution service by 31 December 2020. It aims to raise the quality of suspicious transaction reports and the share of disseminations that lead to investigations. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Finansijsko-obavještajni rad“ (FATF IO.6) utvrđena je obaveza: dogovaranje postupaka povratne informacije o proslijeđenim predmetima s tužilaštvom, s rokom do 31. decembra 2020. godine. Odgovorna institucija: Ured za finansijsko-obavještajne poslove. Cilj je podići kvalitet prijava sumnjivih transakcija i udio proslijeđenih predmeta koji dovode do istraga. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Financial intelligence pillar (FATF IO.6), the Financial Intelligence Office committed to publish strategic analysis reports on money-laundering trends by 31 December 2022. It aims to raise the quality of suspicious transaction reports and the share of disseminations that lead to investigations. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Finansijsko-obavještajni rad“ (FATF IO.6) utvrđena je obaveza: objavljivanje izvještaja strateške analize o trendovima pranja novca, s rokom do 31. decembra 2022. godine. Odgovorna institucija: Ured za finansijsko-obavještajne poslove. Cilj je podići kvalitet prijava sumnjivih transakcija i udio proslijeđenih predmeta koji dovode do istraga. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Financial intelligence pillar (FATF IO.6), the Financial Intelligence Office committed to sign memoranda on information exchange with law-enforcement agencies by 31 March 2025. It aims to raise the quality of suspicious transaction reports and the share of disseminations that lead to investigations. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Finansijsko-obavještajni rad“ (FATF IO.6) utvrđena je obaveza: potpisivanje memoranduma o razmjeni informacija s agencijama za provođenje zakona, s rokom do 31. marta 2025. godine. Odgovorna institucija: Ured za finansijsko-obavještajne poslove. Cilj je podići kvalitet prijava sumnjivih transakcija i udio proslijeđenih predmeta koji dovode do istraga. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Financial intelligence pillar (FATF IO.6), the Financial Intelligence Office committed to give the financial intelligence unit direct access to tax, cadastre and vehicle registers by 30 September 2024. It aims to raise the quality of suspicious transaction reports and the share of disseminations that lead to investigations. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Finansijsko-obavještajni rad“ (FATF IO.6) utvrđena je obaveza: omogućavanje direktnog pristupa finansijsko-obavještajne jedinice poreskim, katastarskim i registrima vozila, s rokom do 30. septembra 2024. godine. Odgovorna institucija: Ured za finansijsko-obavještajne poslove. Cilj je podići kvalitet prijava sumnjivih transakcija i udio proslijeđenih predmeta koji dovode do istraga. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Financial intelligence pillar (FATF IO.6), the Financial Intelligence Office committed to train real-estate and construction businesses on suspicious transaction reporting by 31 March 2022. It aims to raise the quality of suspicious transaction reports and the share of disseminations that lead to investigations. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Finansijsko-obavještajni rad“ (FATF IO.6) utvrđena je obaveza: obuka subjekata u oblasti nekretnina i građevinarstva o prijavljivanju sumnjivih transakcija, s rokom do 31. marta 2022. godine. Odgovorna institucija: Ured za finansijsko-obavještajne poslove. Cilj je podići kvalitet prijava sumnjivih transakcija i udio proslijeđenih predmeta koji dovode do istraga. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Financial intelligence pillar (FATF IO.6), the Financial Intelligence Office committed to introduce online submission of suspicious transaction reports for all reporting entities by 30 September 2020. It aims to raise the quality of suspicious transaction reports and the share of disseminations that lead to investigations. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Finansijsko-obavještajni rad“ (FATF IO.6) utvrđena je obaveza: uvođenje elektronskog podnošenja prijava sumnjivih transakcija za sve obveznike, s rokom do 30. septembra 2020. godine. Odgovorna institucija: Ured za finansijsko-obavještajne poslove. Cilj je podići kvalitet prijava sumnjivih transakcija i udio proslijeđenih predmeta koji dovode do istraga. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Financial intelligence pillar (FATF IO.6), the Financial Intelligence Office committed to introduce electronic reporting of cash transactions above EUR 10,000 by 30 June 2020. It aims to raise the quality of suspicious transaction reports and the share of disseminations that lead to investigations. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Finansijsko-obavještajni rad“ (FATF IO.6) utvrđena je obaveza: uvođenje elektronskog prijavljivanja gotovinskih transakcija iznad 10.000 EUR, s rokom do 30. juna 2020. godine. Odgovorna institucija: Ured za finansijsko-obavještajne poslove. Cilj je podići kvalitet prijava sumnjivih transakcija i udio proslijeđenih predmeta koji dovode do istraga. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Beneficial ownership transparency pillar (FATF IO.5), the Business registry committed to introduce sanctions for failure to register or update beneficial ownership by 31 March 2023. Accurate and timely beneficial ownership information lets investigators see who is behind companies used to move illicit funds. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Transparentnost stvarnog vlasništva“ (FATF IO.5) utvrđena je obaveza: uvođenje sankcija za neupisivanje ili neažuriranje podataka o stvarnom vlasništvu, s rokom do 31. marta 2023. godine. Odgovorna institucija: Registar poslovnih subjekata. Tačni i blagovremeni podaci o stvarnom vlasništvu omogućavaju istražiteljima da vide ko stoji iza društava koja se koriste za prenos nezakonitih sredstava. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Beneficial ownership transparency pillar (FATF IO.5), the Business registry committed to publish an annual report on the accuracy of beneficial ownership data by 30 June 2021. Accurate and timely beneficial ownership information lets investigators see who is behind companies used to move illicit funds. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Transparentnost stvarnog vlasništva“ (FATF IO.5) utvrđena je obaveza: objavljivanje godišnjeg izvještaja o tačnosti podataka o stvarnom vlasništvu, s rokom do 30. juna 2021. godine. Odgovorna institucija: Registar poslovnih subjekata. Tačni i blagovremeni podaci o stvarnom vlasništvu omogućavaju istražiteljima da vide ko stoji iza društava koja se koriste za prenos nezakonitih sredstava. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Beneficial ownership transparency pillar (FATF IO.5), the Ministry of Finance committed to remove bearer shares and nominee arrangements from company law by 31 December 2021. Accurate and timely beneficial ownership information lets investigators see who is behind companies used to move illicit funds. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Transparentnost stvarnog vlasništva“ (FATF IO.5) utvrđena je obaveza: ukidanje dionica na donosioca i nominalnih aranžmana u zakonu o privrednim društvima, s rokom do 31. decembra 2021. godine. Odgovorna institucija: Ministarstvo finansija. Tačni i blagovremeni podaci o stvarnom vlasništvu omogućavaju istražiteljima da vide ko stoji iza društava koja se koriste za prenos nezakonitih sredstava. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Beneficial ownership transparency pillar (FATF IO.5), the Business registry committed to give obliged entities electronic access to the beneficial ownership register by 31 December 2021. Accurate and timely beneficial ownership information lets investigators see who is behind companies used to move illicit funds. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Transparentnost stvarnog vlasništva“ (FATF IO.5) utvrđena je obaveza: omogućavanje elektronskog pristupa obveznika registru stvarnih vlasnika, s rokom do 31. decembra 2021. godine. Odgovorna institucija: Registar poslovnih subjekata. Tačni i blagovremeni podaci o stvarnom vlasništvu omogućavaju istražiteljima da vide ko stoji iza društava koja se koriste za prenos nezakonitih sredstava. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Beneficial ownership transparency pillar (FATF IO.5), the Financial Intelligence Office committed to strike off inactive companies that have not filed beneficial ownership information by 31 December 2024. Accurate and timely beneficial ownership information lets investigators see who is behind companies used to move illicit funds. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Transparentnost stvarnog vlasništva“ (FATF IO.5) utvrđena je obaveza: brisanje neaktivnih društava koja nisu dostavila podatke o stvarnom vlasništvu, s rokom do 31. decembra 2024. godine. Odgovorna institucija: Ured za finansijsko-obavještajne poslove. Tačni i blagovremeni podaci o stvarnom vlasništvu omogućavaju istražiteljima da vide ko stoji iza društava koja se koriste za prenos nezakonitih sredstava. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Beneficial ownership transparency pillar (FATF IO.5), the Financial Intelligence Office committed to register the beneficial owners of trusts and similar legal arrangements by 31 December 2022. Accurate and timely beneficial ownership information lets investigators see who is behind companies used to move illicit funds. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Transparentnost stvarnog vlasništva“ (FATF IO.5) utvrđena je obaveza: upisivanje stvarnih vlasnika trustova i sličnih pravnih aranžmana, s rokom do 31. decembra 2022. godine. Odgovorna institucija: Ured za finansijsko-obavještajne poslove. Tačni i blagovremeni podaci o stvarnom vlasništvu omogućavaju istražiteljima da vide ko stoji iza društava koja se koriste za prenos nezakonitih sredstava. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Beneficial ownership transparency pillar (FATF IO.5), the Ministry of Finance committed to require banks and notaries to report discrepancies to the register by 30 September 2023. Accurate and timely beneficial ownership information lets investigators see who is behind companies used to move illicit funds. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Transparentnost stvarnog vlasništva“ (FATF IO.5) utvrđena je obaveza: uvođenje obaveze banaka i notara da registru prijavljuju neusklađenosti, s rokom do 30. septembra 2023. godine. Odgovorna institucija: Ministarstvo finansija. Tačni i blagovremeni podaci o stvarnom vlasništvu omogućavaju istražiteljima da vide ko stoji iza društava koja se koriste za prenos nezakonitih sredstava. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Beneficial ownership transparency pillar (FATF IO.5), the Business registry committed to introduce verification of beneficial ownership information at registration by 31 March 2024. Accurate and timely beneficial ownership information lets investigators see who is behind companies used to move illicit funds. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Transparentnost stvarnog vlasništva“ (FATF IO.5) utvrđena je obaveza: uvođenje provjere podataka o stvarnom vlasništvu pri registraciji, s rokom do 31. marta 2024. godine. Odgovorna institucija: Registar poslovnih subjekata. Tačni i blagovremeni podaci o stvarnom vlasništvu omogućavaju istražiteljima da vide ko stoji iza društava koja se koriste za prenos nezakonitih sredstava. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Beneficial ownership transparency pillar (FATF IO.5), the Business registry committed to connect the beneficial ownership register to the business register by 31 December 2021. Accurate and timely beneficial ownership information lets investigators see who is behind companies used to move illicit funds. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Transparentnost stvarnog vlasništva“ (FATF IO.5) utvrđena je obaveza: povezivanje registra stvarnih vlasnika s registrom poslovnih subjekata, s rokom do 31. decembra 2021. godine. Odgovorna institucija: Registar poslovnih subjekata. Tačni i blagovremeni podaci o stvarnom vlasništvu omogućavaju istražiteljima da vide ko stoji iza društava koja se koriste za prenos nezakonitih sredstava. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Beneficial ownership transparency pillar (FATF IO.5), the Business registry committed to establish a central register of beneficial owners by 30 September 2024. Accurate and timely beneficial ownership information lets investigators see who is behind companies used to move illicit funds. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Transparentnost stvarnog vlasništva“ (FATF IO.5) utvrđena je obaveza: uspostavljanje centralnog registra stvarnih vlasnika, s rokom do 30. septembra 2024. godine. Odgovorna institucija: Registar poslovnih subjekata. Tačni i blagovremeni podaci o stvarnom vlasništvu omogućavaju istražiteljima da vide ko stoji iza društava koja se koriste za prenos nezakonitih sredstava. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Money-laundering investigation and prosecution pillar (FATF IO.7), the Police economic crime unit committed to establish a specialised financial investigations unit within the police by 31 December 2024. It aims to move from predicate-offence cases to stand-alone money-laundering prosecutions ending in final convictions. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Istraga i krivično gonjenje pranja novca“ (FATF IO.7) utvrđena je obaveza: osnivanje specijalizirane jedinice za finansijske istrage u policiji, s rokom do 31. decembra 2024. godine. Odgovorna institucija: Policijska jedinica za privredni kriminal. Cilj je prijeći s predmeta predikatnih krivičnih djela na samostalno krivično gonjenje pranja novca koje završava pravosnažnim osuđujućim presudama. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Money-laundering investigation and prosecution pillar (FATF IO.7), the State Prosecutor’s Office committed to review sentencing practice in money-laundering cases by 30 June 2020. It aims to move from predicate-offence cases to stand-alone money-laundering prosecutions ending in final convictions. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Istraga i krivično gonjenje pranja novca“ (FATF IO.7) utvrđena je obaveza: preispitivanje kaznene politike u predmetima pranja novca, s rokom do 30. juna 2020. godine. Odgovorna institucija: Državno tužilaštvo. Cilj je prijeći s predmeta predikatnih krivičnih djela na samostalno krivično gonjenje pranja novca koje završava pravosnažnim osuđujućim presudama. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Money-laundering investigation and prosecution pillar (FATF IO.7), the State Prosecutor’s Office committed to adopt a money-laundering investigation and prosecution strategy by 30 September 2020. It aims to move from predicate-offence cases to stand-alone money-laundering prosecutions ending in final convictions. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Istraga i krivično gonjenje pranja novca“ (FATF IO.7) utvrđena je obaveza: usvajanje strategije istrage i krivičnog gonjenja pranja novca, s rokom do 30. septembra 2020. godine. Odgovorna institucija: Državno tužilaštvo. Cilj je prijeći s predmeta predikatnih krivičnih djela na samostalno krivično gonjenje pranja novca koje završava pravosnažnim osuđujućim presudama. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Money-laundering investigation and prosecution pillar (FATF IO.7), the Police economic crime unit committed to set up a joint task force of prosecutors, police, tax and customs officials by 30 September 2023. It aims to move from predicate-offence cases to stand-alone money-laundering prosecutions ending in final convictions. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Istraga i krivično gonjenje pranja novca“ (FATF IO.7) utvrđena je obaveza: formiranje zajedničke radne grupe tužilaca, policije, poreskih i carinskih službenika, s rokom do 30. septembra 2023. godine. Odgovorna institucija: Policijska jedinica za privredni kriminal. Cilj je prijeći s predmeta predikatnih krivičnih djela na samostalno krivično gonjenje pranja novca koje završava pravosnažnim osuđujućim presudama. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Money-laundering investigation and prosecution pillar (FATF IO.7), the Ministry of Justice committed to introduce an electronic case-management system linking police and prosecution by 31 December 2020. It aims to move from predicate-offence cases to stand-alone money-laundering prosecutions ending in final convictions. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Istraga i krivično gonjenje pranja novca“ (FATF IO.7) utvrđena je obaveza: uvođenje elektronskog sistema za upravljanje predmetima koji povezuje policiju i tužilaštvo, s rokom do 31. decembra 2020. godine. Odgovorna institucija: Ministarstvo pravde. Cilj je prijeći s predmeta predikatnih krivičnih djela na samostalno krivično gonjenje pranja novca koje završava pravosnažnim osuđujućim presudama. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Money-laundering investigation and prosecution pillar (FATF IO.7), the State Prosecutor’s Office committed to amend the criminal code to cover self-laundering by 31 December 2023. It aims to move from predicate-offence cases to stand-alone money-laundering prosecutions ending in final convictions. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Istraga i krivično gonjenje pranja novca“ (FATF IO.7) utvrđena je obaveza: izmjena krivičnog zakona radi obuhvatanja samopranja novca, s rokom do 31. decembra 2023. godine. Odgovorna institucija: Državno tužilaštvo. Cilj je prijeći s predmeta predikatnih krivičnih djela na samostalno krivično gonjenje pranja novca koje završava pravosnažnim osuđujućim presudama. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Money-laundering investigation and prosecution pillar (FATF IO.7), the Police economic crime unit committed to make parallel financial investigations mandatory in organised crime and corruption cases by 30 September 2023. It aims to move from predicate-offence cases to stand-alone money-laundering prosecutions ending in final convictions. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Istraga i krivično gonjenje pranja novca“ (FATF IO.7) utvrđena je obaveza: uvođenje obaveznih paralelnih finansijskih istraga u predmetima organiziranog kriminala i korupcije, s rokom do 30. septembra 2023. godine. Odgovorna institucija: Policijska jedinica za privredni kriminal. Cilj je prijeći s predmeta predikatnih krivičnih djela na samostalno krivično gonjenje pranja novca koje završava pravosnažnim osuđujućim presudama. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Money-laundering investigation and prosecution pillar (FATF IO.7), the Ministry of Justice committed to publish statistics on money-laundering indictments and convictions by 31 December 2023. It aims to move from predicate-offence cases to stand-alone money-laundering prosecutions ending in final convictions. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Istraga i krivično gonjenje pranja novca“ (FATF IO.7) utvrđena je obaveza: objavljivanje statistike o optužnicama i osuđujućim presudama za pranje novca, s rokom do 31. decembra 2023. godine. Odgovorna institucija: Ministarstvo pravde. Cilj je prijeći s predmeta predikatnih krivičnih djela na samostalno krivično gonjenje pranja novca koje završava pravosnažnim osuđujućim presudama. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Asset recovery pillar (FATF IO.8), the Ministry of Justice committed to introduce interim management of seized companies by 31 March 2024. It aims to ensure that crime does not pay: proceeds are traced early, frozen quickly and confiscated after a final judgment. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Povrat imovine“ (FATF IO.8) utvrđena je obaveza: uvođenje privremenog upravljanja oduzetim privrednim društvima, s rokom do 31. marta 2024. godine. Odgovorna institucija: Ministarstvo pravde. Cilj je osigurati da se kriminal ne isplati: imovinska korist se rano otkriva, brzo zamrzava i oduzima nakon pravosnažne presude. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Asset recovery pillar (FATF IO.8), the State Prosecutor’s Office committed to train prosecutors on financial investigations for asset recovery by 31 December 2021. It aims to ensure that crime does not pay: proceeds are traced early, frozen quickly and confiscated after a final judgment. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Povrat imovine“ (FATF IO.8) utvrđena je obaveza: obuka tužilaca o finansijskim istragama radi povrata imovine, s rokom do 31. decembra 2021. godine. Odgovorna institucija: Državno tužilaštvo. Cilj je osigurati da se kriminal ne isplati: imovinska korist se rano otkriva, brzo zamrzava i oduzima nakon pravosnažne presude. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Asset recovery pillar (FATF IO.8), the Asset management office committed to establish an asset recovery office by 31 March 2024. It aims to ensure that crime does not pay: proceeds are traced early, frozen quickly and confiscated after a final judgment. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Povrat imovine“ (FATF IO.8) utvrđena je obaveza: osnivanje ureda za povrat imovine, s rokom do 31. marta 2024. godine. Odgovorna institucija: Ured za upravljanje oduzetom imovinom. Cilj je osigurati da se kriminal ne isplati: imovinska korist se rano otkriva, brzo zamrzava i oduzima nakon pravosnažne presude. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Asset recovery pillar (FATF IO.8), the Ministry of Justice committed to establish a central register of seized and confiscated assets by 30 June 2024. It aims to ensure that crime does not pay: proceeds are traced early, frozen quickly and confiscated after a final judgment. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Povrat imovine“ (FATF IO.8) utvrđena je obaveza: uspostavljanje centralnog registra privremeno oduzete i oduzete imovine, s rokom do 30. juna 2024. godine. Odgovorna institucija: Ministarstvo pravde. Cilj je osigurati da se kriminal ne isplati: imovinska korist se rano otkriva, brzo zamrzava i oduzima nakon pravosnažne presude. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Asset recovery pillar (FATF IO.8), the Ministry of Justice committed to adopt rules on the management and sale of seized assets by 30 September 2024. It aims to ensure that crime does not pay: proceeds are traced early, frozen quickly and confiscated after a final judgment. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Povrat imovine“ (FATF IO.8) utvrđena je obaveza: donošenje pravila o upravljanju privremeno oduzetom imovinom i njenoj prodaji, s rokom do 30. septembra 2024. godine. Odgovorna institucija: Ministarstvo pravde. Cilj je osigurati da se kriminal ne isplati: imovinska korist se rano otkriva, brzo zamrzava i oduzima nakon pravosnažne presude. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Asset recovery pillar (FATF IO.8), the Asset management office committed to publish annual statistics on frozen, seized and confiscated assets by 31 December 2023. It aims to ensure that crime does not pay: proceeds are traced early, frozen quickly and confiscated after a final judgment. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Povrat imovine“ (FATF IO.8) utvrđena je obaveza: objavljivanje godišnje statistike o zamrznutoj, privremeno oduzetoj i oduzetoj imovini, s rokom do 31. decembra 2023. godine. Odgovorna institucija: Ured za upravljanje oduzetom imovinom. Cilj je osigurati da se kriminal ne isplati: imovinska korist se rano otkriva, brzo zamrzava i oduzima nakon pravosnažne presude. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Asset recovery pillar (FATF IO.8), the State Prosecutor’s Office committed to designate contact points in the regional asset recovery network by 31 December 2020. It aims to ensure that crime does not pay: proceeds are traced early, frozen quickly and confiscated after a final judgment. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Povrat imovine“ (FATF IO.8) utvrđena je obaveza: određivanje kontakt-tačaka u regionalnoj mreži za povrat imovine, s rokom do 31. decembra 2020. godine. Odgovorna institucija: Državno tužilaštvo. Cilj je osigurati da se kriminal ne isplati: imovinska korist se rano otkriva, brzo zamrzava i oduzima nakon pravosnažne presude. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Asset recovery pillar (FATF IO.8), the State Prosecutor’s Office committed to introduce non-conviction-based confiscation by 30 June 2024. It aims to ensure that crime does not pay: proceeds are traced early, frozen quickly and confiscated after a final judgment. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Povrat imovine“ (FATF IO.8) utvrđena je obaveza: uvođenje oduzimanja imovine bez osuđujuće presude, s rokom do 30. juna 2024. godine. Odgovorna institucija: Državno tužilaštvo. Cilj je osigurati da se kriminal ne isplati: imovinska korist se rano otkriva, brzo zamrzava i oduzima nakon pravosnažne presude. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Asset declarations and conflict of interest pillar (ACIF goal 2), the State Commission for Prevention of Corruption committed to give the anti-corruption agency access to bank, tax and property registers by 30 September 2020. It supports ACIF goal 2: credible asset-declaration and conflict-of-interest systems with real verification. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Imovinski kartoni i sukob interesa“ (ACIF, cilj 2) utvrđena je obaveza: omogućavanje pristupa antikorupcijske agencije bankovnim, poreskim i imovinskim registrima, s rokom do 30. septembra 2020. godine. Odgovorna institucija: Državna komisija za sprječavanje korupcije. Podržava cilj 2 ACIF-a: vjerodostojne sisteme imovinskih kartona i sukoba interesa sa stvarnom provjerom. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Asset declarations and conflict of interest pillar (ACIF goal 2), the State Commission for Prevention of Corruption committed to adopt rules on conflict of interest in local government by 30 September 2022. It supports ACIF goal 2: credible asset-declaration and conflict-of-interest systems with real verification. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Imovinski kartoni i sukob interesa“ (ACIF, cilj 2) utvrđena je obaveza: donošenje pravila o sukobu interesa u lokalnoj samoupravi, s rokom do 30. septembra 2022. godine. Odgovorna institucija: Državna komisija za sprječavanje korupcije. Podržava cilj 2 ACIF-a: vjerodostojne sisteme imovinskih kartona i sukoba interesa sa stvarnom provjerom. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Asset declarations and conflict of interest pillar (ACIF goal 2), the State Commission for Prevention of Corruption committed to introduce sanctions for false or incomplete asset declarations by 30 September 2020. It supports ACIF goal 2: credible asset-declaration and conflict-of-interest systems with real verification. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Imovinski kartoni i sukob interesa“ (ACIF, cilj 2) utvrđena je obaveza: uvođenje sankcija za lažne ili nepotpune imovinske kartone, s rokom do 30. septembra 2020. godine. Odgovorna institucija: Državna komisija za sprječavanje korupcije. Podržava cilj 2 ACIF-a: vjerodostojne sisteme imovinskih kartona i sukoba interesa sa stvarnom provjerom. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Asset declarations and conflict of interest pillar (ACIF goal 2), the State Commission for Prevention of Corruption committed to introduce risk-based verification of asset declarations by 31 March 2026. It supports ACIF goal 2: credible asset-declaration and conflict-of-interest systems with real verification. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Imovinski kartoni i sukob interesa“ (ACIF, cilj 2) utvrđena je obaveza: uvođenje provjere imovinskih kartona zasnovane na riziku, s rokom do 31. marta 2026. godine. Odgovorna institucija: Državna komisija za sprječavanje korupcije. Podržava cilj 2 ACIF-a: vjerodostojne sisteme imovinskih kartona i sukoba interesa sa stvarnom provjerom. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Asset declarations and conflict of interest pillar (ACIF goal 2), the State Commission for Prevention of Corruption committed to extend declaration duties to family members of senior officials by 31 March 2025. It supports ACIF goal 2: credible asset-declaration and conflict-of-interest systems with real verification. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Imovinski kartoni i sukob interesa“ (ACIF, cilj 2) utvrđena je obaveza: proširivanje obaveze prijavljivanja imovine na članove porodica visokih funkcionera, s rokom do 31. marta 2025. godine. Odgovorna institucija: Državna komisija za sprječavanje korupcije. Podržava cilj 2 ACIF-a: vjerodostojne sisteme imovinskih kartona i sukoba interesa sa stvarnom provjerom. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Asset declarations and conflict of interest pillar (ACIF goal 2), the State Commission for Prevention of Corruption committed to publish the asset declarations of senior officials online by 31 March 2025. It supports ACIF goal 2: credible asset-declaration and conflict-of-interest systems with real verification. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Imovinski kartoni i sukob interesa“ (ACIF, cilj 2) utvrđena je obaveza: objavljivanje imovinskih kartona visokih funkcionera na internetu, s rokom do 31. marta 2025. godine. Odgovorna institucija: Državna komisija za sprječavanje korupcije. Podržava cilj 2 ACIF-a: vjerodostojne sisteme imovinskih kartona i sukoba interesa sa stvarnom provjerom. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Public procurement integrity pillar (ACIF goal 1), the Public procurement agency committed to establish an independent review body for procurement complaints by 31 December 2026. It supports ACIF goal 1: reducing corruption risks in public procurement through openness and competition. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Integritet javnih nabavki“ (ACIF, cilj 1) utvrđena je obaveza: osnivanje nezavisnog tijela za razmatranje žalbi u javnim nabavkama, s rokom do 31. decembra 2026. godine. Odgovorna institucija: Agencija za javne nabavke. Podržava cilj 1 ACIF-a: smanjenje koruptivnih rizika u javnim nabavkama kroz otvorenost i konkurenciju. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Public procurement integrity pillar (ACIF goal 1), the State Commission for Prevention of Corruption committed to introduce red-flag analysis of tenders to detect corruption risks by 30 September 2022. It supports ACIF goal 1: reducing corruption risks in public procurement through openness and competition. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Integritet javnih nabavki“ (ACIF, cilj 1) utvrđena je obaveza: uvođenje analize indikatora upozorenja u tenderima radi otkrivanja koruptivnih rizika, s rokom do 30. septembra 2022. godine. Odgovorna institucija: Državna komisija za sprječavanje korupcije. Podržava cilj 1 ACIF-a: smanjenje koruptivnih rizika u javnim nabavkama kroz otvorenost i konkurenciju. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Public procurement integrity pillar (ACIF goal 1), the Public procurement agency committed to publish annual procurement monitoring reports by 30 June 2024. It supports ACIF goal 1: reducing corruption risks in public procurement through openness and competition. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Integritet javnih nabavki“ (ACIF, cilj 1) utvrđena je obaveza: objavljivanje godišnjih izvještaja o praćenju javnih nabavki, s rokom do 30. juna 2024. godine. Odgovorna institucija: Agencija za javne nabavke. Podržava cilj 1 ACIF-a: smanjenje koruptivnih rizika u javnim nabavkama kroz otvorenost i konkurenciju. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Public procurement integrity pillar (ACIF goal 1), the State Commission for Prevention of Corruption committed to publish all procurement contracts and amendments as open data by 30 June 2022. It supports ACIF goal 1: reducing corruption risks in public procurement through openness and competition. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Integritet javnih nabavki“ (ACIF, cilj 1) utvrđena je obaveza: objavljivanje svih ugovora o nabavkama i njihovih izmjena kao otvorenih podataka, s rokom do 30. juna 2022. godine. Odgovorna institucija: Državna komisija za sprječavanje korupcije. Podržava cilj 1 ACIF-a: smanjenje koruptivnih rizika u javnim nabavkama kroz otvorenost i konkurenciju. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Public procurement integrity pillar (ACIF goal 1), the Public procurement agency committed to introduce conflict-of-interest statements for tender evaluation committees by 30 June 2021. It supports ACIF goal 1: reducing corruption risks in public procurement through openness and competition. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Integritet javnih nabavki“ (ACIF, cilj 1) utvrđena je obaveza: uvođenje izjava o sukobu interesa za komisije za ocjenu ponuda, s rokom do 30. juna 2021. godine. Odgovorna institucija: Agencija za javne nabavke. Podržava cilj 1 ACIF-a: smanjenje koruptivnih rizika u javnim nabavkama kroz otvorenost i konkurenciju. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Public procurement integrity pillar (ACIF goal 1), the Public procurement agency committed to make electronic procurement mandatory for all contracting authorities by 31 December 2025. It supports ACIF goal 1: reducing corruption risks in public procurement through openness and competition. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Integritet javnih nabavki“ (ACIF, cilj 1) utvrđena je obaveza: uvođenje obaveznih elektronskih nabavki za sve ugovorne organe, s rokom do 31. decembra 2025. godine. Odgovorna institucija: Agencija za javne nabavke. Podržava cilj 1 ACIF-a: smanjenje koruptivnih rizika u javnim nabavkama kroz otvorenost i konkurenciju. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Regional and international cooperation pillar (FATF IO.2, ACIF goal 3), the Financial Intelligence Office committed to agree FIU-to-FIU information exchange memoranda across the region by 30 September 2024. It supports ACIF goal 3: a regional network of specialised prosecutors, law-enforcement agencies and FIUs. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Regionalna i međunarodna saradnja“ (FATF IO.2, ACIF, cilj 3) utvrđena je obaveza: zaključivanje memoranduma o razmjeni informacija između finansijsko-obavještajnih jedinica u regiji, s rokom do 30. septembra 2024. godine. Odgovorna institucija: Ured za finansijsko-obavještajne poslove. Podržava cilj 3 ACIF-a: regionalnu mrežu specijaliziranih tužilaca, agencija za provođenje zakona i finansijsko-obavještajnih jedinica. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Regional and international cooperation pillar (FATF IO.2, ACIF goal 3), the Ministry of Justice committed to reduce the time to answer mutual legal assistance requests to 90 days by 30 September 2025. It supports ACIF goal 3: a regional network of specialised prosecutors, law-enforcement agencies and FIUs. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Regionalna i međunarodna saradnja“ (FATF IO.2, ACIF, cilj 3) utvrđena je obaveza: skraćivanje roka za odgovor na zahtjeve za međunarodnu pravnu pomoć na 90 dana, s rokom do 30. septembra 2025. godine. Odgovorna institucija: Ministarstvo pravde. Podržava cilj 3 ACIF-a: regionalnu mrežu specijaliziranih tužilaca, agencija za provođenje zakona i finansijsko-obavještajnih jedinica. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Regional and international cooperation pillar (FATF IO.2, ACIF goal 3), the Financial Intelligence Office committed to sign agreements on joint investigation teams with neighbouring jurisdictions by 31 March 2025. It supports ACIF goal 3: a regional network of specialised prosecutors, law-enforcement agencies and FIUs. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Regionalna i međunarodna saradnja“ (FATF IO.2, ACIF, cilj 3) utvrđena je obaveza: potpisivanje sporazuma o zajedničkim istražnim timovima sa susjednim jurisdikcijama, s rokom do 31. marta 2025. godine. Odgovorna institucija: Ured za finansijsko-obavještajne poslove. Podržava cilj 3 ACIF-a: regionalnu mrežu specijaliziranih tužilaca, agencija za provođenje zakona i finansijsko-obavještajnih jedinica. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Regional and international cooperation pillar (FATF IO.2, ACIF goal 3), the Ministry of Justice committed to join the regional network of specialised anti-corruption prosecutors by 31 March 2024. It supports ACIF goal 3: a regional network of specialised prosecutors, law-enforcement agencies and FIUs. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Regionalna i međunarodna saradnja“ (FATF IO.2, ACIF, cilj 3) utvrđena je obaveza: pristupanje regionalnoj mreži specijaliziranih antikorupcijskih tužilaca, s rokom do 31. marta 2024. godine. Odgovorna institucija: Ministarstvo pravde. Podržava cilj 3 ACIF-a: regionalnu mrežu specijaliziranih tužilaca, agencija za provođenje zakona i finansijsko-obavještajnih jedinica. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Regional and international cooperation pillar (FATF IO.2, ACIF goal 3), the Ministry of Justice committed to publish statistics on incoming and outgoing mutual legal assistance requests by 30 September 2024. It supports ACIF goal 3: a regional network of specialised prosecutors, law-enforcement agencies and FIUs. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Regionalna i međunarodna saradnja“ (FATF IO.2, ACIF, cilj 3) utvrđena je obaveza: objavljivanje statistike o dolaznim i odlaznim zahtjevima za međunarodnu pravnu pomoć, s rokom do 30. septembra 2024. godine. Odgovorna institucija: Ministarstvo pravde. Podržava cilj 3 ACIF-a: regionalnu mrežu specijaliziranih tužilaca, agencija za provođenje zakona i finansijsko-obavještajnih jedinica. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Regional and international cooperation pillar (FATF IO.2, ACIF goal 3), the Financial Intelligence Office committed to adopt a protocol on spontaneous information sharing with foreign prosecutors by 30 June 2026. It supports ACIF goal 3: a regional network of specialised prosecutors, law-enforcement agencies and FIUs. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Regionalna i međunarodna saradnja“ (FATF IO.2, ACIF, cilj 3) utvrđena je obaveza: usvajanje protokola o spontanoj razmjeni informacija sa stranim tužiocima, s rokom do 30. juna 2026. godine. Odgovorna institucija: Ured za finansijsko-obavještajne poslove. Podržava cilj 3 ACIF-a: regionalnu mrežu specijaliziranih tužilaca, agencija za provođenje zakona i finansijsko-obavještajnih jedinica. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Regional and international cooperation pillar (FATF IO.2, ACIF goal 3), the Financial Intelligence Office committed to introduce electronic transmission of mutual legal assistance requests by 31 December 2024. It supports ACIF goal 3: a regional network of specialised prosecutors, law-enforcement agencies and FIUs. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Regionalna i međunarodna saradnja“ (FATF IO.2, ACIF, cilj 3) utvrđena je obaveza: uvođenje elektronskog dostavljanja zahtjeva za međunarodnu pravnu pomoć, s rokom do 31. decembra 2024. godine. Odgovorna institucija: Ured za finansijsko-obavještajne poslove. Podržava cilj 3 ACIF-a: regionalnu mrežu specijaliziranih tužilaca, agencija za provođenje zakona i finansijsko-obavještajnih jedinica. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the AML/CFT framework and risk understanding pillar (FATF R.1, IO.1), the Administration for the Prevention of Money Laundering committed to complete a risk assessment of the non-profit sector for terrorist-financing abuse by 31 December 2024. It follows from the national risk assessment and from the recommendations of the last MONEYVAL evaluation. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Okvir za sprječavanje pranja novca i finansiranja terorizma i razumijevanje rizika“ (FATF R.1, IO.1) utvrđena je obaveza: izrada procjene rizika od zloupotrebe neprofitnog sektora za finansiranje terorizma, s rokom do 31. decembra 2024. godine. Odgovorna institucija: Uprava za sprječavanje pranja novca. Proizlazi iz nacionalne procjene rizika i iz preporuka posljednje evaluacije MONEYVAL-a. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the AML/CFT framework and risk understanding pillar (FATF R.1, IO.1), the Administration for the Prevention of Money Laundering committed to adopt secondary legislation on due diligence for politically exposed persons by 31 March 2024. It follows from the national risk assessment and from the recommendations of the last MONEYVAL evaluation. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Okvir za sprječavanje pranja novca i finansiranja terorizma i razumijevanje rizika“ (FATF R.1, IO.1) utvrđena je obaveza: donošenje podzakonskih akata o dubinskoj analizi politički izloženih osoba, s rokom do 31. marta 2024. godine. Odgovorna institucija: Uprava za sprječavanje pranja novca. Proizlazi iz nacionalne procjene rizika i iz preporuka posljednje evaluacije MONEYVAL-a. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the AML/CFT framework and risk understanding pillar (FATF R.1, IO.1), the Ministry of Finance committed to complete a sectoral risk assessment of virtual asset service providers by 30 June 2023. It follows from the national risk assessment and from the recommendations of the last MONEYVAL evaluation. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Okvir za sprječavanje pranja novca i finansiranja terorizma i razumijevanje rizika“ (FATF R.1, IO.1) utvrđena je obaveza: izrada sektorske procjene rizika za pružaoce usluga virtuelne imovine, s rokom do 30. juna 2023. godine. Odgovorna institucija: Ministarstvo finansija. Proizlazi iz nacionalne procjene rizika i iz preporuka posljednje evaluacije MONEYVAL-a. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the AML/CFT framework and risk understanding pillar (FATF R.1, IO.1), the Administration for the Prevention of Money Laundering committed to publish consolidated annual AML/CFT statistics by 31 December 2022. It follows from the national risk assessment and from the recommendations of the last MONEYVAL evaluation. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Okvir za sprječavanje pranja novca i finansiranja terorizma i razumijevanje rizika“ (FATF R.1, IO.1) utvrđena je obaveza: objavljivanje objedinjene godišnje statistike o SPN/FT, s rokom do 31. decembra 2022. godine. Odgovorna institucija: Uprava za sprječavanje pranja novca. Proizlazi iz nacionalne procjene rizika i iz preporuka posljednje evaluacije MONEYVAL-a. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the AML/CFT framework and risk understanding pillar (FATF R.1, IO.1), the Administration for the Prevention of Money Laundering committed to adopt an updated national money-laundering and terrorist-financing risk assessment by 31 December 2025. It follows from the national risk assessment and from the recommendations of the last MONEYVAL evaluation. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Okvir za sprječavanje pranja novca i finansiranja terorizma i razumijevanje rizika“ (FATF R.1, IO.1) utvrđena je obaveza: usvajanje ažurirane nacionalne procjene rizika od pranja novca i finansiranja terorizma, s rokom do 31. decembra 2025. godine. Odgovorna institucija: Uprava za sprječavanje pranja novca. Proizlazi iz nacionalne procjene rizika i iz preporuka posljednje evaluacije MONEYVAL-a. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Financial intelligence pillar (FATF IO.6), the Administration for the Prevention of Money Laundering committed to deploy a new case-management and analysis system at the financial intelligence unit by 30 September 2020. It aims to raise the quality of suspicious transaction reports and the share of disseminations that lead to investigations. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Finansijsko-obavještajni rad“ (FATF IO.6) utvrđena je obaveza: uvođenje novog sistema za upravljanje predmetima i analizu u finansijsko-obavještajnoj jedinici, s rokom do 30. septembra 2020. godine. Odgovorna institucija: Uprava za sprječavanje pranja novca. Cilj je podići kvalitet prijava sumnjivih transakcija i udio proslijeđenih predmeta koji dovode do istraga. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Financial intelligence pillar (FATF IO.6), the Administration for the Prevention of Money Laundering committed to increase the analytical staff of the financial intelligence unit by 30 June 2025. It aims to raise the quality of suspicious transaction reports and the share of disseminations that lead to investigations. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Finansijsko-obavještajni rad“ (FATF IO.6) utvrđena je obaveza: povećanje broja analitičara u finansijsko-obavještajnoj jedinici, s rokom do 30. juna 2025. godine. Odgovorna institucija: Uprava za sprječavanje pranja novca. Cilj je podići kvalitet prijava sumnjivih transakcija i udio proslijeđenih predmeta koji dovode do istraga. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Financial intelligence pillar (FATF IO.6), the Administration for the Prevention of Money Laundering committed to train real-estate and construction businesses on suspicious transaction reporting by 30 September 2021. It aims to raise the quality of suspicious transaction reports and the share of disseminations that lead to investigations. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Finansijsko-obavještajni rad“ (FATF IO.6) utvrđena je obaveza: obuka subjekata u oblasti nekretnina i građevinarstva o prijavljivanju sumnjivih transakcija, s rokom do 30. septembra 2021. godine. Odgovorna institucija: Uprava za sprječavanje pranja novca. Cilj je podići kvalitet prijava sumnjivih transakcija i udio proslijeđenih predmeta koji dovode do istraga. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Financial intelligence pillar (FATF IO.6), the Administration for the Prevention of Money Laundering committed to give the financial intelligence unit direct access to tax, cadastre and vehicle registers by 31 December 2025. It aims to raise the quality of suspicious transaction reports and the share of disseminations that lead to investigations. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Finansijsko-obavještajni rad“ (FATF IO.6) utvrđena je obaveza: omogućavanje direktnog pristupa finansijsko-obavještajne jedinice poreskim, katastarskim i registrima vozila, s rokom do 31. decembra 2025. godine. Odgovorna institucija: Uprava za sprječavanje pranja novca. Cilj je podići kvalitet prijava sumnjivih transakcija i udio proslijeđenih predmeta koji dovode do istraga. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Financial intelligence pillar (FATF IO.6), the Administration for the Prevention of Money Laundering committed to agree feedback procedures on disseminations with the prosecution service by 31 March 2022. It aims to raise the quality of suspicious transaction reports and the share of disseminations that lead to investigations. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Finansijsko-obavještajni rad“ (FATF IO.6) utvrđena je obaveza: dogovaranje postupaka povratne informacije o proslijeđenim predmetima s tužilaštvom, s rokom do 31. marta 2022. godine. Odgovorna institucija: Uprava za sprječavanje pranja novca. Cilj je podići kvalitet prijava sumnjivih transakcija i udio proslijeđenih predmeta koji dovode do istraga. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Beneficial ownership transparency pillar (FATF IO.5), the Ministry of Finance committed to connect the beneficial ownership register to the business register by 31 March 2023. Accurate and timely beneficial ownership information lets investigators see who is behind companies used to move illicit funds. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Transparentnost stvarnog vlasništva“ (FATF IO.5) utvrđena je obaveza: povezivanje registra stvarnih vlasnika s registrom poslovnih subjekata, s rokom do 31. marta 2023. godine. Odgovorna institucija: Ministarstvo finansija. Tačni i blagovremeni podaci o stvarnom vlasništvu omogućavaju istražiteljima da vide ko stoji iza društava koja se koriste za prenos nezakonitih sredstava. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Beneficial ownership transparency pillar (FATF IO.5), the Ministry of Finance committed to establish a central register of beneficial owners by 31 December 2024. Accurate and timely beneficial ownership information lets investigators see who is behind companies used to move illicit funds. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Transparentnost stvarnog vlasništva“ (FATF IO.5) utvrđena je obaveza: uspostavljanje centralnog registra stvarnih vlasnika, s rokom do 31. decembra 2024. godine. Odgovorna institucija: Ministarstvo finansija. Tačni i blagovremeni podaci o stvarnom vlasništvu omogućavaju istražiteljima da vide ko stoji iza društava koja se koriste za prenos nezakonitih sredstava. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Beneficial ownership transparency pillar (FATF IO.5), the Business registry committed to remove bearer shares and nominee arrangements from company law by 30 September 2021. Accurate and timely beneficial ownership information lets investigators see who is behind companies used to move illicit funds. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Transparentnost stvarnog vlasništva“ (FATF IO.5) utvrđena je obaveza: ukidanje dionica na donosioca i nominalnih aranžmana u zakonu o privrednim društvima, s rokom do 30. septembra 2021. godine. Odgovorna institucija: Registar poslovnih subjekata. Tačni i blagovremeni podaci o stvarnom vlasništvu omogućavaju istražiteljima da vide ko stoji iza društava koja se koriste za prenos nezakonitih sredstava. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Beneficial ownership transparency pillar (FATF IO.5), the Administration for the Prevention of Money Laundering committed to give obliged entities electronic access to the beneficial ownership register by 30 June 2021. Accurate and timely beneficial ownership information lets investigators see who is behind companies used to move illicit funds. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Transparentnost stvarnog vlasništva“ (FATF IO.5) utvrđena je obaveza: omogućavanje elektronskog pristupa obveznika registru stvarnih vlasnika, s rokom do 30. juna 2021. godine. Odgovorna institucija: Uprava za sprječavanje pranja novca. Tačni i blagovremeni podaci o stvarnom vlasništvu omogućavaju istražiteljima da vide ko stoji iza društava koja se koriste za prenos nezakonitih sredstava. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Beneficial ownership transparency pillar (FATF IO.5), the Ministry of Finance committed to introduce sanctions for failure to register or update beneficial ownership by 30 June 2023. Accurate and timely beneficial ownership information lets investigators see who is behind companies used to move illicit funds. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Transparentnost stvarnog vlasništva“ (FATF IO.5) utvrđena je obaveza: uvođenje sankcija za neupisivanje ili neažuriranje podataka o stvarnom vlasništvu, s rokom do 30. juna 2023. godine. Odgovorna institucija: Ministarstvo finansija. Tačni i blagovremeni podaci o stvarnom vlasništvu omogućavaju istražiteljima da vide ko stoji iza društava koja se koriste za prenos nezakonitih sredstava. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Money-laundering investigation and prosecution pillar (FATF IO.7), the Police economic crime unit committed to adopt a money-laundering investigation and prosecution strategy by 31 March 2025. It aims to move from predicate-offence cases to stand-alone money-laundering prosecutions ending in final convictions. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Istraga i krivično gonjenje pranja novca“ (FATF IO.7) utvrđena je obaveza: usvajanje strategije istrage i krivičnog gonjenja pranja novca, s rokom do 31. marta 2025. godine. Odgovorna institucija: Policijska jedinica za privredni kriminal. Cilj je prijeći s predmeta predikatnih krivičnih djela na samostalno krivično gonjenje pranja novca koje završava pravosnažnim osuđujućim presudama. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Money-laundering investigation and prosecution pillar (FATF IO.7), the State Prosecutor’s Office committed to establish a specialised financial investigations unit within the police by 30 September 2023. It aims to move from predicate-offence cases to stand-alone money-laundering prosecutions ending in final convictions. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Istraga i krivično gonjenje pranja novca“ (FATF IO.7) utvrđena je obaveza: osnivanje specijalizirane jedinice za finansijske istrage u policiji, s rokom do 30. septembra 2023. godine. Odgovorna institucija: Državno tužilaštvo. Cilj je prijeći s predmeta predikatnih krivičnih djela na samostalno krivično gonjenje pranja novca koje završava pravosnažnim osuđujućim presudama. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Money-laundering investigation and prosecution pillar (FATF IO.7), the Ministry of Justice committed to set up a joint task force of prosecutors, police, tax and customs officials by 31 March 2021. It aims to move from predicate-offence cases to stand-alone money-laundering prosecutions ending in final convictions. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Istraga i krivično gonjenje pranja novca“ (FATF IO.7) utvrđena je obaveza: formiranje zajedničke radne grupe tužilaca, policije, poreskih i carinskih službenika, s rokom do 31. marta 2021. godine. Odgovorna institucija: Ministarstvo pravde. Cilj je prijeći s predmeta predikatnih krivičnih djela na samostalno krivično gonjenje pranja novca koje završava pravosnažnim osuđujućim presudama. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Money-laundering investigation and prosecution pillar (FATF IO.7), the State Prosecutor’s Office committed to review sentencing practice in money-laundering cases by 31 March 2025. It aims to move from predicate-offence cases to stand-alone money-laundering prosecutions ending in final convictions. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Istraga i krivično gonjenje pranja novca“ (FATF IO.7) utvrđena je obaveza: preispitivanje kaznene politike u predmetima pranja novca, s rokom do 31. marta 2025. godine. Odgovorna institucija: Državno tužilaštvo. Cilj je prijeći s predmeta predikatnih krivičnih djela na samostalno krivično gonjenje pranja novca koje završava pravosnažnim osuđujućim presudama. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Money-laundering investigation and prosecution pillar (FATF IO.7), the State Prosecutor’s Office committed to train judges and prosecutors on proving money laundering from circumstantial evidence by 31 March 2022. It aims to move from predicate-offence cases to stand-alone money-laundering prosecutions ending in final convictions. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Istraga i krivično gonjenje pranja novca“ (FATF IO.7) utvrđena je obaveza: obuka sudija i tužilaca o dokazivanju pranja novca na osnovu posrednih dokaza, s rokom do 31. marta 2022. godine. Odgovorna institucija: Državno tužilaštvo. Cilj je prijeći s predmeta predikatnih krivičnih djela na samostalno krivično gonjenje pranja novca koje završava pravosnažnim osuđujućim presudama. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Asset recovery pillar (FATF IO.8), the State Prosecutor’s Office committed to establish a central register of seized and confiscated assets by 31 March 2024. It aims to ensure that crime does not pay: proceeds are traced early, frozen quickly and confiscated after a final judgment. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Povrat imovine“ (FATF IO.8) utvrđena je obaveza: uspostavljanje centralnog registra privremeno oduzete i oduzete imovine, s rokom do 31. marta 2024. godine. Odgovorna institucija: Državno tužilaštvo. Cilj je osigurati da se kriminal ne isplati: imovinska korist se rano otkriva, brzo zamrzava i oduzima nakon pravosnažne presude. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Asset recovery pillar (FATF IO.8), the Ministry of Justice committed to publish annual statistics on frozen, seized and confiscated assets by 31 March 2021. It aims to ensure that crime does not pay: proceeds are traced early, frozen quickly and confiscated after a final judgment. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Povrat imovine“ (FATF IO.8) utvrđena je obaveza: objavljivanje godišnje statistike o zamrznutoj, privremeno oduzetoj i oduzetoj imovini, s rokom do 31. marta 2021. godine. Odgovorna institucija: Ministarstvo pravde. Cilj je osigurati da se kriminal ne isplati: imovinska korist se rano otkriva, brzo zamrzava i oduzima nakon pravosnažne presude. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Asset recovery pillar (FATF IO.8), the Asset management office committed to introduce the social re-use of confiscated property by 30 June 2022. It aims to ensure that crime does not pay: proceeds are traced early, frozen quickly and confiscated after a final judgment. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Povrat imovine“ (FATF IO.8) utvrđena je obaveza: uvođenje društvene ponovne upotrebe oduzete imovine, s rokom do 30. juna 2022. godine. Odgovorna institucija: Ured za upravljanje oduzetom imovinom. Cilj je osigurati da se kriminal ne isplati: imovinska korist se rano otkriva, brzo zamrzava i oduzima nakon pravosnažne presude. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Asset recovery pillar (FATF IO.8), the Asset management office committed to introduce non-conviction-based confiscation by 30 June 2026. It aims to ensure that crime does not pay: proceeds are traced early, frozen quickly and confiscated after a final judgment. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Povrat imovine“ (FATF IO.8) utvrđena je obaveza: uvođenje oduzimanja imovine bez osuđujuće presude, s rokom do 30. juna 2026. godine. Odgovorna institucija: Ured za upravljanje oduzetom imovinom. Cilj je osigurati da se kriminal ne isplati: imovinska korist se rano otkriva, brzo zamrzava i oduzima nakon pravosnažne presude. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Asset recovery pillar (FATF IO.8), the State Prosecutor’s Office committed to adopt rules on the management and sale of seized assets by 31 March 2025. It aims to ensure that crime does not pay: proceeds are traced early, frozen quickly and confiscated after a final judgment. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Povrat imovine“ (FATF IO.8) utvrđena je obaveza: donošenje pravila o upravljanju privremeno oduzetom imovinom i njenoj prodaji, s rokom do 31. marta 2025. godine. Odgovorna institucija: Državno tužilaštvo. Cilj je osigurati da se kriminal ne isplati: imovinska korist se rano otkriva, brzo zamrzava i oduzima nakon pravosnažne presude. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Asset recovery pillar (FATF IO.8), the Ministry of Justice committed to adopt a law on extended confiscation by 31 March 2023. It aims to ensure that crime does not pay: proceeds are traced early, frozen quickly and confiscated after a final judgment. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Povrat imovine“ (FATF IO.8) utvrđena je obaveza: donošenje zakona o proširenom oduzimanju imovine, s rokom do 31. marta 2023. godine. Odgovorna institucija: Ministarstvo pravde. Cilj je osigurati da se kriminal ne isplati: imovinska korist se rano otkriva, brzo zamrzava i oduzima nakon pravosnažne presude. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Asset recovery pillar (FATF IO.8), the Asset management office committed to designate contact points in the regional asset recovery network by 31 December 2024. It aims to ensure that crime does not pay: proceeds are traced early, frozen quickly and confiscated after a final judgment. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Povrat imovine“ (FATF IO.8) utvrđena je obaveza: određivanje kontakt-tačaka u regionalnoj mreži za povrat imovine, s rokom do 31. decembra 2024. godine. Odgovorna institucija: Ured za upravljanje oduzetom imovinom. Cilj je osigurati da se kriminal ne isplati: imovinska korist se rano otkriva, brzo zamrzava i oduzima nakon pravosnažne presude. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Asset declarations and conflict of interest pillar (ACIF goal 2), the Agency for Prevention of Corruption committed to give the anti-corruption agency access to bank, tax and property registers by 30 June 2025. It supports ACIF goal 2: credible asset-declaration and conflict-of-interest systems with real verification. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Imovinski kartoni i sukob interesa“ (ACIF, cilj 2) utvrđena je obaveza: omogućavanje pristupa antikorupcijske agencije bankovnim, poreskim i imovinskim registrima, s rokom do 30. juna 2025. godine. Odgovorna institucija: Agencija za sprječavanje korupcije. Podržava cilj 2 ACIF-a: vjerodostojne sisteme imovinskih kartona i sukoba interesa sa stvarnom provjerom. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Asset declarations and conflict of interest pillar (ACIF goal 2), the Agency for Prevention of Corruption committed to introduce a lifestyle-check methodology for verification by 30 June 2022. It supports ACIF goal 2: credible asset-declaration and conflict-of-interest systems with real verification. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Imovinski kartoni i sukob interesa“ (ACIF, cilj 2) utvrđena je obaveza: uvođenje metodologije provjere životnog standarda za potrebe provjere imovinskih kartona, s rokom do 30. juna 2022. godine. Odgovorna institucija: Agencija za sprječavanje korupcije. Podržava cilj 2 ACIF-a: vjerodostojne sisteme imovinskih kartona i sukoba interesa sa stvarnom provjerom. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Asset declarations and conflict of interest pillar (ACIF goal 2), the Agency for Prevention of Corruption committed to publish annual reports on verification results and sanctions by 31 March 2023. It supports ACIF goal 2: credible asset-declaration and conflict-of-interest systems with real verification. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Imovinski kartoni i sukob interesa“ (ACIF, cilj 2) utvrđena je obaveza: objavljivanje godišnjih izvještaja o rezultatima provjera i sankcijama, s rokom do 31. marta 2023. godine. Odgovorna institucija: Agencija za sprječavanje korupcije. Podržava cilj 2 ACIF-a: vjerodostojne sisteme imovinskih kartona i sukoba interesa sa stvarnom provjerom. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Asset declarations and conflict of interest pillar (ACIF goal 2), the Agency for Prevention of Corruption committed to regulate gifts and post-employment restrictions for public officials by 31 December 2024. It supports ACIF goal 2: credible asset-declaration and conflict-of-interest systems with real verification. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Imovinski kartoni i sukob interesa“ (ACIF, cilj 2) utvrđena je obaveza: uređivanje poklona i ograničenja nakon prestanka funkcije za javne funkcionere, s rokom do 31. decembra 2024. godine. Odgovorna institucija: Agencija za sprječavanje korupcije. Podržava cilj 2 ACIF-a: vjerodostojne sisteme imovinskih kartona i sukoba interesa sa stvarnom provjerom. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Asset declarations and conflict of interest pillar (ACIF goal 2), the Agency for Prevention of Corruption committed to adopt rules on conflict of interest in local government by 31 December 2023. It supports ACIF goal 2: credible asset-declaration and conflict-of-interest systems with real verification. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Imovinski kartoni i sukob interesa“ (ACIF, cilj 2) utvrđena je obaveza: donošenje pravila o sukobu interesa u lokalnoj samoupravi, s rokom do 31. decembra 2023. godine. Odgovorna institucija: Agencija za sprječavanje korupcije. Podržava cilj 2 ACIF-a: vjerodostojne sisteme imovinskih kartona i sukoba interesa sa stvarnom provjerom. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Asset declarations and conflict of interest pillar (ACIF goal 2), the Agency for Prevention of Corruption committed to extend declaration duties to family members of senior officials by 30 June 2024. It supports ACIF goal 2: credible asset-declaration and conflict-of-interest systems with real verification. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Imovinski kartoni i sukob interesa“ (ACIF, cilj 2) utvrđena je obaveza: proširivanje obaveze prijavljivanja imovine na članove porodica visokih funkcionera, s rokom do 30. juna 2024. godine. Odgovorna institucija: Agencija za sprječavanje korupcije. Podržava cilj 2 ACIF-a: vjerodostojne sisteme imovinskih kartona i sukoba interesa sa stvarnom provjerom. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Asset declarations and conflict of interest pillar (ACIF goal 2), the Agency for Prevention of Corruption committed to introduce risk-based verification of asset declarations by 31 December 2023. It supports ACIF goal 2: credible asset-declaration and conflict-of-interest systems with real verification. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Imovinski kartoni i sukob interesa“ (ACIF, cilj 2) utvrđena je obaveza: uvođenje provjere imovinskih kartona zasnovane na riziku, s rokom do 31. decembra 2023. godine. Odgovorna institucija: Agencija za sprječavanje korupcije. Podržava cilj 2 ACIF-a: vjerodostojne sisteme imovinskih kartona i sukoba interesa sa stvarnom provjerom. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Asset declarations and conflict of interest pillar (ACIF goal 2), the Agency for Prevention of Corruption committed to introduce sanctions for false or incomplete asset declarations by 31 March 2022. It supports ACIF goal 2: credible asset-declaration and conflict-of-interest systems with real verification. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Imovinski kartoni i sukob interesa“ (ACIF, cilj 2) utvrđena je obaveza: uvođenje sankcija za lažne ili nepotpune imovinske kartone, s rokom do 31. marta 2022. godine. Odgovorna institucija: Agencija za sprječavanje korupcije. Podržava cilj 2 ACIF-a: vjerodostojne sisteme imovinskih kartona i sukoba interesa sa stvarnom provjerom. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Public procurement integrity pillar (ACIF goal 1), the Agency for Prevention of Corruption committed to publish annual procurement monitoring reports by 30 September 2023. It supports ACIF goal 1: reducing corruption risks in public procurement through openness and competition. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Integritet javnih nabavki“ (ACIF, cilj 1) utvrđena je obaveza: objavljivanje godišnjih izvještaja o praćenju javnih nabavki, s rokom do 30. septembra 2023. godine. Odgovorna institucija: Agencija za sprječavanje korupcije. Podržava cilj 1 ACIF-a: smanjenje koruptivnih rizika u javnim nabavkama kroz otvorenost i konkurenciju. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Public procurement integrity pillar (ACIF goal 1), the Public procurement agency committed to publish all procurement contracts and amendments as open data by 30 June 2023. It supports ACIF goal 1: reducing corruption risks in public procurement through openness and competition. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Integritet javnih nabavki“ (ACIF, cilj 1) utvrđena je obaveza: objavljivanje svih ugovora o nabavkama i njihovih izmjena kao otvorenih podataka, s rokom do 30. juna 2023. godine. Odgovorna institucija: Agencija za javne nabavke. Podržava cilj 1 ACIF-a: smanjenje koruptivnih rizika u javnim nabavkama kroz otvorenost i konkurenciju. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Public procurement integrity pillar (ACIF goal 1), the Agency for Prevention of Corruption committed to restrict negotiated procedures without prior publication by 31 March 2025. It supports ACIF goal 1: reducing corruption risks in public procurement through openness and competition. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Integritet javnih nabavki“ (ACIF, cilj 1) utvrđena je obaveza: ograničavanje pregovaračkih postupaka bez prethodne objave, s rokom do 31. marta 2025. godine. Odgovorna institucija: Agencija za sprječavanje korupcije. Podržava cilj 1 ACIF-a: smanjenje koruptivnih rizika u javnim nabavkama kroz otvorenost i konkurenciju. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Public procurement integrity pillar (ACIF goal 1), the Agency for Prevention of Corruption committed to adopt a new public procurement law aligned with the EU directives by 30 September 2022. It supports ACIF goal 1: reducing corruption risks in public procurement through openness and competition. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Integritet javnih nabavki“ (ACIF, cilj 1) utvrđena je obaveza: donošenje novog zakona o javnim nabavkama usklađenog s direktivama EU, s rokom do 30. septembra 2022. godine. Odgovorna institucija: Agencija za sprječavanje korupcije. Podržava cilj 1 ACIF-a: smanjenje koruptivnih rizika u javnim nabavkama kroz otvorenost i konkurenciju. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Public procurement integrity pillar (ACIF goal 1), the Agency for Prevention of Corruption committed to make electronic procurement mandatory for all contracting authorities by 30 September 2024. It supports ACIF goal 1: reducing corruption risks in public procurement through openness and competition. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Integritet javnih nabavki“ (ACIF, cilj 1) utvrđena je obaveza: uvođenje obaveznih elektronskih nabavki za sve ugovorne organe, s rokom do 30. septembra 2024. godine. Odgovorna institucija: Agencija za sprječavanje korupcije. Podržava cilj 1 ACIF-a: smanjenje koruptivnih rizika u javnim nabavkama kroz otvorenost i konkurenciju. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Public procurement integrity pillar (ACIF goal 1), the Agency for Prevention of Corruption committed to train contracting authorities on integrity in procurement by 30 June 2022. It supports ACIF goal 1: reducing corruption risks in public procurement through openness and competition. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Integritet javnih nabavki“ (ACIF, cilj 1) utvrđena je obaveza: obuka ugovornih organa o integritetu u javnim nabavkama, s rokom do 30. juna 2022. godine. Odgovorna institucija: Agencija za sprječavanje korupcije. Podržava cilj 1 ACIF-a: smanjenje koruptivnih rizika u javnim nabavkama kroz otvorenost i konkurenciju. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Public procurement integrity pillar (ACIF goal 1), the Public procurement agency committed to establish an independent review body for procurement complaints by 31 December 2020. It supports ACIF goal 1: reducing corruption risks in public procurement through openness and competition. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Integritet javnih nabavki“ (ACIF, cilj 1) utvrđena je obaveza: osnivanje nezavisnog tijela za razmatranje žalbi u javnim nabavkama, s rokom do 31. decembra 2020. godine. Odgovorna institucija: Agencija za javne nabavke. Podržava cilj 1 ACIF-a: smanjenje koruptivnih rizika u javnim nabavkama kroz otvorenost i konkurenciju. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Public procurement integrity pillar (ACIF goal 1), the Agency for Prevention of Corruption committed to require beneficial ownership declarations from bidders by 30 June 2025. It supports ACIF goal 1: reducing corruption risks in public procurement through openness and competition. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Integritet javnih nabavki“ (ACIF, cilj 1) utvrđena je obaveza: uvođenje obaveze ponuđača da prijave stvarne vlasnike, s rokom do 30. juna 2025. godine. Odgovorna institucija: Agencija za sprječavanje korupcije. Podržava cilj 1 ACIF-a: smanjenje koruptivnih rizika u javnim nabavkama kroz otvorenost i konkurenciju. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Under the Regional and international cooperation pillar (FATF IO.2, ACIF goal 3), the Administration for the Prevention of Money Laundering committed to publish statistics on incoming and outgoing mutual legal assistance requests by 30 September 2022. It supports ACIF goal 3: a regional network of specialised prosecutors, law-enforcement agencies and FIUs. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'U okviru stuba „Regionalna i međunarodna saradnja“ (FATF IO.2, ACIF, cilj 3) utvrđena je obaveza: objavljivanje statistike o dolaznim i odlaznim zahtjevima za međunarodnu pravnu pomoć, s rokom do 30. septembra 2022. godine. Odgovorna institucija: Uprava za sprječavanje pranja novca. Podržava cilj 3 ACIF-a: regionalnu mrežu specijaliziranih tužilaca, agencija za provođenje zakona i finansijsko-obavještajnih jedinica. Status se izvještava nacionalnom koordinatoru mape puta na kraju svakog polugodišta. Ilustrativni podaci.',
  'Draft prepared and sent for public consultation':
    'Nacrt pripremljen i upućen u javne konsultacije',
  'Final report published':
    'Objavljen završni izvještaj',
  'Working group set up':
    'Formirana radna grupa',
  'Terms of reference agreed with donors':
    'Projektni zadatak usaglašen s donatorima',
  'System in production since the end of the period':
    'Sistem u radu od kraja perioda',
  'Technical assistance from an EU-funded project under way':
    'U toku tehnička pomoć projekta koji finansira EU',
  'Added with the ACIF Roadmap adopted in Ohrid on 25 June 2021':
    'Uvršteno s Mapom puta ACIF usvojenom u Ohridu 25. juna 2021. godine',
  'Draft submitted to the government':
    'Nacrt dostavljen vladi',
  'Delayed by early elections':
    'Odgođeno zbog prijevremenih izbora',
  'Superseded by the new national strategy':
    'Zamijenjeno novom nacionalnom strategijom',
  'Draft returned for revision after public consultation':
    'Nacrt vraćen na doradu nakon javnih konsultacija',
  'Adopted by the government':
    'Usvojila vlada',
  'Adopted by parliament and published in the Official Gazette':
    'Usvojio parlament i objavljeno u službenom glasniku',
  'Funding not yet secured':
    'Finansiranje još nije osigurano',
  'Awaiting parliamentary procedure':
    'Čeka parlamentarnu proceduru',
  'Withdrawn after a change of the legal framework':
    'Povučeno nakon promjene pravnog okvira',
  'Merged into another commitment under the same pillar':
    'Spojeno s drugom obavezom u istom stubu',
  'Half-yearly progress report, 2019-H2':
    'Polugodišnji izvještaj o napretku, 2019-H2',
  'Decision to complete a sectoral risk assessment of virtual asset service providers':
    'Odluka o izradi sektorske procjene rizika za pružaoce usluga virtuelne imovine',
  'Law on the Prevention of Money Laundering and Terrorist Financing (amendments)':
    'Zakon o sprječavanju pranja novca i finansiranja terorizma (izmjene i dopune)',
  'Official Gazette':
    'Službeni glasnik',
  'Minutes of the national coordination meeting, 2025-H1':
    'Zapisnik s nacionalnog koordinacionog sastanka, 2025-H1',
  'National roadmap coordinator':
    'Nacionalni koordinator mape puta',
  'AML/CFT framework statistics 2025':
    'Statistički podaci: Okvir za SPN/FT (2025)',
  'Half-yearly progress report, 2021-H1':
    'Polugodišnji izvještaj o napretku, 2021-H1',
  'Half-yearly progress report, 2022-H1':
    'Polugodišnji izvještaj o napretku, 2022-H1',
  'Press release: progress on financial intelligence':
    'Saopćenje za javnost: napredak u oblasti „Finansijsko-obavještajni rad“',
  'Minutes of the national coordination meeting, 2024-H1':
    'Zapisnik s nacionalnog koordinacionog sastanka, 2024-H1',
  'Minutes of the national coordination meeting, 2021-H2':
    'Zapisnik s nacionalnog koordinacionog sastanka, 2021-H2',
  'Decision to sign memoranda on information exchange with law-enforcement agencies':
    'Odluka o potpisivanju memoranduma o razmjeni informacija s agencijama za provođenje zakona',
  'Law on the Central Register of Beneficial Owners':
    'Zakon o centralnom registru stvarnih vlasnika',
  'Decision to publish an annual report on the accuracy of beneficial ownership data':
    'Odluka o objavljivanju godišnjeg izvještaja o tačnosti podataka o stvarnom vlasništvu',
  'Press release: progress on beneficial ownership':
    'Saopćenje za javnost: napredak u oblasti „Stvarno vlasništvo“',
  'Decision to require banks and notaries to report discrepancies to the register':
    'Odluka o uvođenju obaveze banaka i notara da registru prijavljuju neusklađenosti',
  'Decision to introduce sanctions for failure to register or update beneficial ownership':
    'Odluka o uvođenju sankcija za neupisivanje ili neažuriranje podataka o stvarnom vlasništvu',
  'Press release: progress on mL prosecution':
    'Saopćenje za javnost: napredak u oblasti „Gonjenje pranja novca“',
  'Half-yearly progress report, 2023-H1':
    'Polugodišnji izvještaj o napretku, 2023-H1',
  'Minutes of the national coordination meeting, 2024-H2':
    'Zapisnik s nacionalnog koordinacionog sastanka, 2024-H2',
  'Decision to introduce an electronic case-management system linking police and prosecution':
    'Odluka o uvođenju elektronskog sistema za upravljanje predmetima koji povezuje policiju i tužilaštvo',
  'Minutes of the national coordination meeting, 2022-H2':
    'Zapisnik s nacionalnog koordinacionog sastanka, 2022-H2',
  'Asset recovery statistics 2026':
    'Statistički podaci: Povrat imovine (2026)',
  'Press release: progress on asset recovery':
    'Saopćenje za javnost: napredak u oblasti „Povrat imovine“',
  'Decision to introduce the social re-use of confiscated property':
    'Odluka o uvođenju društvene ponovne upotrebe oduzete imovine',
  'Press release: progress on asset declarations':
    'Saopćenje za javnost: napredak u oblasti „Imovinski kartoni“',
  'Asset declarations statistics 2021':
    'Statistički podaci: Imovinski kartoni (2021)',
  'Decision to introduce sanctions for false or incomplete asset declarations':
    'Odluka o uvođenju sankcija za lažne ili nepotpune imovinske kartone',
  'Decision to introduce a lifestyle-check methodology for verification':
    'Odluka o uvođenju metodologije provjere životnog standarda za potrebe provjere imovinskih kartona',
  'Law on the Declaration of Assets and Interests of Public Officials':
    'Zakon o prijavljivanju imovine i interesa javnih funkcionera',
  'Decision to publish annual procurement monitoring reports':
    'Odluka o objavljivanju godišnjih izvještaja o praćenju javnih nabavki',
  'Press release: progress on public procurement':
    'Saopćenje za javnost: napredak u oblasti „Javne nabavke“',
  'Half-yearly progress report, 2024-H1':
    'Polugodišnji izvještaj o napretku, 2024-H1',
  'Half-yearly progress report, 2021-H2':
    'Polugodišnji izvještaj o napretku, 2021-H2',
  'Public procurement statistics 2022':
    'Statistički podaci: Javne nabavke (2022)',
  'Half-yearly progress report, 2026-H1':
    'Polugodišnji izvještaj o napretku, 2026-H1',
  'Half-yearly progress report, 2025-H1':
    'Polugodišnji izvještaj o napretku, 2025-H1',
  'Minutes of the national coordination meeting, 2025-H2':
    'Zapisnik s nacionalnog koordinacionog sastanka, 2025-H2',
  'Law on International Legal Assistance in Criminal Matters':
    'Zakon o međunarodnoj pravnoj pomoći u krivičnim stvarima',
  'Decision to join the regional network of specialised anti-corruption prosecutors':
    'Odluka o pristupanju regionalnoj mreži specijaliziranih antikorupcijskih tužilaca',
  'Press release: progress on regional cooperation':
    'Saopćenje za javnost: napredak u oblasti „Regionalna saradnja“',
  'Decision to adopt an updated national money-laundering and terrorist-financing risk assessment':
    'Odluka o usvajanju ažurirane nacionalne procjene rizika od pranja novca i finansiranja terorizma',
  'Minutes of the national coordination meeting, 2026-H1':
    'Zapisnik s nacionalnog koordinacionog sastanka, 2026-H1',
  'Decision to introduce risk-based supervision of casinos and games of chance':
    'Odluka o uvođenju nadzora kazina i igara na sreću zasnovanog na riziku',
  'Decision to adopt an action plan addressing the findings of the national risk assessment':
    'Odluka o usvajanju akcionog plana za otklanjanje nalaza nacionalne procjene rizika',
  'Half-yearly progress report, 2025-H2':
    'Polugodišnji izvještaj o napretku, 2025-H2',
  'Decision to increase the analytical staff of the financial intelligence unit':
    'Odluka o povećanju broja analitičara u finansijsko-obavještajnoj jedinici',
  'Half-yearly progress report, 2022-H2':
    'Polugodišnji izvještaj o napretku, 2022-H2',
  'Half-yearly progress report, 2020-H1':
    'Polugodišnji izvještaj o napretku, 2020-H1',
  'Decision to give obliged entities electronic access to the beneficial ownership register':
    'Odluka o omogućavanju elektronskog pristupa obveznika registru stvarnih vlasnika',
  'ML prosecution statistics 2022':
    'Statistički podaci: Gonjenje pranja novca (2022)',
  'Decision to establish a specialised financial investigations unit within the police':
    'Odluka o osnivanju specijalizirane jedinice za finansijske istrage u policiji',
  'ML prosecution statistics 2024':
    'Statistički podaci: Gonjenje pranja novca (2024)',
  'Minutes of the national coordination meeting, 2023-H1':
    'Zapisnik s nacionalnog koordinacionog sastanka, 2023-H1',
  'Criminal Code (amendments on money laundering)':
    'Krivični zakon (izmjene i dopune o pranju novca)',
  'Decision to adopt a money-laundering investigation and prosecution strategy':
    'Odluka o usvajanju strategije istrage i krivičnog gonjenja pranja novca',
  'Decision to adopt a law on extended confiscation':
    'Odluka o donošenju zakona o proširenom oduzimanju imovine',
  'Half-yearly progress report, 2023-H2':
    'Polugodišnji izvještaj o napretku, 2023-H2',
  'Asset recovery statistics 2025':
    'Statistički podaci: Povrat imovine (2025)',
  'Decision to designate contact points in the regional asset recovery network':
    'Odluka o određivanju kontakt-tačaka u regionalnoj mreži za povrat imovine',
  'Half-yearly progress report, 2024-H2':
    'Polugodišnji izvještaj o napretku, 2024-H2',
  'Decision to adopt rules on conflict of interest in local government':
    'Odluka o donošenju pravila o sukobu interesa u lokalnoj samoupravi',
  'Asset declarations statistics 2026':
    'Statistički podaci: Imovinski kartoni (2026)',
  'Decision to make electronic procurement mandatory for all contracting authorities':
    'Odluka o uvođenju obaveznih elektronskih nabavki za sve ugovorne organe',
  'Minutes of the national coordination meeting, 2023-H2':
    'Zapisnik s nacionalnog koordinacionog sastanka, 2023-H2',
  'Regional cooperation statistics 2022':
    'Statistički podaci: Regionalna saradnja (2022)',
  'AML/CFT framework statistics 2020':
    'Statistički podaci: Okvir za SPN/FT (2020)',
  'Decision to adopt secondary legislation on due diligence for politically exposed persons':
    'Odluka o donošenju podzakonskih akata o dubinskoj analizi politički izloženih osoba',
  'Press release: progress on aML/CFT framework':
    'Saopćenje za javnost: napredak u oblasti „Okvir za SPN/FT“',
  'AML/CFT framework statistics 2022':
    'Statistički podaci: Okvir za SPN/FT (2022)',
  'Financial intelligence statistics 2022':
    'Statistički podaci: Finansijsko-obavještajni rad (2022)',
  'Financial intelligence statistics 2026':
    'Statistički podaci: Finansijsko-obavještajni rad (2026)',
  'Financial intelligence statistics 2019':
    'Statistički podaci: Finansijsko-obavještajni rad (2019)',
  'Rulebook on reporting suspicious transactions':
    'Pravilnik o prijavljivanju sumnjivih transakcija',
  'Decision to introduce verification of beneficial ownership information at registration':
    'Odluka o uvođenju provjere podataka o stvarnom vlasništvu pri registraciji',
  'Beneficial ownership statistics 2026':
    'Statistički podaci: Stvarno vlasništvo (2026)',
  'Minutes of the national coordination meeting, 2022-H1':
    'Zapisnik s nacionalnog koordinacionog sastanka, 2022-H1',
  'Decision to make parallel financial investigations mandatory in organised crime and corruption cases':
    'Odluka o uvođenju obaveznih paralelnih finansijskih istraga u predmetima organiziranog kriminala i korupcije',
  'Decision to issue prosecutorial guidelines on stand-alone money-laundering cases':
    'Odluka o izdavanju tužilačkih smjernica o samostalnim predmetima pranja novca',
  'Decision to establish an asset recovery office':
    'Odluka o osnivanju ureda za povrat imovine',
  'Half-yearly progress report, 2020-H2':
    'Polugodišnji izvještaj o napretku, 2020-H2',
  'Decision to establish a central register of seized and confiscated assets':
    'Odluka o uspostavljanju centralnog registra privremeno oduzete i oduzete imovine',
  'Law on the Seizure and Confiscation of Proceeds of Crime':
    'Zakon o oduzimanju imovinske koristi pribavljene krivičnim djelom',
  'Asset declarations statistics 2024':
    'Statistički podaci: Imovinski kartoni (2024)',
  'Decision to introduce electronic submission of asset declarations':
    'Odluka o uvođenju elektronskog podnošenja imovinskih kartona',
  'Asset declarations statistics 2025':
    'Statistički podaci: Imovinski kartoni (2025)',
  'Decision to introduce red-flag analysis of tenders to detect corruption risks':
    'Odluka o uvođenju analize indikatora upozorenja u tenderima radi otkrivanja koruptivnih rizika',
  'Minutes of the national coordination meeting, 2020-H1':
    'Zapisnik s nacionalnog koordinacionog sastanka, 2020-H1',
  'AML/CFT framework statistics 2023':
    'Statistički podaci: Okvir za SPN/FT (2023)',
  'Financial intelligence statistics 2025':
    'Statistički podaci: Finansijsko-obavještajni rad (2025)',
  'Financial intelligence statistics 2024':
    'Statistički podaci: Finansijsko-obavještajni rad (2024)',
  'Decision to give the financial intelligence unit direct access to tax, cadastre and vehicle registers':
    'Odluka o omogućavanju direktnog pristupa finansijsko-obavještajne jedinice poreskim, katastarskim i registrima vozila',
  'Decision to remove bearer shares and nominee arrangements from company law':
    'Odluka o ukidanju dionica na donosioca i nominalnih aranžmana u zakonu o privrednim društvima',
  'Beneficial ownership statistics 2021':
    'Statistički podaci: Stvarno vlasništvo (2021)',
  'Decision to publish statistics on money-laundering indictments and convictions':
    'Odluka o objavljivanju statistike o optužnicama i osuđujućim presudama za pranje novca',
  'Decision to review sentencing practice in money-laundering cases':
    'Odluka o preispitivanju kaznene politike u predmetima pranja novca',
  'Decision to adopt rules on the management and sale of seized assets':
    'Odluka o donošenju pravila o upravljanju privremeno oduzetom imovinom i njenoj prodaji',
  'Decision to restrict negotiated procedures without prior publication':
    'Odluka o ograničavanju pregovaračkih postupaka bez prethodne objave',
  'Public procurement statistics 2024':
    'Statistički podaci: Javne nabavke (2024)',
  'Law on Public Procurement':
    'Zakon o javnim nabavkama',
  'Decision to reduce the time to answer mutual legal assistance requests to 90 days':
    'Odluka o skraćivanju roka za odgovor na zahtjeve za međunarodnu pravnu pomoć na 90 dana',
  'Decision to publish statistics on incoming and outgoing mutual legal assistance requests':
    'Odluka o objavljivanju statistike o dolaznim i odlaznim zahtjevima za međunarodnu pravnu pomoć',
  'Decision to agree FIU-to-FIU information exchange memoranda across the region':
    'Odluka o zaključivanju memoranduma o razmjeni informacija između finansijsko-obavještajnih jedinica u regiji',
  'Decision to second a liaison officer to the regional law-enforcement cooperation network':
    'Odluka o upućivanju oficira za vezu u regionalnu mrežu za saradnju organa za provođenje zakona',
  'Regional cooperation statistics 2024':
    'Statistički podaci: Regionalna saradnja (2024)',
  'Decision to hold joint training with the region’s financial intelligence units':
    'Odluka o održavanju zajedničkih obuka s finansijsko-obavještajnim jedinicama iz regije',
  'Decision to publish consolidated annual AML/CFT statistics':
    'Odluka o objavljivanju objedinjene godišnje statistike o SPN/FT',
  'Decision to introduce AML/CFT supervision of lawyers, notaries and accountants':
    'Odluka o uvođenju nadzora advokata, notara i računovođa u oblasti SPN/FT',
  'Decision to issue typologies and red-flag guidance to reporting entities':
    'Odluka o izdavanju tipologija i smjernica o indikatorima upozorenja za obveznike',
  'Decision to agree feedback procedures on disseminations with the prosecution service':
    'Odluka o dogovaranju postupaka povratne informacije o proslijeđenim predmetima s tužilaštvom',
  'Decision to introduce electronic reporting of cash transactions above EUR 10,000':
    'Odluka o uvođenju elektronskog prijavljivanja gotovinskih transakcija iznad 10.000 EUR',
  'Decision to register the beneficial owners of trusts and similar legal arrangements':
    'Odluka o upisivanju stvarnih vlasnika trustova i sličnih pravnih aranžmana',
  'Beneficial ownership statistics 2024':
    'Statistički podaci: Stvarno vlasništvo (2024)',
  'Decision to connect the beneficial ownership register to the business register':
    'Odluka o povezivanju registra stvarnih vlasnika s registrom poslovnih subjekata',
  'Decision to amend the criminal code to cover self-laundering':
    'Odluka o izmjeni krivičnog zakona radi obuhvatanja samopranja novca',
  'ML prosecution statistics 2021':
    'Statistički podaci: Gonjenje pranja novca (2021)',
  'Decision to train prosecutors on financial investigations for asset recovery':
    'Odluka o obuci tužilaca o finansijskim istragama radi povrata imovine',
  'Decision to publish annual statistics on frozen, seized and confiscated assets':
    'Odluka o objavljivanju godišnje statistike o zamrznutoj, privremeno oduzetoj i oduzetoj imovini',
  'Decision to give the anti-corruption agency access to bank, tax and property registers':
    'Odluka o omogućavanju pristupa antikorupcijske agencije bankovnim, poreskim i imovinskim registrima',
  'Asset declarations statistics 2020':
    'Statistički podaci: Imovinski kartoni (2020)',
  'Decision to publish the asset declarations of senior officials online':
    'Odluka o objavljivanju imovinskih kartona visokih funkcionera na internetu',
  'Decision to establish an independent review body for procurement complaints':
    'Odluka o osnivanju nezavisnog tijela za razmatranje žalbi u javnim nabavkama',
  'Decision to introduce conflict-of-interest statements for tender evaluation committees':
    'Odluka o uvođenju izjava o sukobu interesa za komisije za ocjenu ponuda',
  'Public procurement statistics 2023':
    'Statistički podaci: Javne nabavke (2023)',
  'Decision to adopt a protocol on spontaneous information sharing with foreign prosecutors':
    'Odluka o usvajanju protokola o spontanoj razmjeni informacija sa stranim tužiocima',
  'Decision to introduce electronic transmission of mutual legal assistance requests':
    'Odluka o uvođenju elektronskog dostavljanja zahtjeva za međunarodnu pravnu pomoć',
  'Decision to establish a central register of beneficial owners':
    'Odluka o uspostavljanju centralnog registra stvarnih vlasnika',
  'Asset declarations statistics 2022':
    'Statistički podaci: Imovinski kartoni (2022)',
  'Decision to publish all procurement contracts and amendments as open data':
    'Odluka o objavljivanju svih ugovora o nabavkama i njihovih izmjena kao otvorenih podataka',
  'Public procurement statistics 2026':
    'Statistički podaci: Javne nabavke (2026)',
  'Regional cooperation statistics 2021':
    'Statistički podaci: Regionalna saradnja (2021)',
  'National risk assessment action plan measures implemented':
    'Provedene mjere akcionog plana nacionalne procjene rizika',
  'Share of the measures in the action plan following the national money-laundering risk assessment that are reported as implemented.':
    'Udio mjera iz akcionog plana donesenog nakon nacionalne procjene rizika od pranja novca koje su prijavljene kao provedene.',
  '%':
    '%',
  'Illustrative; modelled on the AML/CFT coordination body progress report':
    'Ilustrativno; po uzoru na: Izvještaj o napretku koordinacionog tijela za SPN/FT',
  'AML/CFT coordination body progress report 2018; illustrative':
    'Izvještaj o napretku koordinacionog tijela za SPN/FT, 2018; ilustrativno',
  'AML/CFT coordination body progress report 2019; illustrative':
    'Izvještaj o napretku koordinacionog tijela za SPN/FT, 2019; ilustrativno',
  'AML/CFT coordination body progress report 2020; illustrative':
    'Izvještaj o napretku koordinacionog tijela za SPN/FT, 2020; ilustrativno',
  'AML/CFT coordination body progress report 2021; illustrative':
    'Izvještaj o napretku koordinacionog tijela za SPN/FT, 2021; ilustrativno',
  'AML/CFT coordination body progress report 2022; illustrative':
    'Izvještaj o napretku koordinacionog tijela za SPN/FT, 2022; ilustrativno',
  'AML/CFT coordination body progress report 2023 (estimated); illustrative':
    'Izvještaj o napretku koordinacionog tijela za SPN/FT, 2023 (procjena); ilustrativno',
  'AML/CFT coordination body progress report 2024; illustrative':
    'Izvještaj o napretku koordinacionog tijela za SPN/FT, 2024; ilustrativno',
  'AML/CFT coordination body progress report 2025 (provisional); illustrative':
    'Izvještaj o napretku koordinacionog tijela za SPN/FT, 2025 (privremeno); ilustrativno',
  'AML/CFT coordination body progress report 2023; illustrative':
    'Izvještaj o napretku koordinacionog tijela za SPN/FT, 2023; ilustrativno',
  'AML/CFT coordination body progress report 2025; illustrative':
    'Izvještaj o napretku koordinacionog tijela za SPN/FT, 2025; ilustrativno',
  'AML/CFT coordination body progress report 2018 (estimated); illustrative':
    'Izvještaj o napretku koordinacionog tijela za SPN/FT, 2018 (procjena); ilustrativno',
  'AML/CFT coordination body progress report 2022 (estimated); illustrative':
    'Izvještaj o napretku koordinacionog tijela za SPN/FT, 2022 (procjena); ilustrativno',
  'On-site AML/CFT inspections of obliged entities':
    'Neposredni nadzori obveznika u oblasti SPN/FT',
  'Number of on-site inspections of banks and non-financial businesses carried out by AML/CFT supervisors in the year.':
    'Broj neposrednih nadzora banaka i nefinansijskih subjekata koje su nadzorni organi za SPN/FT proveli tokom godine.',
  'inspections':
    'nadzora',
  'Illustrative; modelled on the AML/CFT supervisors’ annual report':
    'Ilustrativno; po uzoru na: Godišnji izvještaj nadzornih organa za SPN/FT',
  'AML/CFT supervisors’ annual report 2018; illustrative':
    'Godišnji izvještaj nadzornih organa za SPN/FT, 2018; ilustrativno',
  'AML/CFT supervisors’ annual report 2019; illustrative':
    'Godišnji izvještaj nadzornih organa za SPN/FT, 2019; ilustrativno',
  'AML/CFT supervisors’ annual report 2020; illustrative':
    'Godišnji izvještaj nadzornih organa za SPN/FT, 2020; ilustrativno',
  'AML/CFT supervisors’ annual report 2021; illustrative':
    'Godišnji izvještaj nadzornih organa za SPN/FT, 2021; ilustrativno',
  'AML/CFT supervisors’ annual report 2022; illustrative':
    'Godišnji izvještaj nadzornih organa za SPN/FT, 2022; ilustrativno',
  'AML/CFT supervisors’ annual report 2023; illustrative':
    'Godišnji izvještaj nadzornih organa za SPN/FT, 2023; ilustrativno',
  'AML/CFT supervisors’ annual report 2024; illustrative':
    'Godišnji izvještaj nadzornih organa za SPN/FT, 2024; ilustrativno',
  'AML/CFT supervisors’ annual report 2025; illustrative':
    'Godišnji izvještaj nadzornih organa za SPN/FT, 2025; ilustrativno',
  'AML/CFT supervisors’ annual report 2020 (estimated); illustrative':
    'Godišnji izvještaj nadzornih organa za SPN/FT, 2020 (procjena); ilustrativno',
  'AML/CFT supervisors’ annual report 2021 (estimated); illustrative':
    'Godišnji izvještaj nadzornih organa za SPN/FT, 2021 (procjena); ilustrativno',
  'AML/CFT supervisors’ annual report 2023 (estimated); illustrative':
    'Godišnji izvještaj nadzornih organa za SPN/FT, 2023 (procjena); ilustrativno',
  'AML/CFT supervisors’ annual report 2019 (estimated); illustrative':
    'Godišnji izvještaj nadzornih organa za SPN/FT, 2019 (procjena); ilustrativno',
  'AML/CFT supervisors’ annual report 2025 (provisional); illustrative':
    'Godišnji izvještaj nadzornih organa za SPN/FT, 2025 (privremeno); ilustrativno',
  'Suspicious transaction reports received':
    'Primljene prijave sumnjivih transakcija',
  'Suspicious transaction and activity reports received by the financial intelligence unit in the year.':
    'Prijave sumnjivih transakcija i aktivnosti koje je finansijsko-obavještajna jedinica primila tokom godine.',
  'reports':
    'prijava',
  'Illustrative; modelled on the FIU annual report':
    'Ilustrativno; po uzoru na: Godišnji izvještaj finansijsko-obavještajne jedinice',
  'FIU annual report 2018; illustrative':
    'Godišnji izvještaj finansijsko-obavještajne jedinice, 2018; ilustrativno',
  'FIU annual report 2019; illustrative':
    'Godišnji izvještaj finansijsko-obavještajne jedinice, 2019; ilustrativno',
  'FIU annual report 2020 (estimated); illustrative':
    'Godišnji izvještaj finansijsko-obavještajne jedinice, 2020 (procjena); ilustrativno',
  'FIU annual report 2021; illustrative':
    'Godišnji izvještaj finansijsko-obavještajne jedinice, 2021; ilustrativno',
  'FIU annual report 2022; illustrative':
    'Godišnji izvještaj finansijsko-obavještajne jedinice, 2022; ilustrativno',
  'FIU annual report 2023; illustrative':
    'Godišnji izvještaj finansijsko-obavještajne jedinice, 2023; ilustrativno',
  'FIU annual report 2024; illustrative':
    'Godišnji izvještaj finansijsko-obavještajne jedinice, 2024; ilustrativno',
  'FIU annual report 2025 (provisional); illustrative':
    'Godišnji izvještaj finansijsko-obavještajne jedinice, 2025 (privremeno); ilustrativno',
  'FIU annual report 2019 (estimated); illustrative':
    'Godišnji izvještaj finansijsko-obavještajne jedinice, 2019 (procjena); ilustrativno',
  'FIU annual report 2020; illustrative':
    'Godišnji izvještaj finansijsko-obavještajne jedinice, 2020; ilustrativno',
  'FIU annual report 2021 (estimated); illustrative':
    'Godišnji izvještaj finansijsko-obavještajne jedinice, 2021 (procjena); ilustrativno',
  'FIU annual report 2025; illustrative':
    'Godišnji izvještaj finansijsko-obavještajne jedinice, 2025; ilustrativno',
  'FIU annual report 2023 (estimated); illustrative':
    'Godišnji izvještaj finansijsko-obavještajne jedinice, 2023 (procjena); ilustrativno',
  'FIU disseminations to prosecutors':
    'Predmeti koje je finansijsko-obavještajna jedinica proslijedila tužilaštvu',
  'Cases disseminated by the financial intelligence unit to prosecutors and law enforcement in the year.':
    'Predmeti koje je finansijsko-obavještajna jedinica tokom godine proslijedila tužilaštvu i organima za provođenje zakona.',
  'disseminations':
    'proslijeđenih predmeta',
  'FIU annual report 2018 (estimated); illustrative':
    'Godišnji izvještaj finansijsko-obavještajne jedinice, 2018 (procjena); ilustrativno',
  'Legal entities with a verified beneficial owner':
    'Pravna lica s provjerenim stvarnim vlasnikom',
  'Share of active legal entities whose beneficial ownership information has been verified by the register at the end of the year.':
    'Udio aktivnih pravnih lica čije je podatke o stvarnom vlasništvu registar provjerio do kraja godine.',
  'Illustrative; modelled on the Business register statistics':
    'Ilustrativno; po uzoru na: Statistika registra poslovnih subjekata',
  'Business register statistics 2018; illustrative':
    'Statistika registra poslovnih subjekata, 2018; ilustrativno',
  'Business register statistics 2019; illustrative':
    'Statistika registra poslovnih subjekata, 2019; ilustrativno',
  'Business register statistics 2020; illustrative':
    'Statistika registra poslovnih subjekata, 2020; ilustrativno',
  'Business register statistics 2021; illustrative':
    'Statistika registra poslovnih subjekata, 2021; ilustrativno',
  'Business register statistics 2022; illustrative':
    'Statistika registra poslovnih subjekata, 2022; ilustrativno',
  'Business register statistics 2023 (estimated); illustrative':
    'Statistika registra poslovnih subjekata, 2023 (procjena); ilustrativno',
  'Business register statistics 2024; illustrative':
    'Statistika registra poslovnih subjekata, 2024; ilustrativno',
  'Business register statistics 2025 (provisional); illustrative':
    'Statistika registra poslovnih subjekata, 2025 (privremeno); ilustrativno',
  'Business register statistics 2022 (estimated); illustrative':
    'Statistika registra poslovnih subjekata, 2022 (procjena); ilustrativno',
  'Business register statistics 2023; illustrative':
    'Statistika registra poslovnih subjekata, 2023; ilustrativno',
  'Business register statistics 2025; illustrative':
    'Statistika registra poslovnih subjekata, 2025; ilustrativno',
  'Persons indicted for money laundering':
    'Osobe optužene za pranje novca',
  'Persons against whom an indictment for money laundering was filed in the year.':
    'Osobe protiv kojih je tokom godine podignuta optužnica za pranje novca.',
  'persons':
    'osoba',
  'Illustrative; modelled on the Prosecution service annual report':
    'Ilustrativno; po uzoru na: Godišnji izvještaj tužilaštva',
  'Prosecution service annual report 2018; illustrative':
    'Godišnji izvještaj tužilaštva, 2018; ilustrativno',
  'Prosecution service annual report 2019; illustrative':
    'Godišnji izvještaj tužilaštva, 2019; ilustrativno',
  'Prosecution service annual report 2020; illustrative':
    'Godišnji izvještaj tužilaštva, 2020; ilustrativno',
  'Prosecution service annual report 2021; illustrative':
    'Godišnji izvještaj tužilaštva, 2021; ilustrativno',
  'Prosecution service annual report 2023; illustrative':
    'Godišnji izvještaj tužilaštva, 2023; ilustrativno',
  'Prosecution service annual report 2024; illustrative':
    'Godišnji izvještaj tužilaštva, 2024; ilustrativno',
  'Prosecution service annual report 2025; illustrative':
    'Godišnji izvještaj tužilaštva, 2025; ilustrativno',
  'Prosecution service annual report 2021 (estimated); illustrative':
    'Godišnji izvještaj tužilaštva, 2021 (procjena); ilustrativno',
  'Prosecution service annual report 2022; illustrative':
    'Godišnji izvještaj tužilaštva, 2022; ilustrativno',
  'Prosecution service annual report 2025 (provisional); illustrative':
    'Godišnji izvještaj tužilaštva, 2025 (privremeno); ilustrativno',
  'Prosecution service annual report 2024 (estimated); illustrative':
    'Godišnji izvještaj tužilaštva, 2024 (procjena); ilustrativno',
  'Final money-laundering convictions':
    'Pravosnažne osuđujuće presude za pranje novca',
  'Persons finally convicted of money laundering in the year, stand-alone and together with a predicate offence.':
    'Osobe pravosnažno osuđene za pranje novca tokom godine, samostalno i zajedno s predikatnim krivičnim djelom.',
  'convictions':
    'presuda',
  'Illustrative; modelled on the Judicial council statistics':
    'Ilustrativno; po uzoru na: Statistika sudskog vijeća',
  'Judicial council statistics 2018 (estimated); illustrative':
    'Statistika sudskog vijeća, 2018 (procjena); ilustrativno',
  'Judicial council statistics 2019; illustrative':
    'Statistika sudskog vijeća, 2019; ilustrativno',
  'Judicial council statistics 2020; illustrative':
    'Statistika sudskog vijeća, 2020; ilustrativno',
  'Judicial council statistics 2021; illustrative':
    'Statistika sudskog vijeća, 2021; ilustrativno',
  'Judicial council statistics 2022; illustrative':
    'Statistika sudskog vijeća, 2022; ilustrativno',
  'Judicial council statistics 2023; illustrative':
    'Statistika sudskog vijeća, 2023; ilustrativno',
  'Judicial council statistics 2024; illustrative':
    'Statistika sudskog vijeća, 2024; ilustrativno',
  'Judicial council statistics 2025 (provisional); illustrative':
    'Statistika sudskog vijeća, 2025 (privremeno); ilustrativno',
  'Judicial council statistics 2025; illustrative':
    'Statistika sudskog vijeća, 2025; ilustrativno',
  'Judicial council statistics 2018; illustrative':
    'Statistika sudskog vijeća, 2018; ilustrativno',
  'Judicial council statistics 2019 (estimated); illustrative':
    'Statistika sudskog vijeća, 2019 (procjena); ilustrativno',
  'Judicial council statistics 2021 (estimated); illustrative':
    'Statistika sudskog vijeća, 2021 (procjena); ilustrativno',
  'Value of assets finally confiscated':
    'Vrijednost pravosnažno oduzete imovine',
  'Value of property confiscated by final court decisions in the year.':
    'Vrijednost imovine oduzete pravosnažnim sudskim odlukama tokom godine.',
  'EUR million':
    'mil. EUR',
  'Illustrative; modelled on the Asset management office annual report':
    'Ilustrativno; po uzoru na: Godišnji izvještaj ureda za upravljanje oduzetom imovinom',
  'Asset management office annual report 2018; illustrative':
    'Godišnji izvještaj ureda za upravljanje oduzetom imovinom, 2018; ilustrativno',
  'Asset management office annual report 2019; illustrative':
    'Godišnji izvještaj ureda za upravljanje oduzetom imovinom, 2019; ilustrativno',
  'Asset management office annual report 2020; illustrative':
    'Godišnji izvještaj ureda za upravljanje oduzetom imovinom, 2020; ilustrativno',
  'Asset management office annual report 2021; illustrative':
    'Godišnji izvještaj ureda za upravljanje oduzetom imovinom, 2021; ilustrativno',
  'Asset management office annual report 2022; illustrative':
    'Godišnji izvještaj ureda za upravljanje oduzetom imovinom, 2022; ilustrativno',
  'Asset management office annual report 2023; illustrative':
    'Godišnji izvještaj ureda za upravljanje oduzetom imovinom, 2023; ilustrativno',
  'Asset management office annual report 2024; illustrative':
    'Godišnji izvještaj ureda za upravljanje oduzetom imovinom, 2024; ilustrativno',
  'Asset management office annual report 2025; illustrative':
    'Godišnji izvještaj ureda za upravljanje oduzetom imovinom, 2025; ilustrativno',
  'Asset management office annual report 2025 (provisional); illustrative':
    'Godišnji izvještaj ureda za upravljanje oduzetom imovinom, 2025 (privremeno); ilustrativno',
  'Asset management office annual report 2020 (estimated); illustrative':
    'Godišnji izvještaj ureda za upravljanje oduzetom imovinom, 2020 (procjena); ilustrativno',
  'Asset management office annual report 2025 (estimated); illustrative':
    'Godišnji izvještaj ureda za upravljanje oduzetom imovinom, 2025 (procjena); ilustrativno',
  'Asset declarations fully verified':
    'Potpuno provjereni imovinski kartoni',
  'Share of the asset declarations due in the year that were fully verified against bank, tax and property records.':
    'Udio imovinskih kartona dospjelih tokom godine koji su u potpunosti provjereni uvidom u bankovne, poreske i imovinske evidencije.',
  'Illustrative; modelled on the Anti-corruption agency annual report':
    'Ilustrativno; po uzoru na: Godišnji izvještaj antikorupcijske agencije',
  'Anti-corruption agency annual report 2018 (estimated); illustrative':
    'Godišnji izvještaj antikorupcijske agencije, 2018 (procjena); ilustrativno',
  'Anti-corruption agency annual report 2019; illustrative':
    'Godišnji izvještaj antikorupcijske agencije, 2019; ilustrativno',
  'Anti-corruption agency annual report 2020; illustrative':
    'Godišnji izvještaj antikorupcijske agencije, 2020; ilustrativno',
  'Anti-corruption agency annual report 2021; illustrative':
    'Godišnji izvještaj antikorupcijske agencije, 2021; ilustrativno',
  'Anti-corruption agency annual report 2022; illustrative':
    'Godišnji izvještaj antikorupcijske agencije, 2022; ilustrativno',
  'Anti-corruption agency annual report 2023; illustrative':
    'Godišnji izvještaj antikorupcijske agencije, 2023; ilustrativno',
  'Anti-corruption agency annual report 2024; illustrative':
    'Godišnji izvještaj antikorupcijske agencije, 2024; ilustrativno',
  'Anti-corruption agency annual report 2025 (provisional); illustrative':
    'Godišnji izvještaj antikorupcijske agencije, 2025 (privremeno); ilustrativno',
  'Anti-corruption agency annual report 2018; illustrative':
    'Godišnji izvještaj antikorupcijske agencije, 2018; ilustrativno',
  'Anti-corruption agency annual report 2025; illustrative':
    'Godišnji izvještaj antikorupcijske agencije, 2025; ilustrativno',
  'Anti-corruption agency annual report 2019 (estimated); illustrative':
    'Godišnji izvještaj antikorupcijske agencije, 2019 (procjena); ilustrativno',
  'Anti-corruption agency annual report 2020 (estimated); illustrative':
    'Godišnji izvještaj antikorupcijske agencije, 2020 (procjena); ilustrativno',
  'Anti-corruption agency annual report 2023 (estimated); illustrative':
    'Godišnji izvještaj antikorupcijske agencije, 2023 (procjena); ilustrativno',
  'Officials filing asset declarations late':
    'Funkcioneri koji kasne s podnošenjem imovinskih kartona',
  'Share of officials obliged to declare who filed their declaration after the legal deadline.':
    'Udio funkcionera obaveznih da prijave imovinu koji su imovinski karton podnijeli nakon zakonskog roka.',
  'Anti-corruption agency annual report 2022 (estimated); illustrative':
    'Godišnji izvještaj antikorupcijske agencije, 2022 (procjena); ilustrativno',
  'Anti-corruption agency annual report 2024 (estimated); illustrative':
    'Godišnji izvještaj antikorupcijske agencije, 2024 (procjena); ilustrativno',
  'Contract value awarded by open procedure':
    'Vrijednost ugovora dodijeljenih u otvorenom postupku',
  'Share of the value of public contracts awarded through open procedures.':
    'Udio vrijednosti javnih ugovora dodijeljenih u otvorenim postupcima.',
  'Illustrative; modelled on the Public procurement agency annual report':
    'Ilustrativno; po uzoru na: Godišnji izvještaj agencije za javne nabavke',
  'Public procurement agency annual report 2018; illustrative':
    'Godišnji izvještaj agencije za javne nabavke, 2018; ilustrativno',
  'Public procurement agency annual report 2019; illustrative':
    'Godišnji izvještaj agencije za javne nabavke, 2019; ilustrativno',
  'Public procurement agency annual report 2020 (estimated); illustrative':
    'Godišnji izvještaj agencije za javne nabavke, 2020 (procjena); ilustrativno',
  'Public procurement agency annual report 2021; illustrative':
    'Godišnji izvještaj agencije za javne nabavke, 2021; ilustrativno',
  'Public procurement agency annual report 2022; illustrative':
    'Godišnji izvještaj agencije za javne nabavke, 2022; ilustrativno',
  'Public procurement agency annual report 2023; illustrative':
    'Godišnji izvještaj agencije za javne nabavke, 2023; ilustrativno',
  'Public procurement agency annual report 2024; illustrative':
    'Godišnji izvještaj agencije za javne nabavke, 2024; ilustrativno',
  'Public procurement agency annual report 2025 (provisional); illustrative':
    'Godišnji izvještaj agencije za javne nabavke, 2025 (privremeno); ilustrativno',
  'Public procurement agency annual report 2020; illustrative':
    'Godišnji izvještaj agencije za javne nabavke, 2020; ilustrativno',
  'Public procurement agency annual report 2023 (estimated); illustrative':
    'Godišnji izvještaj agencije za javne nabavke, 2023 (procjena); ilustrativno',
  'Public procurement agency annual report 2025; illustrative':
    'Godišnji izvještaj agencije za javne nabavke, 2025; ilustrativno',
  'Public procurement agency annual report 2025 (estimated); illustrative':
    'Godišnji izvještaj agencije za javne nabavke, 2025 (procjena); ilustrativno',
  'Tenders with a single bidder':
    'Tenderi s jednim ponuđačem',
  'Public procurement agency annual report 2021 (estimated); illustrative':
    'Godišnji izvještaj agencije za javne nabavke, 2021 (procjena); ilustrativno',
  'Average days to answer mutual legal assistance requests':
    'Prosječan broj dana za odgovor na zahtjeve za međunarodnu pravnu pomoć',
  'Average number of days between receipt of an incoming mutual legal assistance request and the reply.':
    'Prosječan broj dana od prijema dolaznog zahtjeva za međunarodnu pravnu pomoć do odgovora.',
  'days':
    'dana',
  'Illustrative; modelled on the Ministry of Justice statistics on international legal assistance':
    'Ilustrativno; po uzoru na: Statistika ministarstva pravde o međunarodnoj pravnoj pomoći',
  'Ministry of Justice statistics on international legal assistance 2018; illustrative':
    'Statistika ministarstva pravde o međunarodnoj pravnoj pomoći, 2018; ilustrativno',
  'Ministry of Justice statistics on international legal assistance 2019; illustrative':
    'Statistika ministarstva pravde o međunarodnoj pravnoj pomoći, 2019; ilustrativno',
  'Ministry of Justice statistics on international legal assistance 2020; illustrative':
    'Statistika ministarstva pravde o međunarodnoj pravnoj pomoći, 2020; ilustrativno',
  'Ministry of Justice statistics on international legal assistance 2021; illustrative':
    'Statistika ministarstva pravde o međunarodnoj pravnoj pomoći, 2021; ilustrativno',
  'Ministry of Justice statistics on international legal assistance 2022; illustrative':
    'Statistika ministarstva pravde o međunarodnoj pravnoj pomoći, 2022; ilustrativno',
  'Ministry of Justice statistics on international legal assistance 2023; illustrative':
    'Statistika ministarstva pravde o međunarodnoj pravnoj pomoći, 2023; ilustrativno',
  'Ministry of Justice statistics on international legal assistance 2024; illustrative':
    'Statistika ministarstva pravde o međunarodnoj pravnoj pomoći, 2024; ilustrativno',
  'Ministry of Justice statistics on international legal assistance 2025; illustrative':
    'Statistika ministarstva pravde o međunarodnoj pravnoj pomoći, 2025; ilustrativno',
  'Ministry of Justice statistics on international legal assistance 2022 (estimated); illustrative':
    'Statistika ministarstva pravde o međunarodnoj pravnoj pomoći, 2022 (procjena); ilustrativno',
  'Ministry of Justice statistics on international legal assistance 2024 (estimated); illustrative':
    'Statistika ministarstva pravde o međunarodnoj pravnoj pomoći, 2024 (procjena); ilustrativno',
  'Ministry of Justice statistics on international legal assistance 2025 (provisional); illustrative':
    'Statistika ministarstva pravde o međunarodnoj pravnoj pomoći, 2025 (privremeno); ilustrativno',
  'Ministry of Justice statistics on international legal assistance 2018 (estimated); illustrative':
    'Statistika ministarstva pravde o međunarodnoj pravnoj pomoći, 2018 (procjena); ilustrativno',
  'Information requests exchanged with foreign FIUs':
    'Zahtjevi za informacije razmijenjeni sa stranim finansijsko-obavještajnim jedinicama',
  'Requests for information sent to and received from foreign financial intelligence units in the year.':
    'Zahtjevi za informacije upućeni stranim finansijsko-obavještajnim jedinicama i primljeni od njih tokom godine.',
  'requests':
    'zahtjeva',
  'FIU annual report 2022 (estimated); illustrative':
    'Godišnji izvještaj finansijsko-obavještajne jedinice, 2022 (procjena); ilustrativno',
  // The crosswalk: frameworks and their editions (mocks/data/frameworks.ts)
  'FATF Recommendations':
    'Preporuke FATF-a',
  'FATF Recommendations (2012, as amended)':
    'Preporuke FATF-a (2012, s kasnijim izmjenama)',
  'FATF Immediate Outcomes':
    'Neposredni ishodi FATF-a',
  'FATF Methodology (2013), used in MONEYVAL’s fifth round of mutual evaluations; FATF revised the methodology for the round that began in 2024':
    'Metodologija FATF-a (2013), primijenjena u petom krugu uzajamnih evaluacija MONEYVAL-a; FATF je revidirao metodologiju za krug koji je počeo 2024. godine',
  'EU acquis chapters':
    'Poglavlja pravne stečevine EU',
  'Negotiating chapters of EU accession':
    'Pregovaračka poglavlja za pristupanje EU',
  'UN Convention against Corruption (UNCAC)':
    'Konvencija UN-a protiv korupcije (UNCAC)',
  'United Nations Convention against Corruption (2003)':
    'Konvencija Ujedinjenih nacija protiv korupcije (2003)',
  'ACIF Roadmap goals':
    'Ciljevi Mape puta ACIF',
  'Anti-Corruption and Illicit Finance Roadmap, adopted in Ohrid on 25 June 2021':
    'Mapa puta za borbu protiv korupcije i nezakonitih finansijskih tokova, usvojena u Ohridu 25. juna 2021. godine',
  // Reference labels: FATF's as published; EU chapters, UNCAC articles and ACIF goals numbered
  'R.1':
    'R.1',
  'R.2':
    'R.2',
  'R.3':
    'R.3',
  'R.4':
    'R.4',
  'R.10':
    'R.10',
  'R.12':
    'R.12',
  'R.20':
    'R.20',
  'R.24':
    'R.24',
  'R.25':
    'R.25',
  'R.29':
    'R.29',
  'R.30':
    'R.30',
  'R.31':
    'R.31',
  'R.36':
    'R.36',
  'R.37':
    'R.37',
  'R.38':
    'R.38',
  'R.40':
    'R.40',
  'IO.1':
    'IO.1',
  'IO.2':
    'IO.2',
  'IO.3':
    'IO.3',
  'IO.4':
    'IO.4',
  'IO.5':
    'IO.5',
  'IO.6':
    'IO.6',
  'IO.7':
    'IO.7',
  'IO.8':
    'IO.8',
  'Chapter 4':
    'Poglavlje 4',
  'Chapter 5':
    'Poglavlje 5',
  'Chapter 23':
    'Poglavlje 23',
  'Chapter 24':
    'Poglavlje 24',
  'Article 5':
    'Član 5',
  'Article 6':
    'Član 6',
  'Article 8':
    'Član 8',
  'Article 9':
    'Član 9',
  'Article 14':
    'Član 14',
  'Article 20':
    'Član 20',
  'Article 23':
    'Član 23',
  'Article 31':
    'Član 31',
  'Article 36':
    'Član 36',
  'Article 46':
    'Član 46',
  'Article 52':
    'Član 52',
  'Article 58':
    'Član 58',
  'Goal 1':
    'Cilj 1',
  'Goal 2':
    'Cilj 2',
  'Goal 3':
    'Cilj 3',
  // Reference names: FATF Recommendations, Immediate Outcomes, EU chapters, UNCAC articles, ACIF goals
  'Assessing risks and applying a risk-based approach':
    'Procjena rizika i primjena pristupa zasnovanog na riziku',
  'National cooperation and coordination':
    'Saradnja i koordinacija na nacionalnom nivou',
  'Money laundering offence':
    'Krivično djelo pranja novca',
  'Confiscation and provisional measures':
    'Oduzimanje i privremene mjere',
  'Customer due diligence':
    'Dubinska analiza klijenta',
  'Politically exposed persons':
    'Politički eksponirane osobe',
  'Reporting of suspicious transactions':
    'Prijavljivanje sumnjivih transakcija',
  'Transparency and beneficial ownership of legal persons':
    'Transparentnost i stvarno vlasništvo pravnih lica',
  'Transparency and beneficial ownership of legal arrangements':
    'Transparentnost i stvarno vlasništvo pravnih aranžmana',
  'Financial intelligence units':
    'Finansijsko-obavještajne jedinice',
  'Responsibilities of law enforcement and investigative authorities':
    'Odgovornosti organa za provođenje zakona i istražnih organa',
  'Powers of law enforcement and investigative authorities':
    'Ovlaštenja organa za provođenje zakona i istražnih organa',
  'International instruments':
    'Međunarodni instrumenti',
  'Mutual legal assistance':
    'Uzajamna pravna pomoć',
  'Mutual legal assistance: freezing and confiscation':
    'Uzajamna pravna pomoć: zamrzavanje i oduzimanje',
  'Other forms of international cooperation':
    'Drugi oblici međunarodne saradnje',
  'Risk, policy and coordination':
    'Rizik, politike i koordinacija',
  'International cooperation':
    'Međunarodna saradnja',
  'Supervision':
    'Nadzor',
  'Preventive measures':
    'Preventivne mjere',
  'Legal persons and arrangements':
    'Pravna lica i pravni aranžmani',
  'ML investigation and prosecution':
    'Istraga i krivično gonjenje pranja novca',
  'Confiscation':
    'Oduzimanje',
  'Free movement of capital':
    'Slobodno kretanje kapitala',
  'Judiciary and fundamental rights':
    'Pravosuđe i temeljna prava',
  'Justice, freedom and security':
    'Pravda, sloboda i sigurnost',
  'Preventive anti-corruption policies and practices':
    'Preventivne antikorupcijske politike i prakse',
  'Preventive anti-corruption body or bodies':
    'Preventivno antikorupcijsko tijelo ili tijela',
  'Codes of conduct for public officials':
    'Kodeksi ponašanja javnih službenika',
  'Public procurement and management of public finances':
    'Javne nabavke i upravljanje javnim finansijama',
  'Measures to prevent money-laundering':
    'Mjere za sprječavanje pranja novca',
  'Illicit enrichment':
    'Nezakonito bogaćenje',
  'Laundering of proceeds of crime':
    'Pranje imovinske koristi stečene krivičnim djelom',
  'Freezing, seizure and confiscation':
    'Zamrzavanje, zapljena i oduzimanje',
  'Specialized authorities':
    'Specijalizirani organi',
  'Prevention and detection of transfers of proceeds of crime':
    'Sprječavanje i otkrivanje prijenosa imovinske koristi stečene krivičnim djelom',
  'Financial intelligence unit':
    'Finansijsko-obavještajna jedinica',
  'Corruption in public procurement':
    'Korupcija u javnim nabavkama',
  'Conflict-of-interest and asset-declaration systems':
    'Sistemi sukoba interesa i imovinskih kartona',
  'A regional network of specialised prosecutors, law-enforcement agencies and FIUs':
    'Regionalna mreža specijaliziranih tužilaca, agencija za provođenje zakona i finansijsko-obavještajnih jedinica',
  // Reasons for deadline revisions (mocks/data/annotations.ts)
  'Extended at the request of the responsible institution, agreed at the coordination meeting':
    'Rok produžen na zahtjev odgovorne institucije, kako je dogovoreno na koordinacionom sastanku',
  'Extended after the draft law was returned by parliament for revision':
    'Rok produžen nakon što je parlament vratio prijedlog zakona na doradu',
  'Rescheduled to follow the MONEYVAL on-site visit':
    'Rok pomjeren tako da slijedi posjetu MONEYVAL-a na licu mjesta',
  'Extended to align with the revised national strategy':
    'Rok produžen radi usklađivanja s revidiranom nacionalnom strategijom',
  'Extended after early elections delayed adoption':
    'Rok produžen nakon što su prijevremeni izbori odgodili usvajanje',
  'Extended: funding from the EU-funded project was delayed':
    'Rok produžen: kasnilo je finansiranje iz projekta koji finansira EU',
};
