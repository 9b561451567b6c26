"""A labelled set for story clustering and for people/organisation tagging.

Invented wire items: 12 events, each told by two to four agencies in their
own words, plus distractors on the same topics about different events (a
second drone deal, another cyclone, another rate decision). ``event`` is the
gold cluster; ``people`` and ``orgs`` are every person and organisation the
text names, as it names them (a story that gives only "Bora" is labelled
"Bora"): the gold set for the tagger. Names are fictional except
international bodies, which appear only as background.
"""

from __future__ import annotations

import dataclasses


@dataclasses.dataclass(frozen=True)
class Example:
    event: str
    agency: str
    headline: str
    body: str
    people: tuple[str, ...]
    orgs: tuple[str, ...]
    hours: float  # when filed, hours after the set's start


EXAMPLES: tuple[Example, ...] = (
    # 1. Japan-Turkey defence visit (the seed story's event)
    Example(
        "jp-tr-defence",
        "Asia Wire",
        "Japan's defence minister in Turkey to discuss drone cooperation",
        "Japan's defense minister Gen Nakatani held talks with his Turkish counterpart Yasar Guler in Ankara on "
        "Tuesday on defence industry cooperation, including a possible purchase of Turkish-made drones. Nakatani "
        "will visit drone manufacturer Baykar. Turkey is a member of NATO. His tour also includes Djibouti and Jordan.",
        ("Gen Nakatani", "Yasar Guler"),
        ("Baykar", "NATO"),
        0,
    ),
    Example(
        "jp-tr-defence",
        "Bosphorus News",
        "Turkey courts Japan as buyer for its combat drones",
        "Turkish Defence Minister Yasar Guler hosted Japan's Gen Nakatani in Ankara, the first visit by a Japanese "
        "defence minister to the NATO member. Officials said Tokyo is interested in unmanned aircraft built by "
        "Baykar and in joint work on maintenance. Nakatani goes on to Djibouti and Jordan.",
        ("Yasar Guler", "Gen Nakatani"),
        ("NATO", "Baykar"),
        2,
    ),
    Example(
        "jp-tr-defence",
        "Global Desk",
        "UPDATE 1-Nakatani, Guler agree to deepen Japan-Turkey defence ties",
        "Defence ministers Gen Nakatani of Japan and Yasar Guler of Turkey agreed in Ankara to expand defence "
        "industry cooperation. Japan's Self-Defense Forces are studying Turkish drones, and Nakatani toured the "
        "Baykar plant before flying to Djibouti.",
        ("Gen Nakatani", "Yasar Guler"),
        ("Self-Defense Forces", "Baykar"),
        5,
    ),
    # 2. Fiji cyclone
    Example(
        "fj-cyclone",
        "Pacific Press",
        "Cyclone Mala makes landfall in Fiji, thousands in shelters",
        "Tropical Cyclone Mala struck Fiji's main island of Viti Levu overnight with winds of 190 km/h. Prime "
        "Minister Josefa Tuilagi said 12,000 people were in evacuation centres. The Fiji Meteorological Service "
        "warned of flooding in Nadi and Lautoka.",
        ("Josefa Tuilagi",),
        ("Fiji Meteorological Service",),
        1,
    ),
    Example(
        "fj-cyclone",
        "Southern Cross Wire",
        "Fiji counts damage after Cyclone Mala batters Viti Levu",
        "Fiji began assessing damage on Wednesday after Cyclone Mala tore roofs off homes across Viti Levu. "
        "Tuilagi said about 12,000 Fijians had spent the night in shelters, while the Red Cross sent relief teams "
        "to Lautoka and Nadi.",
        ("Tuilagi",),
        ("Red Cross",),
        9,
    ),
    Example(
        "fj-cyclone",
        "Global Desk",
        "FACTBOX-What we know about Cyclone Mala's hit on Fiji",
        "Cyclone Mala, a category four storm, crossed Viti Levu with gusts of 190 km/h. Fiji's government opened "
        "evacuation centres for 12,000 people. Flooding was reported in Nadi, and the Fiji Meteorological Service "
        "expects heavy rain to continue.",
        (),
        ("Fiji Meteorological Service",),
        14,
    ),
    # 3. Kenya central bank rate
    Example(
        "ke-rate",
        "East Africa Wire",
        "Kenya's central bank cuts key rate to 9.75% to spur lending",
        "The Central Bank of Kenya lowered its benchmark rate by 50 basis points to 9.75 percent on Tuesday, "
        "citing easing inflation. Governor Amos Njoroge said private sector credit growth remained weak.",
        ("Amos Njoroge",),
        ("Central Bank of Kenya",),
        20,
    ),
    Example(
        "ke-rate",
        "Global Desk",
        "Kenya trims interest rate for third time as inflation cools",
        "Kenya's central bank cut its policy rate to 9.75% from 10.25%, its third cut this year. Governor Amos "
        "Njoroge told reporters in Nairobi that inflation of 4.1 percent left room to support lending to "
        "businesses.",
        ("Amos Njoroge",),
        (),
        22,
    ),
    Example(
        "ke-rate",
        "Savanna Business",
        "CBK rate cut to 9.75 pct welcomed by Nairobi banks",
        "Commercial banks in Nairobi welcomed the Central Bank of Kenya's decision to reduce the benchmark rate to "
        "9.75 percent. Kenya Bankers Association chief Ruth Wambui said lenders would pass on lower costs.",
        ("Ruth Wambui",),
        ("Central Bank of Kenya", "Kenya Bankers Association"),
        25,
    ),
    # 4. Chile lithium
    Example(
        "cl-lithium",
        "Andes Report",
        "Chile picks Lumina Metals for Atacama lithium project",
        "Chile's mining ministry selected Lumina Metals to develop a lithium project in the Atacama salt flat. "
        "Mining Minister Carla Ibarra said state company Codelco would hold a majority stake.",
        ("Carla Ibarra",),
        ("Lumina Metals", "Codelco"),
        30,
    ),
    Example(
        "cl-lithium",
        "Global Desk",
        "Lumina wins Chilean lithium tender, Codelco to keep control",
        "Lumina Metals won the tender for a lithium venture in Chile's Atacama desert, with Codelco keeping "
        "majority control, Minister Carla Ibarra announced in Santiago. Indigenous communities near the salt "
        "flat have asked for consultation.",
        ("Carla Ibarra",),
        ("Lumina Metals", "Codelco"),
        31,
    ),
    Example(
        "cl-lithium",
        "Latin Business Wire",
        "Atacama lithium deal: Codelco partners with Lumina Metals",
        "Codelco will partner with Lumina Metals on a new lithium mine in the Atacama, Chile's government said. "
        "Ibarra said production could begin in 2029 and that local communities would share revenue.",
        ("Ibarra",),
        ("Codelco", "Lumina Metals"),
        33,
    ),
    # 5. Nigeria teachers strike
    Example(
        "ng-strike",
        "West Africa Wire",
        "Nigerian teachers begin nationwide strike over unpaid wages",
        "Teachers across Nigeria walked out of public schools on Monday after the Nigeria Union of Teachers said "
        "state governments owed months of salary arrears. Union president Musa Adeyemi said the strike was "
        "indefinite.",
        ("Musa Adeyemi",),
        ("Nigeria Union of Teachers",),
        40,
    ),
    Example(
        "ng-strike",
        "Global Desk",
        "Schools shut in Nigeria as teachers strike for salary arrears",
        "Public schools in Lagos, Kano and Abuja were closed as the Nigeria Union of Teachers began an "
        "indefinite strike. Musa Adeyemi, the union's president, said members had not been paid for up to "
        "five months.",
        ("Musa Adeyemi",),
        ("Nigeria Union of Teachers",),
        43,
    ),
    Example(
        "ng-strike",
        "Lagos Daily Wire",
        "NUT strike: education minister invites teachers to talks",
        "Nigeria's education minister Halima Bello invited the Nigeria Union of Teachers to talks in Abuja as a "
        "strike over salary arrears closed schools nationwide. Adeyemi said the union would attend.",
        ("Halima Bello", "Adeyemi"),
        ("Nigeria Union of Teachers",),
        47,
    ),
    # 6. India monsoon floods Assam
    Example(
        "in-floods",
        "South Asia Wire",
        "Floods in India's Assam displace 300,000 as Brahmaputra rises",
        "Monsoon floods in the Indian state of Assam have displaced about 300,000 people, the Assam State Disaster "
        "Management Authority said. Chief Minister Ranjit Bora visited relief camps in Dhubri.",
        ("Ranjit Bora",),
        ("Assam State Disaster Management Authority",),
        50,
    ),
    Example(
        "in-floods",
        "Global Desk",
        "Brahmaputra floods swamp villages in Assam, 300,000 displaced",
        "About 300,000 people have fled rising water in Assam as the Brahmaputra burst its banks. Ranjit Bora, "
        "the state's chief minister, said the army had been called in to help rescue villagers near Dhubri.",
        ("Ranjit Bora",),
        (),
        52,
    ),
    Example(
        "in-floods",
        "Delhi Newswire",
        "Army joins rescue as Assam flood toll rises",
        "Indian army teams joined rescue work in flooded districts of Assam, where the Brahmaputra has displaced "
        "some 300,000 residents. Bora appealed for central funds from New Delhi.",
        ("Bora",),
        ("Indian army",),
        56,
    ),
    # 7. Rwanda tech hub
    Example(
        "rw-tech",
        "East Africa Wire",
        "Rwanda opens Kigali AI research centre with Norvik Systems",
        "Rwanda opened an artificial intelligence research centre in Kigali built with Norvik Systems. ICT "
        "Minister Claudine Uwase said the centre would train 2,000 engineers over five years.",
        ("Claudine Uwase",),
        ("Norvik Systems",),
        60,
    ),
    Example(
        "rw-tech",
        "Global Desk",
        "Norvik Systems backs Kigali AI centre to train 2,000 engineers",
        "Norvik Systems and Rwanda's government launched an AI research centre in Kigali. Claudine Uwase, the "
        "ICT minister, said it would work with Carnegie Mellon University Africa on courses.",
        ("Claudine Uwase",),
        ("Norvik Systems", "Carnegie Mellon University Africa"),
        61,
    ),
    # 8. Peru election
    Example(
        "pe-election",
        "Andes Report",
        "Peru heads to runoff between Salazar and Quispe",
        "Peru's presidential election will go to a runoff between former mayor Lucia Salazar and union leader "
        "Ernesto Quispe, the National Jury of Elections said after counting in Lima.",
        ("Lucia Salazar", "Ernesto Quispe"),
        ("National Jury of Elections",),
        70,
    ),
    Example(
        "pe-election",
        "Global Desk",
        "Salazar, Quispe advance to Peru presidential runoff",
        "Lucia Salazar led the first round of Peru's presidential vote with 24 percent, ahead of Ernesto Quispe "
        "with 19 percent, official results showed. The runoff will be held in June.",
        ("Lucia Salazar", "Ernesto Quispe"),
        (),
        72,
    ),
    Example(
        "pe-election",
        "Latin Politics Wire",
        "Peru's Quispe vows to unite left before runoff with Salazar",
        "Ernesto Quispe promised to build a broad coalition before facing Lucia Salazar in Peru's presidential "
        "runoff. Quispe's party, Frente Obrero, won the most seats in Congress.",
        ("Ernesto Quispe", "Lucia Salazar"),
        ("Frente Obrero", "Congress"),
        75,
    ),
    # 9. Ethiopia cholera
    Example(
        "et-cholera",
        "Horn Wire",
        "Cholera outbreak in Ethiopia's Amhara region kills 40",
        "A cholera outbreak in Ethiopia's Amhara region has killed 40 people, the Ethiopian Public Health "
        "Institute said. The World Health Organization is sending oral vaccines to Bahir Dar.",
        (),
        ("Ethiopian Public Health Institute", "World Health Organization"),
        80,
    ),
    Example(
        "et-cholera",
        "Global Desk",
        "WHO ships cholera vaccines to Ethiopia as Amhara deaths reach 40",
        "The World Health Organization said it was shipping 500,000 doses of oral cholera vaccine to Ethiopia, "
        "where an outbreak in Amhara has killed 40. Health minister Mekdes Alemu said clean water was the priority.",
        ("Mekdes Alemu",),
        ("World Health Organization",),
        83,
    ),
    Example(
        "et-cholera",
        "Addis Newswire",
        "Amhara cholera: Ethiopia opens treatment centres in Bahir Dar",
        "Ethiopia opened cholera treatment centres in Bahir Dar as deaths in the Amhara region rose to 40. Alemu "
        "said Doctors Without Borders was running two of the centres.",
        ("Alemu",),
        ("Doctors Without Borders",),
        86,
    ),
    # 10. Brazil football final
    Example(
        "br-football",
        "Latin Sport Wire",
        "Palmeira beat Santa Cruz 2-1 to win Brazilian Cup",
        "Palmeira won the Brazilian Cup with a 2-1 victory over Santa Cruz in Rio de Janeiro, striker Diego "
        "Farias scoring the winner in the 88th minute.",
        ("Diego Farias",),
        ("Palmeira", "Santa Cruz"),
        90,
    ),
    Example(
        "br-football",
        "Global Desk",
        "Farias late goal gives Palmeira Brazilian Cup title",
        "Diego Farias struck two minutes from time as Palmeira beat Santa Cruz 2-1 in the Brazilian Cup final at "
        "the Maracana in Rio de Janeiro. Coach Tiago Mendes called it the best night of his career.",
        ("Diego Farias", "Tiago Mendes"),
        ("Palmeira", "Santa Cruz"),
        91,
    ),
    # 11. Vietnam metro
    Example(
        "vn-metro",
        "Mekong Wire",
        "Hanoi opens second metro line after years of delays",
        "Hanoi opened its second metro line on Saturday, a 12.5 km route built with financing from the Asian "
        "Development Bank. Transport Minister Nguyen Van Hung said 60,000 passengers a day were expected.",
        ("Nguyen Van Hung",),
        ("Asian Development Bank",),
        100,
    ),
    Example(
        "vn-metro",
        "Global Desk",
        "Vietnam's capital Hanoi launches 12.5 km metro line",
        "Vietnam opened a 12.5 km metro line in Hanoi, years behind schedule. Nguyen Van Hung, the transport "
        "minister, said the line funded by the Asian Development Bank would carry 60,000 riders daily.",
        ("Nguyen Van Hung",),
        ("Asian Development Bank",),
        102,
    ),
    Example(
        "vn-metro",
        "Asia Wire",
        "Commuters crowd Hanoi's new metro on opening day",
        "Thousands of commuters rode Hanoi's new 12.5 km metro line on its first day. Hung said fares would be "
        "free for the first two weeks.",
        ("Hung",),
        (),
        104,
    ),
    # 12. Morocco solar
    Example(
        "ma-solar",
        "Maghreb Wire",
        "Morocco's Noor Midelt solar plant starts supplying grid",
        "Morocco's Noor Midelt solar complex began supplying electricity to the national grid, the Moroccan "
        "Agency for Sustainable Energy said. Energy Minister Leila Benali said it adds 800 megawatts.",
        ("Leila Benali",),
        ("Moroccan Agency for Sustainable Energy",),
        110,
    ),
    Example(
        "ma-solar",
        "Global Desk",
        "800 MW Noor Midelt solar complex comes online in Morocco",
        "The 800 megawatt Noor Midelt solar complex in Morocco started delivering power, energy minister Leila "
        "Benali said. The Moroccan Agency for Sustainable Energy built it with a World Bank loan.",
        ("Leila Benali",),
        ("Moroccan Agency for Sustainable Energy", "World Bank"),
        111,
    ),
    # Distractors: same topics, different events.
    Example(
        "x-pl-drones",
        "Global Desk",
        "Poland signs deal to buy Turkish drones",
        "Poland's defence ministry signed a contract to buy combat drones from Baykar, Defence Minister Tomasz "
        "Wrobel said in Warsaw. Poland is a NATO member on the alliance's eastern flank.",
        ("Tomasz Wrobel",),
        ("Baykar", "NATO"),
        3,
    ),
    Example(
        "x-jp-exercise",
        "Asia Wire",
        "Japan and Australia hold joint naval exercise",
        "Japan's Maritime Self-Defense Force and the Royal Australian Navy began a joint exercise in the Coral "
        "Sea. Admiral Kenji Sato said the drills focused on anti-submarine warfare.",
        ("Kenji Sato",),
        ("Maritime Self-Defense Force", "Royal Australian Navy"),
        4,
    ),
    Example(
        "x-vu-cyclone",
        "Pacific Press",
        "Cyclone Tomas weakens after passing Vanuatu",
        "Cyclone Tomas weakened to a category two storm after passing east of Vanuatu, the Vanuatu Meteorology "
        "and Geo-Hazards Department said. No deaths were reported in Port Vila.",
        (),
        ("Vanuatu Meteorology and Geo-Hazards Department",),
        12,
    ),
    Example(
        "x-ug-rate",
        "East Africa Wire",
        "Uganda's central bank holds rate at 9.75%",
        "The Bank of Uganda kept its central bank rate unchanged at 9.75 percent, Governor Michael Atingi said in "
        "Kampala, warning that inflation risks remained.",
        ("Michael Atingi",),
        ("Bank of Uganda",),
        23,
    ),
    Example(
        "x-ar-lithium",
        "Latin Business Wire",
        "Argentina's Jujuy approves new lithium mine",
        "Argentina's Jujuy province approved a lithium mine by Andina Resources, Governor Pablo Ferreyra said. "
        "The salt flat project expects output in 2028.",
        ("Pablo Ferreyra",),
        ("Andina Resources",),
        32,
    ),
    Example(
        "x-gh-strike",
        "West Africa Wire",
        "Ghana nurses call off strike after pay deal",
        "Nurses in Ghana ended a two-week strike after the Ghana Registered Nurses and Midwives Association "
        "reached a pay agreement with the health ministry, union leader Perpetual Ofori said.",
        ("Perpetual Ofori",),
        ("Ghana Registered Nurses and Midwives Association",),
        44,
    ),
    Example(
        "x-bd-floods",
        "South Asia Wire",
        "Floods in Bangladesh's Sylhet strand 200,000",
        "Flash floods in north-eastern Bangladesh have stranded about 200,000 people in Sylhet, the Department "
        "of Disaster Management said. Rescue boats were sent from Dhaka.",
        (),
        ("Department of Disaster Management",),
        53,
    ),
    Example(
        "x-ke-ai",
        "East Africa Wire",
        "Kenya launches national AI strategy in Nairobi",
        "Kenya launched a national artificial intelligence strategy, ICT Cabinet Secretary Peter Kamau said in "
        "Nairobi, promising data centres and training for 10,000 young people.",
        ("Peter Kamau",),
        (),
        62,
    ),
    Example(
        "x-co-election",
        "Latin Politics Wire",
        "Colombia's Congress approves electoral reform",
        "Colombia's Congress approved an electoral reform that changes campaign financing rules, Senate president "
        "Andres Rojas said in Bogota.",
        ("Andres Rojas",),
        ("Congress", "Senate"),
        74,
    ),
    Example(
        "x-so-cholera",
        "Horn Wire",
        "Somalia reports cholera cases after floods",
        "Somalia's health ministry reported 300 cholera cases in Baidoa after floods, and UNICEF said it was "
        "trucking clean water to camps for displaced people.",
        (),
        ("UNICEF",),
        84,
    ),
    Example(
        "x-ar-football",
        "Latin Sport Wire",
        "River Plata win Argentine league title",
        "River Plata clinched the Argentine league title with a 3-0 win over Estudiantes, striker Martin Lopez "
        "scoring twice in Buenos Aires.",
        ("Martin Lopez",),
        ("River Plata", "Estudiantes"),
        92,
    ),
)
