"""Short labelled examples for the sector classifier, written for Newsdesk.

Each entry is a headline, or a headline plus a one- or two-sentence lead, of
the kind a development wire sends. Written for Newsdesk: some are invented,
some paraphrase the gist of widely reported events, none copies a story's
text or a demo story. At least 40 per sector (the commonly confused pairs --
technology / social-gender, agro-forestry / science-environment, energy /
economy, transport / energy -- carry the most), so a 25 % held-out split
has ten per sector to measure on.
"""

from __future__ import annotations

EXAMPLES: dict[str, tuple[str, ...]] = {
    "agro-forestry": (
        "Maize harvest falls short as drought hits smallholder farmers in the south",
        "Government raises minimum support price for wheat growers ahead of sowing season",
        "Locust swarms threaten crops across the Horn of Africa, FAO warns",
        "Cocoa farmers receive new disease-resistant seedlings under cooperative scheme",
        "Deforestation in the Amazon rose last year as cattle ranching expanded",
        "Fertiliser subsidy programme reaches two million farming households",
        "Rice exporters face new quotas as paddy output drops after floods",
        "Community forest rangers replant mangroves along the eroded coastline",
        "Dairy cooperatives push for better milk prices from processors",
        "Coffee growers switch to shade-grown varieties to cope with heat",
        "Timber smuggling ring broken up after illegal logging in national forest",
        "Agricultural extension officers train farmers in drip irrigation and crop rotation",
        "Fall armyworm outbreak damages sorghum fields in several provinces",
        "Fisheries ministry bans trawling in spawning grounds for three months",
        "Livestock vaccination campaign targets foot-and-mouth disease in cattle herds",
        "Tea estate workers and planters agree on new plucking rates",
        "Agroforestry project pays farmers to plant fruit trees among their crops",
        "Seed bank stores heirloom varieties of millet and cassava",
        "Poultry farmers cull flocks after bird flu detected on farm",
        "Soybean planting expands as farmers chase higher export prices",
        "Irrigation canal rehabilitation lets farmers grow a second crop of vegetables",
        "Forest fires destroy pine plantations and smallholder orchards",
        (
            "Ghana cocoa regulator cuts crop forecast as swollen shoot disease spreads. The board said output "
            "would fall for a third season after the virus forced farmers to cut down infected trees in the "
            "Western North region."
        ),
        (
            "Kenya lifts ban on genetically modified maize imports. The agriculture ministry said traders could "
            "bring in the grain to ease shortages, while farmer groups warned the move would hurt local seed "
            "producers."
        ),
        (
            "Vietnam coffee farmers uproot old trees to replant with higher-yield robusta. Provincial officials "
            "in the Central Highlands said replanting loans would cover about 15,000 hectares this year."
        ),
        (
            "Argentine wheat growers cut planting as dry spell delays sowing. The Rosario grains exchange trimmed "
            "its estimate for the coming harvest by 1.5 million tonnes."
        ),
        (
            "Indonesia orders palm oil plantations to set aside land for smallholders. Companies renewing their "
            "concession permits must give 20 percent of planted area to village cooperatives, under a new "
            "regulation."
        ),
        (
            "Zimbabwe tobacco auctions open with higher prices for leaf. Growers delivered more than 4 million "
            "kilograms on the first day of sales at floors in Harare."
        ),
        (
            "Honduras farmers turn to drought-tolerant beans as rains fail in the Dry Corridor. Seed distributed "
            "by an agricultural research centre matured in 60 days, allowing a harvest before the dry season."
        ),
        (
            "Gabon ends export of raw logs to build local wood-processing industry. Timber firms must now saw, "
            "veneer or manufacture furniture in the country before shipping."
        ),
        (
            "Pakistan cotton crop shrinks after pink bollworm attack. The ginners' association said arrivals at "
            "factories were a third lower than last year, forcing textile mills to import fibre."
        ),
        (
            "Ethiopian farmers adopt row planting for teff to raise yields. The agricultural transformation "
            "agency said yields rose by up to 40 percent where farmers used less seed and planted in lines."
        ),
        (
            "Uganda dairy farmers dump milk as processors cut purchases. Farmers in the western cattle corridor "
            "said the farm-gate price had dropped to 500 shillings a litre during the flush season."
        ),
        (
            "Philippines imports rice to calm prices after typhoons flatten paddy fields. The agriculture "
            "department said damage to standing crops exceeded 200,000 tonnes."
        ),
        (
            "Senegal groundnut growers sell to Chinese buyers as state mills wait for supplies. Traders paying "
            "cash at the farm gate are outbidding the government's official producer price."
        ),
        (
            "Peru avocado exports hit record on new orchards in the coastal valleys. Growers shipped more than "
            "600,000 tonnes, most of it to Europe and the United States."
        ),
        (
            "Mozambique rangers and villagers plant native trees in degraded miombo woodland. The community "
            "forestry programme pays households for every seedling that survives its first dry season."
        ),
        (
            "Bangladesh shrimp farmers hit by disease as salinity rises in ponds. Hatchery owners said survival "
            "rates of post-larvae had fallen sharply across Khulna and Satkhira."
        ),
        (
            "Morocco vets vaccinate sheep and goats against peste des petits ruminants. Herders in the eastern "
            "highlands brought animals to mobile vaccination posts before the seasonal move to summer grazing."
        ),
        (
            "Nicaragua cattle ranchers face export curbs over beef traced to protected forest. Importers demanded "
            "proof that animals were not raised on land cleared inside the Bosawas reserve."
        ),
        (
            "Madagascar vanilla farmers guard vines against theft as harvest approaches. Growers in the Sava "
            "region brand the green pods to deter thieves, a local farmers' union said."
        ),
        (
            "India's monsoon sowing of pulses and oilseeds lags as rains arrive late. Farm ministry data showed "
            "the area under kharif crops was 8 percent below the same point last season."
        ),
        (
            "Papua New Guinea smallholders sign up for certified sustainable palm oil scheme. Growers who meet "
            "the standard can sell fresh fruit bunches at a premium to mills in West New Britain."
        ),
        (
            "Cameroon bans bushmeat trade near logging concessions. Forestry inspectors will check trucks leaving "
            "timber camps in the east, the ministry of forests and wildlife said."
        ),
    ),
    "art-culture": (
        "Film festival opens with a drama by a first-time director",
        "Museum returns looted bronze sculptures to their country of origin",
        "Novelist wins literary prize for a book about migration",
        "Traditional dance troupe tours Europe with a show of masked performances",
        "UNESCO adds ancient temple complex to World Heritage list",
        "Music festival draws record crowds to hear jazz and local bands",
        "Painter's retrospective exhibition opens at the national gallery",
        "Archaeologists uncover mosaics at a Roman-era villa",
        "Theatre company stages a play in an indigenous language for the first time",
        "Singer's new album tops streaming charts across the region",
        "Craft weavers revive a centuries-old textile pattern",
        "Heritage group restores a colonial-era cinema as an arts centre",
        "Poetry slam gives young writers a stage in the capital",
        "Sculptor unveils monument to independence heroes",
        "Publishers report rising sales of children's books in local languages",
        "Photography exhibition documents life in fishing villages",
        "Carnival parade returns with costumes, drums and street dancers",
        "Orchestra performs a symphony by a forgotten composer",
        "Documentary about a women's choir premieres at the festival",
        "Cultural ministry funds digitisation of national archives and manuscripts",
        "Street artists paint murals celebrating the city's history",
        "Religious festival brings pilgrims and musicians to the old town",
        (
            "Nigerian director's film wins top prize at pan-African film festival in Ouagadougou. The drama about "
            "a family torn apart by oil spills took the golden stallion award."
        ),
        (
            "Saudi Arabia opens first opera house in Riyadh. The culture ministry said the venue would host "
            "Arabic and international productions."
        ),
        (
            "Berlin museum returns Benin bronzes to Nigeria. The artefacts were taken by British soldiers in 1897 "
            "and later sold to collectors and museums."
        ),
        (
            "Kenyan author's debut novel shortlisted for international literary prize. The book follows three "
            "generations of a family in Mombasa."
        ),
        (
            "Mexican artisans protest fashion brand's use of indigenous embroidery. Craftswomen from Oaxaca said "
            "the patterns were copied without consent or payment."
        ),
        (
            "K-pop group's world tour sells out stadiums in Latin America. Fans queued overnight for tickets in "
            "Sao Paulo and Mexico City."
        ),
        (
            "Ethiopia restores rock-hewn churches of Lalibela. Conservation architects are repairing roofs to "
            "protect the 12th century monolithic churches from rain."
        ),
        (
            "Indian classical dancer honoured with national award. The dancer has performed Bharatanatyam for "
            "more than five decades."
        ),
        (
            "Cuban salsa musicians return to Havana stages after pandemic pause. Venues reopened for live "
            "concerts with reduced capacity."
        ),
        (
            "Afghan musicians in exile form orchestra in Portugal. The young players fled after the Taliban "
            "banned music in public."
        ),
        (
            "Archaeologists in Egypt unearth sarcophagi at Saqqara. The tourism and antiquities ministry said the "
            "coffins dated back more than 2,500 years."
        ),
        (
            "Nollywood producers sign streaming deal for African series. The films will be dubbed in French and "
            "Portuguese."
        ),
        (
            "Indonesia's batik makers preserve traditional patterns. A workshop in Yogyakarta trains young "
            "artisans in hand-drawn wax techniques."
        ),
        (
            "Senegal's Dakar biennale of contemporary art opens. More than 50 artists from across Africa and its "
            "diaspora exhibit works."
        ),
        (
            "Zimbabwe stone sculptors struggle as tourism slumps. Artists at Chitungwiza say sales of their "
            "serpentine carvings have collapsed."
        ),
        (
            "Bolivian carnival of Oruro draws dancers in devil masks. The festival is listed by UNESCO as a "
            "masterpiece of intangible heritage."
        ),
        (
            "Mongolian throat singers bring traditional music to European stage. The group combines horsehead "
            "fiddle with rock guitars."
        ),
        (
            "Philippine indie film wins award at international festival. The director said the film about fishing "
            "families was shot on a low budget."
        ),
        (
            "Ghana's Afrobeats stars headline sold-out concert in London. Promoters said ticket sales broke "
            "records for an African music event."
        ),
        (
            "Vietnam's water puppet theatre celebrates a century. Performers use puppets on bamboo rods in a pool "
            "of water to tell village stories."
        ),
    ),
    "technology": (
        "Startup launches mobile payment app for market traders",
        "Government rolls out fibre broadband to rural schools and clinics",
        "Tech firm opens artificial intelligence research lab",
        "Cyber attack disrupts online services of a state bank",
        "Telecom regulator auctions 5G spectrum to mobile operators",
        "Chip maker announces new semiconductor factory",
        "Smartphone sales rise as cheaper handsets reach the market",
        "Data protection law requires apps to ask consent before collecting data",
        "Satellite internet service begins operating in remote islands",
        "Software developers build a chatbot that answers farmers' questions",
        "E-commerce platform expands delivery with drones and apps",
        "Hackers steal customer data from an online retailer",
        "Digital identity system enrols millions of citizens",
        "Electric vehicle maker unveils battery with longer range",
        "Cloud computing company builds a data centre in the region",
        "Robotics startup raises venture funding for warehouse robots",
        "Social media platform removes fake accounts ahead of vote",
        "Coding bootcamp trains young women as software engineers",
        "Open-source software adopted by ministries to cut licence costs",
        "Mobile network outage leaves millions without internet service",
        "Researchers build a low-cost computer for classrooms",
        "Fintech company gets licence to offer digital loans",
        (
            "Nigeria's telecom regulator orders operators to block unregistered SIM cards. Millions of mobile "
            "lines not linked to a national identity number will lose outgoing calls and data from next month."
        ),
        (
            "Kenyan mobile money service adds cross-border payments to Ethiopia. The operator said customers "
            "could send money to mobile wallets in Ethiopia through a partnership with a local operator."
        ),
        (
            "India launches online platform to let small shops sell to any app. The open commerce network lets "
            "buyers on one app order from sellers listed on another."
        ),
        (
            "Chile and Brazil sign agreement for a subsea cable to Asia. The fibre-optic link would cross the "
            "Pacific and cut data latency for South American cloud services."
        ),
        (
            "Vietnam requires social media users to verify accounts with phone numbers. The decree obliges "
            "platforms to remove content flagged by the information ministry within 24 hours."
        ),
        (
            "Ransomware attack shuts Costa Rica's customs and tax systems. The government declared a national "
            "emergency as exporters were unable to file documents online."
        ),
        (
            "South Korean electronics maker opens semiconductor packaging plant in Vietnam. The factory will "
            "assemble and test memory chips for smartphones and servers."
        ),
        (
            "Kenyan startup uses machine learning to read crop photos and diagnose plant disease. Farmers send a "
            "picture from a basic smartphone and receive advice by text message within minutes."
        ),
        (
            "Pakistan shuts down mobile internet in several cities during protests. Digital rights groups said "
            "the blackout cut off online banking, ride-hailing and delivery apps."
        ),
        (
            "Indonesia's central bank expands QR code payments to Thailand and Malaysia. Tourists can scan "
            "merchant codes with their home banking apps."
        ),
        (
            "Egypt opens technology park for software outsourcing firms. The communications ministry said the "
            "park would house call centres and software developers employing 30,000 people."
        ),
        (
            "Estonia helps Ukraine build e-government app for public services. Citizens can use the app to store "
            "digital driving licences and apply for benefits."
        ),
        (
            "Rwanda signs deal for a national artificial intelligence policy and data centre. The ICT ministry "
            "said the strategy would set rules for using algorithms in public services."
        ),
        (
            "Ghana telecom firms refund mobile money users after double charges. The national payment switch said "
            "a faulty software update had caused the duplicate deductions."
        ),
        (
            "Philippines requires registration of prepaid SIMs to curb text scams. Telecom companies said about "
            "100 million cards had been registered before the deadline."
        ),
        (
            "Brazil's Pix instant payment system passes 150 million users. The central bank said the platform "
            "handled more transactions last year than debit and credit cards combined."
        ),
        (
            "Zambia rolls out 4G towers to rural districts under universal access fund. The telecom regulator "
            "said the towers would bring mobile broadband to 1.5 million people."
        ),
        (
            "Hackers leak voter data from Indonesian election commission servers. Cyber security researchers said "
            "the records of 200 million people were offered for sale on a forum."
        ),
        (
            "Taiwan chipmaker breaks ground on plant in Japan. The foundry will make logic chips for cars and "
            "industrial equipment."
        ),
        (
            "Tanzania launches online portal for business registration and licences. Entrepreneurs can now "
            "register companies and pay fees with mobile money without visiting government offices."
        ),
        (
            "Women-led startup in Jordan builds Arabic voice assistant. The company's software recognises "
            "dialects and is being used by banks for customer service lines."
        ),
        (
            "Satellite broadband firm gets licence to operate in Malawi. The regulator said the low-earth-orbit "
            "service could reach schools and clinics far from fibre networks."
        ),
    ),
    "economy-business": (
        "Central bank raises interest rates to curb inflation",
        "Exports fall as tariffs and weak demand hit manufacturers",
        "Stock market rallies after better-than-expected earnings",
        "Currency slides to a record low against the dollar",
        "IMF approves loan programme tied to budget reforms",
        "Economy grew 3 percent in the second quarter, statistics office says",
        "Company reports higher profit and raises its dividend",
        "Trade deficit widens as import bill for goods rises",
        "Government cuts growth forecast amid global slowdown",
        "Retail sales rise for a third month as consumer spending holds up",
        "Bank announces merger to create the country's largest lender",
        "Foreign direct investment reaches a five-year high",
        "Unemployment rate falls as factories hire more workers",
        "Bond yields climb after the finance ministry's borrowing plan",
        "Small businesses struggle to get credit, survey finds",
        "Tourism revenue recovers to pre-pandemic levels",
        "Trade ministers sign free trade agreement cutting tariffs",
        "Inflation eases as food and fuel prices fall",
        "Shipping costs push up prices for importers and retailers",
        "Microfinance lenders expand loans to women entrepreneurs",
        "Budget deficit narrows as tax revenue improves",
        "Investors pull money from emerging markets as the dollar strengthens",
        (
            "Nigeria's naira weakens after central bank unifies exchange rates. The currency lost more than a "
            "third of its value against the dollar on the official market."
        ),
        (
            "Egypt devalues pound and raises interest rates in deal with IMF. The central bank said it would let "
            "the exchange rate be determined by market forces."
        ),
        (
            "Vietnam's economy grows 6 percent as manufacturing exports recover. The general statistics office "
            "said foreign investment pledges also rose."
        ),
        (
            "Ghana completes domestic debt exchange as part of restructuring. Bondholders swapped old bonds for "
            "new ones with longer maturities and lower coupons."
        ),
        (
            "Turkey's annual inflation rises above 60 percent. The statistics institute said food, housing and "
            "transport prices drove the increase."
        ),
        (
            "Sri Lanka reaches agreement with bilateral creditors on debt restructuring. The deal with Japan, "
            "India and the Paris Club members covers about 5.9 billion dollars."
        ),
        (
            "Ethiopia floats birr in a major overhaul of foreign exchange rules. The currency fell sharply as "
            "banks were allowed to trade at market rates."
        ),
        (
            "India's largest conglomerate reports record quarterly profit. Revenue rose 12 percent on strong "
            "sales at its retail and telecom units."
        ),
        (
            "Bangladesh garment exports rise despite weak European demand. The exporters' association said "
            "shipments of knitwear grew faster than woven products."
        ),
        (
            "South Africa's economy avoids recession as mining and farming rebound. Gross domestic product grew "
            "0.6 percent in the quarter, the statistics agency said."
        ),
        (
            "Zambia's stock exchange lists first green bond. The company raising the money said proceeds would "
            "finance projects under new sustainable finance rules."
        ),
        (
            "Morocco's central bank holds rate steady, sees growth slowing. The bank said inflation had fallen "
            "back within its target range."
        ),
        (
            "Kenya issues eurobond to refinance debt falling due next year. Investors placed orders worth more "
            "than twice the amount offered, the treasury said."
        ),
        (
            "Brazil's central bank cuts Selic rate by half a point. The bank said lower inflation allowed it to "
            "continue easing monetary policy."
        ),
        (
            "Argentina's monthly inflation slows as peso devaluation effect fades. The statistics agency said "
            "consumer prices rose 4 percent in the month."
        ),
        (
            "China's factory activity contracts for a fourth month. The official purchasing managers' index "
            "stayed below the 50 mark that separates growth from contraction."
        ),
        "Indonesian conglomerate buys stake in regional bank. The deal values the lender at about 3 billion dollars.",
        (
            "Pakistan's foreign exchange reserves fall to cover less than a month of imports. The central bank "
            "said loan repayments had drained reserves."
        ),
        (
            "Philippines attracts record remittances from overseas workers. Cash sent home by Filipinos abroad "
            "rose 3 percent, the central bank said."
        ),
        (
            "Mexico overtakes China as the largest exporter of goods to the United States. Official trade data "
            "showed that shipments of cars and electronics led the increase."
        ),
        (
            "Uganda's revenue authority misses tax collection target. Officials blamed lower customs duties as "
            "imports slowed."
        ),
        (
            "Women-owned small businesses in Nigeria get credit guarantee from development bank. The fund will "
            "cover half the risk of loans made by commercial lenders."
        ),
    ),
    "education": (
        "Teachers strike over pay, closing schools across the country",
        "Government abolishes fees for secondary school students",
        "Exam results show improvement in maths and reading",
        "University admits record number of students in engineering",
        "Free school meals programme raises attendance in rural areas",
        "Ministry revises curriculum to teach coding from primary school",
        "Scholarships help refugee children return to classrooms",
        "Girls' enrolment in secondary education rises, UNICEF says",
        "New classrooms built to end double-shift teaching",
        "Literacy campaign teaches adults to read and write",
        "Students protest against tuition increases at public universities",
        "Teacher training college graduates its first class of science teachers",
        "Schools reopen after floods damaged classrooms and textbooks",
        "Vocational training centres prepare young people for technical jobs",
        "Education budget increased to hire ten thousand teachers",
        "Pupils get tablets loaded with digital textbooks",
        "Early childhood education expanded with new kindergartens",
        "University rankings place two local campuses in the top 500",
        "Exam leak forces board to reschedule national tests",
        "School dropout rate falls after cash transfers to families",
        "Lecturers end strike after agreement on university funding",
        "Mother-tongue instruction introduced in the first three grades",
        (
            "Kenya replaces 8-4-4 system with competency-based curriculum. The education ministry said junior "
            "secondary schools would take pupils from grade seven."
        ),
        (
            "Nigeria's university lecturers end eight-month strike. Students returned to campuses after the "
            "government agreed to raise pay."
        ),
        (
            "Pakistan launches enrolment drive for 26 million out-of-school children. The education ministry said "
            "girls made up the majority of children not in school."
        ),
        (
            "Afghan girls barred from secondary school for another year. Teachers said classrooms for older girls "
            "remained shut across the country."
        ),
        (
            "India's national entrance exam for medical colleges hit by paper leak allegations. Students "
            "petitioned the Supreme Court for a retest."
        ),
        (
            "Malawi hires thousands of teachers to reduce class sizes. Some primary classes had more than 100 "
            "pupils per teacher."
        ),
        (
            "Brazil extends full-time schooling to more secondary students. The federal government will pay "
            "states to keep pupils at school for seven hours a day."
        ),
        (
            "South Africa's matric pass rate rises. The basic education department said more students achieved "
            "university entrance passes."
        ),
        (
            "Bangladesh introduces new textbooks based on activity learning. Teachers said they needed more "
            "training to use the new methods."
        ),
        (
            "Ghana expands free senior high school programme. The government said enrolment had increased since "
            "fees were scrapped."
        ),
        "Uganda's universities raise fees, students protest. Police used tear gas to disperse students at Makerere.",
        (
            "Indonesia trains teachers in digital skills for remote schools. The programme reaches schools on "
            "outer islands with satellite connections."
        ),
        (
            "Zimbabwe bans schools from sending pupils home over unpaid fees. The education ministry said "
            "learners could not be excluded for non-payment."
        ),
        "Chile approves bill to cancel student debts. The government said nearly one million borrowers would benefit.",
        (
            "Philippines reports learning loss after school closures. A national assessment showed reading scores "
            "had fallen in primary grades."
        ),
        (
            "Morocco's teachers end strike after pay deal. The education ministry agreed to raise salaries and "
            "revise the teachers' statute."
        ),
        (
            "Ethiopia's national exam results show few students pass. Only a small share of grade 12 students "
            "reached the mark needed for university."
        ),
        (
            "Sierra Leone's free education scheme boosts enrolment of girls. The ministry said pregnant girls "
            "could now attend school."
        ),
        "Vietnam tops regional rankings in maths and science tests. Pupils outperformed peers in richer countries.",
        (
            "Nepal rebuilds schools destroyed by earthquake. Donors funded earthquake-resistant classrooms in "
            "mountain districts."
        ),
    ),
    "energy-extractives": (
        "Oil prices rise after producers agree to cut output",
        "Solar farm begins supplying power to the national grid",
        "Mining company finds large copper deposit",
        "Power cuts worsen as hydropower dam levels drop",
        "Government signs deal to develop offshore gas field",
        "Lithium mine expansion draws protests from local communities",
        "Wind power capacity doubles with new turbines",
        "Refinery shutdown causes fuel shortages at petrol stations",
        "Electricity tariffs raised to cover the utility's losses",
        "Gold miners trapped after collapse at an artisanal mine",
        "Coal plant to close as country shifts to renewables",
        "Pipeline project to carry natural gas to neighbouring countries",
        "Mini-grids bring electricity to off-grid villages",
        "Oil spill from a pipeline pollutes farmland and rivers",
        "Cobalt exports rise as battery makers seek supplies",
        "Geothermal plant adds capacity to the grid",
        "Fuel subsidy removal sends petrol prices soaring",
        "Diamond production falls as demand weakens",
        "Nuclear power plant receives operating licence",
        "Green hydrogen project attracts billions in investment",
        "Extractive industries transparency report shows unpaid mining royalties",
        "Rural electrification programme connects a million households",
        (
            "Nigeria's largest private refinery starts producing petrol for the domestic market. The "
            "650,000-barrel-a-day plant is expected to cut the country's reliance on imported fuel."
        ),
        (
            "Guyana's oil output climbs as a third offshore production vessel comes on stream. The operator said "
            "the offshore block was now pumping more than 600,000 barrels a day."
        ),
        (
            "Kenya switches on Africa's largest wind farm extension near Lake Turkana. The power company said the "
            "new turbines would add 100 megawatts to the grid."
        ),
        (
            "Zimbabwe bans export of raw lithium ore. Miners must now process the mineral into concentrate in the "
            "country before shipping it abroad."
        ),
        (
            "Pakistan raises electricity prices under IMF-backed reforms to cut circular debt. Households using "
            "more than 200 units a month will pay higher tariffs from July."
        ),
        (
            "Mongolia's copper mine begins underground production. The mine in the Gobi desert is expected to "
            "become one of the world's largest copper producers by the end of the decade."
        ),
        (
            "Tanzania signs agreement to build liquefied natural gas plant in Lindi. The government and "
            "international energy companies agreed terms for developing offshore gas reserves."
        ),
        (
            "Ghana's artisanal gold mining pollutes rivers, water company says. Illegal miners known as galamsey "
            "have made river water so muddy that treatment plants have had to shut."
        ),
        (
            "Saudi Arabia extends voluntary oil output cut into next quarter. The energy ministry said the "
            "kingdom would keep producing about 9 million barrels a day."
        ),
        (
            "Load shedding returns in South Africa as power station units break down. The state utility said it "
            "would cut supply for up to six hours a day to protect the grid."
        ),
        (
            "Chile picks partners to develop lithium in the Atacama salt flats. The state copper company will "
            "hold a majority stake in the joint venture."
        ),
        (
            "Uganda and Tanzania sign financing for crude oil pipeline. The 1,443-kilometre heated pipeline will "
            "carry oil from Lake Albert fields to the port of Tanga."
        ),
        (
            "Morocco opens solar power complex at Ouarzazate's final phase. The concentrated solar plant stores "
            "heat in molten salt to supply power after sunset."
        ),
        (
            "Bolivia's gas exports to Argentina end as fields run dry. The state energy company said output had "
            "fallen for nine years for lack of investment in exploration."
        ),
        (
            "Coal mine explosion kills miners in Colombia's Cundinamarca province. Rescue teams said methane gas "
            "had built up in the tunnels before the blast."
        ),
        (
            "Vietnam approves plan for offshore wind and to stop building new coal power stations. The power "
            "development plan sets targets for renewables to supply a third of electricity by 2030."
        ),
        (
            "Kazakhstan uranium producer cuts output forecast on sulphuric acid shortage. The world's largest "
            "uranium miner said production would miss its target."
        ),
        (
            "DR Congo copper and cobalt mining output hits record. The mines ministry said copper production "
            "exceeded 2.8 million tonnes as new projects in Lualaba started up."
        ),
        (
            "Ethiopia's Grand Renaissance Dam turbines start producing electricity. The hydropower project on the "
            "Blue Nile will eventually generate more than 5,000 megawatts."
        ),
        (
            "Bangladesh pays arrears to Indian power supplier to restore electricity imports. The state power "
            "board said the dollar shortage had delayed payments for coal-fired power."
        ),
        (
            "Namibia's offshore oil discovery raises hopes for first production. Drillers said the well had found "
            "light oil and associated gas in the Orange basin."
        ),
        (
            "Indonesia bans export of bauxite to push for domestic alumina refineries. The mining ministry said "
            "companies must build smelters before receiving export permits."
        ),
    ),
    "politics": (
        "President names a new cabinet after election victory",
        "Opposition leader arrested ahead of presidential vote",
        "Parliament passes no-confidence motion against prime minister",
        "Foreign ministers meet to discuss regional security",
        "Defence minister visits ally to discuss arms purchases and military cooperation",
        "Election commission announces date for parliamentary polls",
        "Ruling party wins majority in snap election",
        "Peace talks between government and rebels resume",
        "NATO allies agree to increase defence spending",
        "Military coup leaders promise transition to civilian rule",
        "Diplomats expelled as relations between the two countries sour",
        "Summit leaders sign joint declaration on cooperation",
        "Troops deployed to the border after clashes",
        "Prime minister resigns amid coalition collapse",
        "Voters head to the polls in runoff election",
        "Defence ministry buys drones and fighter jets to modernise the army",
        "Sanctions imposed on officials over election fraud",
        "Navy holds joint exercises with allied fleets",
        "Ceasefire declared after weeks of fighting",
        "Foreign minister says talks with neighbour were constructive",
        "Protesters demand the president step down",
        "Campaign rally draws thousands as candidates court voters",
        (
            "Senegal's opposition candidate wins presidential election in first round. The electoral commission "
            "said he took 54 percent of the vote after a campaign delayed by months of unrest."
        ),
        (
            "South Korea and the Philippines agree to expand naval cooperation in the South China Sea. The "
            "defence ministers signed a memorandum on joint patrols and exchanges of officers."
        ),
        (
            "Niger's junta orders French troops to leave within a month. The military government said the defence "
            "agreements signed with Paris were no longer valid."
        ),
        (
            "Indian prime minister begins state visit to Egypt to deepen strategic ties. The two leaders are "
            "expected to sign agreements on defence, trade and renewable energy."
        ),
        (
            "Ethiopia and Tigray forces agree to a truce at talks in Pretoria. The African Union mediators said "
            "the parties would disarm fighters and restore services."
        ),
        (
            "Taiwan's ruling party candidate wins presidency as China warns against independence. Beijing said "
            "the result would not change the reality that the island was part of China."
        ),
        (
            "Mali's transitional government postpones elections indefinitely. The junta cited security threats "
            "and the need to complete a new voter register."
        ),
        (
            "Poland to buy South Korean tanks and howitzers in large arms deal. The defence ministry said the "
            "first vehicles would be delivered this year."
        ),
        (
            "Kenya's president and opposition leader meet to end street protests. Both sides agreed to set up a "
            "bipartisan committee to discuss electoral reform and the cost of living."
        ),
        (
            "Australia and Papua New Guinea sign security pact covering policing and defence. The agreement "
            "allows Australian forces to help train PNG's military."
        ),
        (
            "Bangladesh votes in general election boycotted by main opposition party. Turnout was low as the "
            "opposition called a general strike."
        ),
        (
            "Armenia and Azerbaijan foreign ministers hold peace talks in Washington. Officials said progress had "
            "been made on border delimitation."
        ),
        (
            "Sri Lanka elects leftist leader as president in vote dominated by economic anger. He promised to "
            "fight corruption and renegotiate the terms of the IMF bailout."
        ),
        (
            "Guatemala's president-elect takes office after months of legal challenges. Regional leaders attended "
            "the inauguration in Guatemala City."
        ),
        (
            "North Korea fires ballistic missile into the sea, Seoul's military says. The launch came days after "
            "joint drills by South Korea and the United States."
        ),
        (
            "Brazil's president hosts Amazon summit of regional leaders. Eight South American countries agreed to "
            "cooperate on fighting organised crime and deforestation."
        ),
        (
            "Russian and Chinese warships hold joint exercises in the Pacific. The defence ministries said the "
            "drills were not aimed at any third country."
        ),
        (
            "Chad's military ruler sworn in as president after disputed vote. Opposition parties said the "
            "election was neither free nor fair."
        ),
        (
            "Gulf states restore diplomatic ties with Qatar after three-year rift. Ambassadors will return and "
            "embassies reopen, the foreign ministers said."
        ),
        (
            "Japan and the Philippines sign reciprocal access agreement for troops. The pact allows each "
            "country's forces to train on the other's territory."
        ),
    ),
    "law-governance": (
        "Supreme Court strikes down law restricting protests",
        "Anti-corruption agency charges former minister with bribery",
        "New constitution approved in referendum",
        "Judge sentences traffickers to long prison terms",
        "Parliament passes freedom of information law",
        "Audit finds millions missing from public accounts",
        "Police reform bill aims to curb abuses in custody",
        "Court orders release of jailed journalists",
        "Government publishes procurement contracts to improve transparency",
        "Tax authority prosecutes companies for evasion",
        "Decentralisation law gives local councils control of budgets",
        "Human rights commission investigates deaths in detention",
        "Land registry digitised to reduce disputes and fraud",
        "Ombudsman receives complaints about public services",
        "International Criminal Court issues arrest warrant",
        "Regulator fines firms for breaking competition law",
        "Civil servants must declare assets under new ethics rules",
        "Lawyers challenge emergency decree in constitutional court",
        "Prison overcrowding prompts plan for bail reform",
        "Money laundering case leads to freezing of assets",
        "Public sector reform merges agencies to cut bureaucracy",
        "Electoral law amended after court ruling on constituency boundaries",
        (
            "Kenya's High Court blocks government plan to deploy police to Haiti. The judge said the deployment "
            "was unconstitutional without a reciprocal agreement."
        ),
        (
            "Malaysia's former prime minister loses final appeal in corruption case. The Federal Court upheld his "
            "conviction for abuse of power linked to a state investment fund."
        ),
        (
            "South Africa's state capture inquiry recommends prosecution of senior officials. The commission "
            "found that public companies had been looted through inflated contracts."
        ),
        (
            "Mexico's Senate approves judicial reform for election of judges. Critics said the reform would "
            "weaken the independence of the courts."
        ),
        (
            "Philippine court acquits former senator of drug charges. The judge said prosecutors had failed to "
            "prove their case beyond reasonable doubt."
        ),
        (
            "Nigeria's anti-graft agency recovers stolen funds from former governor. The commission said it had "
            "seized properties and bank accounts."
        ),
        (
            "Brazil's Supreme Court rules on indigenous land claims cut-off date. Judges rejected a theory that "
            "would have limited claims to land occupied in 1988."
        ),
        (
            "Peru's Congress votes to dissolve justice oversight board. Legal scholars said the move could "
            "undermine the independence of prosecutors."
        ),
        (
            "Tunisia's president dissolves supreme judicial council. Judges held a strike in protest, saying the "
            "decision threatened judicial independence."
        ),
        (
            "Ukraine sets up high anti-corruption court to try senior officials. International donors had made "
            "the court a condition for financial aid."
        ),
        (
            "Indonesia passes new criminal code banning sex outside marriage. Rights groups said the law could be "
            "used to target minorities and foreigners."
        ),
        (
            "Bangladesh court sentences opposition activists over arson attacks. Defence lawyers said the trials "
            "were politically motivated."
        ),
        (
            "Uganda's auditor general reports irregular payments in ministry of health. The report found "
            "suppliers paid for medicines that were never delivered."
        ),
        (
            "Guatemala's anti-corruption prosecutors flee the country. Several former members of a UN-backed "
            "commission said they faced arrest warrants."
        ),
        (
            "Zambia abolishes death penalty and criminal defamation of the president. The justice minister said "
            "the changes brought the law into line with the constitution."
        ),
        (
            "Sri Lanka enacts online safety law criticised by rights groups. The law lets a commission order the "
            "removal of social media posts deemed false."
        ),
        (
            "Court in Kenya orders police to pay compensation for unlawful detention. The ruling involved "
            "protesters held without charge during demonstrations."
        ),
        (
            "Lebanon's judge investigating port blast resumes probe after a year. Officials charged in the case "
            "have refused to appear for questioning."
        ),
        (
            "Thailand's Constitutional Court removes prime minister from office over ethics breach. Judges ruled "
            "that he had appointed a minister with a criminal record."
        ),
        (
            "Pakistan's parliament passes constitutional amendment changing how top judges are chosen. Lawyers' "
            "associations called the changes an attack on judicial independence."
        ),
    ),
    "health": (
        "Cholera outbreak kills dozens as cases spread",
        "Measles vaccination campaign reaches a million children",
        "WHO declares the end of the Ebola outbreak",
        "Hospital opens a new maternity ward to reduce deaths in childbirth",
        "Malaria cases fall after bed net distribution",
        "Doctors strike over unpaid wages at public hospitals",
        "New tuberculosis drug regimen cuts treatment time",
        "Health ministry reports rise in dengue fever cases",
        "Mental health services expanded in primary care clinics",
        "Universal health coverage scheme enrols poor families",
        "Shortage of essential medicines hits pharmacies",
        "HIV infections decline as more patients get treatment",
        "Malnutrition rates among children under five rise",
        "Nurses trained to treat diabetes and hypertension",
        "Mpox vaccines arrive as cases climb",
        "Cancer centre gets radiotherapy machines",
        "Polio detected in wastewater samples, officials say",
        "Clinics report surge in patients during heatwave",
        "Community health workers deliver care door to door",
        "Tobacco tax raised to cut smoking rates",
        "Pandemic preparedness fund approves grants for surveillance labs",
        "Blood bank appeals for donors after stocks run low",
        (
            "Uganda confirms Ebola outbreak in central district. The health ministry said contacts of the "
            "patients were being traced and isolated."
        ),
        (
            "Nigeria reports rise in Lassa fever cases. The centre for disease control said most cases were in "
            "Edo and Ondo states."
        ),
        (
            "India's health ministry launches campaign against tuberculosis in prisons. Inmates will be screened "
            "with portable x-ray machines."
        ),
        (
            "Bangladesh dengue deaths hit record as hospitals fill. The directorate of health said more than "
            "1,000 people had died this year."
        ),
        (
            "Malawi begins malaria vaccine rollout for young children. The vaccine will be given in four doses to "
            "children from five months old."
        ),
        (
            "Pakistan launches polio vaccination drive after new cases. Health workers will go door to door to "
            "vaccinate children under five."
        ),
        (
            "Kenya's doctors strike over unpaid salaries. Public hospitals turned patients away as the strike "
            "entered its second week."
        ),
        (
            "South Africa cuts price of HIV prevention pill. The health department said the cheaper pill would be "
            "available in public clinics."
        ),
        (
            "Peru declares health emergency as dengue spreads in northern regions. Hospitals in Piura and "
            "Lambayeque were overwhelmed."
        ),
        (
            "Sudan's hospitals shut as fighting continues, doctors' union says. Most hospitals in Khartoum were "
            "out of service due to lack of staff and supplies."
        ),
        (
            "Philippines expands free medicine for hypertension and diabetes patients. Public health centres will "
            "supply maintenance drugs."
        ),
        (
            "Nepal's health workers treat cholera in Kathmandu valley. Health authorities said contaminated water "
            "was likely the source."
        ),
        (
            "Indonesia bans cough syrups after deaths of children from kidney injury. The food and drug agency "
            "said some syrups contained toxic ethylene glycol."
        ),
        "Rwanda trains midwives to cut maternal deaths. The programme placed midwives in rural health centres.",
        (
            "Ghana approves second malaria vaccine for children. The food and drugs authority said the vaccine "
            "was safe for children."
        ),
        (
            "Mental health helpline launched for young people in Kenya. Counsellors will answer calls and text "
            "messages around the clock."
        ),
        (
            "Zambia starts cervical cancer screening for women in rural areas. Mobile clinics will offer "
            "screening and HPV vaccination."
        ),
        (
            "Vietnam's hospitals face shortage of medicines and medical supplies. Patients were asked to buy "
            "drugs at private pharmacies."
        ),
        "Haiti's cholera cases rise as gangs block aid. Doctors said treatment centres were running low on supplies.",
        (
            "DR Congo reports mpox cases in new provinces. The WHO said the virus was spreading faster than in "
            "previous outbreaks."
        ),
    ),
    "science-environment": (
        "Scientists discover new species of frog in cloud forest",
        "Climate talks end with pledge to cut emissions",
        "Heatwave breaks temperature records across the region",
        "Coral reefs bleached as ocean temperatures rise",
        "Satellite launched to monitor weather and crops",
        "Researchers sequence the genome of a drought-tolerant plant",
        "Air pollution reaches hazardous levels in the capital",
        "Glaciers melting faster than expected, study finds",
        "Wildfires burn thousands of hectares of forest",
        "Conservationists count rising numbers of elephants in the park",
        "Floods displace thousands after torrential rain",
        "Earthquake of magnitude 6.1 shakes the coast",
        "Plastic waste ban takes effect for single-use bags",
        "Astronomers detect a distant planet with telescope data",
        "Carbon market rules agreed for forest offsets",
        "Cyclone makes landfall, bringing strong winds and storm surge",
        "Marine protected area expanded to save fish stocks",
        "Study links rising sea levels to erosion of coastal villages",
        "Volcano eruption forces evacuation of nearby villages",
        "Biodiversity report warns of insect decline",
        "Physicists build a particle detector at the national lab",
        "Drought declared as rainfall falls far below average",
        (
            "Scientists confirm record low Antarctic sea ice for the month. The national ice data centre said the "
            "extent was well below the long-term average, continuing a pattern seen over several years."
        ),
        (
            "Kenya declares emergency as lake levels rise and swallow shoreline villages. Geologists said heavier "
            "rainfall over the past decade had pushed Lake Baringo and Lake Naivasha to their highest recorded "
            "levels."
        ),
        (
            "Researchers tag whale sharks off Mozambique to track migration routes. The satellite tags will show "
            "how far the fish travel and where they are caught as bycatch."
        ),
        (
            "Chile's environment agency halts a copper mine's water extraction to protect a high Andean wetland. "
            "The regulator said pumping had dried lagoons used by flamingos."
        ),
        (
            "Indian meteorologists forecast above-normal monsoon rainfall. The weather office said a developing "
            "La Nina was likely to bring more rain than usual to most of the country."
        ),
        (
            "Palaeontologists unearth dinosaur fossils in Argentina's Patagonia. The team described a long-necked "
            "plant-eater that may have been among the largest animals to walk the earth."
        ),
        (
            "Smog forces Lahore to close schools as air quality index tops 400. Provincial authorities blamed "
            "crop burning and vehicle exhaust for the haze."
        ),
        (
            "Typhoon lashes northern Philippines with winds of 180 km an hour. Weather forecasters raised the "
            "highest storm signal and thousands of residents were moved to evacuation centres."
        ),
        (
            "Coastal mangrove loss releases stored carbon, study finds. Researchers using satellite imagery "
            "estimated that clearing for aquaculture had released millions of tonnes of carbon dioxide."
        ),
        (
            "Volcanologists raise alert level as Indonesian volcano spews ash. The geological agency extended the "
            "exclusion zone around the crater to seven kilometres."
        ),
        (
            "Peru's glacier retreat threatens water for Andean cities, researchers warn. The national glacier "
            "institute said ice cover in the Cordillera Blanca had shrunk by more than a third since the 1960s."
        ),
        (
            "New frog and lizard species described in Madagascar's rainforest. Biologists from three universities "
            "identified the animals using DNA and recordings of their calls."
        ),
        (
            "South Africa's weather service warns of snow and cold front in the Cape. Motorists were advised to "
            "avoid mountain passes as temperatures fell below freezing."
        ),
        (
            "Sahara dust cloud reaches the Caribbean, lowering air quality. Health officials in Puerto Rico and "
            "Barbados advised people with asthma to stay indoors."
        ),
        (
            "Gorilla numbers rise in the Virunga massif, census finds. Conservationists counted more than 1,000 "
            "mountain gorillas across Rwanda, Uganda and the DR Congo."
        ),
        (
            "Bangladesh space agency signs deal to launch earth observation satellite. The satellite will map "
            "flooding, river erosion and crop cover."
        ),
        (
            "El Nino conditions declared, raising risk of drought in southern Africa. The global climate agency "
            "said the event could push average temperatures to new highs next year."
        ),
        (
            "Researchers find microplastics in fish from Lake Victoria. A study of Nile perch and tilapia sold at "
            "landing sites found plastic fragments in most samples."
        ),
        (
            "Turkey's parliament passes first climate law with emissions trading system. The law sets a 2053 net "
            "zero target and requires large emitters to hold allowances."
        ),
        (
            "Ozone layer on track to recover by mid-century, UN assessment says. Scientists credited the "
            "phase-out of ozone-depleting chemicals under the Montreal Protocol."
        ),
        (
            "Landslides after cloudburst kill villagers in Nepal's hill districts. The disaster management "
            "authority said rescue teams were searching for people missing under mud and rocks."
        ),
        (
            "Seagrass meadows planted off Tanzania to store carbon and shelter fish. Marine biologists said the "
            "restored beds had already drawn back juvenile fish and sea turtles."
        ),
    ),
    "social-gender": (
        "Women's groups demand action on domestic violence",
        "Child marriage rates fall after community campaigns",
        "Refugees arrive at camps as conflict displaces families",
        "Migrants rescued at sea after boat capsized",
        "Gender pay gap narrows, labour survey shows",
        "Disability rights activists call for accessible transport",
        "Cash transfer programme reduces poverty among widows",
        "Female genital mutilation ban enforced with new penalties",
        "Quota raises the share of women in parliament",
        "Homeless families moved into emergency shelters",
        "Indigenous communities demand recognition of land rights",
        "Youth unemployment fuels migration to cities",
        "Pension reform protects older people from poverty",
        "LGBT rights groups challenge discriminatory law",
        "Child labour found on plantations, report says",
        "Shelters for survivors of gender-based violence open",
        "Women entrepreneurs gain access to land titles",
        "Social protection scheme extended to informal workers",
        "Orphans supported by community foster care programme",
        "Survey shows rising inequality between rich and poor households",
        "Domestic workers win right to minimum wage",
        "Humanitarian agencies feed displaced people in camps",
        (
            "Pakistan's transgender community wins court case on identity cards. Rights groups said the ruling "
            "lets people choose their gender on national documents without a medical certificate."
        ),
        (
            "Nepal criminalises dowry demands with jail terms. Women's rights groups said dowry-related violence "
            "remained common in the southern plains."
        ),
        (
            "Thousands of Venezuelan migrants cross into Colombia each day, UN refugee agency says. Most arrive "
            "with young children and need food, shelter and documents."
        ),
        (
            "Brazil expands Bolsa Familia payments for families with young children. The social development "
            "ministry said the extra payment would reach about 9 million children under six."
        ),
        (
            "Kenya's women MPs push bill to enforce two-thirds gender rule. The constitution bars either gender "
            "from holding more than two-thirds of elected seats, but parliament has never met the target."
        ),
        (
            "Rohingya refugees in Bangladesh face ration cuts as aid funding falls. The World Food Programme said "
            "monthly food vouchers would drop to 8 dollars per person."
        ),
        (
            "India's Supreme Court allows unmarried women to seek abortion up to 24 weeks. Judges said the "
            "distinction between married and single women was unconstitutional."
        ),
        (
            "Survey finds one in three women in Mexico has faced violence from a partner. The statistics "
            "institute said most cases were never reported to police."
        ),
        (
            "Moroccan women's groups push for reform of inheritance rules. Activists say the family code still "
            "gives daughters half the share of sons."
        ),
        (
            "Syrian refugee families in Lebanon sink deeper into debt, survey finds. Nine in ten households "
            "borrowed money to buy food and pay rent."
        ),
        (
            "South Africa's unemployment among young people tops 60 percent. Youth groups marched to parliament "
            "demanding a basic income grant."
        ),
        (
            "Sierra Leone passes law reserving 30 percent of public posts for women. Ministers said the gender "
            "equality act also guarantees maternity leave and equal pay."
        ),
        (
            "Ugandan activists challenge anti-homosexuality law in court. Lawyers for LGBT groups argued the law "
            "violates rights to privacy and dignity."
        ),
        (
            "Child labour rises in cocoa-growing areas, survey shows. Researchers found more children doing "
            "hazardous work such as using machetes and spraying pesticides."
        ),
        (
            "Afghan women barred from working for aid groups, agencies suspend programmes. Humanitarian "
            "organisations said they could not reach women and girls without female staff."
        ),
        (
            "Japan's gender gap ranking slips as few women reach boardrooms and parliament. The report placed the "
            "country near the bottom among rich economies."
        ),
        (
            "Indigenous women in Guatemala win land case against plantation company. Community leaders said the "
            "ruling returned farmland taken from Q'eqchi' families."
        ),
        (
            "Bolivia extends old-age pension to informal workers. The universal pension pays a monthly benefit to "
            "everyone over 60 regardless of contributions."
        ),
        (
            "Eritrean asylum seekers in Israel protest deportation plan. Rights groups said the government was "
            "pressing them to leave for third countries in Africa."
        ),
        (
            "Argentina's Congress approves law on paid care leave for fathers. The law extends paternity leave "
            "and counts years spent caring for children towards pensions."
        ),
        (
            "Women in Sudan's camps report sexual violence, UN says. Survivors described attacks by armed men "
            "while collecting firewood outside camps in Darfur."
        ),
        (
            "Care work falls mostly on women and girls, Oxfam report says. Women spend on average four times as "
            "many hours as men on unpaid cooking, cleaning and caring for relatives."
        ),
    ),
    "sports": (
        "National team wins football match to qualify for World Cup",
        "Marathon runner breaks course record",
        "Cricket team clinches series with victory in final test",
        "Olympic champion retires after a long career",
        "Boxer wins world title fight by knockout",
        "Tennis star reaches the final of the grand slam",
        "Rugby side beats rivals in the championship",
        "Coach sacked after string of defeats in the league",
        "Sprinter sets national record in the 100 metres",
        "Athletes prepare for the Commonwealth Games",
        "Basketball league signs television rights deal",
        "Cyclist wins mountain stage of the tour",
        "Football club signs striker for record transfer fee",
        "Chess grandmaster wins the tournament",
        "Swimmer qualifies for the Olympics with a personal best",
        "Stadium renovation finished in time for the cup final",
        "Doping ban handed to weightlifter",
        "Women's football team wins the continental cup",
        "Golfer wins the open with a final round of 65",
        "Volleyball team takes bronze medal at Asian Games",
        "Fans celebrate as the team lifts the league trophy",
        "Paralympic athletes honoured for their medals",
        (
            "Morocco reaches World Cup semi-final, a first for an African team. The Atlas Lions beat Portugal 1-0 "
            "in Qatar."
        ),
        "Kenyan runner breaks marathon world record in Chicago. He finished in two hours and 35 seconds.",
        (
            "India wins cricket Test series against Australia. The visitors claimed the series 2-1 after a final "
            "day victory in Brisbane."
        ),
        "Ethiopian athletes sweep medals in women's 10,000 metres. The three runners finished ahead of Kenyan rivals.",
        (
            "Nigeria's Super Eagles name new coach ahead of Africa Cup of Nations. The federation said he had "
            "signed a two-year contract."
        ),
        "Fiji's rugby sevens team wins Olympic gold medal. The team beat New Zealand in the final.",
        "Pakistan hosts international cricket after a decade-long gap. Fans filled the stadium in Lahore.",
        "Jamaica's sprinter wins 100 metres at world championships. She crossed the line in 10.65 seconds.",
        (
            "Brazil's football legend retires from international duty. The forward scored more than 70 goals for "
            "the national team."
        ),
        "Samoa's weightlifter wins gold at the Pacific Games. The lifter set a games record in the clean and jerk.",
        "Senegal wins Africa Cup of Nations final on penalties. The team beat Egypt in the shoot-out.",
        (
            "Uganda's long-distance runner wins world cross-country title. He finished ahead of runners from "
            "Kenya and Ethiopia."
        ),
        "South Africa's Springboks win rugby World Cup. The team beat New Zealand by one point in the final.",
        "Indian chess player becomes youngest world champion. He won the final game against the defending champion.",
        (
            "Argentina's basketball team qualifies for Olympics. The team beat Puerto Rico in the final of the "
            "qualifying tournament."
        ),
        "Philippines' gymnast wins gold medals at world championships. He took first place in the floor exercise.",
        "Tanzania hosts Africa Cup of Nations qualifiers. The football federation said the stadium would be renovated.",
        (
            "Cameroon's football federation suspends players for age fraud. Players were found to have lied about "
            "their ages."
        ),
        "Kenya's volleyball women's team qualifies for Olympics. The team beat Egypt in the continental qualifier.",
        "Afghanistan cricket team beats Pakistan at World Cup. The team won by eight wickets in Chennai.",
    ),
    "transport": (
        "New railway line cuts travel time between the two cities",
        "Airline orders new aircraft to expand routes",
        "Port expansion doubles container handling capacity",
        "Road crash kills bus passengers on the highway",
        "Metro system opens its first line in the capital",
        "Ferry sinks with passengers on board",
        "Fuel shortage leaves trucks stranded at the border",
        "Airport terminal opens to handle more flights",
        "Bridge collapse cuts the main trade route",
        "Ride-hailing drivers protest against new fares",
        "Bus rapid transit lanes reduce commuting times",
        "Shipping traffic through the canal disrupted",
        "Freight trains carry more cargo as road tolls rise",
        "Electric buses join the public transport fleet",
        "Highway toll road financed by public-private partnership",
        "Flights cancelled as air traffic controllers strike",
        "Rail workers repair tracks damaged by landslides",
        "Logistics companies face delays at congested ports",
        "Motorcycle taxi drivers required to wear helmets",
        "Government buys new locomotives for the railway",
        "Aviation authority grounds planes for safety checks",
        "Cycling lanes built to ease traffic congestion",
        (
            "Kenya's standard gauge railway carries record freight to inland container depot. The railway "
            "corporation said more cargo from Mombasa port was moving by train rather than truck."
        ),
        (
            "Indonesia opens Southeast Asia's first high-speed railway. Trains between Jakarta and Bandung will "
            "cut the journey from three hours to about 40 minutes."
        ),
        (
            "Nigerian airline grounds fleet after jet fuel costs soar. The carrier said it had cancelled domestic "
            "flights until it could secure aviation fuel at affordable prices."
        ),
        (
            "Panama Canal limits daily ship transits as drought lowers water levels. Shipping lines waiting to "
            "cross faced delays of up to three weeks."
        ),
        (
            "Bus falls into river in Peru's Andes, killing passengers. Police said the vehicle veered off a "
            "mountain road at night."
        ),
        (
            "Ethiopian Airlines takes delivery of new wide-body jets. The carrier said the planes would serve new "
            "routes to Asia and the Americas."
        ),
        (
            "Truck drivers strike at Zambia's Kasumbalesa border post over delays. Queues of lorries carrying "
            "copper stretched for more than 50 kilometres."
        ),
        (
            "Pakistan's railway opens upgraded main line section between Karachi and Peshawar. Passenger trains "
            "will be allowed to run at higher speeds on the rebuilt track."
        ),
        (
            "Tanzania opens new electric railway line between Dar es Salaam and Morogoro. Passenger trains "
            "reached speeds of 160 km an hour on the first journey."
        ),
        (
            "Vietnam's Long Thanh airport project falls behind schedule. The aviation authority said the terminal "
            "building would open a year later than planned."
        ),
        (
            "Houthi attacks force shipping companies to divert vessels around Cape of Good Hope. The longer "
            "voyages add about ten days to trips between Asia and Europe."
        ),
        (
            "Ghana's Tema port adds new container terminal. The port authority said larger ships could now dock, "
            "cutting turnaround times."
        ),
        (
            "Philippine jeepney drivers strike against modernisation plan. Operators said they could not afford "
            "the new minibuses required to replace old vehicles."
        ),
        (
            "Egypt's Suez Canal revenue falls as shipping traffic drops. The canal authority said transits were "
            "down by about half on last year."
        ),
        (
            "Laos-China railway carries more passengers and cargo. Freight on the line includes rubber, cassava "
            "and fertiliser."
        ),
        (
            "Uganda bans old secondhand vehicles to cut road accidents. Imports of cars older than 15 years will "
            "be prohibited from next year."
        ),
        (
            "India's civil aviation regulator fines airline for safety lapses. The regulator said pilots had "
            "flown without required training."
        ),
        (
            "Morocco high-speed train line to be extended to Marrakech. The national railway office said the new "
            "line would cut travel time from Tangier."
        ),
        (
            "Mexico's new Maya Train begins service on Yucatan peninsula. The railway links tourist resorts with "
            "archaeological sites in the southeast."
        ),
        (
            "Bangladesh opens Padma bridge rail link to Dhaka. Trains will carry passengers from the southwest "
            "across the river for the first time."
        ),
        (
            "Road safety agency reports rise in motorcycle deaths in Thailand. Most victims were not wearing "
            "helmets, the agency said."
        ),
        (
            "Brazilian truckers block highways over diesel prices, disrupting deliveries. The ports of Santos and "
            "Paranagua said cargo arrivals fell."
        ),
    ),
    "urban-development": (
        "City council approves plan to upgrade informal settlements",
        "Affordable housing project delivers ten thousand homes",
        "Slum residents evicted to make way for a new road",
        "Smart city plan installs sensors for street lighting",
        "Rents soar as cities struggle with housing shortage",
        "Urban planners redesign the old market district",
        "Municipality builds parks and green spaces downtown",
        "Mayor announces plan to regenerate the waterfront",
        "Zoning rules changed to allow taller apartment buildings",
        "World Bank funds urban resilience projects for coastal cities",
        "Street vendors relocated under city redevelopment plan",
        "Building collapse raises concern over construction standards",
        "Waste collection improves in city neighbourhoods",
        "New town built to ease overcrowding in the capital",
        "Land titles issued to residents of informal settlements",
        "Municipal bonds finance city infrastructure",
        "Urban population to double by 2050, UN-Habitat says",
        "Heat islands: cities plant trees to cool streets",
        "Housing cooperative builds homes for low-income families",
        "Property developers face rules to include social housing",
        "City expands street lighting and pavements in suburbs",
        "Local government plans satellite towns around the city",
        (
            "Lagos demolishes waterfront slum to make way for luxury housing. Residents of the Otodo-Gbame "
            "community said they received no compensation."
        ),
        (
            "Egypt builds new administrative capital east of Cairo. Ministries are moving to the city, which will "
            "house about six million people."
        ),
        (
            "Nairobi county approves affordable housing project. The first units will be sold through a tenant "
            "purchase scheme."
        ),
        (
            "Indonesia begins building new capital city in Borneo. The government said Nusantara would replace "
            "Jakarta as the capital."
        ),
        (
            "Mumbai's slum redevelopment project relocates residents. Dharavi residents will be rehoused in "
            "high-rise buildings."
        ),
        (
            "Brazil relaunches social housing programme Minha Casa Minha Vida. The government plans to build two "
            "million homes."
        ),
        (
            "Addis Ababa's riverside project demolishes houses. Residents said they were given little notice "
            "before eviction."
        ),
        (
            "Kigali's master plan bans informal settlements from wetlands. Residents were moved to new housing in "
            "other neighbourhoods."
        ),
        "Mexico City approves plan to regulate short-term rentals. Residents said holiday lets were pushing up rents.",
        "Manila's city government opens new public market. The market replaced an old building destroyed by fire.",
        "Dhaka's city planners try to reduce traffic congestion. The city will build flyovers and pedestrian walkways.",
        (
            "Johannesburg building fire kills residents of hijacked building. Officials said the building had "
            "been occupied by squatters."
        ),
        (
            "Kampala city authority bans street vendors from the centre. Traders were moved to new markets "
            "outside the business district."
        ),
        (
            "Karachi's anti-encroachment drive removes shops along drains. The city government said the drains "
            "were blocked."
        ),
        (
            "Chinese cities ease property rules to boost housing market. Buyers no longer need to show residency "
            "to purchase homes."
        ),
        (
            "Accra's planners redesign market to reduce congestion. The new market will have parking and storage "
            "facilities."
        ),
        (
            "Rio de Janeiro's favela upgrading programme builds cable car and paved roads. Residents said "
            "services had improved."
        ),
        "Hanoi plans to move factories out of the city centre. Land will be used for parks and public buildings.",
        (
            "UN-Habitat says one billion people live in slums. The report called for more investment in housing "
            "and basic services."
        ),
        (
            "Lima's municipality builds stairways and parks in hillside settlements. The programme aims to make "
            "poor neighbourhoods safer."
        ),
    ),
    "wash": (
        "Villages get clean drinking water from new boreholes",
        "Sanitation campaign ends open defecation in the district",
        "Water shortages force rationing in the capital",
        "Handwashing stations installed in schools to prevent disease",
        "Sewage treatment plant built to stop river pollution",
        "Toilets built for households under sanitation programme",
        "Water utility repairs leaking pipes to reduce losses",
        "Contaminated wells blamed for diarrhoea cases",
        "Rainwater harvesting tanks supplied to rural homes",
        "Menstrual hygiene kits distributed to schoolgirls",
        "Water tariffs raised to fund network expansion",
        "Desalination plant supplies drinking water to coastal towns",
        "Latrines and showers built in displacement camps",
        "Piped water reaches informal settlements for the first time",
        "Faecal sludge management improves in urban areas",
        "Water quality testing finds arsenic in groundwater",
        "Hygiene promotion volunteers teach handwashing with soap",
        "Drought dries up water points, forcing women to walk further",
        "Public toilets opened in markets and bus stations",
        "Water and sanitation investment plan approved by donors",
        "Chlorination of water supplies stops cholera spreading",
        "Dam reservoir levels low as water demand rises",
        (
            "Malawi drills new boreholes in drought-hit districts. Households had walked several kilometres to "
            "collect water."
        ),
        "Kenya's water utility raises tariffs in Nairobi. The company said the increase would fund new pipelines.",
        "Cape Town avoids day zero as dam levels rise. Residents had cut water use by half during the drought.",
        (
            "India's rural water scheme connects millions of homes to piped water. The government said 140 "
            "million households now had tap connections."
        ),
        (
            "Bangladesh's arsenic-contaminated wells still used by millions. A survey found many wells had not "
            "been tested."
        ),
        (
            "Zimbabwe's capital faces water shortages as treatment plant breaks down. Residents queued at "
            "boreholes for water."
        ),
        (
            "Nigeria launches campaign to end open defecation by 2025. The government said 48 million people "
            "still defecated in the open."
        ),
        "UNICEF provides water trucking to drought-hit Somalia. Families in camps received water and hygiene kits.",
        "Pakistan's flood-affected villages get water filters. Aid agencies said waterborne diseases were spreading.",
        "Haiti's water supply contaminated after earthquake. Aid workers distributed chlorine tablets.",
        "Ethiopia's sanitation programme builds latrines in schools. The programme reached 5,000 schools.",
        "Uganda's women spend hours fetching water, report says. Girls missed school to collect water.",
        "Jordan's water crisis worsens as refugees strain supplies. The government rationed water in Amman.",
        "Tanzania's water utility cuts supply to Dar es Salaam. The utility said river levels had dropped.",
        "Peru's water utility repairs pipes after landslide. Lima residents were without water for days.",
        "Zambia's cholera outbreak linked to contaminated water. Health officials chlorinated wells in Lusaka.",
        "Kenya's Turkana communities get solar-powered water pumps. The pumps supply water to families and livestock.",
        "Mozambique's water utility expands service to informal settlements. Residents will pay lower tariffs.",
        "Mexico City's water shortage forces rationing. Reservoirs supplying the city were at record lows.",
        "Indian city's sewage pollutes lake. Residents complained of foul smells and dead fish.",
    ),
}
