/**
 * Serbian Cyrillic (ekavian) translations of the mock dataset's English texts (mocks/data/*.ts), keyed by the exact
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
    'Мапа пута за борбу против незаконитих финансијских токова и корупције на Западном Балкану',
  'Illustrative data. The commitments, statuses and indicator values below are generated example data, not figures reported by any jurisdiction. The structure is modelled on the illicit finance and anti-corruption roadmap that interior ministers signed up to at the 2019 Western Balkans Summit (Berlin Process, Poznań) and on the Anti-Corruption and Illicit Finance (ACIF) Roadmap adopted in Ohrid on 25 June 2021; the text and indicators of the 2019 roadmap are not public.':
    'Илустративни подаци. Обавезе, статуси и вредности индикатора у наставку су генерисани примери података, а не бројке које је доставила нека јурисдикција. Структура је израђена по узору на мапу пута за борбу против незаконитих финансијских токова и корупције коју су министри унутрашњих послова прихватили на Самиту Западног Балкана 2019. године (Берлински процес, Познањ) и на Мапу пута за борбу против корупције и незаконитих финансијских токова (ACIF) усвојену у Охриду 25. јуна 2021. године; текст и индикатори мапе пута из 2019. године нису јавни.',
  'Illustrative dataset generated for the Roadmap Monitor mock API (seeded, deterministic). Structure after the UK Prime Minister’s Office press release of 5 July 2019 and the RAI/UNODC pages on the ACIF Roadmap; monitoring cycle after the SEESAC SALW Control Roadmap (half-yearly reports, 2018 baseline).':
    'Илустративни скуп података генерисан за симулирани API апликације Монитор мапе пута (са задатим почетним вредностима, детерминистички). Структура према саопштењу за јавност Канцеларије премијера Уједињеног Краљевства од 5. јула 2019. године и страницама RAI-ја и UNODC-а о Мапи пута ACIF; циклус праћења према Мапи пута SEESAC-а за контролу малог и лаког оружја (полугодишњи извештаји, полазна година 2018).',
  'AML/CFT framework and risk understanding':
    'Оквир за спречавање прања новца и финансирања тероризма и разумевање ризика',
  'AML/CFT framework':
    'Оквир за СПН/ФТ',
  'National money-laundering and terrorist-financing risk assessments, the strategies and action plans that follow from them, and the laws and supervision that put them into effect.':
    'Националне процене ризика од прања новца и финансирања тероризма, стратегије и акциони планови који из њих произлазе те закони и надзор којима се они спроводе.',
  'FATF R.1, IO.1':
    'FATF R.1, IO.1',
  'Financial intelligence':
    'Финансијско-обавештајни рад',
  'Suspicious transaction reporting by obliged entities, analysis by the financial intelligence unit and dissemination of its results to law enforcement and prosecutors.':
    'Пријављивање сумњивих трансакција од стране обвезника, анализа у финансијско-обавештајној јединици и прослеђивање њених резултата органима за спровођење закона и тужилаштву.',
  'FATF IO.6':
    'FATF IO.6',
  'Beneficial ownership transparency':
    'Транспарентност стварног власништва',
  'Beneficial ownership':
    'Стварно власништво',
  'Registers of the natural persons who ultimately own or control legal entities: coverage, verification of accuracy and timely access for competent authorities.':
    'Регистри физичких лица која су крајњи власници правних лица или их контролишу: обухват, провера тачности и благовремен приступ за надлежне органе.',
  'FATF IO.5':
    'FATF IO.5',
  'Money-laundering investigation and prosecution':
    'Истрага и кривично гоњење прања новца',
  'ML prosecution':
    'Гоњење прања новца',
  'Parallel financial investigations, specialised prosecution of money laundering as a stand-alone offence and final convictions with dissuasive sanctions.':
    'Паралелне финансијске истраге, специјализовано кривично гоњење прања новца као самосталног кривичног дела и правоснажне осуђујуће пресуде са одвраћајућим санкцијама.',
  'FATF IO.7':
    'FATF IO.7',
  'Asset recovery':
    'Поврат имовине',
  'Freezing, seizure and confiscation of criminal proceeds, including extended and non-conviction-based confiscation, and the offices that manage and dispose of seized assets.':
    'Замрзавање, привремено одузимање и одузимање имовинске користи прибављене кривичним делом, укључујући проширено одузимање и одузимање без осуђујуће пресуде, те канцеларије које управљају одузетом имовином и располажу њоме.',
  'FATF IO.8':
    'FATF IO.8',
  'Asset declarations and conflict of interest':
    'Имовински картони и сукоб интереса',
  'Asset declarations':
    'Имовински картони',
  'Declaration of assets and interests by public officials, risk-based verification of the declarations and sanctions for false declarations and undeclared conflicts of interest.':
    'Пријављивање имовине и интереса јавних функционера, провера пријава заснована на ризику те санкције за лажне пријаве и непријављене сукобе интереса.',
  'ACIF goal 2':
    'ACIF, циљ 2',
  'Public procurement integrity':
    'Интегритет јавних набавки',
  'Public procurement':
    'Јавне набавке',
  'Open and competitive procurement, electronic procurement systems, publication of contracts and detection of corruption risks in tenders.':
    'Отворене и конкурентне набавке, системи електронских набавки, објављивање уговора и откривање коруптивних ризика у тендерима.',
  'ACIF goal 1':
    'ACIF, циљ 1',
  'Regional and international cooperation':
    'Регионална и међународна сарадња',
  'Regional cooperation':
    'Регионална сарадња',
  'Mutual legal assistance, joint investigation teams and information exchange between financial intelligence units, prosecutors and law-enforcement agencies in the region.':
    'Међународна правна помоћ, заједнички истражни тимови и размена информација између финансијско-обавештајних јединица, тужилаца и агенција за спровођење закона у региону.',
  'FATF IO.2, ACIF goal 3':
    'FATF IO.2, ACIF, циљ 3',
  'Not started':
    'Није започето',
  'No implementing step has been reported yet.':
    'Још није пријављен ниједан корак у спровођењу.',
  'In progress':
    'У току',
  'At least one implementing step has been reported, but the commitment is not yet fulfilled.':
    'Пријављен је најмање један корак у спровођењу, али обавеза још није испуњена.',
  'Completed':
    'Завршено',
  'The commitment has been fulfilled, with evidence such as an adopted law, decision or published report.':
    'Обавеза је испуњена, уз доказ као што је усвојени закон, одлука или објављени извештај.',
  'Discontinued':
    'Обустављено',
  'The commitment was withdrawn or superseded by another one; it no longer counts towards completion.':
    'Обавеза је повучена или замењена другом; више се не рачуна у испуњење.',
  'EU enlargement report: level of preparation':
    'Извештај ЕУ о проширењу: ниво припремљености',
  'European Commission enlargement package, annual country reports; levels from lowest to highest':
    'Пакет проширења Европске комисије, годишњи извештаји о земљама; нивои од најнижег до највишег',
  'Early stage':
    'Рана фаза',
  'Some level of preparation':
    'Одређени ниво припремљености',
  'Moderately prepared':
    'Умерено припремљена',
  'Good level of preparation':
    'Добар ниво припремљености',
  'Well advanced':
    'Значајно напредовала',
  'FATF/MONEYVAL technical compliance (per Recommendation)':
    'Техничка усклађеност према FATF/MONEYVAL (по препоруци)',
  'FATF Methodology for assessing technical compliance; levels from lowest to highest (N/A where not applicable)':
    'Методологија FATF-а за оцену техничке усклађености; нивои од најнижег до највишег (N/A када није применљиво)',
  'Non-compliant (NC)':
    'Неусклађено (NC)',
  'Partially compliant (PC)':
    'Делимично усклађено (PC)',
  'Largely compliant (LC)':
    'Углавном усклађено (LC)',
  'Compliant (C)':
    'Усклађено (C)',
  'FATF/MONEYVAL effectiveness (per Immediate Outcome)':
    'Ефикасност према FATF/MONEYVAL (по непосредном исходу)',
  'FATF Methodology for assessing effectiveness; levels from lowest to highest':
    'Методологија FATF-а за оцену ефикасности; нивои од најнижег до највишег',
  'Low':
    'Ниска',
  'Moderate':
    'Умерена',
  'Substantial':
    'Значајна',
  'High':
    'Висока',
  'Albania':
    'Албанија',
  'General Directorate for the Prevention of Money Laundering':
    'Генерална дирекција за спречавање прања новца',
  'High Inspectorate of Declaration and Audit of Assets and Conflict of Interest':
    'Високи инспекторат за пријаву и проверу имовине и сукоб интереса',
  'Special Anti-Corruption Structure (SPAK)':
    'Специјална структура за борбу против корупције (СПАК)',
  'Ministry of Justice':
    'Министарство правде',
  'Ministry of Finance':
    'Министарство финансија',
  'State Prosecutor’s Office':
    'Државно тужилаштво',
  'Police economic crime unit':
    'Полицијска јединица за привредни криминал',
  'Asset management office':
    'Канцеларија за управљање одузетом имовином',
  'Business registry':
    'Регистар пословних субјеката',
  'Public procurement agency':
    'Агенција за јавне набавке',
  'Judicial council':
    'Судски савет',
  'Bosnia and Herzegovina':
    'Босна и Херцеговина',
  'Financial Intelligence Department of SIPA':
    'Финансијско-обавештајно одељење СИПА-е',
  'Agency for the Prevention of Corruption and Coordination of the Fight against Corruption (APIK)':
    'Агенција за превенцију корупције и координацију борбе против корупције (АПИК)',
  'Kosovo*':
    'Косово*',
  'This designation is without prejudice to positions on status, and is in line with UNSCR 1244/1999 and the ICJ Opinion on the Kosovo declaration of independence.':
    'Овај назив не доводи у питање ставове о статусу и у складу је са Резолуцијом Савета безбедности УН 1244/1999 и мишљењем Међународног суда правде о проглашењу независности Косова.',
  'Financial Intelligence Unit of Kosovo':
    'Финансијско-обавештајна јединица Косова',
  'Agency for Prevention of Corruption':
    'Агенција за спречавање корупције',
  'Montenegro':
    'Црна Гора',
  'Financial Intelligence Unit (Police Administration)':
    'Финансијско-обавештајна јединица (Управа полиције)',
  'North Macedonia':
    'Северна Македонија',
  'Financial Intelligence Office':
    'Канцеларија за финансијско-обавештајне послове',
  'State Commission for Prevention of Corruption':
    'Државна комисија за спречавање корупције',
  'Serbia':
    'Србија',
  'Administration for the Prevention of Money Laundering':
    'Управа за спречавање прања новца',
  'Complete a sectoral risk assessment of virtual asset service providers':
    'Израда секторске процене ризика за пружаоце услуга виртуелне имовине',
  'Introduce risk-based supervision of casinos and games of chance':
    'Увођење надзора казина и игара на срећу заснованог на ризику',
  'Align the AML/CFT law with the EU Anti-Money Laundering Directive':
    'Усклађивање закона о СПН/ФТ са Директивом ЕУ о спречавању прања новца',
  'Give the financial intelligence unit direct access to tax, cadastre and vehicle registers':
    'Омогућавање директног приступа финансијско-обавештајне јединице пореским, катастарским и регистрима возила',
  'Introduce online submission of suspicious transaction reports for all reporting entities':
    'Увођење електронског подношења пријава сумњивих трансакција за све обвезнике',
  'Sign memoranda on information exchange with law-enforcement agencies':
    'Потписивање меморандума о размени информација са агенцијама за спровођење закона',
  'Publish an annual report on the accuracy of beneficial ownership data':
    'Објављивање годишњег извештаја о тачности података о стварном власништву',
  'Require banks and notaries to report discrepancies to the register':
    'Увођење обавезе банака и нотара да регистру пријављују неусклађености',
  'Introduce sanctions for failure to register or update beneficial ownership':
    'Увођење санкција за неуписивање или неажурирање података о стварном власништву',
  'Amend the criminal code to cover self-laundering':
    'Измена кривичног закона ради обухватања самопрања новца',
  'Issue prosecutorial guidelines on stand-alone money-laundering cases':
    'Издавање тужилачких смерница о самосталним предметима прања новца',
  'Introduce an electronic case-management system linking police and prosecution':
    'Увођење електронског система за управљање предметима који повезује полицију и тужилаштво',
  'Introduce non-conviction-based confiscation':
    'Увођење одузимања имовине без осуђујуће пресуде',
  'Train prosecutors on financial investigations for asset recovery':
    'Обука тужилаца о финансијским истрагама ради поврата имовине',
  'Designate contact points in the regional asset recovery network':
    'Одређивање контакт-тачака у регионалној мрежи за поврат имовине',
  'Introduce the social re-use of confiscated property':
    'Увођење друштвене поновне употребе одузете имовине',
  'Adopt rules on conflict of interest in local government':
    'Доношење правила о сукобу интереса у локалној самоуправи',
  'Introduce sanctions for false or incomplete asset declarations':
    'Увођење санкција за лажне или непотпуне имовинске картоне',
  'Introduce a lifestyle-check methodology for verification':
    'Увођење методологије провере животног стандарда за потребе провере имовинских картона',
  'Regulate gifts and post-employment restrictions for public officials':
    'Уређивање поклона и ограничења након престанка функције за јавне функционере',
  'Publish annual reports on verification results and sanctions':
    'Објављивање годишњих извештаја о резултатима провера и санкцијама',
  'Publish annual procurement monitoring reports':
    'Објављивање годишњих извештаја о праћењу јавних набавки',
  'Make electronic procurement mandatory for all contracting authorities':
    'Увођење обавезних електронских набавки за све уговорне органе',
  'Introduce conflict-of-interest statements for tender evaluation committees':
    'Увођење изјава о сукобу интереса за комисије за оцену понуда',
  'Require beneficial ownership declarations from bidders':
    'Увођење обавезе понуђача да пријаве стварне власнике',
  'Introduce red-flag analysis of tenders to detect corruption risks':
    'Увођење анализе индикатора упозорења у тендерима ради откривања коруптивних ризика',
  'Train contracting authorities on integrity in procurement':
    'Обука уговорних органа о интегритету у јавним набавкама',
  'Hold joint training with the region’s financial intelligence units':
    'Одржавање заједничких обука са финансијско-обавештајним јединицама из региона',
  'Adopt a protocol on spontaneous information sharing with foreign prosecutors':
    'Усвајање протокола о спонтаној размени информација са страним тужиоцима',
  'Join the regional network of specialised anti-corruption prosecutors':
    'Приступање регионалној мрежи специјализованих антикорупцијских тужилаца',
  'Publish statistics on incoming and outgoing mutual legal assistance requests':
    'Објављивање статистике о долазним и одлазним захтевима за међународну правну помоћ',
  'Adopt an updated national money-laundering and terrorist-financing risk assessment':
    'Усвајање ажуриране националне процене ризика од прања новца и финансирања тероризма',
  'Publish consolidated annual AML/CFT statistics':
    'Објављивање обједињене годишње статистике о СПН/ФТ',
  'Adopt an action plan addressing the findings of the national risk assessment':
    'Усвајање акционог плана за отклањање налаза националне процене ризика',
  'Introduce electronic reporting of cash transactions above EUR 10,000':
    'Увођење електронског пријављивања готовинских трансакција изнад 10.000 EUR',
  'Increase the analytical staff of the financial intelligence unit':
    'Повећање броја аналитичара у финансијско-обавештајној јединици',
  'Issue typologies and red-flag guidance to reporting entities':
    'Издавање типологија и смерница о индикаторима упозорења за обвезнике',
  'Publish strategic analysis reports on money-laundering trends':
    'Објављивање извештаја стратешке анализе о трендовима прања новца',
  'Deploy a new case-management and analysis system at the financial intelligence unit':
    'Увођење новог система за управљање предметима и анализу у финансијско-обавештајној јединици',
  'Register the beneficial owners of trusts and similar legal arrangements':
    'Уписивање стварних власника трустова и сличних правних аранжмана',
  'Establish a central register of beneficial owners':
    'Успостављање централног регистра стварних власника',
  'Give obliged entities electronic access to the beneficial ownership register':
    'Омогућавање електронског приступа обвезника регистру стварних власника',
  'Publish statistics on money-laundering indictments and convictions':
    'Објављивање статистике о оптужницама и осуђујућим пресудама за прање новца',
  'Train judges and prosecutors on proving money laundering from circumstantial evidence':
    'Обука судија и тужилаца о доказивању прања новца на основу посредних доказа',
  'Establish a specialised financial investigations unit within the police':
    'Оснивање специјализоване јединице за финансијске истраге у полицији',
  'Adopt a money-laundering investigation and prosecution strategy':
    'Усвајање стратегије истраге и кривичног гоњења прања новца',
  'Set up a joint task force of prosecutors, police, tax and customs officials':
    'Формирање заједничке радне групе тужилаца, полиције, пореских и царинских службеника',
  'Adopt a law on extended confiscation':
    'Доношење закона о проширеном одузимању имовине',
  'Introduce interim management of seized companies':
    'Увођење привременог управљања одузетим привредним друштвима',
  'Establish a central register of seized and confiscated assets':
    'Успостављање централног регистра привремено одузете и одузете имовине',
  'Publish annual statistics on frozen, seized and confiscated assets':
    'Објављивање годишње статистике о замрзнутој, привремено одузетој и одузетој имовини',
  'Introduce risk-based verification of asset declarations':
    'Увођење провере имовинских картона засноване на ризику',
  'Extend declaration duties to family members of senior officials':
    'Проширивање обавезе пријављивања имовине на чланове породица високих функционера',
  'Introduce electronic submission of asset declarations':
    'Увођење електронског подношења имовинских картона',
  'Publish all procurement contracts and amendments as open data':
    'Објављивање свих уговора о набавкама и њихових измена као отворених података',
  'Introduce electronic transmission of mutual legal assistance requests':
    'Увођење електронског достављања захтева за међународну правну помоћ',
  'Sign agreements on joint investigation teams with neighbouring jurisdictions':
    'Потписивање споразума о заједничким истражним тимовима са суседним јурисдикцијама',
  'Second a liaison officer to the regional law-enforcement cooperation network':
    'Упућивање официра за везу у регионалну мрежу за сарадњу органа за спровођење закона',
  'Reduce the time to answer mutual legal assistance requests to 90 days':
    'Скраћивање рока за одговор на захтеве за међународну правну помоћ на 90 дана',
  'Agree FIU-to-FIU information exchange memoranda across the region':
    'Закључивање меморандума о размени информација између финансијско-обавештајних јединица у региону',
  'Introduce AML/CFT supervision of lawyers, notaries and accountants':
    'Увођење надзора адвоката, нотара и рачуновођа у области СПН/ФТ',
  'Adopt secondary legislation on due diligence for politically exposed persons':
    'Доношење подзаконских аката о дубинској анализи политички изложених лица',
  'Establish a standing AML/CFT coordination body chaired at ministerial level':
    'Оснивање сталног координационог тела за СПН/ФТ којим председава министар',
  'Agree feedback procedures on disseminations with the prosecution service':
    'Договарање поступака повратне информације о прослеђеним предметима са тужилаштвом',
  'Train real-estate and construction businesses on suspicious transaction reporting':
    'Обука субјеката у области некретнина и грађевинарства о пријављивању сумњивих трансакција',
  'Connect the beneficial ownership register to the business register':
    'Повезивање регистра стварних власника са регистром пословних субјеката',
  'Introduce verification of beneficial ownership information at registration':
    'Увођење провере података о стварном власништву при регистрацији',
  'Strike off inactive companies that have not filed beneficial ownership information':
    'Брисање неактивних друштава која нису доставила податке о стварном власништву',
  'Make parallel financial investigations mandatory in organised crime and corruption cases':
    'Увођење обавезних паралелних финансијских истрага у предметима организованог криминала и корупције',
  'Establish an asset recovery office':
    'Оснивање канцеларије за поврат имовине',
  'Adopt rules on the management and sale of seized assets':
    'Доношење правила о управљању привремено одузетом имовином и њеној продаји',
  'Publish the asset declarations of senior officials online':
    'Објављивање имовинских картона високих функционера на интернету',
  'Give the anti-corruption agency access to bank, tax and property registers':
    'Омогућавање приступа антикорупцијске агенције банковним, пореским и имовинским регистрима',
  'Restrict negotiated procedures without prior publication':
    'Ограничавање преговарачких поступака без претходне објаве',
  'Establish an independent review body for procurement complaints':
    'Оснивање независног тела за разматрање жалби у јавним набавкама',
  'Designate a central authority for mutual legal assistance requests':
    'Одређивање централног органа за захтеве за међународну правну помоћ',
  'Remove bearer shares and nominee arrangements from company law':
    'Укидање акција на доносиоца и номиналних аранжмана у закону о привредним друштвима',
  'Complete a risk assessment of the non-profit sector for terrorist-financing abuse':
    'Израда процене ризика од злоупотребе непрофитног сектора за финансирање тероризма',
  'Adopt a new public procurement law aligned with the EU directives':
    'Доношење новог закона о јавним набавкама усклађеног са директивама ЕУ',
  'Under the AML/CFT framework and risk understanding pillar (FATF R.1, IO.1), the General Directorate for the Prevention of Money Laundering committed to introduce risk-based supervision of casinos and games of chance by 31 December 2024. It follows from the national risk assessment and from the recommendations of the last MONEYVAL evaluation. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Оквир за спречавање прања новца и финансирања тероризма и разумевање ризика“ (FATF R.1, IO.1) утврђена је обавеза: увођење надзора казина и игара на срећу заснованог на ризику, са роком до 31. децембра 2024. године. Одговорна институција: Генерална дирекција за спречавање прања новца. Произлази из националне процене ризика и из препорука последње евалуације MONEYVAL-а. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the AML/CFT framework and risk understanding pillar (FATF R.1, IO.1), the General Directorate for the Prevention of Money Laundering committed to align the AML/CFT law with the EU Anti-Money Laundering Directive by 30 June 2021. It follows from the national risk assessment and from the recommendations of the last MONEYVAL evaluation. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Оквир за спречавање прања новца и финансирања тероризма и разумевање ризика“ (FATF R.1, IO.1) утврђена је обавеза: усклађивање закона о СПН/ФТ са Директивом ЕУ о спречавању прања новца, са роком до 30. јуна 2021. године. Одговорна институција: Генерална дирекција за спречавање прања новца. Произлази из националне процене ризика и из препорука последње евалуације MONEYVAL-а. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Financial intelligence pillar (FATF IO.6), the General Directorate for the Prevention of Money Laundering committed to give the financial intelligence unit direct access to tax, cadastre and vehicle registers by 31 March 2022. It aims to raise the quality of suspicious transaction reports and the share of disseminations that lead to investigations. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Финансијско-обавештајни рад“ (FATF IO.6) утврђена је обавеза: омогућавање директног приступа финансијско-обавештајне јединице пореским, катастарским и регистрима возила, са роком до 31. марта 2022. године. Одговорна институција: Генерална дирекција за спречавање прања новца. Циљ је подићи квалитет пријава сумњивих трансакција и удео прослеђених предмета који доводе до истрага. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Financial intelligence pillar (FATF IO.6), the General Directorate for the Prevention of Money Laundering committed to introduce online submission of suspicious transaction reports for all reporting entities by 30 September 2020. It aims to raise the quality of suspicious transaction reports and the share of disseminations that lead to investigations. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Финансијско-обавештајни рад“ (FATF IO.6) утврђена је обавеза: увођење електронског подношења пријава сумњивих трансакција за све обвезнике, са роком до 30. септембра 2020. године. Одговорна институција: Генерална дирекција за спречавање прања новца. Циљ је подићи квалитет пријава сумњивих трансакција и удео прослеђених предмета који доводе до истрага. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Financial intelligence pillar (FATF IO.6), the General Directorate for the Prevention of Money Laundering committed to sign memoranda on information exchange with law-enforcement agencies by 31 December 2020. It aims to raise the quality of suspicious transaction reports and the share of disseminations that lead to investigations. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Финансијско-обавештајни рад“ (FATF IO.6) утврђена је обавеза: потписивање меморандума о размени информација са агенцијама за спровођење закона, са роком до 31. децембра 2020. године. Одговорна институција: Генерална дирекција за спречавање прања новца. Циљ је подићи квалитет пријава сумњивих трансакција и удео прослеђених предмета који доводе до истрага. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Beneficial ownership transparency pillar (FATF IO.5), the Business registry committed to publish an annual report on the accuracy of beneficial ownership data by 30 June 2020. Accurate and timely beneficial ownership information lets investigators see who is behind companies used to move illicit funds. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Транспарентност стварног власништва“ (FATF IO.5) утврђена је обавеза: објављивање годишњег извештаја о тачности података о стварном власништву, са роком до 30. јуна 2020. године. Одговорна институција: Регистар пословних субјеката. Тачни и благовремени подаци о стварном власништву омогућавају истражитељима да виде ко стоји иза друштава која се користе за пренос незаконитих средстава. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Beneficial ownership transparency pillar (FATF IO.5), the Ministry of Finance committed to require banks and notaries to report discrepancies to the register by 31 December 2024. Accurate and timely beneficial ownership information lets investigators see who is behind companies used to move illicit funds. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Транспарентност стварног власништва“ (FATF IO.5) утврђена је обавеза: увођење обавезе банака и нотара да регистру пријављују неусклађености, са роком до 31. децембра 2024. године. Одговорна институција: Министарство финансија. Тачни и благовремени подаци о стварном власништву омогућавају истражитељима да виде ко стоји иза друштава која се користе за пренос незаконитих средстава. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Beneficial ownership transparency pillar (FATF IO.5), the Business registry committed to introduce sanctions for failure to register or update beneficial ownership by 31 March 2024. Accurate and timely beneficial ownership information lets investigators see who is behind companies used to move illicit funds. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Транспарентност стварног власништва“ (FATF IO.5) утврђена је обавеза: увођење санкција за неуписивање или неажурирање података о стварном власништву, са роком до 31. марта 2024. године. Одговорна институција: Регистар пословних субјеката. Тачни и благовремени подаци о стварном власништву омогућавају истражитељима да виде ко стоји иза друштава која се користе за пренос незаконитих средстава. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Money-laundering investigation and prosecution pillar (FATF IO.7), the Police economic crime unit committed to amend the criminal code to cover self-laundering by 31 March 2022. It aims to move from predicate-offence cases to stand-alone money-laundering prosecutions ending in final convictions. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Истрага и кривично гоњење прања новца“ (FATF IO.7) утврђена је обавеза: измена кривичног закона ради обухватања самопрања новца, са роком до 31. марта 2022. године. Одговорна институција: Полицијска јединица за привредни криминал. Циљ је прећи са предмета предикатних кривичних дела на самостално кривично гоњење прања новца које завршава правоснажним осуђујућим пресудама. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Money-laundering investigation and prosecution pillar (FATF IO.7), the Special Anti-Corruption Structure (SPAK) committed to issue prosecutorial guidelines on stand-alone money-laundering cases by 30 June 2023. It aims to move from predicate-offence cases to stand-alone money-laundering prosecutions ending in final convictions. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Истрага и кривично гоњење прања новца“ (FATF IO.7) утврђена је обавеза: издавање тужилачких смерница о самосталним предметима прања новца, са роком до 30. јуна 2023. године. Одговорна институција: Специјална структура за борбу против корупције (СПАК). Циљ је прећи са предмета предикатних кривичних дела на самостално кривично гоњење прања новца које завршава правоснажним осуђујућим пресудама. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Money-laundering investigation and prosecution pillar (FATF IO.7), the State Prosecutor’s Office committed to introduce an electronic case-management system linking police and prosecution by 31 December 2023. It aims to move from predicate-offence cases to stand-alone money-laundering prosecutions ending in final convictions. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Истрага и кривично гоњење прања новца“ (FATF IO.7) утврђена је обавеза: увођење електронског система за управљање предметима који повезује полицију и тужилаштво, са роком до 31. децембра 2023. године. Одговорна институција: Државно тужилаштво. Циљ је прећи са предмета предикатних кривичних дела на самостално кривично гоњење прања новца које завршава правоснажним осуђујућим пресудама. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Asset recovery pillar (FATF IO.8), the State Prosecutor’s Office committed to introduce non-conviction-based confiscation by 30 September 2023. It aims to ensure that crime does not pay: proceeds are traced early, frozen quickly and confiscated after a final judgment. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Поврат имовине“ (FATF IO.8) утврђена је обавеза: увођење одузимања имовине без осуђујуће пресуде, са роком до 30. септембра 2023. године. Одговорна институција: Државно тужилаштво. Циљ је обезбедити да се криминал не исплати: имовинска корист се рано открива, брзо замрзава и одузима након правоснажне пресуде. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Asset recovery pillar (FATF IO.8), the Asset management office committed to train prosecutors on financial investigations for asset recovery by 30 September 2026. It aims to ensure that crime does not pay: proceeds are traced early, frozen quickly and confiscated after a final judgment. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Поврат имовине“ (FATF IO.8) утврђена је обавеза: обука тужилаца о финансијским истрагама ради поврата имовине, са роком до 30. септембра 2026. године. Одговорна институција: Канцеларија за управљање одузетом имовином. Циљ је обезбедити да се криминал не исплати: имовинска корист се рано открива, брзо замрзава и одузима након правоснажне пресуде. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Asset recovery pillar (FATF IO.8), the Asset management office committed to designate contact points in the regional asset recovery network by 30 September 2020. It aims to ensure that crime does not pay: proceeds are traced early, frozen quickly and confiscated after a final judgment. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Поврат имовине“ (FATF IO.8) утврђена је обавеза: одређивање контакт-тачака у регионалној мрежи за поврат имовине, са роком до 30. септембра 2020. године. Одговорна институција: Канцеларија за управљање одузетом имовином. Циљ је обезбедити да се криминал не исплати: имовинска корист се рано открива, брзо замрзава и одузима након правоснажне пресуде. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Asset recovery pillar (FATF IO.8), the State Prosecutor’s Office committed to introduce the social re-use of confiscated property by 30 June 2024. It aims to ensure that crime does not pay: proceeds are traced early, frozen quickly and confiscated after a final judgment. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Поврат имовине“ (FATF IO.8) утврђена је обавеза: увођење друштвене поновне употребе одузете имовине, са роком до 30. јуна 2024. године. Одговорна институција: Државно тужилаштво. Циљ је обезбедити да се криминал не исплати: имовинска корист се рано открива, брзо замрзава и одузима након правоснажне пресуде. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Asset declarations and conflict of interest pillar (ACIF goal 2), the High Inspectorate of Declaration and Audit of Assets and Conflict of Interest committed to adopt rules on conflict of interest in local government by 31 December 2024. It supports ACIF goal 2: credible asset-declaration and conflict-of-interest systems with real verification. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Имовински картони и сукоб интереса“ (ACIF, циљ 2) утврђена је обавеза: доношење правила о сукобу интереса у локалној самоуправи, са роком до 31. децембра 2024. године. Одговорна институција: Високи инспекторат за пријаву и проверу имовине и сукоб интереса. Подржава циљ 2 ACIF-а: веродостојне системе имовинских картона и сукоба интереса са стварном провером. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Asset declarations and conflict of interest pillar (ACIF goal 2), the High Inspectorate of Declaration and Audit of Assets and Conflict of Interest committed to introduce sanctions for false or incomplete asset declarations by 30 June 2022. It supports ACIF goal 2: credible asset-declaration and conflict-of-interest systems with real verification. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Имовински картони и сукоб интереса“ (ACIF, циљ 2) утврђена је обавеза: увођење санкција за лажне или непотпуне имовинске картоне, са роком до 30. јуна 2022. године. Одговорна институција: Високи инспекторат за пријаву и проверу имовине и сукоб интереса. Подржава циљ 2 ACIF-а: веродостојне системе имовинских картона и сукоба интереса са стварном провером. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Asset declarations and conflict of interest pillar (ACIF goal 2), the High Inspectorate of Declaration and Audit of Assets and Conflict of Interest committed to introduce a lifestyle-check methodology for verification by 31 December 2022. It supports ACIF goal 2: credible asset-declaration and conflict-of-interest systems with real verification. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Имовински картони и сукоб интереса“ (ACIF, циљ 2) утврђена је обавеза: увођење методологије провере животног стандарда за потребе провере имовинских картона, са роком до 31. децембра 2022. године. Одговорна институција: Високи инспекторат за пријаву и проверу имовине и сукоб интереса. Подржава циљ 2 ACIF-а: веродостојне системе имовинских картона и сукоба интереса са стварном провером. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Asset declarations and conflict of interest pillar (ACIF goal 2), the High Inspectorate of Declaration and Audit of Assets and Conflict of Interest committed to regulate gifts and post-employment restrictions for public officials by 31 December 2022. It supports ACIF goal 2: credible asset-declaration and conflict-of-interest systems with real verification. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Имовински картони и сукоб интереса“ (ACIF, циљ 2) утврђена је обавеза: уређивање поклона и ограничења након престанка функције за јавне функционере, са роком до 31. децембра 2022. године. Одговорна институција: Високи инспекторат за пријаву и проверу имовине и сукоб интереса. Подржава циљ 2 ACIF-а: веродостојне системе имовинских картона и сукоба интереса са стварном провером. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Asset declarations and conflict of interest pillar (ACIF goal 2), the High Inspectorate of Declaration and Audit of Assets and Conflict of Interest committed to publish annual reports on verification results and sanctions by 30 June 2025. It supports ACIF goal 2: credible asset-declaration and conflict-of-interest systems with real verification. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Имовински картони и сукоб интереса“ (ACIF, циљ 2) утврђена је обавеза: објављивање годишњих извештаја о резултатима провера и санкцијама, са роком до 30. јуна 2025. године. Одговорна институција: Високи инспекторат за пријаву и проверу имовине и сукоб интереса. Подржава циљ 2 ACIF-а: веродостојне системе имовинских картона и сукоба интереса са стварном провером. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Public procurement integrity pillar (ACIF goal 1), the Special Anti-Corruption Structure (SPAK) committed to publish annual procurement monitoring reports by 30 June 2022. It supports ACIF goal 1: reducing corruption risks in public procurement through openness and competition. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Интегритет јавних набавки“ (ACIF, циљ 1) утврђена је обавеза: објављивање годишњих извештаја о праћењу јавних набавки, са роком до 30. јуна 2022. године. Одговорна институција: Специјална структура за борбу против корупције (СПАК). Подржава циљ 1 ACIF-а: смањење коруптивних ризика у јавним набавкама кроз отвореност и конкуренцију. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Public procurement integrity pillar (ACIF goal 1), the Public procurement agency committed to make electronic procurement mandatory for all contracting authorities by 31 March 2024. It supports ACIF goal 1: reducing corruption risks in public procurement through openness and competition. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Интегритет јавних набавки“ (ACIF, циљ 1) утврђена је обавеза: увођење обавезних електронских набавки за све уговорне органе, са роком до 31. марта 2024. године. Одговорна институција: Агенција за јавне набавке. Подржава циљ 1 ACIF-а: смањење коруптивних ризика у јавним набавкама кроз отвореност и конкуренцију. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Public procurement integrity pillar (ACIF goal 1), the Public procurement agency committed to introduce conflict-of-interest statements for tender evaluation committees by 31 December 2025. It supports ACIF goal 1: reducing corruption risks in public procurement through openness and competition. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Интегритет јавних набавки“ (ACIF, циљ 1) утврђена је обавеза: увођење изјава о сукобу интереса за комисије за оцену понуда, са роком до 31. децембра 2025. године. Одговорна институција: Агенција за јавне набавке. Подржава циљ 1 ACIF-а: смањење коруптивних ризика у јавним набавкама кроз отвореност и конкуренцију. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Public procurement integrity pillar (ACIF goal 1), the Special Anti-Corruption Structure (SPAK) committed to require beneficial ownership declarations from bidders by 31 March 2024. It supports ACIF goal 1: reducing corruption risks in public procurement through openness and competition. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Интегритет јавних набавки“ (ACIF, циљ 1) утврђена је обавеза: увођење обавезе понуђача да пријаве стварне власнике, са роком до 31. марта 2024. године. Одговорна институција: Специјална структура за борбу против корупције (СПАК). Подржава циљ 1 ACIF-а: смањење коруптивних ризика у јавним набавкама кроз отвореност и конкуренцију. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Public procurement integrity pillar (ACIF goal 1), the Special Anti-Corruption Structure (SPAK) committed to introduce red-flag analysis of tenders to detect corruption risks by 31 March 2026. It supports ACIF goal 1: reducing corruption risks in public procurement through openness and competition. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Интегритет јавних набавки“ (ACIF, циљ 1) утврђена је обавеза: увођење анализе индикатора упозорења у тендерима ради откривања коруптивних ризика, са роком до 31. марта 2026. године. Одговорна институција: Специјална структура за борбу против корупције (СПАК). Подржава циљ 1 ACIF-а: смањење коруптивних ризика у јавним набавкама кроз отвореност и конкуренцију. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Public procurement integrity pillar (ACIF goal 1), the Public procurement agency committed to train contracting authorities on integrity in procurement by 30 June 2025. It supports ACIF goal 1: reducing corruption risks in public procurement through openness and competition. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Интегритет јавних набавки“ (ACIF, циљ 1) утврђена је обавеза: обука уговорних органа о интегритету у јавним набавкама, са роком до 30. јуна 2025. године. Одговорна институција: Агенција за јавне набавке. Подржава циљ 1 ACIF-а: смањење коруптивних ризика у јавним набавкама кроз отвореност и конкуренцију. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Regional and international cooperation pillar (FATF IO.2, ACIF goal 3), the General Directorate for the Prevention of Money Laundering committed to hold joint training with the region’s financial intelligence units by 31 March 2026. It supports ACIF goal 3: a regional network of specialised prosecutors, law-enforcement agencies and FIUs. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Регионална и међународна сарадња“ (FATF IO.2, ACIF, циљ 3) утврђена је обавеза: одржавање заједничких обука са финансијско-обавештајним јединицама из региона, са роком до 31. марта 2026. године. Одговорна институција: Генерална дирекција за спречавање прања новца. Подржава циљ 3 ACIF-а: регионалну мрежу специјализованих тужилаца, агенција за спровођење закона и финансијско-обавештајних јединица. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Regional and international cooperation pillar (FATF IO.2, ACIF goal 3), the Police economic crime unit committed to adopt a protocol on spontaneous information sharing with foreign prosecutors by 31 December 2021. It supports ACIF goal 3: a regional network of specialised prosecutors, law-enforcement agencies and FIUs. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Регионална и међународна сарадња“ (FATF IO.2, ACIF, циљ 3) утврђена је обавеза: усвајање протокола о спонтаној размени информација са страним тужиоцима, са роком до 31. децембра 2021. године. Одговорна институција: Полицијска јединица за привредни криминал. Подржава циљ 3 ACIF-а: регионалну мрежу специјализованих тужилаца, агенција за спровођење закона и финансијско-обавештајних јединица. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Regional and international cooperation pillar (FATF IO.2, ACIF goal 3), the State Prosecutor’s Office committed to join the regional network of specialised anti-corruption prosecutors by 30 June 2020. It supports ACIF goal 3: a regional network of specialised prosecutors, law-enforcement agencies and FIUs. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Регионална и међународна сарадња“ (FATF IO.2, ACIF, циљ 3) утврђена је обавеза: приступање регионалној мрежи специјализованих антикорупцијских тужилаца, са роком до 30. јуна 2020. године. Одговорна институција: Државно тужилаштво. Подржава циљ 3 ACIF-а: регионалну мрежу специјализованих тужилаца, агенција за спровођење закона и финансијско-обавештајних јединица. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Regional and international cooperation pillar (FATF IO.2, ACIF goal 3), the State Prosecutor’s Office committed to publish statistics on incoming and outgoing mutual legal assistance requests by 31 March 2025. It supports ACIF goal 3: a regional network of specialised prosecutors, law-enforcement agencies and FIUs. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Регионална и међународна сарадња“ (FATF IO.2, ACIF, циљ 3) утврђена је обавеза: објављивање статистике о долазним и одлазним захтевима за међународну правну помоћ, са роком до 31. марта 2025. године. Одговорна институција: Државно тужилаштво. Подржава циљ 3 ACIF-а: регионалну мрежу специјализованих тужилаца, агенција за спровођење закона и финансијско-обавештајних јединица. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the AML/CFT framework and risk understanding pillar (FATF R.1, IO.1), the Ministry of Finance committed to adopt an updated national money-laundering and terrorist-financing risk assessment by 30 September 2022. It follows from the national risk assessment and from the recommendations of the last MONEYVAL evaluation. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Оквир за спречавање прања новца и финансирања тероризма и разумевање ризика“ (FATF R.1, IO.1) утврђена је обавеза: усвајање ажуриране националне процене ризика од прања новца и финансирања тероризма, са роком до 30. септембра 2022. године. Одговорна институција: Министарство финансија. Произлази из националне процене ризика и из препорука последње евалуације MONEYVAL-а. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the AML/CFT framework and risk understanding pillar (FATF R.1, IO.1), the Ministry of Finance committed to introduce risk-based supervision of casinos and games of chance by 30 September 2022. It follows from the national risk assessment and from the recommendations of the last MONEYVAL evaluation. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Оквир за спречавање прања новца и финансирања тероризма и разумевање ризика“ (FATF R.1, IO.1) утврђена је обавеза: увођење надзора казина и игара на срећу заснованог на ризику, са роком до 30. септембра 2022. године. Одговорна институција: Министарство финансија. Произлази из националне процене ризика и из препорука последње евалуације MONEYVAL-а. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the AML/CFT framework and risk understanding pillar (FATF R.1, IO.1), the Financial Intelligence Department of SIPA committed to publish consolidated annual AML/CFT statistics by 31 December 2026. It follows from the national risk assessment and from the recommendations of the last MONEYVAL evaluation. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Оквир за спречавање прања новца и финансирања тероризма и разумевање ризика“ (FATF R.1, IO.1) утврђена је обавеза: објављивање обједињене годишње статистике о СПН/ФТ, са роком до 31. децембра 2026. године. Одговорна институција: Финансијско-обавештајно одељење СИПА-е. Произлази из националне процене ризика и из препорука последње евалуације MONEYVAL-а. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the AML/CFT framework and risk understanding pillar (FATF R.1, IO.1), the Ministry of Finance committed to complete a sectoral risk assessment of virtual asset service providers by 31 December 2020. It follows from the national risk assessment and from the recommendations of the last MONEYVAL evaluation. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Оквир за спречавање прања новца и финансирања тероризма и разумевање ризика“ (FATF R.1, IO.1) утврђена је обавеза: израда секторске процене ризика за пружаоце услуга виртуелне имовине, са роком до 31. децембра 2020. године. Одговорна институција: Министарство финансија. Произлази из националне процене ризика и из препорука последње евалуације MONEYVAL-а. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the AML/CFT framework and risk understanding pillar (FATF R.1, IO.1), the Financial Intelligence Department of SIPA committed to adopt an action plan addressing the findings of the national risk assessment by 30 June 2022. It follows from the national risk assessment and from the recommendations of the last MONEYVAL evaluation. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Оквир за спречавање прања новца и финансирања тероризма и разумевање ризика“ (FATF R.1, IO.1) утврђена је обавеза: усвајање акционог плана за отклањање налаза националне процене ризика, са роком до 30. јуна 2022. године. Одговорна институција: Финансијско-обавештајно одељење СИПА-е. Произлази из националне процене ризика и из препорука последње евалуације MONEYVAL-а. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the AML/CFT framework and risk understanding pillar (FATF R.1, IO.1), the Ministry of Finance committed to align the AML/CFT law with the EU Anti-Money Laundering Directive by 31 December 2024. It follows from the national risk assessment and from the recommendations of the last MONEYVAL evaluation. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Оквир за спречавање прања новца и финансирања тероризма и разумевање ризика“ (FATF R.1, IO.1) утврђена је обавеза: усклађивање закона о СПН/ФТ са Директивом ЕУ о спречавању прања новца, са роком до 31. децембра 2024. године. Одговорна институција: Министарство финансија. Произлази из националне процене ризика и из препорука последње евалуације MONEYVAL-а. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Financial intelligence pillar (FATF IO.6), the Financial Intelligence Department of SIPA committed to sign memoranda on information exchange with law-enforcement agencies by 30 September 2024. It aims to raise the quality of suspicious transaction reports and the share of disseminations that lead to investigations. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Финансијско-обавештајни рад“ (FATF IO.6) утврђена је обавеза: потписивање меморандума о размени информација са агенцијама за спровођење закона, са роком до 30. септембра 2024. године. Одговорна институција: Финансијско-обавештајно одељење СИПА-е. Циљ је подићи квалитет пријава сумњивих трансакција и удео прослеђених предмета који доводе до истрага. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Financial intelligence pillar (FATF IO.6), the Financial Intelligence Department of SIPA committed to introduce electronic reporting of cash transactions above EUR 10,000 by 30 September 2022. It aims to raise the quality of suspicious transaction reports and the share of disseminations that lead to investigations. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Финансијско-обавештајни рад“ (FATF IO.6) утврђена је обавеза: увођење електронског пријављивања готовинских трансакција изнад 10.000 EUR, са роком до 30. септембра 2022. године. Одговорна институција: Финансијско-обавештајно одељење СИПА-е. Циљ је подићи квалитет пријава сумњивих трансакција и удео прослеђених предмета који доводе до истрага. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Financial intelligence pillar (FATF IO.6), the Financial Intelligence Department of SIPA committed to increase the analytical staff of the financial intelligence unit by 31 December 2020. It aims to raise the quality of suspicious transaction reports and the share of disseminations that lead to investigations. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Финансијско-обавештајни рад“ (FATF IO.6) утврђена је обавеза: повећање броја аналитичара у финансијско-обавештајној јединици, са роком до 31. децембра 2020. године. Одговорна институција: Финансијско-обавештајно одељење СИПА-е. Циљ је подићи квалитет пријава сумњивих трансакција и удео прослеђених предмета који доводе до истрага. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Financial intelligence pillar (FATF IO.6), the Financial Intelligence Department of SIPA committed to issue typologies and red-flag guidance to reporting entities by 31 December 2024. It aims to raise the quality of suspicious transaction reports and the share of disseminations that lead to investigations. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Финансијско-обавештајни рад“ (FATF IO.6) утврђена је обавеза: издавање типологија и смерница о индикаторима упозорења за обвезнике, са роком до 31. децембра 2024. године. Одговорна институција: Финансијско-обавештајно одељење СИПА-е. Циљ је подићи квалитет пријава сумњивих трансакција и удео прослеђених предмета који доводе до истрага. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Financial intelligence pillar (FATF IO.6), the Financial Intelligence Department of SIPA committed to publish strategic analysis reports on money-laundering trends by 30 September 2022. It aims to raise the quality of suspicious transaction reports and the share of disseminations that lead to investigations. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Финансијско-обавештајни рад“ (FATF IO.6) утврђена је обавеза: објављивање извештаја стратешке анализе о трендовима прања новца, са роком до 30. септембра 2022. године. Одговорна институција: Финансијско-обавештајно одељење СИПА-е. Циљ је подићи квалитет пријава сумњивих трансакција и удео прослеђених предмета који доводе до истрага. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Financial intelligence pillar (FATF IO.6), the Financial Intelligence Department of SIPA committed to deploy a new case-management and analysis system at the financial intelligence unit by 30 September 2022. It aims to raise the quality of suspicious transaction reports and the share of disseminations that lead to investigations. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Финансијско-обавештајни рад“ (FATF IO.6) утврђена је обавеза: увођење новог система за управљање предметима и анализу у финансијско-обавештајној јединици, са роком до 30. септембра 2022. године. Одговорна институција: Финансијско-обавештајно одељење СИПА-е. Циљ је подићи квалитет пријава сумњивих трансакција и удео прослеђених предмета који доводе до истрага. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Beneficial ownership transparency pillar (FATF IO.5), the Ministry of Finance committed to publish an annual report on the accuracy of beneficial ownership data by 31 March 2025. Accurate and timely beneficial ownership information lets investigators see who is behind companies used to move illicit funds. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Транспарентност стварног власништва“ (FATF IO.5) утврђена је обавеза: објављивање годишњег извештаја о тачности података о стварном власништву, са роком до 31. марта 2025. године. Одговорна институција: Министарство финансија. Тачни и благовремени подаци о стварном власништву омогућавају истражитељима да виде ко стоји иза друштава која се користе за пренос незаконитих средстава. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Beneficial ownership transparency pillar (FATF IO.5), the Business registry committed to register the beneficial owners of trusts and similar legal arrangements by 31 December 2023. Accurate and timely beneficial ownership information lets investigators see who is behind companies used to move illicit funds. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Транспарентност стварног власништва“ (FATF IO.5) утврђена је обавеза: уписивање стварних власника трустова и сличних правних аранжмана, са роком до 31. децембра 2023. године. Одговорна институција: Регистар пословних субјеката. Тачни и благовремени подаци о стварном власништву омогућавају истражитељима да виде ко стоји иза друштава која се користе за пренос незаконитих средстава. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Beneficial ownership transparency pillar (FATF IO.5), the Business registry committed to establish a central register of beneficial owners by 30 June 2020. Accurate and timely beneficial ownership information lets investigators see who is behind companies used to move illicit funds. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Транспарентност стварног власништва“ (FATF IO.5) утврђена је обавеза: успостављање централног регистра стварних власника, са роком до 30. јуна 2020. године. Одговорна институција: Регистар пословних субјеката. Тачни и благовремени подаци о стварном власништву омогућавају истражитељима да виде ко стоји иза друштава која се користе за пренос незаконитих средстава. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Beneficial ownership transparency pillar (FATF IO.5), the Business registry committed to give obliged entities electronic access to the beneficial ownership register by 31 March 2022. Accurate and timely beneficial ownership information lets investigators see who is behind companies used to move illicit funds. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Транспарентност стварног власништва“ (FATF IO.5) утврђена је обавеза: омогућавање електронског приступа обвезника регистру стварних власника, са роком до 31. марта 2022. године. Одговорна институција: Регистар пословних субјеката. Тачни и благовремени подаци о стварном власништву омогућавају истражитељима да виде ко стоји иза друштава која се користе за пренос незаконитих средстава. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Money-laundering investigation and prosecution pillar (FATF IO.7), the Ministry of Justice committed to publish statistics on money-laundering indictments and convictions by 31 March 2024. It aims to move from predicate-offence cases to stand-alone money-laundering prosecutions ending in final convictions. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Истрага и кривично гоњење прања новца“ (FATF IO.7) утврђена је обавеза: објављивање статистике о оптужницама и осуђујућим пресудама за прање новца, са роком до 31. марта 2024. године. Одговорна институција: Министарство правде. Циљ је прећи са предмета предикатних кривичних дела на самостално кривично гоњење прања новца које завршава правоснажним осуђујућим пресудама. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Money-laundering investigation and prosecution pillar (FATF IO.7), the Judicial council committed to introduce an electronic case-management system linking police and prosecution by 30 September 2022. It aims to move from predicate-offence cases to stand-alone money-laundering prosecutions ending in final convictions. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Истрага и кривично гоњење прања новца“ (FATF IO.7) утврђена је обавеза: увођење електронског система за управљање предметима који повезује полицију и тужилаштво, са роком до 30. септембра 2022. године. Одговорна институција: Судски савет. Циљ је прећи са предмета предикатних кривичних дела на самостално кривично гоњење прања новца које завршава правоснажним осуђујућим пресудама. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Money-laundering investigation and prosecution pillar (FATF IO.7), the Ministry of Justice committed to train judges and prosecutors on proving money laundering from circumstantial evidence by 31 December 2024. It aims to move from predicate-offence cases to stand-alone money-laundering prosecutions ending in final convictions. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Истрага и кривично гоњење прања новца“ (FATF IO.7) утврђена је обавеза: обука судија и тужилаца о доказивању прања новца на основу посредних доказа, са роком до 31. децембра 2024. године. Одговорна институција: Министарство правде. Циљ је прећи са предмета предикатних кривичних дела на самостално кривично гоњење прања новца које завршава правоснажним осуђујућим пресудама. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Money-laundering investigation and prosecution pillar (FATF IO.7), the Ministry of Justice committed to establish a specialised financial investigations unit within the police by 30 September 2020. It aims to move from predicate-offence cases to stand-alone money-laundering prosecutions ending in final convictions. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Истрага и кривично гоњење прања новца“ (FATF IO.7) утврђена је обавеза: оснивање специјализоване јединице за финансијске истраге у полицији, са роком до 30. септембра 2020. године. Одговорна институција: Министарство правде. Циљ је прећи са предмета предикатних кривичних дела на самостално кривично гоњење прања новца које завршава правоснажним осуђујућим пресудама. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Money-laundering investigation and prosecution pillar (FATF IO.7), the Police economic crime unit committed to review sentencing practice in money-laundering cases by 30 June 2024. It aims to move from predicate-offence cases to stand-alone money-laundering prosecutions ending in final convictions. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Истрага и кривично гоњење прања новца“ (FATF IO.7) утврђена је обавеза: преиспитивање казнене политике у предметима прања новца, са роком до 30. јуна 2024. године. Одговорна институција: Полицијска јединица за привредни криминал. Циљ је прећи са предмета предикатних кривичних дела на самостално кривично гоњење прања новца које завршава правоснажним осуђујућим пресудама. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Money-laundering investigation and prosecution pillar (FATF IO.7), the State Prosecutor’s Office committed to adopt a money-laundering investigation and prosecution strategy by 30 June 2020. It aims to move from predicate-offence cases to stand-alone money-laundering prosecutions ending in final convictions. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Истрага и кривично гоњење прања новца“ (FATF IO.7) утврђена је обавеза: усвајање стратегије истраге и кривичног гоњења прања новца, са роком до 30. јуна 2020. године. Одговорна институција: Државно тужилаштво. Циљ је прећи са предмета предикатних кривичних дела на самостално кривично гоњење прања новца које завршава правоснажним осуђујућим пресудама. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Money-laundering investigation and prosecution pillar (FATF IO.7), the Judicial council committed to set up a joint task force of prosecutors, police, tax and customs officials by 30 September 2020. It aims to move from predicate-offence cases to stand-alone money-laundering prosecutions ending in final convictions. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Истрага и кривично гоњење прања новца“ (FATF IO.7) утврђена је обавеза: формирање заједничке радне групе тужилаца, полиције, пореских и царинских службеника, са роком до 30. септембра 2020. године. Одговорна институција: Судски савет. Циљ је прећи са предмета предикатних кривичних дела на самостално кривично гоњење прања новца које завршава правоснажним осуђујућим пресудама. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Asset recovery pillar (FATF IO.8), the Ministry of Justice committed to adopt a law on extended confiscation by 30 September 2024. It aims to ensure that crime does not pay: proceeds are traced early, frozen quickly and confiscated after a final judgment. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Поврат имовине“ (FATF IO.8) утврђена је обавеза: доношење закона о проширеном одузимању имовине, са роком до 30. септембра 2024. године. Одговорна институција: Министарство правде. Циљ је обезбедити да се криминал не исплати: имовинска корист се рано открива, брзо замрзава и одузима након правоснажне пресуде. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Asset recovery pillar (FATF IO.8), the Ministry of Justice committed to introduce interim management of seized companies by 31 March 2022. It aims to ensure that crime does not pay: proceeds are traced early, frozen quickly and confiscated after a final judgment. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Поврат имовине“ (FATF IO.8) утврђена је обавеза: увођење привременог управљања одузетим привредним друштвима, са роком до 31. марта 2022. године. Одговорна институција: Министарство правде. Циљ је обезбедити да се криминал не исплати: имовинска корист се рано открива, брзо замрзава и одузима након правоснажне пресуде. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Asset recovery pillar (FATF IO.8), the Asset management office committed to establish a central register of seized and confiscated assets by 30 September 2021. It aims to ensure that crime does not pay: proceeds are traced early, frozen quickly and confiscated after a final judgment. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Поврат имовине“ (FATF IO.8) утврђена је обавеза: успостављање централног регистра привремено одузете и одузете имовине, са роком до 30. септембра 2021. године. Одговорна институција: Канцеларија за управљање одузетом имовином. Циљ је обезбедити да се криминал не исплати: имовинска корист се рано открива, брзо замрзава и одузима након правоснажне пресуде. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Asset recovery pillar (FATF IO.8), the State Prosecutor’s Office committed to publish annual statistics on frozen, seized and confiscated assets by 31 March 2025. It aims to ensure that crime does not pay: proceeds are traced early, frozen quickly and confiscated after a final judgment. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Поврат имовине“ (FATF IO.8) утврђена је обавеза: објављивање годишње статистике о замрзнутој, привремено одузетој и одузетој имовини, са роком до 31. марта 2025. године. Одговорна институција: Државно тужилаштво. Циљ је обезбедити да се криминал не исплати: имовинска корист се рано открива, брзо замрзава и одузима након правоснажне пресуде. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Asset recovery pillar (FATF IO.8), the Asset management office committed to designate contact points in the regional asset recovery network by 31 March 2022. It aims to ensure that crime does not pay: proceeds are traced early, frozen quickly and confiscated after a final judgment. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Поврат имовине“ (FATF IO.8) утврђена је обавеза: одређивање контакт-тачака у регионалној мрежи за поврат имовине, са роком до 31. марта 2022. године. Одговорна институција: Канцеларија за управљање одузетом имовином. Циљ је обезбедити да се криминал не исплати: имовинска корист се рано открива, брзо замрзава и одузима након правоснажне пресуде. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Asset declarations and conflict of interest pillar (ACIF goal 2), the Agency for the Prevention of Corruption and Coordination of the Fight against Corruption (APIK) committed to introduce risk-based verification of asset declarations by 30 June 2023. It supports ACIF goal 2: credible asset-declaration and conflict-of-interest systems with real verification. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Имовински картони и сукоб интереса“ (ACIF, циљ 2) утврђена је обавеза: увођење провере имовинских картона засноване на ризику, са роком до 30. јуна 2023. године. Одговорна институција: Агенција за превенцију корупције и координацију борбе против корупције (АПИК). Подржава циљ 2 ACIF-а: веродостојне системе имовинских картона и сукоба интереса са стварном провером. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Asset declarations and conflict of interest pillar (ACIF goal 2), the Agency for the Prevention of Corruption and Coordination of the Fight against Corruption (APIK) committed to adopt rules on conflict of interest in local government by 31 March 2023. It supports ACIF goal 2: credible asset-declaration and conflict-of-interest systems with real verification. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Имовински картони и сукоб интереса“ (ACIF, циљ 2) утврђена је обавеза: доношење правила о сукобу интереса у локалној самоуправи, са роком до 31. марта 2023. године. Одговорна институција: Агенција за превенцију корупције и координацију борбе против корупције (АПИК). Подржава циљ 2 ACIF-а: веродостојне системе имовинских картона и сукоба интереса са стварном провером. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Asset declarations and conflict of interest pillar (ACIF goal 2), the Agency for the Prevention of Corruption and Coordination of the Fight against Corruption (APIK) committed to extend declaration duties to family members of senior officials by 30 June 2024. It supports ACIF goal 2: credible asset-declaration and conflict-of-interest systems with real verification. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Имовински картони и сукоб интереса“ (ACIF, циљ 2) утврђена је обавеза: проширивање обавезе пријављивања имовине на чланове породица високих функционера, са роком до 30. јуна 2024. године. Одговорна институција: Агенција за превенцију корупције и координацију борбе против корупције (АПИК). Подржава циљ 2 ACIF-а: веродостојне системе имовинских картона и сукоба интереса са стварном провером. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Asset declarations and conflict of interest pillar (ACIF goal 2), the Agency for the Prevention of Corruption and Coordination of the Fight against Corruption (APIK) committed to introduce a lifestyle-check methodology for verification by 30 September 2020. It supports ACIF goal 2: credible asset-declaration and conflict-of-interest systems with real verification. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Имовински картони и сукоб интереса“ (ACIF, циљ 2) утврђена је обавеза: увођење методологије провере животног стандарда за потребе провере имовинских картона, са роком до 30. септембра 2020. године. Одговорна институција: Агенција за превенцију корупције и координацију борбе против корупције (АПИК). Подржава циљ 2 ACIF-а: веродостојне системе имовинских картона и сукоба интереса са стварном провером. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Asset declarations and conflict of interest pillar (ACIF goal 2), the Agency for the Prevention of Corruption and Coordination of the Fight against Corruption (APIK) committed to introduce electronic submission of asset declarations by 31 March 2024. It supports ACIF goal 2: credible asset-declaration and conflict-of-interest systems with real verification. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Имовински картони и сукоб интереса“ (ACIF, циљ 2) утврђена је обавеза: увођење електронског подношења имовинских картона, са роком до 31. марта 2024. године. Одговорна институција: Агенција за превенцију корупције и координацију борбе против корупције (АПИК). Подржава циљ 2 ACIF-а: веродостојне системе имовинских картона и сукоба интереса са стварном провером. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Asset declarations and conflict of interest pillar (ACIF goal 2), the Agency for the Prevention of Corruption and Coordination of the Fight against Corruption (APIK) committed to regulate gifts and post-employment restrictions for public officials by 30 September 2022. It supports ACIF goal 2: credible asset-declaration and conflict-of-interest systems with real verification. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Имовински картони и сукоб интереса“ (ACIF, циљ 2) утврђена је обавеза: уређивање поклона и ограничења након престанка функције за јавне функционере, са роком до 30. септембра 2022. године. Одговорна институција: Агенција за превенцију корупције и координацију борбе против корупције (АПИК). Подржава циљ 2 ACIF-а: веродостојне системе имовинских картона и сукоба интереса са стварном провером. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Public procurement integrity pillar (ACIF goal 1), the Agency for the Prevention of Corruption and Coordination of the Fight against Corruption (APIK) committed to make electronic procurement mandatory for all contracting authorities by 31 December 2022. It supports ACIF goal 1: reducing corruption risks in public procurement through openness and competition. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Интегритет јавних набавки“ (ACIF, циљ 1) утврђена је обавеза: увођење обавезних електронских набавки за све уговорне органе, са роком до 31. децембра 2022. године. Одговорна институција: Агенција за превенцију корупције и координацију борбе против корупције (АПИК). Подржава циљ 1 ACIF-а: смањење коруптивних ризика у јавним набавкама кроз отвореност и конкуренцију. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Public procurement integrity pillar (ACIF goal 1), the Public procurement agency committed to train contracting authorities on integrity in procurement by 31 December 2021. It supports ACIF goal 1: reducing corruption risks in public procurement through openness and competition. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Интегритет јавних набавки“ (ACIF, циљ 1) утврђена је обавеза: обука уговорних органа о интегритету у јавним набавкама, са роком до 31. децембра 2021. године. Одговорна институција: Агенција за јавне набавке. Подржава циљ 1 ACIF-а: смањење коруптивних ризика у јавним набавкама кроз отвореност и конкуренцију. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Public procurement integrity pillar (ACIF goal 1), the Agency for the Prevention of Corruption and Coordination of the Fight against Corruption (APIK) committed to publish all procurement contracts and amendments as open data by 30 September 2026. It supports ACIF goal 1: reducing corruption risks in public procurement through openness and competition. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Интегритет јавних набавки“ (ACIF, циљ 1) утврђена је обавеза: објављивање свих уговора о набавкама и њихових измена као отворених података, са роком до 30. септембра 2026. године. Одговорна институција: Агенција за превенцију корупције и координацију борбе против корупције (АПИК). Подржава циљ 1 ACIF-а: смањење коруптивних ризика у јавним набавкама кроз отвореност и конкуренцију. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Regional and international cooperation pillar (FATF IO.2, ACIF goal 3), the Ministry of Justice committed to introduce electronic transmission of mutual legal assistance requests by 30 June 2025. It supports ACIF goal 3: a regional network of specialised prosecutors, law-enforcement agencies and FIUs. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Регионална и међународна сарадња“ (FATF IO.2, ACIF, циљ 3) утврђена је обавеза: увођење електронског достављања захтева за међународну правну помоћ, са роком до 30. јуна 2025. године. Одговорна институција: Министарство правде. Подржава циљ 3 ACIF-а: регионалну мрежу специјализованих тужилаца, агенција за спровођење закона и финансијско-обавештајних јединица. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Regional and international cooperation pillar (FATF IO.2, ACIF goal 3), the Financial Intelligence Department of SIPA committed to hold joint training with the region’s financial intelligence units by 30 June 2023. It supports ACIF goal 3: a regional network of specialised prosecutors, law-enforcement agencies and FIUs. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Регионална и међународна сарадња“ (FATF IO.2, ACIF, циљ 3) утврђена је обавеза: одржавање заједничких обука са финансијско-обавештајним јединицама из региона, са роком до 30. јуна 2023. године. Одговорна институција: Финансијско-обавештајно одељење СИПА-е. Подржава циљ 3 ACIF-а: регионалну мрежу специјализованих тужилаца, агенција за спровођење закона и финансијско-обавештајних јединица. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Regional and international cooperation pillar (FATF IO.2, ACIF goal 3), the Ministry of Justice committed to adopt a protocol on spontaneous information sharing with foreign prosecutors by 31 December 2024. It supports ACIF goal 3: a regional network of specialised prosecutors, law-enforcement agencies and FIUs. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Регионална и међународна сарадња“ (FATF IO.2, ACIF, циљ 3) утврђена је обавеза: усвајање протокола о спонтаној размени информација са страним тужиоцима, са роком до 31. децембра 2024. године. Одговорна институција: Министарство правде. Подржава циљ 3 ACIF-а: регионалну мрежу специјализованих тужилаца, агенција за спровођење закона и финансијско-обавештајних јединица. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Regional and international cooperation pillar (FATF IO.2, ACIF goal 3), the Ministry of Justice committed to sign agreements on joint investigation teams with neighbouring jurisdictions by 30 September 2022. It supports ACIF goal 3: a regional network of specialised prosecutors, law-enforcement agencies and FIUs. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Регионална и међународна сарадња“ (FATF IO.2, ACIF, циљ 3) утврђена је обавеза: потписивање споразума о заједничким истражним тимовима са суседним јурисдикцијама, са роком до 30. септембра 2022. године. Одговорна институција: Министарство правде. Подржава циљ 3 ACIF-а: регионалну мрежу специјализованих тужилаца, агенција за спровођење закона и финансијско-обавештајних јединица. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Regional and international cooperation pillar (FATF IO.2, ACIF goal 3), the Financial Intelligence Department of SIPA committed to join the regional network of specialised anti-corruption prosecutors by 30 June 2026. It supports ACIF goal 3: a regional network of specialised prosecutors, law-enforcement agencies and FIUs. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Регионална и међународна сарадња“ (FATF IO.2, ACIF, циљ 3) утврђена је обавеза: приступање регионалној мрежи специјализованих антикорупцијских тужилаца, са роком до 30. јуна 2026. године. Одговорна институција: Финансијско-обавештајно одељење СИПА-е. Подржава циљ 3 ACIF-а: регионалну мрежу специјализованих тужилаца, агенција за спровођење закона и финансијско-обавештајних јединица. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Regional and international cooperation pillar (FATF IO.2, ACIF goal 3), the Financial Intelligence Department of SIPA committed to second a liaison officer to the regional law-enforcement cooperation network by 30 June 2024. It supports ACIF goal 3: a regional network of specialised prosecutors, law-enforcement agencies and FIUs. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Регионална и међународна сарадња“ (FATF IO.2, ACIF, циљ 3) утврђена је обавеза: упућивање официра за везу у регионалну мрежу за сарадњу органа за спровођење закона, са роком до 30. јуна 2024. године. Одговорна институција: Финансијско-обавештајно одељење СИПА-е. Подржава циљ 3 ACIF-а: регионалну мрежу специјализованих тужилаца, агенција за спровођење закона и финансијско-обавештајних јединица. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Regional and international cooperation pillar (FATF IO.2, ACIF goal 3), the Police economic crime unit committed to reduce the time to answer mutual legal assistance requests to 90 days by 31 December 2026. It supports ACIF goal 3: a regional network of specialised prosecutors, law-enforcement agencies and FIUs. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Регионална и међународна сарадња“ (FATF IO.2, ACIF, циљ 3) утврђена је обавеза: скраћивање рока за одговор на захтеве за међународну правну помоћ на 90 дана, са роком до 31. децембра 2026. године. Одговорна институција: Полицијска јединица за привредни криминал. Подржава циљ 3 ACIF-а: регионалну мрежу специјализованих тужилаца, агенција за спровођење закона и финансијско-обавештајних јединица. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Regional and international cooperation pillar (FATF IO.2, ACIF goal 3), the Police economic crime unit committed to agree FIU-to-FIU information exchange memoranda across the region by 30 September 2026. It supports ACIF goal 3: a regional network of specialised prosecutors, law-enforcement agencies and FIUs. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Регионална и међународна сарадња“ (FATF IO.2, ACIF, циљ 3) утврђена је обавеза: закључивање меморандума о размени информација између финансијско-обавештајних јединица у региону, са роком до 30. септембра 2026. године. Одговорна институција: Полицијска јединица за привредни криминал. Подржава циљ 3 ACIF-а: регионалну мрежу специјализованих тужилаца, агенција за спровођење закона и финансијско-обавештајних јединица. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the AML/CFT framework and risk understanding pillar (FATF R.1, IO.1), the Ministry of Finance committed to introduce AML/CFT supervision of lawyers, notaries and accountants by 30 September 2020. It follows from the national risk assessment and from the recommendations of the last MONEYVAL evaluation. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Оквир за спречавање прања новца и финансирања тероризма и разумевање ризика“ (FATF R.1, IO.1) утврђена је обавеза: увођење надзора адвоката, нотара и рачуновођа у области СПН/ФТ, са роком до 30. септембра 2020. године. Одговорна институција: Министарство финансија. Произлази из националне процене ризика и из препорука последње евалуације MONEYVAL-а. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the AML/CFT framework and risk understanding pillar (FATF R.1, IO.1), the Ministry of Finance committed to adopt secondary legislation on due diligence for politically exposed persons by 31 March 2023. It follows from the national risk assessment and from the recommendations of the last MONEYVAL evaluation. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Оквир за спречавање прања новца и финансирања тероризма и разумевање ризика“ (FATF R.1, IO.1) утврђена је обавеза: доношење подзаконских аката о дубинској анализи политички изложених лица, са роком до 31. марта 2023. године. Одговорна институција: Министарство финансија. Произлази из националне процене ризика и из препорука последње евалуације MONEYVAL-а. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the AML/CFT framework and risk understanding pillar (FATF R.1, IO.1), the Financial Intelligence Unit of Kosovo committed to complete a sectoral risk assessment of virtual asset service providers by 30 September 2023. It follows from the national risk assessment and from the recommendations of the last MONEYVAL evaluation. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Оквир за спречавање прања новца и финансирања тероризма и разумевање ризика“ (FATF R.1, IO.1) утврђена је обавеза: израда секторске процене ризика за пружаоце услуга виртуелне имовине, са роком до 30. септембра 2023. године. Одговорна институција: Финансијско-обавештајна јединица Косова. Произлази из националне процене ризика и из препорука последње евалуације MONEYVAL-а. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the AML/CFT framework and risk understanding pillar (FATF R.1, IO.1), the Financial Intelligence Unit of Kosovo committed to establish a standing AML/CFT coordination body chaired at ministerial level by 30 June 2025. It follows from the national risk assessment and from the recommendations of the last MONEYVAL evaluation. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Оквир за спречавање прања новца и финансирања тероризма и разумевање ризика“ (FATF R.1, IO.1) утврђена је обавеза: оснивање сталног координационог тела за СПН/ФТ којим председава министар, са роком до 30. јуна 2025. године. Одговорна институција: Финансијско-обавештајна јединица Косова. Произлази из националне процене ризика и из препорука последње евалуације MONEYVAL-а. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Financial intelligence pillar (FATF IO.6), the Financial Intelligence Unit of Kosovo committed to agree feedback procedures on disseminations with the prosecution service by 30 September 2024. It aims to raise the quality of suspicious transaction reports and the share of disseminations that lead to investigations. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Финансијско-обавештајни рад“ (FATF IO.6) утврђена је обавеза: договарање поступака повратне информације о прослеђеним предметима са тужилаштвом, са роком до 30. септембра 2024. године. Одговорна институција: Финансијско-обавештајна јединица Косова. Циљ је подићи квалитет пријава сумњивих трансакција и удео прослеђених предмета који доводе до истрага. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Financial intelligence pillar (FATF IO.6), the Financial Intelligence Unit of Kosovo committed to issue typologies and red-flag guidance to reporting entities by 31 March 2021. It aims to raise the quality of suspicious transaction reports and the share of disseminations that lead to investigations. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Финансијско-обавештајни рад“ (FATF IO.6) утврђена је обавеза: издавање типологија и смерница о индикаторима упозорења за обвезнике, са роком до 31. марта 2021. године. Одговорна институција: Финансијско-обавештајна јединица Косова. Циљ је подићи квалитет пријава сумњивих трансакција и удео прослеђених предмета који доводе до истрага. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Financial intelligence pillar (FATF IO.6), the Financial Intelligence Unit of Kosovo committed to sign memoranda on information exchange with law-enforcement agencies by 30 June 2025. It aims to raise the quality of suspicious transaction reports and the share of disseminations that lead to investigations. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Финансијско-обавештајни рад“ (FATF IO.6) утврђена је обавеза: потписивање меморандума о размени информација са агенцијама за спровођење закона, са роком до 30. јуна 2025. године. Одговорна институција: Финансијско-обавештајна јединица Косова. Циљ је подићи квалитет пријава сумњивих трансакција и удео прослеђених предмета који доводе до истрага. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Financial intelligence pillar (FATF IO.6), the Financial Intelligence Unit of Kosovo committed to deploy a new case-management and analysis system at the financial intelligence unit by 30 September 2021. It aims to raise the quality of suspicious transaction reports and the share of disseminations that lead to investigations. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Финансијско-обавештајни рад“ (FATF IO.6) утврђена је обавеза: увођење новог система за управљање предметима и анализу у финансијско-обавештајној јединици, са роком до 30. септембра 2021. године. Одговорна институција: Финансијско-обавештајна јединица Косова. Циљ је подићи квалитет пријава сумњивих трансакција и удео прослеђених предмета који доводе до истрага. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Financial intelligence pillar (FATF IO.6), the Financial Intelligence Unit of Kosovo committed to train real-estate and construction businesses on suspicious transaction reporting by 30 September 2024. It aims to raise the quality of suspicious transaction reports and the share of disseminations that lead to investigations. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Финансијско-обавештајни рад“ (FATF IO.6) утврђена је обавеза: обука субјеката у области некретнина и грађевинарства о пријављивању сумњивих трансакција, са роком до 30. септембра 2024. године. Одговорна институција: Финансијско-обавештајна јединица Косова. Циљ је подићи квалитет пријава сумњивих трансакција и удео прослеђених предмета који доводе до истрага. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Financial intelligence pillar (FATF IO.6), the Financial Intelligence Unit of Kosovo committed to increase the analytical staff of the financial intelligence unit by 30 June 2020. It aims to raise the quality of suspicious transaction reports and the share of disseminations that lead to investigations. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Финансијско-обавештајни рад“ (FATF IO.6) утврђена је обавеза: повећање броја аналитичара у финансијско-обавештајној јединици, са роком до 30. јуна 2020. године. Одговорна институција: Финансијско-обавештајна јединица Косова. Циљ је подићи квалитет пријава сумњивих трансакција и удео прослеђених предмета који доводе до истрага. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Financial intelligence pillar (FATF IO.6), the Financial Intelligence Unit of Kosovo committed to introduce online submission of suspicious transaction reports for all reporting entities by 30 June 2021. It aims to raise the quality of suspicious transaction reports and the share of disseminations that lead to investigations. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Финансијско-обавештајни рад“ (FATF IO.6) утврђена је обавеза: увођење електронског подношења пријава сумњивих трансакција за све обвезнике, са роком до 30. јуна 2021. године. Одговорна институција: Финансијско-обавештајна јединица Косова. Циљ је подићи квалитет пријава сумњивих трансакција и удео прослеђених предмета који доводе до истрага. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Beneficial ownership transparency pillar (FATF IO.5), the Ministry of Finance committed to give obliged entities electronic access to the beneficial ownership register by 31 March 2024. Accurate and timely beneficial ownership information lets investigators see who is behind companies used to move illicit funds. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Транспарентност стварног власништва“ (FATF IO.5) утврђена је обавеза: омогућавање електронског приступа обвезника регистру стварних власника, са роком до 31. марта 2024. године. Одговорна институција: Министарство финансија. Тачни и благовремени подаци о стварном власништву омогућавају истражитељима да виде ко стоји иза друштава која се користе за пренос незаконитих средстава. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Beneficial ownership transparency pillar (FATF IO.5), the Financial Intelligence Unit of Kosovo committed to introduce sanctions for failure to register or update beneficial ownership by 30 June 2025. Accurate and timely beneficial ownership information lets investigators see who is behind companies used to move illicit funds. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Транспарентност стварног власништва“ (FATF IO.5) утврђена је обавеза: увођење санкција за неуписивање или неажурирање података о стварном власништву, са роком до 30. јуна 2025. године. Одговорна институција: Финансијско-обавештајна јединица Косова. Тачни и благовремени подаци о стварном власништву омогућавају истражитељима да виде ко стоји иза друштава која се користе за пренос незаконитих средстава. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Beneficial ownership transparency pillar (FATF IO.5), the Financial Intelligence Unit of Kosovo committed to publish an annual report on the accuracy of beneficial ownership data by 30 September 2025. Accurate and timely beneficial ownership information lets investigators see who is behind companies used to move illicit funds. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Транспарентност стварног власништва“ (FATF IO.5) утврђена је обавеза: објављивање годишњег извештаја о тачности података о стварном власништву, са роком до 30. септембра 2025. године. Одговорна институција: Финансијско-обавештајна јединица Косова. Тачни и благовремени подаци о стварном власништву омогућавају истражитељима да виде ко стоји иза друштава која се користе за пренос незаконитих средстава. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Beneficial ownership transparency pillar (FATF IO.5), the Business registry committed to connect the beneficial ownership register to the business register by 31 March 2023. Accurate and timely beneficial ownership information lets investigators see who is behind companies used to move illicit funds. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Транспарентност стварног власништва“ (FATF IO.5) утврђена је обавеза: повезивање регистра стварних власника са регистром пословних субјеката, са роком до 31. марта 2023. године. Одговорна институција: Регистар пословних субјеката. Тачни и благовремени подаци о стварном власништву омогућавају истражитељима да виде ко стоји иза друштава која се користе за пренос незаконитих средстава. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Beneficial ownership transparency pillar (FATF IO.5), the Financial Intelligence Unit of Kosovo committed to introduce verification of beneficial ownership information at registration by 31 December 2023. Accurate and timely beneficial ownership information lets investigators see who is behind companies used to move illicit funds. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Транспарентност стварног власништва“ (FATF IO.5) утврђена је обавеза: увођење провере података о стварном власништву при регистрацији, са роком до 31. децембра 2023. године. Одговорна институција: Финансијско-обавештајна јединица Косова. Тачни и благовремени подаци о стварном власништву омогућавају истражитељима да виде ко стоји иза друштава која се користе за пренос незаконитих средстава. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Beneficial ownership transparency pillar (FATF IO.5), the Business registry committed to strike off inactive companies that have not filed beneficial ownership information by 30 September 2024. Accurate and timely beneficial ownership information lets investigators see who is behind companies used to move illicit funds. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Транспарентност стварног власништва“ (FATF IO.5) утврђена је обавеза: брисање неактивних друштава која нису доставила податке о стварном власништву, са роком до 30. септембра 2024. године. Одговорна институција: Регистар пословних субјеката. Тачни и благовремени подаци о стварном власништву омогућавају истражитељима да виде ко стоји иза друштава која се користе за пренос незаконитих средстава. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Money-laundering investigation and prosecution pillar (FATF IO.7), the Ministry of Justice committed to amend the criminal code to cover self-laundering by 31 March 2025. It aims to move from predicate-offence cases to stand-alone money-laundering prosecutions ending in final convictions. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Истрага и кривично гоњење прања новца“ (FATF IO.7) утврђена је обавеза: измена кривичног закона ради обухватања самопрања новца, са роком до 31. марта 2025. године. Одговорна институција: Министарство правде. Циљ је прећи са предмета предикатних кривичних дела на самостално кривично гоњење прања новца које завршава правоснажним осуђујућим пресудама. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Money-laundering investigation and prosecution pillar (FATF IO.7), the State Prosecutor’s Office committed to publish statistics on money-laundering indictments and convictions by 30 September 2022. It aims to move from predicate-offence cases to stand-alone money-laundering prosecutions ending in final convictions. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Истрага и кривично гоњење прања новца“ (FATF IO.7) утврђена је обавеза: објављивање статистике о оптужницама и осуђујућим пресудама за прање новца, са роком до 30. септембра 2022. године. Одговорна институција: Државно тужилаштво. Циљ је прећи са предмета предикатних кривичних дела на самостално кривично гоњење прања новца које завршава правоснажним осуђујућим пресудама. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Money-laundering investigation and prosecution pillar (FATF IO.7), the Police economic crime unit committed to adopt a money-laundering investigation and prosecution strategy by 31 March 2022. It aims to move from predicate-offence cases to stand-alone money-laundering prosecutions ending in final convictions. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Истрага и кривично гоњење прања новца“ (FATF IO.7) утврђена је обавеза: усвајање стратегије истраге и кривичног гоњења прања новца, са роком до 31. марта 2022. године. Одговорна институција: Полицијска јединица за привредни криминал. Циљ је прећи са предмета предикатних кривичних дела на самостално кривично гоњење прања новца које завршава правоснажним осуђујућим пресудама. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Money-laundering investigation and prosecution pillar (FATF IO.7), the Judicial council committed to make parallel financial investigations mandatory in organised crime and corruption cases by 30 June 2023. It aims to move from predicate-offence cases to stand-alone money-laundering prosecutions ending in final convictions. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Истрага и кривично гоњење прања новца“ (FATF IO.7) утврђена је обавеза: увођење обавезних паралелних финансијских истрага у предметима организованог криминала и корупције, са роком до 30. јуна 2023. године. Одговорна институција: Судски савет. Циљ је прећи са предмета предикатних кривичних дела на самостално кривично гоњење прања новца које завршава правоснажним осуђујућим пресудама. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Money-laundering investigation and prosecution pillar (FATF IO.7), the Judicial council committed to issue prosecutorial guidelines on stand-alone money-laundering cases by 30 September 2023. It aims to move from predicate-offence cases to stand-alone money-laundering prosecutions ending in final convictions. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Истрага и кривично гоњење прања новца“ (FATF IO.7) утврђена је обавеза: издавање тужилачких смерница о самосталним предметима прања новца, са роком до 30. септембра 2023. године. Одговорна институција: Судски савет. Циљ је прећи са предмета предикатних кривичних дела на самостално кривично гоњење прања новца које завршава правоснажним осуђујућим пресудама. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Money-laundering investigation and prosecution pillar (FATF IO.7), the Judicial council committed to establish a specialised financial investigations unit within the police by 31 March 2023. It aims to move from predicate-offence cases to stand-alone money-laundering prosecutions ending in final convictions. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Истрага и кривично гоњење прања новца“ (FATF IO.7) утврђена је обавеза: оснивање специјализоване јединице за финансијске истраге у полицији, са роком до 31. марта 2023. године. Одговорна институција: Судски савет. Циљ је прећи са предмета предикатних кривичних дела на самостално кривично гоњење прања новца које завршава правоснажним осуђујућим пресудама. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Money-laundering investigation and prosecution pillar (FATF IO.7), the Police economic crime unit committed to train judges and prosecutors on proving money laundering from circumstantial evidence by 30 September 2024. It aims to move from predicate-offence cases to stand-alone money-laundering prosecutions ending in final convictions. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Истрага и кривично гоњење прања новца“ (FATF IO.7) утврђена је обавеза: обука судија и тужилаца о доказивању прања новца на основу посредних доказа, са роком до 30. септембра 2024. године. Одговорна институција: Полицијска јединица за привредни криминал. Циљ је прећи са предмета предикатних кривичних дела на самостално кривично гоњење прања новца које завршава правоснажним осуђујућим пресудама. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Asset recovery pillar (FATF IO.8), the Asset management office committed to establish an asset recovery office by 30 September 2022. It aims to ensure that crime does not pay: proceeds are traced early, frozen quickly and confiscated after a final judgment. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Поврат имовине“ (FATF IO.8) утврђена је обавеза: оснивање канцеларије за поврат имовине, са роком до 30. септембра 2022. године. Одговорна институција: Канцеларија за управљање одузетом имовином. Циљ је обезбедити да се криминал не исплати: имовинска корист се рано открива, брзо замрзава и одузима након правоснажне пресуде. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Asset recovery pillar (FATF IO.8), the Ministry of Justice committed to introduce interim management of seized companies by 31 December 2021. It aims to ensure that crime does not pay: proceeds are traced early, frozen quickly and confiscated after a final judgment. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Поврат имовине“ (FATF IO.8) утврђена је обавеза: увођење привременог управљања одузетим привредним друштвима, са роком до 31. децембра 2021. године. Одговорна институција: Министарство правде. Циљ је обезбедити да се криминал не исплати: имовинска корист се рано открива, брзо замрзава и одузима након правоснажне пресуде. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Asset recovery pillar (FATF IO.8), the State Prosecutor’s Office committed to designate contact points in the regional asset recovery network by 30 June 2025. It aims to ensure that crime does not pay: proceeds are traced early, frozen quickly and confiscated after a final judgment. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Поврат имовине“ (FATF IO.8) утврђена је обавеза: одређивање контакт-тачака у регионалној мрежи за поврат имовине, са роком до 30. јуна 2025. године. Одговорна институција: Државно тужилаштво. Циљ је обезбедити да се криминал не исплати: имовинска корист се рано открива, брзо замрзава и одузима након правоснажне пресуде. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Asset recovery pillar (FATF IO.8), the State Prosecutor’s Office committed to introduce non-conviction-based confiscation by 30 June 2022. It aims to ensure that crime does not pay: proceeds are traced early, frozen quickly and confiscated after a final judgment. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Поврат имовине“ (FATF IO.8) утврђена је обавеза: увођење одузимања имовине без осуђујуће пресуде, са роком до 30. јуна 2022. године. Одговорна институција: Државно тужилаштво. Циљ је обезбедити да се криминал не исплати: имовинска корист се рано открива, брзо замрзава и одузима након правоснажне пресуде. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Asset recovery pillar (FATF IO.8), the State Prosecutor’s Office committed to publish annual statistics on frozen, seized and confiscated assets by 30 June 2022. It aims to ensure that crime does not pay: proceeds are traced early, frozen quickly and confiscated after a final judgment. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Поврат имовине“ (FATF IO.8) утврђена је обавеза: објављивање годишње статистике о замрзнутој, привремено одузетој и одузетој имовини, са роком до 30. јуна 2022. године. Одговорна институција: Државно тужилаштво. Циљ је обезбедити да се криминал не исплати: имовинска корист се рано открива, брзо замрзава и одузима након правоснажне пресуде. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Asset recovery pillar (FATF IO.8), the Ministry of Justice committed to establish a central register of seized and confiscated assets by 31 March 2021. It aims to ensure that crime does not pay: proceeds are traced early, frozen quickly and confiscated after a final judgment. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Поврат имовине“ (FATF IO.8) утврђена је обавеза: успостављање централног регистра привремено одузете и одузете имовине, са роком до 31. марта 2021. године. Одговорна институција: Министарство правде. Циљ је обезбедити да се криминал не исплати: имовинска корист се рано открива, брзо замрзава и одузима након правоснажне пресуде. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Asset recovery pillar (FATF IO.8), the State Prosecutor’s Office committed to introduce the social re-use of confiscated property by 31 December 2021. It aims to ensure that crime does not pay: proceeds are traced early, frozen quickly and confiscated after a final judgment. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Поврат имовине“ (FATF IO.8) утврђена је обавеза: увођење друштвене поновне употребе одузете имовине, са роком до 31. децембра 2021. године. Одговорна институција: Државно тужилаштво. Циљ је обезбедити да се криминал не исплати: имовинска корист се рано открива, брзо замрзава и одузима након правоснажне пресуде. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Asset recovery pillar (FATF IO.8), the Ministry of Justice committed to adopt a law on extended confiscation by 30 June 2024. It aims to ensure that crime does not pay: proceeds are traced early, frozen quickly and confiscated after a final judgment. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Поврат имовине“ (FATF IO.8) утврђена је обавеза: доношење закона о проширеном одузимању имовине, са роком до 30. јуна 2024. године. Одговорна институција: Министарство правде. Циљ је обезбедити да се криминал не исплати: имовинска корист се рано открива, брзо замрзава и одузима након правоснажне пресуде. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Asset recovery pillar (FATF IO.8), the State Prosecutor’s Office committed to train prosecutors on financial investigations for asset recovery by 31 March 2024. It aims to ensure that crime does not pay: proceeds are traced early, frozen quickly and confiscated after a final judgment. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Поврат имовине“ (FATF IO.8) утврђена је обавеза: обука тужилаца о финансијским истрагама ради поврата имовине, са роком до 31. марта 2024. године. Одговорна институција: Државно тужилаштво. Циљ је обезбедити да се криминал не исплати: имовинска корист се рано открива, брзо замрзава и одузима након правоснажне пресуде. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Asset recovery pillar (FATF IO.8), the Asset management office committed to adopt rules on the management and sale of seized assets by 31 March 2021. It aims to ensure that crime does not pay: proceeds are traced early, frozen quickly and confiscated after a final judgment. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Поврат имовине“ (FATF IO.8) утврђена је обавеза: доношење правила о управљању привремено одузетом имовином и њеној продаји, са роком до 31. марта 2021. године. Одговорна институција: Канцеларија за управљање одузетом имовином. Циљ је обезбедити да се криминал не исплати: имовинска корист се рано открива, брзо замрзава и одузима након правоснажне пресуде. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Asset declarations and conflict of interest pillar (ACIF goal 2), the Agency for Prevention of Corruption committed to regulate gifts and post-employment restrictions for public officials by 30 September 2023. It supports ACIF goal 2: credible asset-declaration and conflict-of-interest systems with real verification. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Имовински картони и сукоб интереса“ (ACIF, циљ 2) утврђена је обавеза: уређивање поклона и ограничења након престанка функције за јавне функционере, са роком до 30. септембра 2023. године. Одговорна институција: Агенција за спречавање корупције. Подржава циљ 2 ACIF-а: веродостојне системе имовинских картона и сукоба интереса са стварном провером. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Asset declarations and conflict of interest pillar (ACIF goal 2), the Agency for Prevention of Corruption committed to publish annual reports on verification results and sanctions by 30 September 2021. It supports ACIF goal 2: credible asset-declaration and conflict-of-interest systems with real verification. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Имовински картони и сукоб интереса“ (ACIF, циљ 2) утврђена је обавеза: објављивање годишњих извештаја о резултатима провера и санкцијама, са роком до 30. септембра 2021. године. Одговорна институција: Агенција за спречавање корупције. Подржава циљ 2 ACIF-а: веродостојне системе имовинских картона и сукоба интереса са стварном провером. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Asset declarations and conflict of interest pillar (ACIF goal 2), the Agency for Prevention of Corruption committed to introduce electronic submission of asset declarations by 31 December 2024. It supports ACIF goal 2: credible asset-declaration and conflict-of-interest systems with real verification. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Имовински картони и сукоб интереса“ (ACIF, циљ 2) утврђена је обавеза: увођење електронског подношења имовинских картона, са роком до 31. децембра 2024. године. Одговорна институција: Агенција за спречавање корупције. Подржава циљ 2 ACIF-а: веродостојне системе имовинских картона и сукоба интереса са стварном провером. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Asset declarations and conflict of interest pillar (ACIF goal 2), the Agency for Prevention of Corruption committed to publish the asset declarations of senior officials online by 31 December 2024. It supports ACIF goal 2: credible asset-declaration and conflict-of-interest systems with real verification. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Имовински картони и сукоб интереса“ (ACIF, циљ 2) утврђена је обавеза: објављивање имовинских картона високих функционера на интернету, са роком до 31. децембра 2024. године. Одговорна институција: Агенција за спречавање корупције. Подржава циљ 2 ACIF-а: веродостојне системе имовинских картона и сукоба интереса са стварном провером. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Asset declarations and conflict of interest pillar (ACIF goal 2), the Agency for Prevention of Corruption committed to adopt rules on conflict of interest in local government by 30 September 2025. It supports ACIF goal 2: credible asset-declaration and conflict-of-interest systems with real verification. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Имовински картони и сукоб интереса“ (ACIF, циљ 2) утврђена је обавеза: доношење правила о сукобу интереса у локалној самоуправи, са роком до 30. септембра 2025. године. Одговорна институција: Агенција за спречавање корупције. Подржава циљ 2 ACIF-а: веродостојне системе имовинских картона и сукоба интереса са стварном провером. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Asset declarations and conflict of interest pillar (ACIF goal 2), the Agency for Prevention of Corruption committed to give the anti-corruption agency access to bank, tax and property registers by 31 March 2021. It supports ACIF goal 2: credible asset-declaration and conflict-of-interest systems with real verification. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Имовински картони и сукоб интереса“ (ACIF, циљ 2) утврђена је обавеза: омогућавање приступа антикорупцијске агенције банковним, пореским и имовинским регистрима, са роком до 31. марта 2021. године. Одговорна институција: Агенција за спречавање корупције. Подржава циљ 2 ACIF-а: веродостојне системе имовинских картона и сукоба интереса са стварном провером. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Asset declarations and conflict of interest pillar (ACIF goal 2), the Agency for Prevention of Corruption committed to introduce risk-based verification of asset declarations by 31 March 2024. It supports ACIF goal 2: credible asset-declaration and conflict-of-interest systems with real verification. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Имовински картони и сукоб интереса“ (ACIF, циљ 2) утврђена је обавеза: увођење провере имовинских картона засноване на ризику, са роком до 31. марта 2024. године. Одговорна институција: Агенција за спречавање корупције. Подржава циљ 2 ACIF-а: веродостојне системе имовинских картона и сукоба интереса са стварном провером. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Asset declarations and conflict of interest pillar (ACIF goal 2), the Agency for Prevention of Corruption committed to introduce sanctions for false or incomplete asset declarations by 31 March 2023. It supports ACIF goal 2: credible asset-declaration and conflict-of-interest systems with real verification. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Имовински картони и сукоб интереса“ (ACIF, циљ 2) утврђена је обавеза: увођење санкција за лажне или непотпуне имовинске картоне, са роком до 31. марта 2023. године. Одговорна институција: Агенција за спречавање корупције. Подржава циљ 2 ACIF-а: веродостојне системе имовинских картона и сукоба интереса са стварном провером. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Public procurement integrity pillar (ACIF goal 1), the Public procurement agency committed to publish annual procurement monitoring reports by 30 September 2023. It supports ACIF goal 1: reducing corruption risks in public procurement through openness and competition. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Интегритет јавних набавки“ (ACIF, циљ 1) утврђена је обавеза: објављивање годишњих извештаја о праћењу јавних набавки, са роком до 30. септембра 2023. године. Одговорна институција: Агенција за јавне набавке. Подржава циљ 1 ACIF-а: смањење коруптивних ризика у јавним набавкама кроз отвореност и конкуренцију. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Public procurement integrity pillar (ACIF goal 1), the Agency for Prevention of Corruption committed to restrict negotiated procedures without prior publication by 31 December 2023. It supports ACIF goal 1: reducing corruption risks in public procurement through openness and competition. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Интегритет јавних набавки“ (ACIF, циљ 1) утврђена је обавеза: ограничавање преговарачких поступака без претходне објаве, са роком до 31. децембра 2023. године. Одговорна институција: Агенција за спречавање корупције. Подржава циљ 1 ACIF-а: смањење коруптивних ризика у јавним набавкама кроз отвореност и конкуренцију. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Public procurement integrity pillar (ACIF goal 1), the Public procurement agency committed to introduce red-flag analysis of tenders to detect corruption risks by 31 December 2025. It supports ACIF goal 1: reducing corruption risks in public procurement through openness and competition. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Интегритет јавних набавки“ (ACIF, циљ 1) утврђена је обавеза: увођење анализе индикатора упозорења у тендерима ради откривања коруптивних ризика, са роком до 31. децембра 2025. године. Одговорна институција: Агенција за јавне набавке. Подржава циљ 1 ACIF-а: смањење коруптивних ризика у јавним набавкама кроз отвореност и конкуренцију. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Public procurement integrity pillar (ACIF goal 1), the Agency for Prevention of Corruption committed to publish all procurement contracts and amendments as open data by 31 March 2022. It supports ACIF goal 1: reducing corruption risks in public procurement through openness and competition. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Интегритет јавних набавки“ (ACIF, циљ 1) утврђена је обавеза: објављивање свих уговора о набавкама и њихових измена као отворених података, са роком до 31. марта 2022. године. Одговорна институција: Агенција за спречавање корупције. Подржава циљ 1 ACIF-а: смањење коруптивних ризика у јавним набавкама кроз отвореност и конкуренцију. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Public procurement integrity pillar (ACIF goal 1), the Agency for Prevention of Corruption committed to make electronic procurement mandatory for all contracting authorities by 30 June 2025. It supports ACIF goal 1: reducing corruption risks in public procurement through openness and competition. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Интегритет јавних набавки“ (ACIF, циљ 1) утврђена је обавеза: увођење обавезних електронских набавки за све уговорне органе, са роком до 30. јуна 2025. године. Одговорна институција: Агенција за спречавање корупције. Подржава циљ 1 ACIF-а: смањење коруптивних ризика у јавним набавкама кроз отвореност и конкуренцију. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Public procurement integrity pillar (ACIF goal 1), the Public procurement agency committed to establish an independent review body for procurement complaints by 30 June 2025. It supports ACIF goal 1: reducing corruption risks in public procurement through openness and competition. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Интегритет јавних набавки“ (ACIF, циљ 1) утврђена је обавеза: оснивање независног тела за разматрање жалби у јавним набавкама, са роком до 30. јуна 2025. године. Одговорна институција: Агенција за јавне набавке. Подржава циљ 1 ACIF-а: смањење коруптивних ризика у јавним набавкама кроз отвореност и конкуренцију. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Regional and international cooperation pillar (FATF IO.2, ACIF goal 3), the Financial Intelligence Unit of Kosovo committed to adopt a protocol on spontaneous information sharing with foreign prosecutors by 30 June 2024. It supports ACIF goal 3: a regional network of specialised prosecutors, law-enforcement agencies and FIUs. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Регионална и међународна сарадња“ (FATF IO.2, ACIF, циљ 3) утврђена је обавеза: усвајање протокола о спонтаној размени информација са страним тужиоцима, са роком до 30. јуна 2024. године. Одговорна институција: Финансијско-обавештајна јединица Косова. Подржава циљ 3 ACIF-а: регионалну мрежу специјализованих тужилаца, агенција за спровођење закона и финансијско-обавештајних јединица. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Regional and international cooperation pillar (FATF IO.2, ACIF goal 3), the Police economic crime unit committed to agree FIU-to-FIU information exchange memoranda across the region by 31 March 2022. It supports ACIF goal 3: a regional network of specialised prosecutors, law-enforcement agencies and FIUs. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Регионална и међународна сарадња“ (FATF IO.2, ACIF, циљ 3) утврђена је обавеза: закључивање меморандума о размени информација између финансијско-обавештајних јединица у региону, са роком до 31. марта 2022. године. Одговорна институција: Полицијска јединица за привредни криминал. Подржава циљ 3 ACIF-а: регионалну мрежу специјализованих тужилаца, агенција за спровођење закона и финансијско-обавештајних јединица. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Regional and international cooperation pillar (FATF IO.2, ACIF goal 3), the State Prosecutor’s Office committed to sign agreements on joint investigation teams with neighbouring jurisdictions by 30 June 2024. It supports ACIF goal 3: a regional network of specialised prosecutors, law-enforcement agencies and FIUs. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Регионална и међународна сарадња“ (FATF IO.2, ACIF, циљ 3) утврђена је обавеза: потписивање споразума о заједничким истражним тимовима са суседним јурисдикцијама, са роком до 30. јуна 2024. године. Одговорна институција: Државно тужилаштво. Подржава циљ 3 ACIF-а: регионалну мрежу специјализованих тужилаца, агенција за спровођење закона и финансијско-обавештајних јединица. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Regional and international cooperation pillar (FATF IO.2, ACIF goal 3), the Police economic crime unit committed to introduce electronic transmission of mutual legal assistance requests by 30 June 2023. It supports ACIF goal 3: a regional network of specialised prosecutors, law-enforcement agencies and FIUs. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Регионална и међународна сарадња“ (FATF IO.2, ACIF, циљ 3) утврђена је обавеза: увођење електронског достављања захтева за међународну правну помоћ, са роком до 30. јуна 2023. године. Одговорна институција: Полицијска јединица за привредни криминал. Подржава циљ 3 ACIF-а: регионалну мрежу специјализованих тужилаца, агенција за спровођење закона и финансијско-обавештајних јединица. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Regional and international cooperation pillar (FATF IO.2, ACIF goal 3), the Financial Intelligence Unit of Kosovo committed to join the regional network of specialised anti-corruption prosecutors by 31 March 2021. It supports ACIF goal 3: a regional network of specialised prosecutors, law-enforcement agencies and FIUs. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Регионална и међународна сарадња“ (FATF IO.2, ACIF, циљ 3) утврђена је обавеза: приступање регионалној мрежи специјализованих антикорупцијских тужилаца, са роком до 31. марта 2021. године. Одговорна институција: Финансијско-обавештајна јединица Косова. Подржава циљ 3 ACIF-а: регионалну мрежу специјализованих тужилаца, агенција за спровођење закона и финансијско-обавештајних јединица. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Regional and international cooperation pillar (FATF IO.2, ACIF goal 3), the Financial Intelligence Unit of Kosovo committed to designate a central authority for mutual legal assistance requests by 30 September 2024. It supports ACIF goal 3: a regional network of specialised prosecutors, law-enforcement agencies and FIUs. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Регионална и међународна сарадња“ (FATF IO.2, ACIF, циљ 3) утврђена је обавеза: одређивање централног органа за захтеве за међународну правну помоћ, са роком до 30. септембра 2024. године. Одговорна институција: Финансијско-обавештајна јединица Косова. Подржава циљ 3 ACIF-а: регионалну мрежу специјализованих тужилаца, агенција за спровођење закона и финансијско-обавештајних јединица. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Regional and international cooperation pillar (FATF IO.2, ACIF goal 3), the Police economic crime unit committed to second a liaison officer to the regional law-enforcement cooperation network by 30 September 2026. It supports ACIF goal 3: a regional network of specialised prosecutors, law-enforcement agencies and FIUs. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Регионална и међународна сарадња“ (FATF IO.2, ACIF, циљ 3) утврђена је обавеза: упућивање официра за везу у регионалну мрежу за сарадњу органа за спровођење закона, са роком до 30. септембра 2026. године. Одговорна институција: Полицијска јединица за привредни криминал. Подржава циљ 3 ACIF-а: регионалну мрежу специјализованих тужилаца, агенција за спровођење закона и финансијско-обавештајних јединица. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Regional and international cooperation pillar (FATF IO.2, ACIF goal 3), the Financial Intelligence Unit of Kosovo committed to hold joint training with the region’s financial intelligence units by 31 March 2022. It supports ACIF goal 3: a regional network of specialised prosecutors, law-enforcement agencies and FIUs. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Регионална и међународна сарадња“ (FATF IO.2, ACIF, циљ 3) утврђена је обавеза: одржавање заједничких обука са финансијско-обавештајним јединицама из региона, са роком до 31. марта 2022. године. Одговорна институција: Финансијско-обавештајна јединица Косова. Подржава циљ 3 ACIF-а: регионалну мрежу специјализованих тужилаца, агенција за спровођење закона и финансијско-обавештајних јединица. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the AML/CFT framework and risk understanding pillar (FATF R.1, IO.1), the Financial Intelligence Unit (Police Administration) committed to introduce AML/CFT supervision of lawyers, notaries and accountants by 31 March 2025. It follows from the national risk assessment and from the recommendations of the last MONEYVAL evaluation. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Оквир за спречавање прања новца и финансирања тероризма и разумевање ризика“ (FATF R.1, IO.1) утврђена је обавеза: увођење надзора адвоката, нотара и рачуновођа у области СПН/ФТ, са роком до 31. марта 2025. године. Одговорна институција: Финансијско-обавештајна јединица (Управа полиције). Произлази из националне процене ризика и из препорука последње евалуације MONEYVAL-а. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the AML/CFT framework and risk understanding pillar (FATF R.1, IO.1), the Ministry of Finance committed to adopt an updated national money-laundering and terrorist-financing risk assessment by 30 June 2025. It follows from the national risk assessment and from the recommendations of the last MONEYVAL evaluation. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Оквир за спречавање прања новца и финансирања тероризма и разумевање ризика“ (FATF R.1, IO.1) утврђена је обавеза: усвајање ажуриране националне процене ризика од прања новца и финансирања тероризма, са роком до 30. јуна 2025. године. Одговорна институција: Министарство финансија. Произлази из националне процене ризика и из препорука последње евалуације MONEYVAL-а. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the AML/CFT framework and risk understanding pillar (FATF R.1, IO.1), the Financial Intelligence Unit (Police Administration) committed to adopt an action plan addressing the findings of the national risk assessment by 30 June 2022. It follows from the national risk assessment and from the recommendations of the last MONEYVAL evaluation. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Оквир за спречавање прања новца и финансирања тероризма и разумевање ризика“ (FATF R.1, IO.1) утврђена је обавеза: усвајање акционог плана за отклањање налаза националне процене ризика, са роком до 30. јуна 2022. године. Одговорна институција: Финансијско-обавештајна јединица (Управа полиције). Произлази из националне процене ризика и из препорука последње евалуације MONEYVAL-а. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the AML/CFT framework and risk understanding pillar (FATF R.1, IO.1), the Ministry of Finance committed to publish consolidated annual AML/CFT statistics by 31 March 2025. It follows from the national risk assessment and from the recommendations of the last MONEYVAL evaluation. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Оквир за спречавање прања новца и финансирања тероризма и разумевање ризика“ (FATF R.1, IO.1) утврђена је обавеза: објављивање обједињене годишње статистике о СПН/ФТ, са роком до 31. марта 2025. године. Одговорна институција: Министарство финансија. Произлази из националне процене ризика и из препорука последње евалуације MONEYVAL-а. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Financial intelligence pillar (FATF IO.6), the Financial Intelligence Unit (Police Administration) committed to publish strategic analysis reports on money-laundering trends by 30 September 2021. It aims to raise the quality of suspicious transaction reports and the share of disseminations that lead to investigations. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Финансијско-обавештајни рад“ (FATF IO.6) утврђена је обавеза: објављивање извештаја стратешке анализе о трендовима прања новца, са роком до 30. септембра 2021. године. Одговорна институција: Финансијско-обавештајна јединица (Управа полиције). Циљ је подићи квалитет пријава сумњивих трансакција и удео прослеђених предмета који доводе до истрага. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Financial intelligence pillar (FATF IO.6), the Financial Intelligence Unit (Police Administration) committed to introduce electronic reporting of cash transactions above EUR 10,000 by 30 June 2024. It aims to raise the quality of suspicious transaction reports and the share of disseminations that lead to investigations. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Финансијско-обавештајни рад“ (FATF IO.6) утврђена је обавеза: увођење електронског пријављивања готовинских трансакција изнад 10.000 EUR, са роком до 30. јуна 2024. године. Одговорна институција: Финансијско-обавештајна јединица (Управа полиције). Циљ је подићи квалитет пријава сумњивих трансакција и удео прослеђених предмета који доводе до истрага. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Financial intelligence pillar (FATF IO.6), the Financial Intelligence Unit (Police Administration) committed to increase the analytical staff of the financial intelligence unit by 30 September 2024. It aims to raise the quality of suspicious transaction reports and the share of disseminations that lead to investigations. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Финансијско-обавештајни рад“ (FATF IO.6) утврђена је обавеза: повећање броја аналитичара у финансијско-обавештајној јединици, са роком до 30. септембра 2024. године. Одговорна институција: Финансијско-обавештајна јединица (Управа полиције). Циљ је подићи квалитет пријава сумњивих трансакција и удео прослеђених предмета који доводе до истрага. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Financial intelligence pillar (FATF IO.6), the Financial Intelligence Unit (Police Administration) committed to give the financial intelligence unit direct access to tax, cadastre and vehicle registers by 30 June 2025. It aims to raise the quality of suspicious transaction reports and the share of disseminations that lead to investigations. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Финансијско-обавештајни рад“ (FATF IO.6) утврђена је обавеза: омогућавање директног приступа финансијско-обавештајне јединице пореским, катастарским и регистрима возила, са роком до 30. јуна 2025. године. Одговорна институција: Финансијско-обавештајна јединица (Управа полиције). Циљ је подићи квалитет пријава сумњивих трансакција и удео прослеђених предмета који доводе до истрага. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Financial intelligence pillar (FATF IO.6), the Financial Intelligence Unit (Police Administration) committed to train real-estate and construction businesses on suspicious transaction reporting by 31 December 2024. It aims to raise the quality of suspicious transaction reports and the share of disseminations that lead to investigations. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Финансијско-обавештајни рад“ (FATF IO.6) утврђена је обавеза: обука субјеката у области некретнина и грађевинарства о пријављивању сумњивих трансакција, са роком до 31. децембра 2024. године. Одговорна институција: Финансијско-обавештајна јединица (Управа полиције). Циљ је подићи квалитет пријава сумњивих трансакција и удео прослеђених предмета који доводе до истрага. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Financial intelligence pillar (FATF IO.6), the Financial Intelligence Unit (Police Administration) committed to deploy a new case-management and analysis system at the financial intelligence unit by 30 June 2022. It aims to raise the quality of suspicious transaction reports and the share of disseminations that lead to investigations. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Финансијско-обавештајни рад“ (FATF IO.6) утврђена је обавеза: увођење новог система за управљање предметима и анализу у финансијско-обавештајној јединици, са роком до 30. јуна 2022. године. Одговорна институција: Финансијско-обавештајна јединица (Управа полиције). Циљ је подићи квалитет пријава сумњивих трансакција и удео прослеђених предмета који доводе до истрага. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Beneficial ownership transparency pillar (FATF IO.5), the Financial Intelligence Unit (Police Administration) committed to remove bearer shares and nominee arrangements from company law by 30 June 2020. Accurate and timely beneficial ownership information lets investigators see who is behind companies used to move illicit funds. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Транспарентност стварног власништва“ (FATF IO.5) утврђена је обавеза: укидање акција на доносиоца и номиналних аранжмана у закону о привредним друштвима, са роком до 30. јуна 2020. године. Одговорна институција: Финансијско-обавештајна јединица (Управа полиције). Тачни и благовремени подаци о стварном власништву омогућавају истражитељима да виде ко стоји иза друштава која се користе за пренос незаконитих средстава. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Beneficial ownership transparency pillar (FATF IO.5), the Ministry of Finance committed to connect the beneficial ownership register to the business register by 30 September 2024. Accurate and timely beneficial ownership information lets investigators see who is behind companies used to move illicit funds. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Транспарентност стварног власништва“ (FATF IO.5) утврђена је обавеза: повезивање регистра стварних власника са регистром пословних субјеката, са роком до 30. септембра 2024. године. Одговорна институција: Министарство финансија. Тачни и благовремени подаци о стварном власништву омогућавају истражитељима да виде ко стоји иза друштава која се користе за пренос незаконитих средстава. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Beneficial ownership transparency pillar (FATF IO.5), the Financial Intelligence Unit (Police Administration) committed to register the beneficial owners of trusts and similar legal arrangements by 30 June 2023. Accurate and timely beneficial ownership information lets investigators see who is behind companies used to move illicit funds. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Транспарентност стварног власништва“ (FATF IO.5) утврђена је обавеза: уписивање стварних власника трустова и сличних правних аранжмана, са роком до 30. јуна 2023. године. Одговорна институција: Финансијско-обавештајна јединица (Управа полиције). Тачни и благовремени подаци о стварном власништву омогућавају истражитељима да виде ко стоји иза друштава која се користе за пренос незаконитих средстава. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Money-laundering investigation and prosecution pillar (FATF IO.7), the Police economic crime unit committed to publish statistics on money-laundering indictments and convictions by 30 June 2022. It aims to move from predicate-offence cases to stand-alone money-laundering prosecutions ending in final convictions. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Истрага и кривично гоњење прања новца“ (FATF IO.7) утврђена је обавеза: објављивање статистике о оптужницама и осуђујућим пресудама за прање новца, са роком до 30. јуна 2022. године. Одговорна институција: Полицијска јединица за привредни криминал. Циљ је прећи са предмета предикатних кривичних дела на самостално кривично гоњење прања новца које завршава правоснажним осуђујућим пресудама. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Money-laundering investigation and prosecution pillar (FATF IO.7), the Police economic crime unit committed to review sentencing practice in money-laundering cases by 31 March 2025. It aims to move from predicate-offence cases to stand-alone money-laundering prosecutions ending in final convictions. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Истрага и кривично гоњење прања новца“ (FATF IO.7) утврђена је обавеза: преиспитивање казнене политике у предметима прања новца, са роком до 31. марта 2025. године. Одговорна институција: Полицијска јединица за привредни криминал. Циљ је прећи са предмета предикатних кривичних дела на самостално кривично гоњење прања новца које завршава правоснажним осуђујућим пресудама. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Money-laundering investigation and prosecution pillar (FATF IO.7), the Police economic crime unit committed to establish a specialised financial investigations unit within the police by 30 September 2021. It aims to move from predicate-offence cases to stand-alone money-laundering prosecutions ending in final convictions. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Истрага и кривично гоњење прања новца“ (FATF IO.7) утврђена је обавеза: оснивање специјализоване јединице за финансијске истраге у полицији, са роком до 30. септембра 2021. године. Одговорна институција: Полицијска јединица за привредни криминал. Циљ је прећи са предмета предикатних кривичних дела на самостално кривично гоњење прања новца које завршава правоснажним осуђујућим пресудама. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Asset recovery pillar (FATF IO.8), the State Prosecutor’s Office committed to introduce the social re-use of confiscated property by 30 September 2022. It aims to ensure that crime does not pay: proceeds are traced early, frozen quickly and confiscated after a final judgment. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Поврат имовине“ (FATF IO.8) утврђена је обавеза: увођење друштвене поновне употребе одузете имовине, са роком до 30. септембра 2022. године. Одговорна институција: Државно тужилаштво. Циљ је обезбедити да се криминал не исплати: имовинска корист се рано открива, брзо замрзава и одузима након правоснажне пресуде. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Asset recovery pillar (FATF IO.8), the Ministry of Justice committed to introduce non-conviction-based confiscation by 31 March 2023. It aims to ensure that crime does not pay: proceeds are traced early, frozen quickly and confiscated after a final judgment. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Поврат имовине“ (FATF IO.8) утврђена је обавеза: увођење одузимања имовине без осуђујуће пресуде, са роком до 31. марта 2023. године. Одговорна институција: Министарство правде. Циљ је обезбедити да се криминал не исплати: имовинска корист се рано открива, брзо замрзава и одузима након правоснажне пресуде. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Asset recovery pillar (FATF IO.8), the Ministry of Justice committed to adopt rules on the management and sale of seized assets by 30 September 2022. It aims to ensure that crime does not pay: proceeds are traced early, frozen quickly and confiscated after a final judgment. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Поврат имовине“ (FATF IO.8) утврђена је обавеза: доношење правила о управљању привремено одузетом имовином и њеној продаји, са роком до 30. септембра 2022. године. Одговорна институција: Министарство правде. Циљ је обезбедити да се криминал не исплати: имовинска корист се рано открива, брзо замрзава и одузима након правоснажне пресуде. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Asset declarations and conflict of interest pillar (ACIF goal 2), the Agency for Prevention of Corruption committed to adopt rules on conflict of interest in local government by 30 June 2023. It supports ACIF goal 2: credible asset-declaration and conflict-of-interest systems with real verification. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Имовински картони и сукоб интереса“ (ACIF, циљ 2) утврђена је обавеза: доношење правила о сукобу интереса у локалној самоуправи, са роком до 30. јуна 2023. године. Одговорна институција: Агенција за спречавање корупције. Подржава циљ 2 ACIF-а: веродостојне системе имовинских картона и сукоба интереса са стварном провером. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Asset declarations and conflict of interest pillar (ACIF goal 2), the Agency for Prevention of Corruption committed to introduce electronic submission of asset declarations by 31 March 2022. It supports ACIF goal 2: credible asset-declaration and conflict-of-interest systems with real verification. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Имовински картони и сукоб интереса“ (ACIF, циљ 2) утврђена је обавеза: увођење електронског подношења имовинских картона, са роком до 31. марта 2022. године. Одговорна институција: Агенција за спречавање корупције. Подржава циљ 2 ACIF-а: веродостојне системе имовинских картона и сукоба интереса са стварном провером. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Asset declarations and conflict of interest pillar (ACIF goal 2), the Agency for Prevention of Corruption committed to regulate gifts and post-employment restrictions for public officials by 30 September 2025. It supports ACIF goal 2: credible asset-declaration and conflict-of-interest systems with real verification. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Имовински картони и сукоб интереса“ (ACIF, циљ 2) утврђена је обавеза: уређивање поклона и ограничења након престанка функције за јавне функционере, са роком до 30. септембра 2025. године. Одговорна институција: Агенција за спречавање корупције. Подржава циљ 2 ACIF-а: веродостојне системе имовинских картона и сукоба интереса са стварном провером. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Asset declarations and conflict of interest pillar (ACIF goal 2), the Agency for Prevention of Corruption committed to publish the asset declarations of senior officials online by 30 June 2025. It supports ACIF goal 2: credible asset-declaration and conflict-of-interest systems with real verification. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Имовински картони и сукоб интереса“ (ACIF, циљ 2) утврђена је обавеза: објављивање имовинских картона високих функционера на интернету, са роком до 30. јуна 2025. године. Одговорна институција: Агенција за спречавање корупције. Подржава циљ 2 ACIF-а: веродостојне системе имовинских картона и сукоба интереса са стварном провером. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Asset declarations and conflict of interest pillar (ACIF goal 2), the Agency for Prevention of Corruption committed to introduce sanctions for false or incomplete asset declarations by 31 December 2022. It supports ACIF goal 2: credible asset-declaration and conflict-of-interest systems with real verification. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Имовински картони и сукоб интереса“ (ACIF, циљ 2) утврђена је обавеза: увођење санкција за лажне или непотпуне имовинске картоне, са роком до 31. децембра 2022. године. Одговорна институција: Агенција за спречавање корупције. Подржава циљ 2 ACIF-а: веродостојне системе имовинских картона и сукоба интереса са стварном провером. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Public procurement integrity pillar (ACIF goal 1), the Public procurement agency committed to establish an independent review body for procurement complaints by 30 September 2026. It supports ACIF goal 1: reducing corruption risks in public procurement through openness and competition. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Интегритет јавних набавки“ (ACIF, циљ 1) утврђена је обавеза: оснивање независног тела за разматрање жалби у јавним набавкама, са роком до 30. септембра 2026. године. Одговорна институција: Агенција за јавне набавке. Подржава циљ 1 ACIF-а: смањење коруптивних ризика у јавним набавкама кроз отвореност и конкуренцију. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Public procurement integrity pillar (ACIF goal 1), the Public procurement agency committed to restrict negotiated procedures without prior publication by 31 March 2022. It supports ACIF goal 1: reducing corruption risks in public procurement through openness and competition. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Интегритет јавних набавки“ (ACIF, циљ 1) утврђена је обавеза: ограничавање преговарачких поступака без претходне објаве, са роком до 31. марта 2022. године. Одговорна институција: Агенција за јавне набавке. Подржава циљ 1 ACIF-а: смањење коруптивних ризика у јавним набавкама кроз отвореност и конкуренцију. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Public procurement integrity pillar (ACIF goal 1), the Public procurement agency committed to require beneficial ownership declarations from bidders by 31 December 2020. It supports ACIF goal 1: reducing corruption risks in public procurement through openness and competition. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Интегритет јавних набавки“ (ACIF, циљ 1) утврђена је обавеза: увођење обавезе понуђача да пријаве стварне власнике, са роком до 31. децембра 2020. године. Одговорна институција: Агенција за јавне набавке. Подржава циљ 1 ACIF-а: смањење коруптивних ризика у јавним набавкама кроз отвореност и конкуренцију. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Public procurement integrity pillar (ACIF goal 1), the Agency for Prevention of Corruption committed to introduce conflict-of-interest statements for tender evaluation committees by 30 June 2020. It supports ACIF goal 1: reducing corruption risks in public procurement through openness and competition. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Интегритет јавних набавки“ (ACIF, циљ 1) утврђена је обавеза: увођење изјава о сукобу интереса за комисије за оцену понуда, са роком до 30. јуна 2020. године. Одговорна институција: Агенција за спречавање корупције. Подржава циљ 1 ACIF-а: смањење коруптивних ризика у јавним набавкама кроз отвореност и конкуренцију. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Public procurement integrity pillar (ACIF goal 1), the Agency for Prevention of Corruption committed to train contracting authorities on integrity in procurement by 31 December 2024. It supports ACIF goal 1: reducing corruption risks in public procurement through openness and competition. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Интегритет јавних набавки“ (ACIF, циљ 1) утврђена је обавеза: обука уговорних органа о интегритету у јавним набавкама, са роком до 31. децембра 2024. године. Одговорна институција: Агенција за спречавање корупције. Подржава циљ 1 ACIF-а: смањење коруптивних ризика у јавним набавкама кроз отвореност и конкуренцију. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Public procurement integrity pillar (ACIF goal 1), the Public procurement agency committed to introduce red-flag analysis of tenders to detect corruption risks by 30 June 2023. It supports ACIF goal 1: reducing corruption risks in public procurement through openness and competition. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Интегритет јавних набавки“ (ACIF, циљ 1) утврђена је обавеза: увођење анализе индикатора упозорења у тендерима ради откривања коруптивних ризика, са роком до 30. јуна 2023. године. Одговорна институција: Агенција за јавне набавке. Подржава циљ 1 ACIF-а: смањење коруптивних ризика у јавним набавкама кроз отвореност и конкуренцију. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Regional and international cooperation pillar (FATF IO.2, ACIF goal 3), the Police economic crime unit committed to reduce the time to answer mutual legal assistance requests to 90 days by 31 December 2024. It supports ACIF goal 3: a regional network of specialised prosecutors, law-enforcement agencies and FIUs. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Регионална и међународна сарадња“ (FATF IO.2, ACIF, циљ 3) утврђена је обавеза: скраћивање рока за одговор на захтеве за међународну правну помоћ на 90 дана, са роком до 31. децембра 2024. године. Одговорна институција: Полицијска јединица за привредни криминал. Подржава циљ 3 ACIF-а: регионалну мрежу специјализованих тужилаца, агенција за спровођење закона и финансијско-обавештајних јединица. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Regional and international cooperation pillar (FATF IO.2, ACIF goal 3), the Ministry of Justice committed to join the regional network of specialised anti-corruption prosecutors by 30 June 2026. It supports ACIF goal 3: a regional network of specialised prosecutors, law-enforcement agencies and FIUs. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Регионална и међународна сарадња“ (FATF IO.2, ACIF, циљ 3) утврђена је обавеза: приступање регионалној мрежи специјализованих антикорупцијских тужилаца, са роком до 30. јуна 2026. године. Одговорна институција: Министарство правде. Подржава циљ 3 ACIF-а: регионалну мрежу специјализованих тужилаца, агенција за спровођење закона и финансијско-обавештајних јединица. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Regional and international cooperation pillar (FATF IO.2, ACIF goal 3), the Police economic crime unit committed to sign agreements on joint investigation teams with neighbouring jurisdictions by 30 September 2025. It supports ACIF goal 3: a regional network of specialised prosecutors, law-enforcement agencies and FIUs. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Регионална и међународна сарадња“ (FATF IO.2, ACIF, циљ 3) утврђена је обавеза: потписивање споразума о заједничким истражним тимовима са суседним јурисдикцијама, са роком до 30. септембра 2025. године. Одговорна институција: Полицијска јединица за привредни криминал. Подржава циљ 3 ACIF-а: регионалну мрежу специјализованих тужилаца, агенција за спровођење закона и финансијско-обавештајних јединица. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Regional and international cooperation pillar (FATF IO.2, ACIF goal 3), the Ministry of Justice committed to publish statistics on incoming and outgoing mutual legal assistance requests by 30 June 2025. It supports ACIF goal 3: a regional network of specialised prosecutors, law-enforcement agencies and FIUs. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Регионална и међународна сарадња“ (FATF IO.2, ACIF, циљ 3) утврђена је обавеза: објављивање статистике о долазним и одлазним захтевима за међународну правну помоћ, са роком до 30. јуна 2025. године. Одговорна институција: Министарство правде. Подржава циљ 3 ACIF-а: регионалну мрежу специјализованих тужилаца, агенција за спровођење закона и финансијско-обавештајних јединица. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Regional and international cooperation pillar (FATF IO.2, ACIF goal 3), the Ministry of Justice committed to agree FIU-to-FIU information exchange memoranda across the region by 31 December 2020. It supports ACIF goal 3: a regional network of specialised prosecutors, law-enforcement agencies and FIUs. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Регионална и међународна сарадња“ (FATF IO.2, ACIF, циљ 3) утврђена је обавеза: закључивање меморандума о размени информација између финансијско-обавештајних јединица у региону, са роком до 31. децембра 2020. године. Одговорна институција: Министарство правде. Подржава циљ 3 ACIF-а: регионалну мрежу специјализованих тужилаца, агенција за спровођење закона и финансијско-обавештајних јединица. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Regional and international cooperation pillar (FATF IO.2, ACIF goal 3), the Financial Intelligence Unit (Police Administration) committed to introduce electronic transmission of mutual legal assistance requests by 30 September 2026. It supports ACIF goal 3: a regional network of specialised prosecutors, law-enforcement agencies and FIUs. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Регионална и међународна сарадња“ (FATF IO.2, ACIF, циљ 3) утврђена је обавеза: увођење електронског достављања захтева за међународну правну помоћ, са роком до 30. септембра 2026. године. Одговорна институција: Финансијско-обавештајна јединица (Управа полиције). Подржава циљ 3 ACIF-а: регионалну мрежу специјализованих тужилаца, агенција за спровођење закона и финансијско-обавештајних јединица. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Regional and international cooperation pillar (FATF IO.2, ACIF goal 3), the Ministry of Justice committed to second a liaison officer to the regional law-enforcement cooperation network by 30 June 2022. It supports ACIF goal 3: a regional network of specialised prosecutors, law-enforcement agencies and FIUs. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Регионална и међународна сарадња“ (FATF IO.2, ACIF, циљ 3) утврђена је обавеза: упућивање официра за везу у регионалну мрежу за сарадњу органа за спровођење закона, са роком до 30. јуна 2022. године. Одговорна институција: Министарство правде. Подржава циљ 3 ACIF-а: регионалну мрежу специјализованих тужилаца, агенција за спровођење закона и финансијско-обавештајних јединица. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Regional and international cooperation pillar (FATF IO.2, ACIF goal 3), the State Prosecutor’s Office committed to hold joint training with the region’s financial intelligence units by 30 June 2020. It supports ACIF goal 3: a regional network of specialised prosecutors, law-enforcement agencies and FIUs. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Регионална и међународна сарадња“ (FATF IO.2, ACIF, циљ 3) утврђена је обавеза: одржавање заједничких обука са финансијско-обавештајним јединицама из региона, са роком до 30. јуна 2020. године. Одговорна институција: Државно тужилаштво. Подржава циљ 3 ACIF-а: регионалну мрежу специјализованих тужилаца, агенција за спровођење закона и финансијско-обавештајних јединица. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the AML/CFT framework and risk understanding pillar (FATF R.1, IO.1), the Financial Intelligence Office committed to adopt an updated national money-laundering and terrorist-financing risk assessment by 30 June 2021. It follows from the national risk assessment and from the recommendations of the last MONEYVAL evaluation. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Оквир за спречавање прања новца и финансирања тероризма и разумевање ризика“ (FATF R.1, IO.1) утврђена је обавеза: усвајање ажуриране националне процене ризика од прања новца и финансирања тероризма, са роком до 30. јуна 2021. године. Одговорна институција: Канцеларија за финансијско-обавештајне послове. Произлази из националне процене ризика и из препорука последње евалуације MONEYVAL-а. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the AML/CFT framework and risk understanding pillar (FATF R.1, IO.1), the Financial Intelligence Office committed to publish consolidated annual AML/CFT statistics by 31 December 2021. It follows from the national risk assessment and from the recommendations of the last MONEYVAL evaluation. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Оквир за спречавање прања новца и финансирања тероризма и разумевање ризика“ (FATF R.1, IO.1) утврђена је обавеза: објављивање обједињене годишње статистике о СПН/ФТ, са роком до 31. децембра 2021. године. Одговорна институција: Канцеларија за финансијско-обавештајне послове. Произлази из националне процене ризика и из препорука последње евалуације MONEYVAL-а. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the AML/CFT framework and risk understanding pillar (FATF R.1, IO.1), the Financial Intelligence Office committed to introduce AML/CFT supervision of lawyers, notaries and accountants by 31 December 2022. It follows from the national risk assessment and from the recommendations of the last MONEYVAL evaluation. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Оквир за спречавање прања новца и финансирања тероризма и разумевање ризика“ (FATF R.1, IO.1) утврђена је обавеза: увођење надзора адвоката, нотара и рачуновођа у области СПН/ФТ, са роком до 31. децембра 2022. године. Одговорна институција: Канцеларија за финансијско-обавештајне послове. Произлази из националне процене ризика и из препорука последње евалуације MONEYVAL-а. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the AML/CFT framework and risk understanding pillar (FATF R.1, IO.1), the Financial Intelligence Office committed to adopt secondary legislation on due diligence for politically exposed persons by 30 September 2023. It follows from the national risk assessment and from the recommendations of the last MONEYVAL evaluation. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Оквир за спречавање прања новца и финансирања тероризма и разумевање ризика“ (FATF R.1, IO.1) утврђена је обавеза: доношење подзаконских аката о дубинској анализи политички изложених лица, са роком до 30. септембра 2023. године. Одговорна институција: Канцеларија за финансијско-обавештајне послове. Произлази из националне процене ризика и из препорука последње евалуације MONEYVAL-а. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the AML/CFT framework and risk understanding pillar (FATF R.1, IO.1), the Ministry of Finance committed to adopt an action plan addressing the findings of the national risk assessment by 30 June 2020. It follows from the national risk assessment and from the recommendations of the last MONEYVAL evaluation. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Оквир за спречавање прања новца и финансирања тероризма и разумевање ризика“ (FATF R.1, IO.1) утврђена је обавеза: усвајање акционог плана за отклањање налаза националне процене ризика, са роком до 30. јуна 2020. године. Одговорна институција: Министарство финансија. Произлази из националне процене ризика и из препорука последње евалуације MONEYVAL-а. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Financial intelligence pillar (FATF IO.6), the Financial Intelligence Office committed to deploy a new case-management and analysis system at the financial intelligence unit by 30 September 2021. It aims to raise the quality of suspicious transaction reports and the share of disseminations that lead to investigations. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Финансијско-обавештајни рад“ (FATF IO.6) утврђена је обавеза: увођење новог система за управљање предметима и анализу у финансијско-обавештајној јединици, са роком до 30. септембра 2021. године. Одговорна институција: Канцеларија за финансијско-обавештајне послове. Циљ је подићи квалитет пријава сумњивих трансакција и удео прослеђених предмета који доводе до истрага. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Financial intelligence pillar (FATF IO.6), the Financial Intelligence Office committed to issue typologies and red-flag guidance to reporting entities by 30 September 2020. It aims to raise the quality of suspicious transaction reports and the share of disseminations that lead to investigations. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Финансијско-обавештајни рад“ (FATF IO.6) утврђена је обавеза: издавање типологија и смерница о индикаторима упозорења за обвезнике, са роком до 30. септембра 2020. године. Одговорна институција: Канцеларија за финансијско-обавештајне послове. Циљ је подићи квалитет пријава сумњивих трансакција и удео прослеђених предмета који доводе до истрага. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Financial intelligence pillar (FATF IO.6), the Financial Intelligence Office committed to agree feedback procedures on disseminations with the prosecution service by 31 December 2020. It aims to raise the quality of suspicious transaction reports and the share of disseminations that lead to investigations. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Финансијско-обавештајни рад“ (FATF IO.6) утврђена је обавеза: договарање поступака повратне информације о прослеђеним предметима са тужилаштвом, са роком до 31. децембра 2020. године. Одговорна институција: Канцеларија за финансијско-обавештајне послове. Циљ је подићи квалитет пријава сумњивих трансакција и удео прослеђених предмета који доводе до истрага. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Financial intelligence pillar (FATF IO.6), the Financial Intelligence Office committed to publish strategic analysis reports on money-laundering trends by 31 December 2022. It aims to raise the quality of suspicious transaction reports and the share of disseminations that lead to investigations. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Финансијско-обавештајни рад“ (FATF IO.6) утврђена је обавеза: објављивање извештаја стратешке анализе о трендовима прања новца, са роком до 31. децембра 2022. године. Одговорна институција: Канцеларија за финансијско-обавештајне послове. Циљ је подићи квалитет пријава сумњивих трансакција и удео прослеђених предмета који доводе до истрага. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Financial intelligence pillar (FATF IO.6), the Financial Intelligence Office committed to sign memoranda on information exchange with law-enforcement agencies by 31 March 2025. It aims to raise the quality of suspicious transaction reports and the share of disseminations that lead to investigations. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Финансијско-обавештајни рад“ (FATF IO.6) утврђена је обавеза: потписивање меморандума о размени информација са агенцијама за спровођење закона, са роком до 31. марта 2025. године. Одговорна институција: Канцеларија за финансијско-обавештајне послове. Циљ је подићи квалитет пријава сумњивих трансакција и удео прослеђених предмета који доводе до истрага. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Financial intelligence pillar (FATF IO.6), the Financial Intelligence Office committed to give the financial intelligence unit direct access to tax, cadastre and vehicle registers by 30 September 2024. It aims to raise the quality of suspicious transaction reports and the share of disseminations that lead to investigations. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Финансијско-обавештајни рад“ (FATF IO.6) утврђена је обавеза: омогућавање директног приступа финансијско-обавештајне јединице пореским, катастарским и регистрима возила, са роком до 30. септембра 2024. године. Одговорна институција: Канцеларија за финансијско-обавештајне послове. Циљ је подићи квалитет пријава сумњивих трансакција и удео прослеђених предмета који доводе до истрага. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Financial intelligence pillar (FATF IO.6), the Financial Intelligence Office committed to train real-estate and construction businesses on suspicious transaction reporting by 31 March 2022. It aims to raise the quality of suspicious transaction reports and the share of disseminations that lead to investigations. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Финансијско-обавештајни рад“ (FATF IO.6) утврђена је обавеза: обука субјеката у области некретнина и грађевинарства о пријављивању сумњивих трансакција, са роком до 31. марта 2022. године. Одговорна институција: Канцеларија за финансијско-обавештајне послове. Циљ је подићи квалитет пријава сумњивих трансакција и удео прослеђених предмета који доводе до истрага. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Financial intelligence pillar (FATF IO.6), the Financial Intelligence Office committed to introduce online submission of suspicious transaction reports for all reporting entities by 30 September 2020. It aims to raise the quality of suspicious transaction reports and the share of disseminations that lead to investigations. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Финансијско-обавештајни рад“ (FATF IO.6) утврђена је обавеза: увођење електронског подношења пријава сумњивих трансакција за све обвезнике, са роком до 30. септембра 2020. године. Одговорна институција: Канцеларија за финансијско-обавештајне послове. Циљ је подићи квалитет пријава сумњивих трансакција и удео прослеђених предмета који доводе до истрага. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Financial intelligence pillar (FATF IO.6), the Financial Intelligence Office committed to introduce electronic reporting of cash transactions above EUR 10,000 by 30 June 2020. It aims to raise the quality of suspicious transaction reports and the share of disseminations that lead to investigations. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Финансијско-обавештајни рад“ (FATF IO.6) утврђена је обавеза: увођење електронског пријављивања готовинских трансакција изнад 10.000 EUR, са роком до 30. јуна 2020. године. Одговорна институција: Канцеларија за финансијско-обавештајне послове. Циљ је подићи квалитет пријава сумњивих трансакција и удео прослеђених предмета који доводе до истрага. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Beneficial ownership transparency pillar (FATF IO.5), the Business registry committed to introduce sanctions for failure to register or update beneficial ownership by 31 March 2023. Accurate and timely beneficial ownership information lets investigators see who is behind companies used to move illicit funds. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Транспарентност стварног власништва“ (FATF IO.5) утврђена је обавеза: увођење санкција за неуписивање или неажурирање података о стварном власништву, са роком до 31. марта 2023. године. Одговорна институција: Регистар пословних субјеката. Тачни и благовремени подаци о стварном власништву омогућавају истражитељима да виде ко стоји иза друштава која се користе за пренос незаконитих средстава. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Beneficial ownership transparency pillar (FATF IO.5), the Business registry committed to publish an annual report on the accuracy of beneficial ownership data by 30 June 2021. Accurate and timely beneficial ownership information lets investigators see who is behind companies used to move illicit funds. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Транспарентност стварног власништва“ (FATF IO.5) утврђена је обавеза: објављивање годишњег извештаја о тачности података о стварном власништву, са роком до 30. јуна 2021. године. Одговорна институција: Регистар пословних субјеката. Тачни и благовремени подаци о стварном власништву омогућавају истражитељима да виде ко стоји иза друштава која се користе за пренос незаконитих средстава. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Beneficial ownership transparency pillar (FATF IO.5), the Ministry of Finance committed to remove bearer shares and nominee arrangements from company law by 31 December 2021. Accurate and timely beneficial ownership information lets investigators see who is behind companies used to move illicit funds. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Транспарентност стварног власништва“ (FATF IO.5) утврђена је обавеза: укидање акција на доносиоца и номиналних аранжмана у закону о привредним друштвима, са роком до 31. децембра 2021. године. Одговорна институција: Министарство финансија. Тачни и благовремени подаци о стварном власништву омогућавају истражитељима да виде ко стоји иза друштава која се користе за пренос незаконитих средстава. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Beneficial ownership transparency pillar (FATF IO.5), the Business registry committed to give obliged entities electronic access to the beneficial ownership register by 31 December 2021. Accurate and timely beneficial ownership information lets investigators see who is behind companies used to move illicit funds. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Транспарентност стварног власништва“ (FATF IO.5) утврђена је обавеза: омогућавање електронског приступа обвезника регистру стварних власника, са роком до 31. децембра 2021. године. Одговорна институција: Регистар пословних субјеката. Тачни и благовремени подаци о стварном власништву омогућавају истражитељима да виде ко стоји иза друштава која се користе за пренос незаконитих средстава. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Beneficial ownership transparency pillar (FATF IO.5), the Financial Intelligence Office committed to strike off inactive companies that have not filed beneficial ownership information by 31 December 2024. Accurate and timely beneficial ownership information lets investigators see who is behind companies used to move illicit funds. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Транспарентност стварног власништва“ (FATF IO.5) утврђена је обавеза: брисање неактивних друштава која нису доставила податке о стварном власништву, са роком до 31. децембра 2024. године. Одговорна институција: Канцеларија за финансијско-обавештајне послове. Тачни и благовремени подаци о стварном власништву омогућавају истражитељима да виде ко стоји иза друштава која се користе за пренос незаконитих средстава. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Beneficial ownership transparency pillar (FATF IO.5), the Financial Intelligence Office committed to register the beneficial owners of trusts and similar legal arrangements by 31 December 2022. Accurate and timely beneficial ownership information lets investigators see who is behind companies used to move illicit funds. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Транспарентност стварног власништва“ (FATF IO.5) утврђена је обавеза: уписивање стварних власника трустова и сличних правних аранжмана, са роком до 31. децембра 2022. године. Одговорна институција: Канцеларија за финансијско-обавештајне послове. Тачни и благовремени подаци о стварном власништву омогућавају истражитељима да виде ко стоји иза друштава која се користе за пренос незаконитих средстава. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Beneficial ownership transparency pillar (FATF IO.5), the Ministry of Finance committed to require banks and notaries to report discrepancies to the register by 30 September 2023. Accurate and timely beneficial ownership information lets investigators see who is behind companies used to move illicit funds. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Транспарентност стварног власништва“ (FATF IO.5) утврђена је обавеза: увођење обавезе банака и нотара да регистру пријављују неусклађености, са роком до 30. септембра 2023. године. Одговорна институција: Министарство финансија. Тачни и благовремени подаци о стварном власништву омогућавају истражитељима да виде ко стоји иза друштава која се користе за пренос незаконитих средстава. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Beneficial ownership transparency pillar (FATF IO.5), the Business registry committed to introduce verification of beneficial ownership information at registration by 31 March 2024. Accurate and timely beneficial ownership information lets investigators see who is behind companies used to move illicit funds. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Транспарентност стварног власништва“ (FATF IO.5) утврђена је обавеза: увођење провере података о стварном власништву при регистрацији, са роком до 31. марта 2024. године. Одговорна институција: Регистар пословних субјеката. Тачни и благовремени подаци о стварном власништву омогућавају истражитељима да виде ко стоји иза друштава која се користе за пренос незаконитих средстава. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Beneficial ownership transparency pillar (FATF IO.5), the Business registry committed to connect the beneficial ownership register to the business register by 31 December 2021. Accurate and timely beneficial ownership information lets investigators see who is behind companies used to move illicit funds. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Транспарентност стварног власништва“ (FATF IO.5) утврђена је обавеза: повезивање регистра стварних власника са регистром пословних субјеката, са роком до 31. децембра 2021. године. Одговорна институција: Регистар пословних субјеката. Тачни и благовремени подаци о стварном власништву омогућавају истражитељима да виде ко стоји иза друштава која се користе за пренос незаконитих средстава. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Beneficial ownership transparency pillar (FATF IO.5), the Business registry committed to establish a central register of beneficial owners by 30 September 2024. Accurate and timely beneficial ownership information lets investigators see who is behind companies used to move illicit funds. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Транспарентност стварног власништва“ (FATF IO.5) утврђена је обавеза: успостављање централног регистра стварних власника, са роком до 30. септембра 2024. године. Одговорна институција: Регистар пословних субјеката. Тачни и благовремени подаци о стварном власништву омогућавају истражитељима да виде ко стоји иза друштава која се користе за пренос незаконитих средстава. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Money-laundering investigation and prosecution pillar (FATF IO.7), the Police economic crime unit committed to establish a specialised financial investigations unit within the police by 31 December 2024. It aims to move from predicate-offence cases to stand-alone money-laundering prosecutions ending in final convictions. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Истрага и кривично гоњење прања новца“ (FATF IO.7) утврђена је обавеза: оснивање специјализоване јединице за финансијске истраге у полицији, са роком до 31. децембра 2024. године. Одговорна институција: Полицијска јединица за привредни криминал. Циљ је прећи са предмета предикатних кривичних дела на самостално кривично гоњење прања новца које завршава правоснажним осуђујућим пресудама. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Money-laundering investigation and prosecution pillar (FATF IO.7), the State Prosecutor’s Office committed to review sentencing practice in money-laundering cases by 30 June 2020. It aims to move from predicate-offence cases to stand-alone money-laundering prosecutions ending in final convictions. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Истрага и кривично гоњење прања новца“ (FATF IO.7) утврђена је обавеза: преиспитивање казнене политике у предметима прања новца, са роком до 30. јуна 2020. године. Одговорна институција: Државно тужилаштво. Циљ је прећи са предмета предикатних кривичних дела на самостално кривично гоњење прања новца које завршава правоснажним осуђујућим пресудама. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Money-laundering investigation and prosecution pillar (FATF IO.7), the State Prosecutor’s Office committed to adopt a money-laundering investigation and prosecution strategy by 30 September 2020. It aims to move from predicate-offence cases to stand-alone money-laundering prosecutions ending in final convictions. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Истрага и кривично гоњење прања новца“ (FATF IO.7) утврђена је обавеза: усвајање стратегије истраге и кривичног гоњења прања новца, са роком до 30. септембра 2020. године. Одговорна институција: Државно тужилаштво. Циљ је прећи са предмета предикатних кривичних дела на самостално кривично гоњење прања новца које завршава правоснажним осуђујућим пресудама. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Money-laundering investigation and prosecution pillar (FATF IO.7), the Police economic crime unit committed to set up a joint task force of prosecutors, police, tax and customs officials by 30 September 2023. It aims to move from predicate-offence cases to stand-alone money-laundering prosecutions ending in final convictions. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Истрага и кривично гоњење прања новца“ (FATF IO.7) утврђена је обавеза: формирање заједничке радне групе тужилаца, полиције, пореских и царинских службеника, са роком до 30. септембра 2023. године. Одговорна институција: Полицијска јединица за привредни криминал. Циљ је прећи са предмета предикатних кривичних дела на самостално кривично гоњење прања новца које завршава правоснажним осуђујућим пресудама. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Money-laundering investigation and prosecution pillar (FATF IO.7), the Ministry of Justice committed to introduce an electronic case-management system linking police and prosecution by 31 December 2020. It aims to move from predicate-offence cases to stand-alone money-laundering prosecutions ending in final convictions. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Истрага и кривично гоњење прања новца“ (FATF IO.7) утврђена је обавеза: увођење електронског система за управљање предметима који повезује полицију и тужилаштво, са роком до 31. децембра 2020. године. Одговорна институција: Министарство правде. Циљ је прећи са предмета предикатних кривичних дела на самостално кривично гоњење прања новца које завршава правоснажним осуђујућим пресудама. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Money-laundering investigation and prosecution pillar (FATF IO.7), the State Prosecutor’s Office committed to amend the criminal code to cover self-laundering by 31 December 2023. It aims to move from predicate-offence cases to stand-alone money-laundering prosecutions ending in final convictions. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Истрага и кривично гоњење прања новца“ (FATF IO.7) утврђена је обавеза: измена кривичног закона ради обухватања самопрања новца, са роком до 31. децембра 2023. године. Одговорна институција: Државно тужилаштво. Циљ је прећи са предмета предикатних кривичних дела на самостално кривично гоњење прања новца које завршава правоснажним осуђујућим пресудама. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Money-laundering investigation and prosecution pillar (FATF IO.7), the Police economic crime unit committed to make parallel financial investigations mandatory in organised crime and corruption cases by 30 September 2023. It aims to move from predicate-offence cases to stand-alone money-laundering prosecutions ending in final convictions. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Истрага и кривично гоњење прања новца“ (FATF IO.7) утврђена је обавеза: увођење обавезних паралелних финансијских истрага у предметима организованог криминала и корупције, са роком до 30. септембра 2023. године. Одговорна институција: Полицијска јединица за привредни криминал. Циљ је прећи са предмета предикатних кривичних дела на самостално кривично гоњење прања новца које завршава правоснажним осуђујућим пресудама. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Money-laundering investigation and prosecution pillar (FATF IO.7), the Ministry of Justice committed to publish statistics on money-laundering indictments and convictions by 31 December 2023. It aims to move from predicate-offence cases to stand-alone money-laundering prosecutions ending in final convictions. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Истрага и кривично гоњење прања новца“ (FATF IO.7) утврђена је обавеза: објављивање статистике о оптужницама и осуђујућим пресудама за прање новца, са роком до 31. децембра 2023. године. Одговорна институција: Министарство правде. Циљ је прећи са предмета предикатних кривичних дела на самостално кривично гоњење прања новца које завршава правоснажним осуђујућим пресудама. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Asset recovery pillar (FATF IO.8), the Ministry of Justice committed to introduce interim management of seized companies by 31 March 2024. It aims to ensure that crime does not pay: proceeds are traced early, frozen quickly and confiscated after a final judgment. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Поврат имовине“ (FATF IO.8) утврђена је обавеза: увођење привременог управљања одузетим привредним друштвима, са роком до 31. марта 2024. године. Одговорна институција: Министарство правде. Циљ је обезбедити да се криминал не исплати: имовинска корист се рано открива, брзо замрзава и одузима након правоснажне пресуде. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Asset recovery pillar (FATF IO.8), the State Prosecutor’s Office committed to train prosecutors on financial investigations for asset recovery by 31 December 2021. It aims to ensure that crime does not pay: proceeds are traced early, frozen quickly and confiscated after a final judgment. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Поврат имовине“ (FATF IO.8) утврђена је обавеза: обука тужилаца о финансијским истрагама ради поврата имовине, са роком до 31. децембра 2021. године. Одговорна институција: Државно тужилаштво. Циљ је обезбедити да се криминал не исплати: имовинска корист се рано открива, брзо замрзава и одузима након правоснажне пресуде. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Asset recovery pillar (FATF IO.8), the Asset management office committed to establish an asset recovery office by 31 March 2024. It aims to ensure that crime does not pay: proceeds are traced early, frozen quickly and confiscated after a final judgment. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Поврат имовине“ (FATF IO.8) утврђена је обавеза: оснивање канцеларије за поврат имовине, са роком до 31. марта 2024. године. Одговорна институција: Канцеларија за управљање одузетом имовином. Циљ је обезбедити да се криминал не исплати: имовинска корист се рано открива, брзо замрзава и одузима након правоснажне пресуде. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Asset recovery pillar (FATF IO.8), the Ministry of Justice committed to establish a central register of seized and confiscated assets by 30 June 2024. It aims to ensure that crime does not pay: proceeds are traced early, frozen quickly and confiscated after a final judgment. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Поврат имовине“ (FATF IO.8) утврђена је обавеза: успостављање централног регистра привремено одузете и одузете имовине, са роком до 30. јуна 2024. године. Одговорна институција: Министарство правде. Циљ је обезбедити да се криминал не исплати: имовинска корист се рано открива, брзо замрзава и одузима након правоснажне пресуде. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Asset recovery pillar (FATF IO.8), the Ministry of Justice committed to adopt rules on the management and sale of seized assets by 30 September 2024. It aims to ensure that crime does not pay: proceeds are traced early, frozen quickly and confiscated after a final judgment. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Поврат имовине“ (FATF IO.8) утврђена је обавеза: доношење правила о управљању привремено одузетом имовином и њеној продаји, са роком до 30. септембра 2024. године. Одговорна институција: Министарство правде. Циљ је обезбедити да се криминал не исплати: имовинска корист се рано открива, брзо замрзава и одузима након правоснажне пресуде. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Asset recovery pillar (FATF IO.8), the Asset management office committed to publish annual statistics on frozen, seized and confiscated assets by 31 December 2023. It aims to ensure that crime does not pay: proceeds are traced early, frozen quickly and confiscated after a final judgment. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Поврат имовине“ (FATF IO.8) утврђена је обавеза: објављивање годишње статистике о замрзнутој, привремено одузетој и одузетој имовини, са роком до 31. децембра 2023. године. Одговорна институција: Канцеларија за управљање одузетом имовином. Циљ је обезбедити да се криминал не исплати: имовинска корист се рано открива, брзо замрзава и одузима након правоснажне пресуде. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Asset recovery pillar (FATF IO.8), the State Prosecutor’s Office committed to designate contact points in the regional asset recovery network by 31 December 2020. It aims to ensure that crime does not pay: proceeds are traced early, frozen quickly and confiscated after a final judgment. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Поврат имовине“ (FATF IO.8) утврђена је обавеза: одређивање контакт-тачака у регионалној мрежи за поврат имовине, са роком до 31. децембра 2020. године. Одговорна институција: Државно тужилаштво. Циљ је обезбедити да се криминал не исплати: имовинска корист се рано открива, брзо замрзава и одузима након правоснажне пресуде. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Asset recovery pillar (FATF IO.8), the State Prosecutor’s Office committed to introduce non-conviction-based confiscation by 30 June 2024. It aims to ensure that crime does not pay: proceeds are traced early, frozen quickly and confiscated after a final judgment. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Поврат имовине“ (FATF IO.8) утврђена је обавеза: увођење одузимања имовине без осуђујуће пресуде, са роком до 30. јуна 2024. године. Одговорна институција: Државно тужилаштво. Циљ је обезбедити да се криминал не исплати: имовинска корист се рано открива, брзо замрзава и одузима након правоснажне пресуде. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Asset declarations and conflict of interest pillar (ACIF goal 2), the State Commission for Prevention of Corruption committed to give the anti-corruption agency access to bank, tax and property registers by 30 September 2020. It supports ACIF goal 2: credible asset-declaration and conflict-of-interest systems with real verification. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Имовински картони и сукоб интереса“ (ACIF, циљ 2) утврђена је обавеза: омогућавање приступа антикорупцијске агенције банковним, пореским и имовинским регистрима, са роком до 30. септембра 2020. године. Одговорна институција: Државна комисија за спречавање корупције. Подржава циљ 2 ACIF-а: веродостојне системе имовинских картона и сукоба интереса са стварном провером. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Asset declarations and conflict of interest pillar (ACIF goal 2), the State Commission for Prevention of Corruption committed to adopt rules on conflict of interest in local government by 30 September 2022. It supports ACIF goal 2: credible asset-declaration and conflict-of-interest systems with real verification. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Имовински картони и сукоб интереса“ (ACIF, циљ 2) утврђена је обавеза: доношење правила о сукобу интереса у локалној самоуправи, са роком до 30. септембра 2022. године. Одговорна институција: Државна комисија за спречавање корупције. Подржава циљ 2 ACIF-а: веродостојне системе имовинских картона и сукоба интереса са стварном провером. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Asset declarations and conflict of interest pillar (ACIF goal 2), the State Commission for Prevention of Corruption committed to introduce sanctions for false or incomplete asset declarations by 30 September 2020. It supports ACIF goal 2: credible asset-declaration and conflict-of-interest systems with real verification. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Имовински картони и сукоб интереса“ (ACIF, циљ 2) утврђена је обавеза: увођење санкција за лажне или непотпуне имовинске картоне, са роком до 30. септембра 2020. године. Одговорна институција: Државна комисија за спречавање корупције. Подржава циљ 2 ACIF-а: веродостојне системе имовинских картона и сукоба интереса са стварном провером. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Asset declarations and conflict of interest pillar (ACIF goal 2), the State Commission for Prevention of Corruption committed to introduce risk-based verification of asset declarations by 31 March 2026. It supports ACIF goal 2: credible asset-declaration and conflict-of-interest systems with real verification. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Имовински картони и сукоб интереса“ (ACIF, циљ 2) утврђена је обавеза: увођење провере имовинских картона засноване на ризику, са роком до 31. марта 2026. године. Одговорна институција: Државна комисија за спречавање корупције. Подржава циљ 2 ACIF-а: веродостојне системе имовинских картона и сукоба интереса са стварном провером. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Asset declarations and conflict of interest pillar (ACIF goal 2), the State Commission for Prevention of Corruption committed to extend declaration duties to family members of senior officials by 31 March 2025. It supports ACIF goal 2: credible asset-declaration and conflict-of-interest systems with real verification. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Имовински картони и сукоб интереса“ (ACIF, циљ 2) утврђена је обавеза: проширивање обавезе пријављивања имовине на чланове породица високих функционера, са роком до 31. марта 2025. године. Одговорна институција: Државна комисија за спречавање корупције. Подржава циљ 2 ACIF-а: веродостојне системе имовинских картона и сукоба интереса са стварном провером. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Asset declarations and conflict of interest pillar (ACIF goal 2), the State Commission for Prevention of Corruption committed to publish the asset declarations of senior officials online by 31 March 2025. It supports ACIF goal 2: credible asset-declaration and conflict-of-interest systems with real verification. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Имовински картони и сукоб интереса“ (ACIF, циљ 2) утврђена је обавеза: објављивање имовинских картона високих функционера на интернету, са роком до 31. марта 2025. године. Одговорна институција: Државна комисија за спречавање корупције. Подржава циљ 2 ACIF-а: веродостојне системе имовинских картона и сукоба интереса са стварном провером. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Public procurement integrity pillar (ACIF goal 1), the Public procurement agency committed to establish an independent review body for procurement complaints by 31 December 2026. It supports ACIF goal 1: reducing corruption risks in public procurement through openness and competition. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Интегритет јавних набавки“ (ACIF, циљ 1) утврђена је обавеза: оснивање независног тела за разматрање жалби у јавним набавкама, са роком до 31. децембра 2026. године. Одговорна институција: Агенција за јавне набавке. Подржава циљ 1 ACIF-а: смањење коруптивних ризика у јавним набавкама кроз отвореност и конкуренцију. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Public procurement integrity pillar (ACIF goal 1), the State Commission for Prevention of Corruption committed to introduce red-flag analysis of tenders to detect corruption risks by 30 September 2022. It supports ACIF goal 1: reducing corruption risks in public procurement through openness and competition. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Интегритет јавних набавки“ (ACIF, циљ 1) утврђена је обавеза: увођење анализе индикатора упозорења у тендерима ради откривања коруптивних ризика, са роком до 30. септембра 2022. године. Одговорна институција: Државна комисија за спречавање корупције. Подржава циљ 1 ACIF-а: смањење коруптивних ризика у јавним набавкама кроз отвореност и конкуренцију. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Public procurement integrity pillar (ACIF goal 1), the Public procurement agency committed to publish annual procurement monitoring reports by 30 June 2024. It supports ACIF goal 1: reducing corruption risks in public procurement through openness and competition. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Интегритет јавних набавки“ (ACIF, циљ 1) утврђена је обавеза: објављивање годишњих извештаја о праћењу јавних набавки, са роком до 30. јуна 2024. године. Одговорна институција: Агенција за јавне набавке. Подржава циљ 1 ACIF-а: смањење коруптивних ризика у јавним набавкама кроз отвореност и конкуренцију. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Public procurement integrity pillar (ACIF goal 1), the State Commission for Prevention of Corruption committed to publish all procurement contracts and amendments as open data by 30 June 2022. It supports ACIF goal 1: reducing corruption risks in public procurement through openness and competition. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Интегритет јавних набавки“ (ACIF, циљ 1) утврђена је обавеза: објављивање свих уговора о набавкама и њихових измена као отворених података, са роком до 30. јуна 2022. године. Одговорна институција: Државна комисија за спречавање корупције. Подржава циљ 1 ACIF-а: смањење коруптивних ризика у јавним набавкама кроз отвореност и конкуренцију. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Public procurement integrity pillar (ACIF goal 1), the Public procurement agency committed to introduce conflict-of-interest statements for tender evaluation committees by 30 June 2021. It supports ACIF goal 1: reducing corruption risks in public procurement through openness and competition. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Интегритет јавних набавки“ (ACIF, циљ 1) утврђена је обавеза: увођење изјава о сукобу интереса за комисије за оцену понуда, са роком до 30. јуна 2021. године. Одговорна институција: Агенција за јавне набавке. Подржава циљ 1 ACIF-а: смањење коруптивних ризика у јавним набавкама кроз отвореност и конкуренцију. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Public procurement integrity pillar (ACIF goal 1), the Public procurement agency committed to make electronic procurement mandatory for all contracting authorities by 31 December 2025. It supports ACIF goal 1: reducing corruption risks in public procurement through openness and competition. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Интегритет јавних набавки“ (ACIF, циљ 1) утврђена је обавеза: увођење обавезних електронских набавки за све уговорне органе, са роком до 31. децембра 2025. године. Одговорна институција: Агенција за јавне набавке. Подржава циљ 1 ACIF-а: смањење коруптивних ризика у јавним набавкама кроз отвореност и конкуренцију. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Regional and international cooperation pillar (FATF IO.2, ACIF goal 3), the Financial Intelligence Office committed to agree FIU-to-FIU information exchange memoranda across the region by 30 September 2024. It supports ACIF goal 3: a regional network of specialised prosecutors, law-enforcement agencies and FIUs. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Регионална и међународна сарадња“ (FATF IO.2, ACIF, циљ 3) утврђена је обавеза: закључивање меморандума о размени информација између финансијско-обавештајних јединица у региону, са роком до 30. септембра 2024. године. Одговорна институција: Канцеларија за финансијско-обавештајне послове. Подржава циљ 3 ACIF-а: регионалну мрежу специјализованих тужилаца, агенција за спровођење закона и финансијско-обавештајних јединица. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Regional and international cooperation pillar (FATF IO.2, ACIF goal 3), the Ministry of Justice committed to reduce the time to answer mutual legal assistance requests to 90 days by 30 September 2025. It supports ACIF goal 3: a regional network of specialised prosecutors, law-enforcement agencies and FIUs. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Регионална и међународна сарадња“ (FATF IO.2, ACIF, циљ 3) утврђена је обавеза: скраћивање рока за одговор на захтеве за међународну правну помоћ на 90 дана, са роком до 30. септембра 2025. године. Одговорна институција: Министарство правде. Подржава циљ 3 ACIF-а: регионалну мрежу специјализованих тужилаца, агенција за спровођење закона и финансијско-обавештајних јединица. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Regional and international cooperation pillar (FATF IO.2, ACIF goal 3), the Financial Intelligence Office committed to sign agreements on joint investigation teams with neighbouring jurisdictions by 31 March 2025. It supports ACIF goal 3: a regional network of specialised prosecutors, law-enforcement agencies and FIUs. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Регионална и међународна сарадња“ (FATF IO.2, ACIF, циљ 3) утврђена је обавеза: потписивање споразума о заједничким истражним тимовима са суседним јурисдикцијама, са роком до 31. марта 2025. године. Одговорна институција: Канцеларија за финансијско-обавештајне послове. Подржава циљ 3 ACIF-а: регионалну мрежу специјализованих тужилаца, агенција за спровођење закона и финансијско-обавештајних јединица. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Regional and international cooperation pillar (FATF IO.2, ACIF goal 3), the Ministry of Justice committed to join the regional network of specialised anti-corruption prosecutors by 31 March 2024. It supports ACIF goal 3: a regional network of specialised prosecutors, law-enforcement agencies and FIUs. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Регионална и међународна сарадња“ (FATF IO.2, ACIF, циљ 3) утврђена је обавеза: приступање регионалној мрежи специјализованих антикорупцијских тужилаца, са роком до 31. марта 2024. године. Одговорна институција: Министарство правде. Подржава циљ 3 ACIF-а: регионалну мрежу специјализованих тужилаца, агенција за спровођење закона и финансијско-обавештајних јединица. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Regional and international cooperation pillar (FATF IO.2, ACIF goal 3), the Ministry of Justice committed to publish statistics on incoming and outgoing mutual legal assistance requests by 30 September 2024. It supports ACIF goal 3: a regional network of specialised prosecutors, law-enforcement agencies and FIUs. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Регионална и међународна сарадња“ (FATF IO.2, ACIF, циљ 3) утврђена је обавеза: објављивање статистике о долазним и одлазним захтевима за међународну правну помоћ, са роком до 30. септембра 2024. године. Одговорна институција: Министарство правде. Подржава циљ 3 ACIF-а: регионалну мрежу специјализованих тужилаца, агенција за спровођење закона и финансијско-обавештајних јединица. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Regional and international cooperation pillar (FATF IO.2, ACIF goal 3), the Financial Intelligence Office committed to adopt a protocol on spontaneous information sharing with foreign prosecutors by 30 June 2026. It supports ACIF goal 3: a regional network of specialised prosecutors, law-enforcement agencies and FIUs. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Регионална и међународна сарадња“ (FATF IO.2, ACIF, циљ 3) утврђена је обавеза: усвајање протокола о спонтаној размени информација са страним тужиоцима, са роком до 30. јуна 2026. године. Одговорна институција: Канцеларија за финансијско-обавештајне послове. Подржава циљ 3 ACIF-а: регионалну мрежу специјализованих тужилаца, агенција за спровођење закона и финансијско-обавештајних јединица. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Regional and international cooperation pillar (FATF IO.2, ACIF goal 3), the Financial Intelligence Office committed to introduce electronic transmission of mutual legal assistance requests by 31 December 2024. It supports ACIF goal 3: a regional network of specialised prosecutors, law-enforcement agencies and FIUs. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Регионална и међународна сарадња“ (FATF IO.2, ACIF, циљ 3) утврђена је обавеза: увођење електронског достављања захтева за међународну правну помоћ, са роком до 31. децембра 2024. године. Одговорна институција: Канцеларија за финансијско-обавештајне послове. Подржава циљ 3 ACIF-а: регионалну мрежу специјализованих тужилаца, агенција за спровођење закона и финансијско-обавештајних јединица. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the AML/CFT framework and risk understanding pillar (FATF R.1, IO.1), the Administration for the Prevention of Money Laundering committed to complete a risk assessment of the non-profit sector for terrorist-financing abuse by 31 December 2024. It follows from the national risk assessment and from the recommendations of the last MONEYVAL evaluation. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Оквир за спречавање прања новца и финансирања тероризма и разумевање ризика“ (FATF R.1, IO.1) утврђена је обавеза: израда процене ризика од злоупотребе непрофитног сектора за финансирање тероризма, са роком до 31. децембра 2024. године. Одговорна институција: Управа за спречавање прања новца. Произлази из националне процене ризика и из препорука последње евалуације MONEYVAL-а. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the AML/CFT framework and risk understanding pillar (FATF R.1, IO.1), the Administration for the Prevention of Money Laundering committed to adopt secondary legislation on due diligence for politically exposed persons by 31 March 2024. It follows from the national risk assessment and from the recommendations of the last MONEYVAL evaluation. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Оквир за спречавање прања новца и финансирања тероризма и разумевање ризика“ (FATF R.1, IO.1) утврђена је обавеза: доношење подзаконских аката о дубинској анализи политички изложених лица, са роком до 31. марта 2024. године. Одговорна институција: Управа за спречавање прања новца. Произлази из националне процене ризика и из препорука последње евалуације MONEYVAL-а. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the AML/CFT framework and risk understanding pillar (FATF R.1, IO.1), the Ministry of Finance committed to complete a sectoral risk assessment of virtual asset service providers by 30 June 2023. It follows from the national risk assessment and from the recommendations of the last MONEYVAL evaluation. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Оквир за спречавање прања новца и финансирања тероризма и разумевање ризика“ (FATF R.1, IO.1) утврђена је обавеза: израда секторске процене ризика за пружаоце услуга виртуелне имовине, са роком до 30. јуна 2023. године. Одговорна институција: Министарство финансија. Произлази из националне процене ризика и из препорука последње евалуације MONEYVAL-а. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the AML/CFT framework and risk understanding pillar (FATF R.1, IO.1), the Administration for the Prevention of Money Laundering committed to publish consolidated annual AML/CFT statistics by 31 December 2022. It follows from the national risk assessment and from the recommendations of the last MONEYVAL evaluation. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Оквир за спречавање прања новца и финансирања тероризма и разумевање ризика“ (FATF R.1, IO.1) утврђена је обавеза: објављивање обједињене годишње статистике о СПН/ФТ, са роком до 31. децембра 2022. године. Одговорна институција: Управа за спречавање прања новца. Произлази из националне процене ризика и из препорука последње евалуације MONEYVAL-а. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the AML/CFT framework and risk understanding pillar (FATF R.1, IO.1), the Administration for the Prevention of Money Laundering committed to adopt an updated national money-laundering and terrorist-financing risk assessment by 31 December 2025. It follows from the national risk assessment and from the recommendations of the last MONEYVAL evaluation. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Оквир за спречавање прања новца и финансирања тероризма и разумевање ризика“ (FATF R.1, IO.1) утврђена је обавеза: усвајање ажуриране националне процене ризика од прања новца и финансирања тероризма, са роком до 31. децембра 2025. године. Одговорна институција: Управа за спречавање прања новца. Произлази из националне процене ризика и из препорука последње евалуације MONEYVAL-а. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Financial intelligence pillar (FATF IO.6), the Administration for the Prevention of Money Laundering committed to deploy a new case-management and analysis system at the financial intelligence unit by 30 September 2020. It aims to raise the quality of suspicious transaction reports and the share of disseminations that lead to investigations. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Финансијско-обавештајни рад“ (FATF IO.6) утврђена је обавеза: увођење новог система за управљање предметима и анализу у финансијско-обавештајној јединици, са роком до 30. септембра 2020. године. Одговорна институција: Управа за спречавање прања новца. Циљ је подићи квалитет пријава сумњивих трансакција и удео прослеђених предмета који доводе до истрага. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Financial intelligence pillar (FATF IO.6), the Administration for the Prevention of Money Laundering committed to increase the analytical staff of the financial intelligence unit by 30 June 2025. It aims to raise the quality of suspicious transaction reports and the share of disseminations that lead to investigations. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Финансијско-обавештајни рад“ (FATF IO.6) утврђена је обавеза: повећање броја аналитичара у финансијско-обавештајној јединици, са роком до 30. јуна 2025. године. Одговорна институција: Управа за спречавање прања новца. Циљ је подићи квалитет пријава сумњивих трансакција и удео прослеђених предмета који доводе до истрага. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Financial intelligence pillar (FATF IO.6), the Administration for the Prevention of Money Laundering committed to train real-estate and construction businesses on suspicious transaction reporting by 30 September 2021. It aims to raise the quality of suspicious transaction reports and the share of disseminations that lead to investigations. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Финансијско-обавештајни рад“ (FATF IO.6) утврђена је обавеза: обука субјеката у области некретнина и грађевинарства о пријављивању сумњивих трансакција, са роком до 30. септембра 2021. године. Одговорна институција: Управа за спречавање прања новца. Циљ је подићи квалитет пријава сумњивих трансакција и удео прослеђених предмета који доводе до истрага. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Financial intelligence pillar (FATF IO.6), the Administration for the Prevention of Money Laundering committed to give the financial intelligence unit direct access to tax, cadastre and vehicle registers by 31 December 2025. It aims to raise the quality of suspicious transaction reports and the share of disseminations that lead to investigations. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Финансијско-обавештајни рад“ (FATF IO.6) утврђена је обавеза: омогућавање директног приступа финансијско-обавештајне јединице пореским, катастарским и регистрима возила, са роком до 31. децембра 2025. године. Одговорна институција: Управа за спречавање прања новца. Циљ је подићи квалитет пријава сумњивих трансакција и удео прослеђених предмета који доводе до истрага. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Financial intelligence pillar (FATF IO.6), the Administration for the Prevention of Money Laundering committed to agree feedback procedures on disseminations with the prosecution service by 31 March 2022. It aims to raise the quality of suspicious transaction reports and the share of disseminations that lead to investigations. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Финансијско-обавештајни рад“ (FATF IO.6) утврђена је обавеза: договарање поступака повратне информације о прослеђеним предметима са тужилаштвом, са роком до 31. марта 2022. године. Одговорна институција: Управа за спречавање прања новца. Циљ је подићи квалитет пријава сумњивих трансакција и удео прослеђених предмета који доводе до истрага. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Beneficial ownership transparency pillar (FATF IO.5), the Ministry of Finance committed to connect the beneficial ownership register to the business register by 31 March 2023. Accurate and timely beneficial ownership information lets investigators see who is behind companies used to move illicit funds. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Транспарентност стварног власништва“ (FATF IO.5) утврђена је обавеза: повезивање регистра стварних власника са регистром пословних субјеката, са роком до 31. марта 2023. године. Одговорна институција: Министарство финансија. Тачни и благовремени подаци о стварном власништву омогућавају истражитељима да виде ко стоји иза друштава која се користе за пренос незаконитих средстава. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Beneficial ownership transparency pillar (FATF IO.5), the Ministry of Finance committed to establish a central register of beneficial owners by 31 December 2024. Accurate and timely beneficial ownership information lets investigators see who is behind companies used to move illicit funds. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Транспарентност стварног власништва“ (FATF IO.5) утврђена је обавеза: успостављање централног регистра стварних власника, са роком до 31. децембра 2024. године. Одговорна институција: Министарство финансија. Тачни и благовремени подаци о стварном власништву омогућавају истражитељима да виде ко стоји иза друштава која се користе за пренос незаконитих средстава. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Beneficial ownership transparency pillar (FATF IO.5), the Business registry committed to remove bearer shares and nominee arrangements from company law by 30 September 2021. Accurate and timely beneficial ownership information lets investigators see who is behind companies used to move illicit funds. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Транспарентност стварног власништва“ (FATF IO.5) утврђена је обавеза: укидање акција на доносиоца и номиналних аранжмана у закону о привредним друштвима, са роком до 30. септембра 2021. године. Одговорна институција: Регистар пословних субјеката. Тачни и благовремени подаци о стварном власништву омогућавају истражитељима да виде ко стоји иза друштава која се користе за пренос незаконитих средстава. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Beneficial ownership transparency pillar (FATF IO.5), the Administration for the Prevention of Money Laundering committed to give obliged entities electronic access to the beneficial ownership register by 30 June 2021. Accurate and timely beneficial ownership information lets investigators see who is behind companies used to move illicit funds. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Транспарентност стварног власништва“ (FATF IO.5) утврђена је обавеза: омогућавање електронског приступа обвезника регистру стварних власника, са роком до 30. јуна 2021. године. Одговорна институција: Управа за спречавање прања новца. Тачни и благовремени подаци о стварном власништву омогућавају истражитељима да виде ко стоји иза друштава која се користе за пренос незаконитих средстава. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Beneficial ownership transparency pillar (FATF IO.5), the Ministry of Finance committed to introduce sanctions for failure to register or update beneficial ownership by 30 June 2023. Accurate and timely beneficial ownership information lets investigators see who is behind companies used to move illicit funds. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Транспарентност стварног власништва“ (FATF IO.5) утврђена је обавеза: увођење санкција за неуписивање или неажурирање података о стварном власништву, са роком до 30. јуна 2023. године. Одговорна институција: Министарство финансија. Тачни и благовремени подаци о стварном власништву омогућавају истражитељима да виде ко стоји иза друштава која се користе за пренос незаконитих средстава. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Money-laundering investigation and prosecution pillar (FATF IO.7), the Police economic crime unit committed to adopt a money-laundering investigation and prosecution strategy by 31 March 2025. It aims to move from predicate-offence cases to stand-alone money-laundering prosecutions ending in final convictions. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Истрага и кривично гоњење прања новца“ (FATF IO.7) утврђена је обавеза: усвајање стратегије истраге и кривичног гоњења прања новца, са роком до 31. марта 2025. године. Одговорна институција: Полицијска јединица за привредни криминал. Циљ је прећи са предмета предикатних кривичних дела на самостално кривично гоњење прања новца које завршава правоснажним осуђујућим пресудама. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Money-laundering investigation and prosecution pillar (FATF IO.7), the State Prosecutor’s Office committed to establish a specialised financial investigations unit within the police by 30 September 2023. It aims to move from predicate-offence cases to stand-alone money-laundering prosecutions ending in final convictions. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Истрага и кривично гоњење прања новца“ (FATF IO.7) утврђена је обавеза: оснивање специјализоване јединице за финансијске истраге у полицији, са роком до 30. септембра 2023. године. Одговорна институција: Државно тужилаштво. Циљ је прећи са предмета предикатних кривичних дела на самостално кривично гоњење прања новца које завршава правоснажним осуђујућим пресудама. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Money-laundering investigation and prosecution pillar (FATF IO.7), the Ministry of Justice committed to set up a joint task force of prosecutors, police, tax and customs officials by 31 March 2021. It aims to move from predicate-offence cases to stand-alone money-laundering prosecutions ending in final convictions. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Истрага и кривично гоњење прања новца“ (FATF IO.7) утврђена је обавеза: формирање заједничке радне групе тужилаца, полиције, пореских и царинских службеника, са роком до 31. марта 2021. године. Одговорна институција: Министарство правде. Циљ је прећи са предмета предикатних кривичних дела на самостално кривично гоњење прања новца које завршава правоснажним осуђујућим пресудама. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Money-laundering investigation and prosecution pillar (FATF IO.7), the State Prosecutor’s Office committed to review sentencing practice in money-laundering cases by 31 March 2025. It aims to move from predicate-offence cases to stand-alone money-laundering prosecutions ending in final convictions. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Истрага и кривично гоњење прања новца“ (FATF IO.7) утврђена је обавеза: преиспитивање казнене политике у предметима прања новца, са роком до 31. марта 2025. године. Одговорна институција: Државно тужилаштво. Циљ је прећи са предмета предикатних кривичних дела на самостално кривично гоњење прања новца које завршава правоснажним осуђујућим пресудама. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Money-laundering investigation and prosecution pillar (FATF IO.7), the State Prosecutor’s Office committed to train judges and prosecutors on proving money laundering from circumstantial evidence by 31 March 2022. It aims to move from predicate-offence cases to stand-alone money-laundering prosecutions ending in final convictions. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Истрага и кривично гоњење прања новца“ (FATF IO.7) утврђена је обавеза: обука судија и тужилаца о доказивању прања новца на основу посредних доказа, са роком до 31. марта 2022. године. Одговорна институција: Државно тужилаштво. Циљ је прећи са предмета предикатних кривичних дела на самостално кривично гоњење прања новца које завршава правоснажним осуђујућим пресудама. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Asset recovery pillar (FATF IO.8), the State Prosecutor’s Office committed to establish a central register of seized and confiscated assets by 31 March 2024. It aims to ensure that crime does not pay: proceeds are traced early, frozen quickly and confiscated after a final judgment. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Поврат имовине“ (FATF IO.8) утврђена је обавеза: успостављање централног регистра привремено одузете и одузете имовине, са роком до 31. марта 2024. године. Одговорна институција: Државно тужилаштво. Циљ је обезбедити да се криминал не исплати: имовинска корист се рано открива, брзо замрзава и одузима након правоснажне пресуде. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Asset recovery pillar (FATF IO.8), the Ministry of Justice committed to publish annual statistics on frozen, seized and confiscated assets by 31 March 2021. It aims to ensure that crime does not pay: proceeds are traced early, frozen quickly and confiscated after a final judgment. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Поврат имовине“ (FATF IO.8) утврђена је обавеза: објављивање годишње статистике о замрзнутој, привремено одузетој и одузетој имовини, са роком до 31. марта 2021. године. Одговорна институција: Министарство правде. Циљ је обезбедити да се криминал не исплати: имовинска корист се рано открива, брзо замрзава и одузима након правоснажне пресуде. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Asset recovery pillar (FATF IO.8), the Asset management office committed to introduce the social re-use of confiscated property by 30 June 2022. It aims to ensure that crime does not pay: proceeds are traced early, frozen quickly and confiscated after a final judgment. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Поврат имовине“ (FATF IO.8) утврђена је обавеза: увођење друштвене поновне употребе одузете имовине, са роком до 30. јуна 2022. године. Одговорна институција: Канцеларија за управљање одузетом имовином. Циљ је обезбедити да се криминал не исплати: имовинска корист се рано открива, брзо замрзава и одузима након правоснажне пресуде. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Asset recovery pillar (FATF IO.8), the Asset management office committed to introduce non-conviction-based confiscation by 30 June 2026. It aims to ensure that crime does not pay: proceeds are traced early, frozen quickly and confiscated after a final judgment. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Поврат имовине“ (FATF IO.8) утврђена је обавеза: увођење одузимања имовине без осуђујуће пресуде, са роком до 30. јуна 2026. године. Одговорна институција: Канцеларија за управљање одузетом имовином. Циљ је обезбедити да се криминал не исплати: имовинска корист се рано открива, брзо замрзава и одузима након правоснажне пресуде. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Asset recovery pillar (FATF IO.8), the State Prosecutor’s Office committed to adopt rules on the management and sale of seized assets by 31 March 2025. It aims to ensure that crime does not pay: proceeds are traced early, frozen quickly and confiscated after a final judgment. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Поврат имовине“ (FATF IO.8) утврђена је обавеза: доношење правила о управљању привремено одузетом имовином и њеној продаји, са роком до 31. марта 2025. године. Одговорна институција: Државно тужилаштво. Циљ је обезбедити да се криминал не исплати: имовинска корист се рано открива, брзо замрзава и одузима након правоснажне пресуде. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Asset recovery pillar (FATF IO.8), the Ministry of Justice committed to adopt a law on extended confiscation by 31 March 2023. It aims to ensure that crime does not pay: proceeds are traced early, frozen quickly and confiscated after a final judgment. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Поврат имовине“ (FATF IO.8) утврђена је обавеза: доношење закона о проширеном одузимању имовине, са роком до 31. марта 2023. године. Одговорна институција: Министарство правде. Циљ је обезбедити да се криминал не исплати: имовинска корист се рано открива, брзо замрзава и одузима након правоснажне пресуде. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Asset recovery pillar (FATF IO.8), the Asset management office committed to designate contact points in the regional asset recovery network by 31 December 2024. It aims to ensure that crime does not pay: proceeds are traced early, frozen quickly and confiscated after a final judgment. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Поврат имовине“ (FATF IO.8) утврђена је обавеза: одређивање контакт-тачака у регионалној мрежи за поврат имовине, са роком до 31. децембра 2024. године. Одговорна институција: Канцеларија за управљање одузетом имовином. Циљ је обезбедити да се криминал не исплати: имовинска корист се рано открива, брзо замрзава и одузима након правоснажне пресуде. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Asset declarations and conflict of interest pillar (ACIF goal 2), the Agency for Prevention of Corruption committed to give the anti-corruption agency access to bank, tax and property registers by 30 June 2025. It supports ACIF goal 2: credible asset-declaration and conflict-of-interest systems with real verification. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Имовински картони и сукоб интереса“ (ACIF, циљ 2) утврђена је обавеза: омогућавање приступа антикорупцијске агенције банковним, пореским и имовинским регистрима, са роком до 30. јуна 2025. године. Одговорна институција: Агенција за спречавање корупције. Подржава циљ 2 ACIF-а: веродостојне системе имовинских картона и сукоба интереса са стварном провером. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Asset declarations and conflict of interest pillar (ACIF goal 2), the Agency for Prevention of Corruption committed to introduce a lifestyle-check methodology for verification by 30 June 2022. It supports ACIF goal 2: credible asset-declaration and conflict-of-interest systems with real verification. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Имовински картони и сукоб интереса“ (ACIF, циљ 2) утврђена је обавеза: увођење методологије провере животног стандарда за потребе провере имовинских картона, са роком до 30. јуна 2022. године. Одговорна институција: Агенција за спречавање корупције. Подржава циљ 2 ACIF-а: веродостојне системе имовинских картона и сукоба интереса са стварном провером. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Asset declarations and conflict of interest pillar (ACIF goal 2), the Agency for Prevention of Corruption committed to publish annual reports on verification results and sanctions by 31 March 2023. It supports ACIF goal 2: credible asset-declaration and conflict-of-interest systems with real verification. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Имовински картони и сукоб интереса“ (ACIF, циљ 2) утврђена је обавеза: објављивање годишњих извештаја о резултатима провера и санкцијама, са роком до 31. марта 2023. године. Одговорна институција: Агенција за спречавање корупције. Подржава циљ 2 ACIF-а: веродостојне системе имовинских картона и сукоба интереса са стварном провером. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Asset declarations and conflict of interest pillar (ACIF goal 2), the Agency for Prevention of Corruption committed to regulate gifts and post-employment restrictions for public officials by 31 December 2024. It supports ACIF goal 2: credible asset-declaration and conflict-of-interest systems with real verification. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Имовински картони и сукоб интереса“ (ACIF, циљ 2) утврђена је обавеза: уређивање поклона и ограничења након престанка функције за јавне функционере, са роком до 31. децембра 2024. године. Одговорна институција: Агенција за спречавање корупције. Подржава циљ 2 ACIF-а: веродостојне системе имовинских картона и сукоба интереса са стварном провером. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Asset declarations and conflict of interest pillar (ACIF goal 2), the Agency for Prevention of Corruption committed to adopt rules on conflict of interest in local government by 31 December 2023. It supports ACIF goal 2: credible asset-declaration and conflict-of-interest systems with real verification. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Имовински картони и сукоб интереса“ (ACIF, циљ 2) утврђена је обавеза: доношење правила о сукобу интереса у локалној самоуправи, са роком до 31. децембра 2023. године. Одговорна институција: Агенција за спречавање корупције. Подржава циљ 2 ACIF-а: веродостојне системе имовинских картона и сукоба интереса са стварном провером. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Asset declarations and conflict of interest pillar (ACIF goal 2), the Agency for Prevention of Corruption committed to extend declaration duties to family members of senior officials by 30 June 2024. It supports ACIF goal 2: credible asset-declaration and conflict-of-interest systems with real verification. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Имовински картони и сукоб интереса“ (ACIF, циљ 2) утврђена је обавеза: проширивање обавезе пријављивања имовине на чланове породица високих функционера, са роком до 30. јуна 2024. године. Одговорна институција: Агенција за спречавање корупције. Подржава циљ 2 ACIF-а: веродостојне системе имовинских картона и сукоба интереса са стварном провером. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Asset declarations and conflict of interest pillar (ACIF goal 2), the Agency for Prevention of Corruption committed to introduce risk-based verification of asset declarations by 31 December 2023. It supports ACIF goal 2: credible asset-declaration and conflict-of-interest systems with real verification. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Имовински картони и сукоб интереса“ (ACIF, циљ 2) утврђена је обавеза: увођење провере имовинских картона засноване на ризику, са роком до 31. децембра 2023. године. Одговорна институција: Агенција за спречавање корупције. Подржава циљ 2 ACIF-а: веродостојне системе имовинских картона и сукоба интереса са стварном провером. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Asset declarations and conflict of interest pillar (ACIF goal 2), the Agency for Prevention of Corruption committed to introduce sanctions for false or incomplete asset declarations by 31 March 2022. It supports ACIF goal 2: credible asset-declaration and conflict-of-interest systems with real verification. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Имовински картони и сукоб интереса“ (ACIF, циљ 2) утврђена је обавеза: увођење санкција за лажне или непотпуне имовинске картоне, са роком до 31. марта 2022. године. Одговорна институција: Агенција за спречавање корупције. Подржава циљ 2 ACIF-а: веродостојне системе имовинских картона и сукоба интереса са стварном провером. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Public procurement integrity pillar (ACIF goal 1), the Agency for Prevention of Corruption committed to publish annual procurement monitoring reports by 30 September 2023. It supports ACIF goal 1: reducing corruption risks in public procurement through openness and competition. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Интегритет јавних набавки“ (ACIF, циљ 1) утврђена је обавеза: објављивање годишњих извештаја о праћењу јавних набавки, са роком до 30. септембра 2023. године. Одговорна институција: Агенција за спречавање корупције. Подржава циљ 1 ACIF-а: смањење коруптивних ризика у јавним набавкама кроз отвореност и конкуренцију. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Public procurement integrity pillar (ACIF goal 1), the Public procurement agency committed to publish all procurement contracts and amendments as open data by 30 June 2023. It supports ACIF goal 1: reducing corruption risks in public procurement through openness and competition. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Интегритет јавних набавки“ (ACIF, циљ 1) утврђена је обавеза: објављивање свих уговора о набавкама и њихових измена као отворених података, са роком до 30. јуна 2023. године. Одговорна институција: Агенција за јавне набавке. Подржава циљ 1 ACIF-а: смањење коруптивних ризика у јавним набавкама кроз отвореност и конкуренцију. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Public procurement integrity pillar (ACIF goal 1), the Agency for Prevention of Corruption committed to restrict negotiated procedures without prior publication by 31 March 2025. It supports ACIF goal 1: reducing corruption risks in public procurement through openness and competition. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Интегритет јавних набавки“ (ACIF, циљ 1) утврђена је обавеза: ограничавање преговарачких поступака без претходне објаве, са роком до 31. марта 2025. године. Одговорна институција: Агенција за спречавање корупције. Подржава циљ 1 ACIF-а: смањење коруптивних ризика у јавним набавкама кроз отвореност и конкуренцију. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Public procurement integrity pillar (ACIF goal 1), the Agency for Prevention of Corruption committed to adopt a new public procurement law aligned with the EU directives by 30 September 2022. It supports ACIF goal 1: reducing corruption risks in public procurement through openness and competition. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Интегритет јавних набавки“ (ACIF, циљ 1) утврђена је обавеза: доношење новог закона о јавним набавкама усклађеног са директивама ЕУ, са роком до 30. септембра 2022. године. Одговорна институција: Агенција за спречавање корупције. Подржава циљ 1 ACIF-а: смањење коруптивних ризика у јавним набавкама кроз отвореност и конкуренцију. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Public procurement integrity pillar (ACIF goal 1), the Agency for Prevention of Corruption committed to make electronic procurement mandatory for all contracting authorities by 30 September 2024. It supports ACIF goal 1: reducing corruption risks in public procurement through openness and competition. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Интегритет јавних набавки“ (ACIF, циљ 1) утврђена је обавеза: увођење обавезних електронских набавки за све уговорне органе, са роком до 30. септембра 2024. године. Одговорна институција: Агенција за спречавање корупције. Подржава циљ 1 ACIF-а: смањење коруптивних ризика у јавним набавкама кроз отвореност и конкуренцију. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Public procurement integrity pillar (ACIF goal 1), the Agency for Prevention of Corruption committed to train contracting authorities on integrity in procurement by 30 June 2022. It supports ACIF goal 1: reducing corruption risks in public procurement through openness and competition. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Интегритет јавних набавки“ (ACIF, циљ 1) утврђена је обавеза: обука уговорних органа о интегритету у јавним набавкама, са роком до 30. јуна 2022. године. Одговорна институција: Агенција за спречавање корупције. Подржава циљ 1 ACIF-а: смањење коруптивних ризика у јавним набавкама кроз отвореност и конкуренцију. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Public procurement integrity pillar (ACIF goal 1), the Public procurement agency committed to establish an independent review body for procurement complaints by 31 December 2020. It supports ACIF goal 1: reducing corruption risks in public procurement through openness and competition. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Интегритет јавних набавки“ (ACIF, циљ 1) утврђена је обавеза: оснивање независног тела за разматрање жалби у јавним набавкама, са роком до 31. децембра 2020. године. Одговорна институција: Агенција за јавне набавке. Подржава циљ 1 ACIF-а: смањење коруптивних ризика у јавним набавкама кроз отвореност и конкуренцију. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Public procurement integrity pillar (ACIF goal 1), the Agency for Prevention of Corruption committed to require beneficial ownership declarations from bidders by 30 June 2025. It supports ACIF goal 1: reducing corruption risks in public procurement through openness and competition. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Интегритет јавних набавки“ (ACIF, циљ 1) утврђена је обавеза: увођење обавезе понуђача да пријаве стварне власнике, са роком до 30. јуна 2025. године. Одговорна институција: Агенција за спречавање корупције. Подржава циљ 1 ACIF-а: смањење коруптивних ризика у јавним набавкама кроз отвореност и конкуренцију. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Under the Regional and international cooperation pillar (FATF IO.2, ACIF goal 3), the Administration for the Prevention of Money Laundering committed to publish statistics on incoming and outgoing mutual legal assistance requests by 30 September 2022. It supports ACIF goal 3: a regional network of specialised prosecutors, law-enforcement agencies and FIUs. Status is reported at the end of each half-year to the national roadmap coordinator. Illustrative data.':
    'У оквиру стуба „Регионална и међународна сарадња“ (FATF IO.2, ACIF, циљ 3) утврђена је обавеза: објављивање статистике о долазним и одлазним захтевима за међународну правну помоћ, са роком до 30. септембра 2022. године. Одговорна институција: Управа за спречавање прања новца. Подржава циљ 3 ACIF-а: регионалну мрежу специјализованих тужилаца, агенција за спровођење закона и финансијско-обавештајних јединица. Статус се извештава националном координатору мапе пута на крају сваког полугодишта. Илустративни подаци.',
  'Draft prepared and sent for public consultation':
    'Нацрт припремљен и упућен у јавне консултације',
  'Final report published':
    'Објављен завршни извештај',
  'Working group set up':
    'Формирана радна група',
  'Terms of reference agreed with donors':
    'Пројектни задатак усаглашен са донаторима',
  'System in production since the end of the period':
    'Систем у раду од краја периода',
  'Technical assistance from an EU-funded project under way':
    'У току техничка помоћ пројекта који финансира ЕУ',
  'Added with the ACIF Roadmap adopted in Ohrid on 25 June 2021':
    'Уврштено са Мапом пута ACIF усвојеном у Охриду 25. јуна 2021. године',
  'Draft submitted to the government':
    'Нацрт достављен влади',
  'Delayed by early elections':
    'Одложено због превремених избора',
  'Superseded by the new national strategy':
    'Замењено новом националном стратегијом',
  'Draft returned for revision after public consultation':
    'Нацрт враћен на дораду након јавних консултација',
  'Adopted by the government':
    'Усвојила влада',
  'Adopted by parliament and published in the Official Gazette':
    'Усвојио парламент и објављено у службеном гласнику',
  'Funding not yet secured':
    'Финансирање још није обезбеђено',
  'Awaiting parliamentary procedure':
    'Чека парламентарну процедуру',
  'Withdrawn after a change of the legal framework':
    'Повучено након промене правног оквира',
  'Merged into another commitment under the same pillar':
    'Спојено са другом обавезом у истом стубу',
  'Half-yearly progress report, 2019-H2':
    'Полугодишњи извештај о напретку, 2019-H2',
  'Decision to complete a sectoral risk assessment of virtual asset service providers':
    'Одлука о изради секторске процене ризика за пружаоце услуга виртуелне имовине',
  'Law on the Prevention of Money Laundering and Terrorist Financing (amendments)':
    'Закон о спречавању прања новца и финансирања тероризма (измене и допуне)',
  'Official Gazette':
    'Службени гласник',
  'Minutes of the national coordination meeting, 2025-H1':
    'Записник са националног координационог састанка, 2025-H1',
  'National roadmap coordinator':
    'Национални координатор мапе пута',
  'AML/CFT framework statistics 2025':
    'Статистички подаци: Оквир за СПН/ФТ (2025)',
  'Half-yearly progress report, 2021-H1':
    'Полугодишњи извештај о напретку, 2021-H1',
  'Half-yearly progress report, 2022-H1':
    'Полугодишњи извештај о напретку, 2022-H1',
  'Press release: progress on financial intelligence':
    'Саопштење за јавност: напредак у области „Финансијско-обавештајни рад“',
  'Minutes of the national coordination meeting, 2024-H1':
    'Записник са националног координационог састанка, 2024-H1',
  'Minutes of the national coordination meeting, 2021-H2':
    'Записник са националног координационог састанка, 2021-H2',
  'Decision to sign memoranda on information exchange with law-enforcement agencies':
    'Одлука о потписивању меморандума о размени информација са агенцијама за спровођење закона',
  'Law on the Central Register of Beneficial Owners':
    'Закон о централном регистру стварних власника',
  'Decision to publish an annual report on the accuracy of beneficial ownership data':
    'Одлука о објављивању годишњег извештаја о тачности података о стварном власништву',
  'Press release: progress on beneficial ownership':
    'Саопштење за јавност: напредак у области „Стварно власништво“',
  'Decision to require banks and notaries to report discrepancies to the register':
    'Одлука о увођењу обавезе банака и нотара да регистру пријављују неусклађености',
  'Decision to introduce sanctions for failure to register or update beneficial ownership':
    'Одлука о увођењу санкција за неуписивање или неажурирање података о стварном власништву',
  'Press release: progress on mL prosecution':
    'Саопштење за јавност: напредак у области „Гоњење прања новца“',
  'Half-yearly progress report, 2023-H1':
    'Полугодишњи извештај о напретку, 2023-H1',
  'Minutes of the national coordination meeting, 2024-H2':
    'Записник са националног координационог састанка, 2024-H2',
  'Decision to introduce an electronic case-management system linking police and prosecution':
    'Одлука о увођењу електронског система за управљање предметима који повезује полицију и тужилаштво',
  'Minutes of the national coordination meeting, 2022-H2':
    'Записник са националног координационог састанка, 2022-H2',
  'Asset recovery statistics 2026':
    'Статистички подаци: Поврат имовине (2026)',
  'Press release: progress on asset recovery':
    'Саопштење за јавност: напредак у области „Поврат имовине“',
  'Decision to introduce the social re-use of confiscated property':
    'Одлука о увођењу друштвене поновне употребе одузете имовине',
  'Press release: progress on asset declarations':
    'Саопштење за јавност: напредак у области „Имовински картони“',
  'Asset declarations statistics 2021':
    'Статистички подаци: Имовински картони (2021)',
  'Decision to introduce sanctions for false or incomplete asset declarations':
    'Одлука о увођењу санкција за лажне или непотпуне имовинске картоне',
  'Decision to introduce a lifestyle-check methodology for verification':
    'Одлука о увођењу методологије провере животног стандарда за потребе провере имовинских картона',
  'Law on the Declaration of Assets and Interests of Public Officials':
    'Закон о пријављивању имовине и интереса јавних функционера',
  'Decision to publish annual procurement monitoring reports':
    'Одлука о објављивању годишњих извештаја о праћењу јавних набавки',
  'Press release: progress on public procurement':
    'Саопштење за јавност: напредак у области „Јавне набавке“',
  'Half-yearly progress report, 2024-H1':
    'Полугодишњи извештај о напретку, 2024-H1',
  'Half-yearly progress report, 2021-H2':
    'Полугодишњи извештај о напретку, 2021-H2',
  'Public procurement statistics 2022':
    'Статистички подаци: Јавне набавке (2022)',
  'Half-yearly progress report, 2026-H1':
    'Полугодишњи извештај о напретку, 2026-H1',
  'Half-yearly progress report, 2025-H1':
    'Полугодишњи извештај о напретку, 2025-H1',
  'Minutes of the national coordination meeting, 2025-H2':
    'Записник са националног координационог састанка, 2025-H2',
  'Law on International Legal Assistance in Criminal Matters':
    'Закон о међународној правној помоћи у кривичним стварима',
  'Decision to join the regional network of specialised anti-corruption prosecutors':
    'Одлука о приступању регионалној мрежи специјализованих антикорупцијских тужилаца',
  'Press release: progress on regional cooperation':
    'Саопштење за јавност: напредак у области „Регионална сарадња“',
  'Decision to adopt an updated national money-laundering and terrorist-financing risk assessment':
    'Одлука о усвајању ажуриране националне процене ризика од прања новца и финансирања тероризма',
  'Minutes of the national coordination meeting, 2026-H1':
    'Записник са националног координационог састанка, 2026-H1',
  'Decision to introduce risk-based supervision of casinos and games of chance':
    'Одлука о увођењу надзора казина и игара на срећу заснованог на ризику',
  'Decision to adopt an action plan addressing the findings of the national risk assessment':
    'Одлука о усвајању акционог плана за отклањање налаза националне процене ризика',
  'Half-yearly progress report, 2025-H2':
    'Полугодишњи извештај о напретку, 2025-H2',
  'Decision to increase the analytical staff of the financial intelligence unit':
    'Одлука о повећању броја аналитичара у финансијско-обавештајној јединици',
  'Half-yearly progress report, 2022-H2':
    'Полугодишњи извештај о напретку, 2022-H2',
  'Half-yearly progress report, 2020-H1':
    'Полугодишњи извештај о напретку, 2020-H1',
  'Decision to give obliged entities electronic access to the beneficial ownership register':
    'Одлука о омогућавању електронског приступа обвезника регистру стварних власника',
  'ML prosecution statistics 2022':
    'Статистички подаци: Гоњење прања новца (2022)',
  'Decision to establish a specialised financial investigations unit within the police':
    'Одлука о оснивању специјализоване јединице за финансијске истраге у полицији',
  'ML prosecution statistics 2024':
    'Статистички подаци: Гоњење прања новца (2024)',
  'Minutes of the national coordination meeting, 2023-H1':
    'Записник са националног координационог састанка, 2023-H1',
  'Criminal Code (amendments on money laundering)':
    'Кривични закон (измене и допуне о прању новца)',
  'Decision to adopt a money-laundering investigation and prosecution strategy':
    'Одлука о усвајању стратегије истраге и кривичног гоњења прања новца',
  'Decision to adopt a law on extended confiscation':
    'Одлука о доношењу закона о проширеном одузимању имовине',
  'Half-yearly progress report, 2023-H2':
    'Полугодишњи извештај о напретку, 2023-H2',
  'Asset recovery statistics 2025':
    'Статистички подаци: Поврат имовине (2025)',
  'Decision to designate contact points in the regional asset recovery network':
    'Одлука о одређивању контакт-тачака у регионалној мрежи за поврат имовине',
  'Half-yearly progress report, 2024-H2':
    'Полугодишњи извештај о напретку, 2024-H2',
  'Decision to adopt rules on conflict of interest in local government':
    'Одлука о доношењу правила о сукобу интереса у локалној самоуправи',
  'Asset declarations statistics 2026':
    'Статистички подаци: Имовински картони (2026)',
  'Decision to make electronic procurement mandatory for all contracting authorities':
    'Одлука о увођењу обавезних електронских набавки за све уговорне органе',
  'Minutes of the national coordination meeting, 2023-H2':
    'Записник са националног координационог састанка, 2023-H2',
  'Regional cooperation statistics 2022':
    'Статистички подаци: Регионална сарадња (2022)',
  'AML/CFT framework statistics 2020':
    'Статистички подаци: Оквир за СПН/ФТ (2020)',
  'Decision to adopt secondary legislation on due diligence for politically exposed persons':
    'Одлука о доношењу подзаконских аката о дубинској анализи политички изложених лица',
  'Press release: progress on aML/CFT framework':
    'Саопштење за јавност: напредак у области „Оквир за СПН/ФТ“',
  'AML/CFT framework statistics 2022':
    'Статистички подаци: Оквир за СПН/ФТ (2022)',
  'Financial intelligence statistics 2022':
    'Статистички подаци: Финансијско-обавештајни рад (2022)',
  'Financial intelligence statistics 2026':
    'Статистички подаци: Финансијско-обавештајни рад (2026)',
  'Financial intelligence statistics 2019':
    'Статистички подаци: Финансијско-обавештајни рад (2019)',
  'Rulebook on reporting suspicious transactions':
    'Правилник о пријављивању сумњивих трансакција',
  'Decision to introduce verification of beneficial ownership information at registration':
    'Одлука о увођењу провере података о стварном власништву при регистрацији',
  'Beneficial ownership statistics 2026':
    'Статистички подаци: Стварно власништво (2026)',
  'Minutes of the national coordination meeting, 2022-H1':
    'Записник са националног координационог састанка, 2022-H1',
  'Decision to make parallel financial investigations mandatory in organised crime and corruption cases':
    'Одлука о увођењу обавезних паралелних финансијских истрага у предметима организованог криминала и корупције',
  'Decision to issue prosecutorial guidelines on stand-alone money-laundering cases':
    'Одлука о издавању тужилачких смерница о самосталним предметима прања новца',
  'Decision to establish an asset recovery office':
    'Одлука о оснивању канцеларије за поврат имовине',
  'Half-yearly progress report, 2020-H2':
    'Полугодишњи извештај о напретку, 2020-H2',
  'Decision to establish a central register of seized and confiscated assets':
    'Одлука о успостављању централног регистра привремено одузете и одузете имовине',
  'Law on the Seizure and Confiscation of Proceeds of Crime':
    'Закон о одузимању имовинске користи прибављене кривичним делом',
  'Asset declarations statistics 2024':
    'Статистички подаци: Имовински картони (2024)',
  'Decision to introduce electronic submission of asset declarations':
    'Одлука о увођењу електронског подношења имовинских картона',
  'Asset declarations statistics 2025':
    'Статистички подаци: Имовински картони (2025)',
  'Decision to introduce red-flag analysis of tenders to detect corruption risks':
    'Одлука о увођењу анализе индикатора упозорења у тендерима ради откривања коруптивних ризика',
  'Minutes of the national coordination meeting, 2020-H1':
    'Записник са националног координационог састанка, 2020-H1',
  'AML/CFT framework statistics 2023':
    'Статистички подаци: Оквир за СПН/ФТ (2023)',
  'Financial intelligence statistics 2025':
    'Статистички подаци: Финансијско-обавештајни рад (2025)',
  'Financial intelligence statistics 2024':
    'Статистички подаци: Финансијско-обавештајни рад (2024)',
  'Decision to give the financial intelligence unit direct access to tax, cadastre and vehicle registers':
    'Одлука о омогућавању директног приступа финансијско-обавештајне јединице пореским, катастарским и регистрима возила',
  'Decision to remove bearer shares and nominee arrangements from company law':
    'Одлука о укидању акција на доносиоца и номиналних аранжмана у закону о привредним друштвима',
  'Beneficial ownership statistics 2021':
    'Статистички подаци: Стварно власништво (2021)',
  'Decision to publish statistics on money-laundering indictments and convictions':
    'Одлука о објављивању статистике о оптужницама и осуђујућим пресудама за прање новца',
  'Decision to review sentencing practice in money-laundering cases':
    'Одлука о преиспитивању казнене политике у предметима прања новца',
  'Decision to adopt rules on the management and sale of seized assets':
    'Одлука о доношењу правила о управљању привремено одузетом имовином и њеној продаји',
  'Decision to restrict negotiated procedures without prior publication':
    'Одлука о ограничавању преговарачких поступака без претходне објаве',
  'Public procurement statistics 2024':
    'Статистички подаци: Јавне набавке (2024)',
  'Law on Public Procurement':
    'Закон о јавним набавкама',
  'Decision to reduce the time to answer mutual legal assistance requests to 90 days':
    'Одлука о скраћивању рока за одговор на захтеве за међународну правну помоћ на 90 дана',
  'Decision to publish statistics on incoming and outgoing mutual legal assistance requests':
    'Одлука о објављивању статистике о долазним и одлазним захтевима за међународну правну помоћ',
  'Decision to agree FIU-to-FIU information exchange memoranda across the region':
    'Одлука о закључивању меморандума о размени информација између финансијско-обавештајних јединица у региону',
  'Decision to second a liaison officer to the regional law-enforcement cooperation network':
    'Одлука о упућивању официра за везу у регионалну мрежу за сарадњу органа за спровођење закона',
  'Regional cooperation statistics 2024':
    'Статистички подаци: Регионална сарадња (2024)',
  'Decision to hold joint training with the region’s financial intelligence units':
    'Одлука о одржавању заједничких обука са финансијско-обавештајним јединицама из региона',
  'Decision to publish consolidated annual AML/CFT statistics':
    'Одлука о објављивању обједињене годишње статистике о СПН/ФТ',
  'Decision to introduce AML/CFT supervision of lawyers, notaries and accountants':
    'Одлука о увођењу надзора адвоката, нотара и рачуновођа у области СПН/ФТ',
  'Decision to issue typologies and red-flag guidance to reporting entities':
    'Одлука о издавању типологија и смерница о индикаторима упозорења за обвезнике',
  'Decision to agree feedback procedures on disseminations with the prosecution service':
    'Одлука о договарању поступака повратне информације о прослеђеним предметима са тужилаштвом',
  'Decision to introduce electronic reporting of cash transactions above EUR 10,000':
    'Одлука о увођењу електронског пријављивања готовинских трансакција изнад 10.000 EUR',
  'Decision to register the beneficial owners of trusts and similar legal arrangements':
    'Одлука о уписивању стварних власника трустова и сличних правних аранжмана',
  'Beneficial ownership statistics 2024':
    'Статистички подаци: Стварно власништво (2024)',
  'Decision to connect the beneficial ownership register to the business register':
    'Одлука о повезивању регистра стварних власника са регистром пословних субјеката',
  'Decision to amend the criminal code to cover self-laundering':
    'Одлука о измени кривичног закона ради обухватања самопрања новца',
  'ML prosecution statistics 2021':
    'Статистички подаци: Гоњење прања новца (2021)',
  'Decision to train prosecutors on financial investigations for asset recovery':
    'Одлука о обуци тужилаца о финансијским истрагама ради поврата имовине',
  'Decision to publish annual statistics on frozen, seized and confiscated assets':
    'Одлука о објављивању годишње статистике о замрзнутој, привремено одузетој и одузетој имовини',
  'Decision to give the anti-corruption agency access to bank, tax and property registers':
    'Одлука о омогућавању приступа антикорупцијске агенције банковним, пореским и имовинским регистрима',
  'Asset declarations statistics 2020':
    'Статистички подаци: Имовински картони (2020)',
  'Decision to publish the asset declarations of senior officials online':
    'Одлука о објављивању имовинских картона високих функционера на интернету',
  'Decision to establish an independent review body for procurement complaints':
    'Одлука о оснивању независног тела за разматрање жалби у јавним набавкама',
  'Decision to introduce conflict-of-interest statements for tender evaluation committees':
    'Одлука о увођењу изјава о сукобу интереса за комисије за оцену понуда',
  'Public procurement statistics 2023':
    'Статистички подаци: Јавне набавке (2023)',
  'Decision to adopt a protocol on spontaneous information sharing with foreign prosecutors':
    'Одлука о усвајању протокола о спонтаној размени информација са страним тужиоцима',
  'Decision to introduce electronic transmission of mutual legal assistance requests':
    'Одлука о увођењу електронског достављања захтева за међународну правну помоћ',
  'Decision to establish a central register of beneficial owners':
    'Одлука о успостављању централног регистра стварних власника',
  'Asset declarations statistics 2022':
    'Статистички подаци: Имовински картони (2022)',
  'Decision to publish all procurement contracts and amendments as open data':
    'Одлука о објављивању свих уговора о набавкама и њихових измена као отворених података',
  'Public procurement statistics 2026':
    'Статистички подаци: Јавне набавке (2026)',
  'Regional cooperation statistics 2021':
    'Статистички подаци: Регионална сарадња (2021)',
  'National risk assessment action plan measures implemented':
    'Сспроведене мере акционог плана националне процене ризика',
  'Share of the measures in the action plan following the national money-laundering risk assessment that are reported as implemented.':
    'Удео мера из акционог плана донесеног након националне процене ризика од прања новца које су пријављене као спроведене.',
  '%':
    '%',
  'Illustrative; modelled on the AML/CFT coordination body progress report':
    'Илустративно; по узору на: Извештај о напретку координационог тела за СПН/ФТ',
  'AML/CFT coordination body progress report 2018; illustrative':
    'Извештај о напретку координационог тела за СПН/ФТ, 2018; илустративно',
  'AML/CFT coordination body progress report 2019; illustrative':
    'Извештај о напретку координационог тела за СПН/ФТ, 2019; илустративно',
  'AML/CFT coordination body progress report 2020; illustrative':
    'Извештај о напретку координационог тела за СПН/ФТ, 2020; илустративно',
  'AML/CFT coordination body progress report 2021; illustrative':
    'Извештај о напретку координационог тела за СПН/ФТ, 2021; илустративно',
  'AML/CFT coordination body progress report 2022; illustrative':
    'Извештај о напретку координационог тела за СПН/ФТ, 2022; илустративно',
  'AML/CFT coordination body progress report 2023 (estimated); illustrative':
    'Извештај о напретку координационог тела за СПН/ФТ, 2023 (процена); илустративно',
  'AML/CFT coordination body progress report 2024; illustrative':
    'Извештај о напретку координационог тела за СПН/ФТ, 2024; илустративно',
  'AML/CFT coordination body progress report 2025 (provisional); illustrative':
    'Извештај о напретку координационог тела за СПН/ФТ, 2025 (привремено); илустративно',
  'AML/CFT coordination body progress report 2023; illustrative':
    'Извештај о напретку координационог тела за СПН/ФТ, 2023; илустративно',
  'AML/CFT coordination body progress report 2025; illustrative':
    'Извештај о напретку координационог тела за СПН/ФТ, 2025; илустративно',
  'AML/CFT coordination body progress report 2018 (estimated); illustrative':
    'Извештај о напретку координационог тела за СПН/ФТ, 2018 (процена); илустративно',
  'AML/CFT coordination body progress report 2022 (estimated); illustrative':
    'Извештај о напретку координационог тела за СПН/ФТ, 2022 (процена); илустративно',
  'On-site AML/CFT inspections of obliged entities':
    'Непосредни надзори обвезника у области СПН/ФТ',
  'Number of on-site inspections of banks and non-financial businesses carried out by AML/CFT supervisors in the year.':
    'Број непосредних надзора банака и нефинансијских субјеката које су надзорни органи за СПН/ФТ спровели током године.',
  'inspections':
    'надзора',
  'Illustrative; modelled on the AML/CFT supervisors’ annual report':
    'Илустративно; по узору на: Годишњи извештај надзорних органа за СПН/ФТ',
  'AML/CFT supervisors’ annual report 2018; illustrative':
    'Годишњи извештај надзорних органа за СПН/ФТ, 2018; илустративно',
  'AML/CFT supervisors’ annual report 2019; illustrative':
    'Годишњи извештај надзорних органа за СПН/ФТ, 2019; илустративно',
  'AML/CFT supervisors’ annual report 2020; illustrative':
    'Годишњи извештај надзорних органа за СПН/ФТ, 2020; илустративно',
  'AML/CFT supervisors’ annual report 2021; illustrative':
    'Годишњи извештај надзорних органа за СПН/ФТ, 2021; илустративно',
  'AML/CFT supervisors’ annual report 2022; illustrative':
    'Годишњи извештај надзорних органа за СПН/ФТ, 2022; илустративно',
  'AML/CFT supervisors’ annual report 2023; illustrative':
    'Годишњи извештај надзорних органа за СПН/ФТ, 2023; илустративно',
  'AML/CFT supervisors’ annual report 2024; illustrative':
    'Годишњи извештај надзорних органа за СПН/ФТ, 2024; илустративно',
  'AML/CFT supervisors’ annual report 2025; illustrative':
    'Годишњи извештај надзорних органа за СПН/ФТ, 2025; илустративно',
  'AML/CFT supervisors’ annual report 2020 (estimated); illustrative':
    'Годишњи извештај надзорних органа за СПН/ФТ, 2020 (процена); илустративно',
  'AML/CFT supervisors’ annual report 2021 (estimated); illustrative':
    'Годишњи извештај надзорних органа за СПН/ФТ, 2021 (процена); илустративно',
  'AML/CFT supervisors’ annual report 2023 (estimated); illustrative':
    'Годишњи извештај надзорних органа за СПН/ФТ, 2023 (процена); илустративно',
  'AML/CFT supervisors’ annual report 2019 (estimated); illustrative':
    'Годишњи извештај надзорних органа за СПН/ФТ, 2019 (процена); илустративно',
  'AML/CFT supervisors’ annual report 2025 (provisional); illustrative':
    'Годишњи извештај надзорних органа за СПН/ФТ, 2025 (привремено); илустративно',
  'Suspicious transaction reports received':
    'Примљене пријаве сумњивих трансакција',
  'Suspicious transaction and activity reports received by the financial intelligence unit in the year.':
    'Пријаве сумњивих трансакција и активности које је финансијско-обавештајна јединица примила током године.',
  'reports':
    'пријава',
  'Illustrative; modelled on the FIU annual report':
    'Илустративно; по узору на: Годишњи извештај финансијско-обавештајне јединице',
  'FIU annual report 2018; illustrative':
    'Годишњи извештај финансијско-обавештајне јединице, 2018; илустративно',
  'FIU annual report 2019; illustrative':
    'Годишњи извештај финансијско-обавештајне јединице, 2019; илустративно',
  'FIU annual report 2020 (estimated); illustrative':
    'Годишњи извештај финансијско-обавештајне јединице, 2020 (процена); илустративно',
  'FIU annual report 2021; illustrative':
    'Годишњи извештај финансијско-обавештајне јединице, 2021; илустративно',
  'FIU annual report 2022; illustrative':
    'Годишњи извештај финансијско-обавештајне јединице, 2022; илустративно',
  'FIU annual report 2023; illustrative':
    'Годишњи извештај финансијско-обавештајне јединице, 2023; илустративно',
  'FIU annual report 2024; illustrative':
    'Годишњи извештај финансијско-обавештајне јединице, 2024; илустративно',
  'FIU annual report 2025 (provisional); illustrative':
    'Годишњи извештај финансијско-обавештајне јединице, 2025 (привремено); илустративно',
  'FIU annual report 2019 (estimated); illustrative':
    'Годишњи извештај финансијско-обавештајне јединице, 2019 (процена); илустративно',
  'FIU annual report 2020; illustrative':
    'Годишњи извештај финансијско-обавештајне јединице, 2020; илустративно',
  'FIU annual report 2021 (estimated); illustrative':
    'Годишњи извештај финансијско-обавештајне јединице, 2021 (процена); илустративно',
  'FIU annual report 2025; illustrative':
    'Годишњи извештај финансијско-обавештајне јединице, 2025; илустративно',
  'FIU annual report 2023 (estimated); illustrative':
    'Годишњи извештај финансијско-обавештајне јединице, 2023 (процена); илустративно',
  'FIU disseminations to prosecutors':
    'Предмети које је финансијско-обавештајна јединица проследила тужилаштву',
  'Cases disseminated by the financial intelligence unit to prosecutors and law enforcement in the year.':
    'Предмети које је финансијско-обавештајна јединица током године проследила тужилаштву и органима за спровођење закона.',
  'disseminations':
    'прослеђених предмета',
  'FIU annual report 2018 (estimated); illustrative':
    'Годишњи извештај финансијско-обавештајне јединице, 2018 (процена); илустративно',
  'Legal entities with a verified beneficial owner':
    'Правна лица са провереним стварним власником',
  'Share of active legal entities whose beneficial ownership information has been verified by the register at the end of the year.':
    'Удео активних правних лица чије је податке о стварном власништву регистар проверио до краја године.',
  'Illustrative; modelled on the Business register statistics':
    'Илустративно; по узору на: Статистика регистра пословних субјеката',
  'Business register statistics 2018; illustrative':
    'Статистика регистра пословних субјеката, 2018; илустративно',
  'Business register statistics 2019; illustrative':
    'Статистика регистра пословних субјеката, 2019; илустративно',
  'Business register statistics 2020; illustrative':
    'Статистика регистра пословних субјеката, 2020; илустративно',
  'Business register statistics 2021; illustrative':
    'Статистика регистра пословних субјеката, 2021; илустративно',
  'Business register statistics 2022; illustrative':
    'Статистика регистра пословних субјеката, 2022; илустративно',
  'Business register statistics 2023 (estimated); illustrative':
    'Статистика регистра пословних субјеката, 2023 (процена); илустративно',
  'Business register statistics 2024; illustrative':
    'Статистика регистра пословних субјеката, 2024; илустративно',
  'Business register statistics 2025 (provisional); illustrative':
    'Статистика регистра пословних субјеката, 2025 (привремено); илустративно',
  'Business register statistics 2022 (estimated); illustrative':
    'Статистика регистра пословних субјеката, 2022 (процена); илустративно',
  'Business register statistics 2023; illustrative':
    'Статистика регистра пословних субјеката, 2023; илустративно',
  'Business register statistics 2025; illustrative':
    'Статистика регистра пословних субјеката, 2025; илустративно',
  'Persons indicted for money laundering':
    'Лица оптужена за прање новца',
  'Persons against whom an indictment for money laundering was filed in the year.':
    'Лица против којих је током године подигнута оптужница за прање новца.',
  'persons':
    'лица',
  'Illustrative; modelled on the Prosecution service annual report':
    'Илустративно; по узору на: Годишњи извештај тужилаштва',
  'Prosecution service annual report 2018; illustrative':
    'Годишњи извештај тужилаштва, 2018; илустративно',
  'Prosecution service annual report 2019; illustrative':
    'Годишњи извештај тужилаштва, 2019; илустративно',
  'Prosecution service annual report 2020; illustrative':
    'Годишњи извештај тужилаштва, 2020; илустративно',
  'Prosecution service annual report 2021; illustrative':
    'Годишњи извештај тужилаштва, 2021; илустративно',
  'Prosecution service annual report 2023; illustrative':
    'Годишњи извештај тужилаштва, 2023; илустративно',
  'Prosecution service annual report 2024; illustrative':
    'Годишњи извештај тужилаштва, 2024; илустративно',
  'Prosecution service annual report 2025; illustrative':
    'Годишњи извештај тужилаштва, 2025; илустративно',
  'Prosecution service annual report 2021 (estimated); illustrative':
    'Годишњи извештај тужилаштва, 2021 (процена); илустративно',
  'Prosecution service annual report 2022; illustrative':
    'Годишњи извештај тужилаштва, 2022; илустративно',
  'Prosecution service annual report 2025 (provisional); illustrative':
    'Годишњи извештај тужилаштва, 2025 (привремено); илустративно',
  'Prosecution service annual report 2024 (estimated); illustrative':
    'Годишњи извештај тужилаштва, 2024 (процена); илустративно',
  'Final money-laundering convictions':
    'Правоснажне осуђујуће пресуде за прање новца',
  'Persons finally convicted of money laundering in the year, stand-alone and together with a predicate offence.':
    'Лица правоснажно осуђена за прање новца током године, самостално и заједно са предикатним кривичним делом.',
  'convictions':
    'пресуда',
  'Illustrative; modelled on the Judicial council statistics':
    'Илустративно; по узору на: Статистика судског савета',
  'Judicial council statistics 2018 (estimated); illustrative':
    'Статистика судског савета, 2018 (процена); илустративно',
  'Judicial council statistics 2019; illustrative':
    'Статистика судског савета, 2019; илустративно',
  'Judicial council statistics 2020; illustrative':
    'Статистика судског савета, 2020; илустративно',
  'Judicial council statistics 2021; illustrative':
    'Статистика судског савета, 2021; илустративно',
  'Judicial council statistics 2022; illustrative':
    'Статистика судског савета, 2022; илустративно',
  'Judicial council statistics 2023; illustrative':
    'Статистика судског савета, 2023; илустративно',
  'Judicial council statistics 2024; illustrative':
    'Статистика судског савета, 2024; илустративно',
  'Judicial council statistics 2025 (provisional); illustrative':
    'Статистика судског савета, 2025 (привремено); илустративно',
  'Judicial council statistics 2025; illustrative':
    'Статистика судског савета, 2025; илустративно',
  'Judicial council statistics 2018; illustrative':
    'Статистика судског савета, 2018; илустративно',
  'Judicial council statistics 2019 (estimated); illustrative':
    'Статистика судског савета, 2019 (процена); илустративно',
  'Judicial council statistics 2021 (estimated); illustrative':
    'Статистика судског савета, 2021 (процена); илустративно',
  'Value of assets finally confiscated':
    'Вредност правоснажно одузете имовине',
  'Value of property confiscated by final court decisions in the year.':
    'Вредност имовине одузете правоснажним судским одлукама током године.',
  'EUR million':
    'мил. EUR',
  'Illustrative; modelled on the Asset management office annual report':
    'Илустративно; по узору на: Годишњи извештај канцеларије за управљање одузетом имовином',
  'Asset management office annual report 2018; illustrative':
    'Годишњи извештај канцеларије за управљање одузетом имовином, 2018; илустративно',
  'Asset management office annual report 2019; illustrative':
    'Годишњи извештај канцеларије за управљање одузетом имовином, 2019; илустративно',
  'Asset management office annual report 2020; illustrative':
    'Годишњи извештај канцеларије за управљање одузетом имовином, 2020; илустративно',
  'Asset management office annual report 2021; illustrative':
    'Годишњи извештај канцеларије за управљање одузетом имовином, 2021; илустративно',
  'Asset management office annual report 2022; illustrative':
    'Годишњи извештај канцеларије за управљање одузетом имовином, 2022; илустративно',
  'Asset management office annual report 2023; illustrative':
    'Годишњи извештај канцеларије за управљање одузетом имовином, 2023; илустративно',
  'Asset management office annual report 2024; illustrative':
    'Годишњи извештај канцеларије за управљање одузетом имовином, 2024; илустративно',
  'Asset management office annual report 2025; illustrative':
    'Годишњи извештај канцеларије за управљање одузетом имовином, 2025; илустративно',
  'Asset management office annual report 2025 (provisional); illustrative':
    'Годишњи извештај канцеларије за управљање одузетом имовином, 2025 (привремено); илустративно',
  'Asset management office annual report 2020 (estimated); illustrative':
    'Годишњи извештај канцеларије за управљање одузетом имовином, 2020 (процена); илустративно',
  'Asset management office annual report 2025 (estimated); illustrative':
    'Годишњи извештај канцеларије за управљање одузетом имовином, 2025 (процена); илустративно',
  'Asset declarations fully verified':
    'Потпуно проверени имовински картони',
  'Share of the asset declarations due in the year that were fully verified against bank, tax and property records.':
    'Удео имовинских картона доспелих током године који су у потпуности проверени увидом у банковне, пореске и имовинске евиденције.',
  'Illustrative; modelled on the Anti-corruption agency annual report':
    'Илустративно; по узору на: Годишњи извештај антикорупцијске агенције',
  'Anti-corruption agency annual report 2018 (estimated); illustrative':
    'Годишњи извештај антикорупцијске агенције, 2018 (процена); илустративно',
  'Anti-corruption agency annual report 2019; illustrative':
    'Годишњи извештај антикорупцијске агенције, 2019; илустративно',
  'Anti-corruption agency annual report 2020; illustrative':
    'Годишњи извештај антикорупцијске агенције, 2020; илустративно',
  'Anti-corruption agency annual report 2021; illustrative':
    'Годишњи извештај антикорупцијске агенције, 2021; илустративно',
  'Anti-corruption agency annual report 2022; illustrative':
    'Годишњи извештај антикорупцијске агенције, 2022; илустративно',
  'Anti-corruption agency annual report 2023; illustrative':
    'Годишњи извештај антикорупцијске агенције, 2023; илустративно',
  'Anti-corruption agency annual report 2024; illustrative':
    'Годишњи извештај антикорупцијске агенције, 2024; илустративно',
  'Anti-corruption agency annual report 2025 (provisional); illustrative':
    'Годишњи извештај антикорупцијске агенције, 2025 (привремено); илустративно',
  'Anti-corruption agency annual report 2018; illustrative':
    'Годишњи извештај антикорупцијске агенције, 2018; илустративно',
  'Anti-corruption agency annual report 2025; illustrative':
    'Годишњи извештај антикорупцијске агенције, 2025; илустративно',
  'Anti-corruption agency annual report 2019 (estimated); illustrative':
    'Годишњи извештај антикорупцијске агенције, 2019 (процена); илустративно',
  'Anti-corruption agency annual report 2020 (estimated); illustrative':
    'Годишњи извештај антикорупцијске агенције, 2020 (процена); илустративно',
  'Anti-corruption agency annual report 2023 (estimated); illustrative':
    'Годишњи извештај антикорупцијске агенције, 2023 (процена); илустративно',
  'Officials filing asset declarations late':
    'Функционери који касне са подношењем имовинских картона',
  'Share of officials obliged to declare who filed their declaration after the legal deadline.':
    'Удео функционера обавезних да пријаве имовину који су имовински картон поднели након законског рока.',
  'Anti-corruption agency annual report 2022 (estimated); illustrative':
    'Годишњи извештај антикорупцијске агенције, 2022 (процена); илустративно',
  'Anti-corruption agency annual report 2024 (estimated); illustrative':
    'Годишњи извештај антикорупцијске агенције, 2024 (процена); илустративно',
  'Contract value awarded by open procedure':
    'Вредност уговора додељених у отвореном поступку',
  'Share of the value of public contracts awarded through open procedures.':
    'Удео вредности јавних уговора додељених у отвореним поступцима.',
  'Illustrative; modelled on the Public procurement agency annual report':
    'Илустративно; по узору на: Годишњи извештај агенције за јавне набавке',
  'Public procurement agency annual report 2018; illustrative':
    'Годишњи извештај агенције за јавне набавке, 2018; илустративно',
  'Public procurement agency annual report 2019; illustrative':
    'Годишњи извештај агенције за јавне набавке, 2019; илустративно',
  'Public procurement agency annual report 2020 (estimated); illustrative':
    'Годишњи извештај агенције за јавне набавке, 2020 (процена); илустративно',
  'Public procurement agency annual report 2021; illustrative':
    'Годишњи извештај агенције за јавне набавке, 2021; илустративно',
  'Public procurement agency annual report 2022; illustrative':
    'Годишњи извештај агенције за јавне набавке, 2022; илустративно',
  'Public procurement agency annual report 2023; illustrative':
    'Годишњи извештај агенције за јавне набавке, 2023; илустративно',
  'Public procurement agency annual report 2024; illustrative':
    'Годишњи извештај агенције за јавне набавке, 2024; илустративно',
  'Public procurement agency annual report 2025 (provisional); illustrative':
    'Годишњи извештај агенције за јавне набавке, 2025 (привремено); илустративно',
  'Public procurement agency annual report 2020; illustrative':
    'Годишњи извештај агенције за јавне набавке, 2020; илустративно',
  'Public procurement agency annual report 2023 (estimated); illustrative':
    'Годишњи извештај агенције за јавне набавке, 2023 (процена); илустративно',
  'Public procurement agency annual report 2025; illustrative':
    'Годишњи извештај агенције за јавне набавке, 2025; илустративно',
  'Public procurement agency annual report 2025 (estimated); illustrative':
    'Годишњи извештај агенције за јавне набавке, 2025 (процена); илустративно',
  'Tenders with a single bidder':
    'Тендери са једним понуђачем',
  'Public procurement agency annual report 2021 (estimated); illustrative':
    'Годишњи извештај агенције за јавне набавке, 2021 (процена); илустративно',
  'Average days to answer mutual legal assistance requests':
    'Просечан број дана за одговор на захтеве за међународну правну помоћ',
  'Average number of days between receipt of an incoming mutual legal assistance request and the reply.':
    'Просечан број дана од пријема долазног захтева за међународну правну помоћ до одговора.',
  'days':
    'дана',
  'Illustrative; modelled on the Ministry of Justice statistics on international legal assistance':
    'Илустративно; по узору на: Статистика министарства правде о међународној правној помоћи',
  'Ministry of Justice statistics on international legal assistance 2018; illustrative':
    'Статистика министарства правде о међународној правној помоћи, 2018; илустративно',
  'Ministry of Justice statistics on international legal assistance 2019; illustrative':
    'Статистика министарства правде о међународној правној помоћи, 2019; илустративно',
  'Ministry of Justice statistics on international legal assistance 2020; illustrative':
    'Статистика министарства правде о међународној правној помоћи, 2020; илустративно',
  'Ministry of Justice statistics on international legal assistance 2021; illustrative':
    'Статистика министарства правде о међународној правној помоћи, 2021; илустративно',
  'Ministry of Justice statistics on international legal assistance 2022; illustrative':
    'Статистика министарства правде о међународној правној помоћи, 2022; илустративно',
  'Ministry of Justice statistics on international legal assistance 2023; illustrative':
    'Статистика министарства правде о међународној правној помоћи, 2023; илустративно',
  'Ministry of Justice statistics on international legal assistance 2024; illustrative':
    'Статистика министарства правде о међународној правној помоћи, 2024; илустративно',
  'Ministry of Justice statistics on international legal assistance 2025; illustrative':
    'Статистика министарства правде о међународној правној помоћи, 2025; илустративно',
  'Ministry of Justice statistics on international legal assistance 2022 (estimated); illustrative':
    'Статистика министарства правде о међународној правној помоћи, 2022 (процена); илустративно',
  'Ministry of Justice statistics on international legal assistance 2024 (estimated); illustrative':
    'Статистика министарства правде о међународној правној помоћи, 2024 (процена); илустративно',
  'Ministry of Justice statistics on international legal assistance 2025 (provisional); illustrative':
    'Статистика министарства правде о међународној правној помоћи, 2025 (привремено); илустративно',
  'Ministry of Justice statistics on international legal assistance 2018 (estimated); illustrative':
    'Статистика министарства правде о међународној правној помоћи, 2018 (процена); илустративно',
  'Information requests exchanged with foreign FIUs':
    'Захтеви за информације размењени са страним финансијско-обавештајним јединицама',
  'Requests for information sent to and received from foreign financial intelligence units in the year.':
    'Захтеви за информације упућени страним финансијско-обавештајним јединицама и примљени од њих током године.',
  'requests':
    'захтева',
  'FIU annual report 2022 (estimated); illustrative':
    'Годишњи извештај финансијско-обавештајне јединице, 2022 (процена); илустративно',
  // The crosswalk: frameworks and their editions (mocks/data/frameworks.ts)
  'FATF Recommendations':
    'Препоруке FATF-а',
  'FATF Recommendations (2012, as amended)':
    'Препоруке FATF-а (2012, са каснијим изменама)',
  'FATF Immediate Outcomes':
    'Непосредни исходи FATF-а',
  'FATF Methodology (2013), used in MONEYVAL’s fifth round of mutual evaluations; FATF revised the methodology for the round that began in 2024':
    'Методологија FATF-а (2013), примењена у петом кругу узајамних евалуација MONEYVAL-а; FATF је ревидирао методологију за круг који је почео 2024. године',
  'EU acquis chapters':
    'Поглавља правних тековина ЕУ',
  'Negotiating chapters of EU accession':
    'Преговарачка поглавља за приступање ЕУ',
  'UN Convention against Corruption (UNCAC)':
    'Конвенција УН против корупције (UNCAC)',
  'United Nations Convention against Corruption (2003)':
    'Конвенција Уједињених нација против корупције (2003)',
  'ACIF Roadmap goals':
    'Циљеви Мапе пута ACIF',
  'Anti-Corruption and Illicit Finance Roadmap, adopted in Ohrid on 25 June 2021':
    'Мапа пута за борбу против корупције и незаконитих финансијских токова, усвојена у Охриду 25. јуна 2021. године',
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
    'Поглавље 4',
  'Chapter 5':
    'Поглавље 5',
  'Chapter 23':
    'Поглавље 23',
  'Chapter 24':
    'Поглавље 24',
  'Article 5':
    'Члан 5',
  'Article 6':
    'Члан 6',
  'Article 8':
    'Члан 8',
  'Article 9':
    'Члан 9',
  'Article 14':
    'Члан 14',
  'Article 20':
    'Члан 20',
  'Article 23':
    'Члан 23',
  'Article 31':
    'Члан 31',
  'Article 36':
    'Члан 36',
  'Article 46':
    'Члан 46',
  'Article 52':
    'Члан 52',
  'Article 58':
    'Члан 58',
  'Goal 1':
    'Циљ 1',
  'Goal 2':
    'Циљ 2',
  'Goal 3':
    'Циљ 3',
  // Reference names: FATF Recommendations, Immediate Outcomes, EU chapters, UNCAC articles, ACIF goals
  'Assessing risks and applying a risk-based approach':
    'Процена ризика и примена приступа заснованог на ризику',
  'National cooperation and coordination':
    'Сарадња и координација на националном нивоу',
  'Money laundering offence':
    'Кривично дело прања новца',
  'Confiscation and provisional measures':
    'Одузимање и привремене мере',
  'Customer due diligence':
    'Познавање и праћење странке',
  'Politically exposed persons':
    'Функционери',
  'Reporting of suspicious transactions':
    'Пријављивање сумњивих трансакција',
  'Transparency and beneficial ownership of legal persons':
    'Транспарентност и стварно власништво правних лица',
  'Transparency and beneficial ownership of legal arrangements':
    'Транспарентност и стварно власништво правних аранжмана',
  'Financial intelligence units':
    'Финансијско-обавештајне јединице',
  'Responsibilities of law enforcement and investigative authorities':
    'Одговорности органа за спровођење закона и истражних органа',
  'Powers of law enforcement and investigative authorities':
    'Овлашћења органа за спровођење закона и истражних органа',
  'International instruments':
    'Међународни инструменти',
  'Mutual legal assistance':
    'Узајамна правна помоћ',
  'Mutual legal assistance: freezing and confiscation':
    'Узајамна правна помоћ: замрзавање и одузимање',
  'Other forms of international cooperation':
    'Други облици међународне сарадње',
  'Risk, policy and coordination':
    'Ризик, политика и координација',
  'International cooperation':
    'Међународна сарадња',
  'Supervision':
    'Надзор',
  'Preventive measures':
    'Превентивне мере',
  'Legal persons and arrangements':
    'Правна лица и правни аранжмани',
  'ML investigation and prosecution':
    'Истрага и кривично гоњење прања новца',
  'Confiscation':
    'Одузимање',
  'Free movement of capital':
    'Слободно кретање капитала',
  'Judiciary and fundamental rights':
    'Правосуђе и основна права',
  'Justice, freedom and security':
    'Правда, слобода и безбедност',
  'Preventive anti-corruption policies and practices':
    'Превентивне антикорупцијске политике и праксе',
  'Preventive anti-corruption body or bodies':
    'Превентивно антикорупцијско тело или тела',
  'Codes of conduct for public officials':
    'Кодекси понашања јавних функционера',
  'Public procurement and management of public finances':
    'Јавне набавке и управљање јавним финансијама',
  'Measures to prevent money-laundering':
    'Мере за спречавање прања новца',
  'Illicit enrichment':
    'Незаконито богаћење',
  'Laundering of proceeds of crime':
    'Прање имовинске користи стечене кривичним делом',
  'Freezing, seizure and confiscation':
    'Замрзавање, заплена и одузимање',
  'Specialized authorities':
    'Специјализовани органи',
  'Prevention and detection of transfers of proceeds of crime':
    'Спречавање и откривање преноса имовинске користи стечене кривичним делом',
  'Financial intelligence unit':
    'Финансијско-обавештајна јединица',
  'Corruption in public procurement':
    'Корупција у јавним набавкама',
  'Conflict-of-interest and asset-declaration systems':
    'Системи сукоба интереса и имовинских картона',
  'A regional network of specialised prosecutors, law-enforcement agencies and FIUs':
    'Регионална мрежа специјализованих тужилаца, агенција за спровођење закона и финансијско-обавештајних јединица',
  // Reasons for deadline revisions (mocks/data/annotations.ts)
  'Extended at the request of the responsible institution, agreed at the coordination meeting':
    'Рок продужен на захтев одговорне институције, како је договорено на координационом састанку',
  'Extended after the draft law was returned by parliament for revision':
    'Рок продужен пошто је парламент вратио предлог закона на дораду',
  'Rescheduled to follow the MONEYVAL on-site visit':
    'Рок померен тако да следи посету MONEYVAL-а на лицу места',
  'Extended to align with the revised national strategy':
    'Рок продужен ради усклађивања са ревидираном националном стратегијом',
  'Extended after early elections delayed adoption':
    'Рок продужен пошто су превремени избори одложили усвајање',
  'Extended: funding from the EU-funded project was delayed':
    'Рок продужен: каснило је финансирање из пројекта који финансира ЕУ',
};
