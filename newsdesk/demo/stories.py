"""The demo newsroom: fictional wire stories shown to a new user on first run.

Everything here is invented for demonstration. The agencies, the people and the
events are fictional; real international bodies (UN agencies, the World Bank,
the IMF, WHO, NATO) and real places appear only as background. The stories
read like a development-news wire: policy, economy, science, health and
development from every region, in a plain wire-service register.

This module is pure data so that it can be checked without Django: the loader
turns each :class:`DemoStory` into wire items, articles and images. Times are
relative (``hours_ago``) so the demo always looks fresh, which is also why no
story names a weekday. Call :func:`validate` (the test suite does) after
editing; it is not run at import time.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter, defaultdict


@dataclasses.dataclass(frozen=True)
class DemoStory:
    key: str  # stable unique id, e.g. "jp-tr-defence-drones"
    kind: str  # "news" | "shot" | "opinion" | "blog" | "interview"
    agency: str  # fictional agency name; "" for opinion/blog/interview written in-house
    headline: str
    standfirst: str  # one or two sentences
    body: tuple[str, ...]  # paragraphs, plain text (no HTML)
    sector: str  # one of the SECTORS slugs
    countries: tuple[str, ...]  # ISO 3166-1 alpha-2, primary first; () for global stories
    place_label: str  # "Global" when the story spans regions, else the primary country's common name
    authors: tuple[str, ...]  # () => desk byline; named fictional authors for opinion/blog/interview
    hours_ago: float  # when it was first created, relative to "now" at load time
    updated_hours_after: float | None  # None, or hours after creation when it was updated
    image: str  # "" (no image), "ai" (AI-generated illustration), "photo" (agency photo/graphic, not AI)
    image_caption: str
    tags: tuple[str, ...]  # people, organisations, places named in the story
    event: str = ""  # same non-empty value on stories from different agencies about the same event
    wire_role: str = ""  # "", "update" / "kill" (set updates_key), "embargo" (set embargo_hours_from_now)
    updates_key: str = ""
    embargo_hours_from_now: float = 0.0


KINDS: tuple[str, ...] = ("news", "shot", "opinion", "blog", "interview")
IN_HOUSE_KINDS: frozenset[str] = frozenset({"opinion", "blog", "interview"})
IMAGE_KINDS: tuple[str, ...] = ("", "ai", "photo")
WIRE_ROLES: tuple[str, ...] = ("", "update", "kill", "embargo")

SECTORS: dict[str, str] = {
    "agro-forestry": "Agro-Forestry",
    "art-culture": "Art & Culture",
    "technology": "Technology",
    "economy-business": "Economy & Business",
    "education": "Education",
    "energy-extractives": "Energy & Extractives",
    "politics": "Politics",
    "law-governance": "Law & Governance",
    "health": "Health",
    "science-environment": "Science & Environment",
    "social-gender": "Social & Gender",
    "sports": "Sports",
    "transport": "Transport",
    "urban-development": "Urban Development",
    "wash": "WASH",
}

AGENCIES: tuple[str, ...] = (
    "Meridian Press Agency",
    "Equator Newswire",
    "Northgate News Service",
    "Coral Coast Wire",
    "Silverline Press",
)

# The names newsrooms use where ISO 3166 (and so pycountry) spells a country differently.
PLACE_ALIASES: dict[str, tuple[str, ...]] = {
    "TR": ("Turkey",),
    "CD": ("Democratic Republic of the Congo", "DR Congo"),
    "VN": ("Vietnam",),
    "LA": ("Laos",),
    "TZ": ("Tanzania",),
}

MAX_HOURS_AGO = 14 * 24


STORIES: tuple[DemoStory, ...] = (
    DemoStory(
        key="jp-tr-defence-drones",
        kind="news",
        agency="Meridian Press Agency",
        headline="Japan and Turkey Explore Defence Industry Ties as Tokyo Eyes Turkish Drones",
        standfirst=(
            "Japanese Defence Minister Haruto Kisaragi is holding talks in Ankara on industrial cooperation and a "
            "possible purchase of Turkish-made drones. It is the first visit to Turkey by a Japanese defence "
            "minister."
        ),
        body=(
            (
                "Japanese Defence Minister Haruto Kisaragi was due to hold talks with his Turkish counterpart, Selim "
                "Arikan, in Ankara, with defence industry cooperation and the possible purchase of Turkish-made "
                "unmanned aircraft at the top of the agenda, officials from both governments said."
            ),
            (
                "The trip is the first by a Japanese defence minister to Turkey, a NATO member that has been building "
                "ties beyond its traditional European and Middle Eastern partners. Both countries are allies of the "
                "United States, and officials described the talks as a step towards closer technology exchanges "
                "rather than a new security arrangement."
            ),
            (
                "Kisaragi is scheduled to visit several Turkish defence plants, including the production line of "
                "drone maker Toros Unmanned Systems, whose medium-altitude aircraft have been sold to more than a "
                "dozen countries. Japan's Self-Defense Forces have been expanding their use of unmanned systems for "
                "coastal surveillance and disaster response."
            ),
            (
                "A Japanese defence ministry spokesperson said no purchase decision had been made and that any "
                "acquisition would follow Japan's usual evaluation process. The minister's regional tour also "
                "includes stops in Djibouti, where Japan maintains a small facility supporting anti-piracy patrols, "
                "and in Jordan."
            ),
        ),
        sector="politics",
        countries=("JP", "TR", "DJ", "JO"),
        place_label="Japan",
        authors=(),
        hours_ago=3.5,
        updated_hours_after=1.0,
        image="ai",
        image_caption=(
            "AI-generated illustration of a medium-altitude drone on an airfield apron. It does not depict a real "
            "aircraft, place or event."
        ),
        tags=(
            "Haruto Kisaragi",
            "Selim Arikan",
            "Toros Unmanned Systems",
            "NATO",
            "Japan Self-Defense Forces",
            "Ankara",
            "Djibouti",
            "Jordan",
        ),
        event="jp-tr-defence-visit",
    ),
    DemoStory(
        key="tr-jp-defence-talks",
        kind="news",
        agency="Equator Newswire",
        headline="Turkey Pitches Drone Know-How to Japan in First Ministerial Defence Visit",
        standfirst=(
            "Ankara hopes talks with Japan's defence minister will open a new export market in Asia for its unmanned "
            "aircraft makers."
        ),
        body=(
            (
                "Turkey is hoping to turn a first-ever visit by a Japanese defence minister into a foothold in the "
                "Asian market for its drone manufacturers, Turkish officials said as Haruto Kisaragi arrived in "
                "Ankara for talks with Defence Minister Selim Arikan."
            ),
            (
                "Turkish defence exports have grown quickly over the past decade, led by unmanned aircraft. An "
                "official at the Turkish defence ministry, speaking on condition of anonymity because the talks were "
                "private, said Ankara would propose joint work on maintenance, training and components, not only "
                "off-the-shelf sales."
            ),
            (
                "Japan, which has loosened its own rules on defence equipment transfers in recent years, has been "
                "studying foreign unmanned systems for maritime surveillance. Analysts said a deal would be modest in "
                "size but symbolically important for both countries, which share an alliance with the United States."
            ),
            (
                "Kisaragi is expected to tour a plant run by Toros Unmanned Systems near Ankara before leaving for "
                "Djibouti, where Japan keeps a base for anti-piracy operations, and then Jordan, where he is due to "
                "meet senior military officials on the final leg of his tour."
            ),
        ),
        sector="politics",
        countries=("TR", "JP", "DJ", "JO"),
        place_label="Turkey",
        authors=(),
        hours_ago=2.0,
        updated_hours_after=None,
        image="photo",
        image_caption="Equator Newswire graphic: the minister's route from Tokyo to Ankara, Djibouti and Amman.",
        tags=(
            "Haruto Kisaragi",
            "Selim Arikan",
            "Toros Unmanned Systems",
            "Ankara",
            "Djibouti",
            "Jordan",
            "United States",
        ),
        event="jp-tr-defence-visit",
    ),
    DemoStory(
        key="fj-cyclone-landfall",
        kind="news",
        agency="Coral Coast Wire",
        headline="Cyclone Tamana Makes Landfall in Western Fiji, Cutting Power to Thousands",
        standfirst=(
            "The category three storm brought destructive winds and heavy rain to Viti Levu overnight. Authorities "
            "have opened evacuation centres and closed schools."
        ),
        body=(
            (
                "Tropical Cyclone Tamana made landfall on the western coast of Fiji's main island, Viti Levu, early "
                "in the day, bringing gusts of up to 180 kilometres per hour and heavy rain that cut electricity to "
                "thousands of homes, the Fiji Meteorological Service said."
            ),
            (
                "The National Disaster Management Office said more than 6,000 people had spent the night in "
                "evacuation centres, most of them schools and church halls. There were no immediate reports of "
                "deaths, but officials warned that communications with several outer islands in the Yasawa group had "
                "been lost."
            ),
            (
                "Forecasters said the storm was weakening as it moved south-east but would continue to bring flooding "
                "to low-lying areas around Nadi and Lautoka through the day. Nadi International Airport suspended all "
                "flights and said it would reassess conditions the following morning."
            ),
            (
                "Scientists at the University of the South Pacific said the storm had intensified unusually quickly "
                "over warm waters, a pattern they expect to become more common as sea-surface temperatures rise "
                "across the region, leaving coastal communities much less time to prepare."
            ),
        ),
        sector="science-environment",
        countries=("FJ",),
        place_label="Fiji",
        authors=(),
        hours_ago=9.0,
        updated_hours_after=2.5,
        image="photo",
        image_caption="Coral Coast Wire graphic: forecast track of Cyclone Tamana across Viti Levu.",
        tags=(
            "Fiji Meteorological Service",
            "National Disaster Management Office",
            "Viti Levu",
            "Nadi",
            "Lautoka",
            "Yasawa Islands",
            "University of the South Pacific",
        ),
        event="cyclone-tamana",
    ),
    DemoStory(
        key="fj-cyclone-water-relief",
        kind="news",
        agency="Silverline Press",
        headline="Clean Water Becomes Priority as Fiji Counts Cost of Cyclone Tamana",
        standfirst=(
            "Aid agencies are shipping water purification kits to Fiji and northern Vanuatu after the storm damaged "
            "treatment plants and contaminated wells."
        ),
        body=(
            (
                "Restoring safe drinking water has become the most urgent task in Fiji after Cyclone Tamana damaged "
                "treatment plants and flooded wells across western Viti Levu, relief officials said, as the storm "
                "moved away from the main island towards open water in the south-east."
            ),
            (
                "The Water Authority of Fiji said two treatment plants serving the Nadi area were running at reduced "
                "capacity because of power cuts and debris in intake channels. It urged residents to boil water or "
                "use purification tablets until further notice."
            ),
            (
                "UNICEF said it was shipping hygiene kits, water containers and purification tablets from its Pacific "
                "supply hub in Suva and expected to reach around 20,000 people within a week. The World Health "
                "Organization warned of a higher risk of diarrhoeal disease and leptospirosis in flooded communities."
            ),
            (
                "In northern Vanuatu, which the storm brushed before reaching Fiji, the government said damage was "
                "lighter than feared, though rainwater tanks had been contaminated on at least three islands. "
                "Officials there asked for chlorine supplies and spare parts for small community pumps to be sent on "
                "the next cargo flight."
            ),
        ),
        sector="wash",
        countries=("FJ", "VU"),
        place_label="Fiji",
        authors=(),
        hours_ago=6.0,
        updated_hours_after=None,
        image="ai",
        image_caption=(
            "AI-generated illustration of water containers being unloaded from a small boat. It is not a real scene."
        ),
        tags=("Water Authority of Fiji", "UNICEF", "World Health Organization", "Viti Levu", "Nadi", "Suva", "Vanuatu"),
        event="cyclone-tamana",
    ),
    DemoStory(
        key="ke-central-bank-rate",
        kind="news",
        agency="Equator Newswire",
        headline="Kenya's Central Bank Holds Key Rate as Inflation Eases",
        standfirst=(
            "The Central Bank of Kenya kept its benchmark rate unchanged, saying it wanted more evidence that price "
            "pressures were fading before easing further."
        ),
        body=(
            (
                "The Central Bank of Kenya left its benchmark lending rate unchanged at 9.5%, saying inflation was "
                "easing but remained exposed to food and fuel prices. The decision was in line with the expectations "
                "of most analysts polled ahead of the meeting in Nairobi."
            ),
            (
                "Governor Daniel Kiprono told reporters that overall inflation had slowed to 4.6% last month, within "
                "the government's target range, and that the shilling had been stable against the dollar. He said the "
                "monetary policy committee would keep watching the effects of earlier cuts on private-sector lending."
            ),
            (
                "Credit to private businesses has grown slowly over the past year as banks favoured government "
                "securities. The committee said lenders had begun to pass on lower rates, and urged them to extend "
                "more loans to small firms and farmers outside the main cities."
            ),
            (
                "Economists said the pause left room for a cut later in the year if food prices kept falling after "
                "the long rains, though a weaker global outlook and higher import bills could delay any move. The "
                "next policy meeting is scheduled in two months."
            ),
        ),
        sector="economy-business",
        countries=("KE",),
        place_label="Kenya",
        authors=(),
        hours_ago=20.0,
        updated_hours_after=None,
        image="",
        image_caption="",
        tags=("Central Bank of Kenya", "Daniel Kiprono", "Nairobi"),
        event="ke-rate-decision",
    ),
    DemoStory(
        key="ke-shilling-rate-hold",
        kind="news",
        agency="Northgate News Service",
        headline="Kenyan Shilling Steady After Central Bank Pauses Easing Cycle",
        standfirst=(
            "Traders said the decision to keep rates at 9.5% was widely expected. Attention is turning to bank "
            "lending to small businesses."
        ),
        body=(
            (
                "The Kenyan shilling was little changed after the Central Bank of Kenya kept its main rate at 9.5%, a "
                "decision traders said had been fully priced in. Yields on short-term Treasury bills edged lower at "
                "the weekly auction, and dollar demand from importers was modest."
            ),
            (
                "Governor Daniel Kiprono said the bank was pausing to assess how earlier rate cuts were feeding "
                "through to borrowers. Commercial banks have been slow to lower the cost of loans, and credit to the "
                "private sector grew by less than 3% over the past year."
            ),
            (
                "The Kenya Association of Manufacturers welcomed the stable outlook but said small firms still faced "
                "interest rates far above the benchmark. Its chairwoman, Ruth Achieng, called for faster progress on "
                "a risk-based lending framework that would allow cheaper credit for reliable borrowers."
            ),
            (
                "Analysts at a Nairobi investment bank said they expected one more quarter-point cut before the end "
                "of the year, provided inflation stays close to the middle of the target range and the shilling "
                "remains stable. They noted that remittances from Kenyans abroad reached a record in the first half "
                "of the year."
            ),
        ),
        sector="economy-business",
        countries=("KE",),
        place_label="Kenya",
        authors=(),
        hours_ago=19.0,
        updated_hours_after=1.5,
        image="photo",
        image_caption="Northgate News Service graphic: Kenya's benchmark rate and inflation over the past two years.",
        tags=(
            "Central Bank of Kenya",
            "Daniel Kiprono",
            "Kenya Association of Manufacturers",
            "Ruth Achieng",
            "Nairobi",
        ),
        event="ke-rate-decision",
    ),
    DemoStory(
        key="mw-cholera-vaccination",
        kind="news",
        agency="Meridian Press Agency",
        headline="Malawi and Mozambique Launch Joint Cholera Vaccination Drive Along Shared Border",
        standfirst=(
            "Health workers aim to reach 1.2 million people in border districts in ten days, using oral vaccine doses "
            "supplied through a global stockpile."
        ),
        body=(
            (
                "Malawi and Mozambique began a coordinated cholera vaccination campaign in districts along their "
                "shared border, aiming to reach 1.2 million people within ten days after a rise in cases at the start "
                "of the rainy season, health officials in both countries said."
            ),
            (
                "The oral vaccine doses were released from the global emergency stockpile managed by the "
                "International Coordinating Group on Vaccine Provision, which includes the World Health Organization "
                "and UNICEF. Officials said the campaign would focus on fishing communities and markets where people "
                "cross the border daily."
            ),
            (
                "Malawi's health ministry said 214 cases had been recorded in the southern districts over the past "
                "month. Dr Esther Banda, who leads the ministry's outbreak response, said joint planning with "
                "Mozambican teams had made it possible to vaccinate both sides of the border at the same time."
            ),
            (
                "Health workers will also distribute chlorine tablets and inspect water points. Officials cautioned "
                "that vaccination offered short-term protection and had to be matched by investment in sanitation to "
                "stop outbreaks returning every season, especially in crowded lakeside fishing camps and markets."
            ),
        ),
        sector="health",
        countries=("MW", "MZ"),
        place_label="Malawi",
        authors=(),
        hours_ago=30.0,
        updated_hours_after=None,
        image="ai",
        image_caption=(
            "AI-generated illustration of a health worker holding an oral vaccine vial. It does not depict a real "
            "person or event."
        ),
        tags=(
            "World Health Organization",
            "UNICEF",
            "International Coordinating Group on Vaccine Provision",
            "Esther Banda",
            "Malawi",
            "Mozambique",
        ),
        event="cholera-vaccination-drive",
    ),
    DemoStory(
        key="mz-cholera-border-campaign",
        kind="news",
        agency="Silverline Press",
        headline="Mozambique Targets Border Districts in Cholera Push With Malawi",
        standfirst=(
            "Vaccination teams in Tete and Niassa provinces are working alongside Malawian counterparts as officials "
            "try to get ahead of the rainy season."
        ),
        body=(
            (
                "Mozambican vaccination teams fanned out across Tete and Niassa provinces this week in a cholera "
                "campaign coordinated with neighbouring Malawi, officials said, as both countries try to contain "
                "outbreaks before the heaviest rains arrive and roads in the river valleys become impassable."
            ),
            (
                "Mozambique's national director of public health, Dr Armando Cossa, said about 600,000 of the 1.2 "
                "million doses in the joint campaign would be given on the Mozambican side. Teams were travelling by "
                "motorbike and boat to reach villages along the Zambezi and the shores of Lake Niassa."
            ),
            (
                "Cholera is endemic in parts of both countries, and cross-border trade means that outbreaks in one "
                "often spread quickly to the other. The campaign is the first time the two health ministries have run "
                "vaccination on the same dates with shared maps and reporting."
            ),
            (
                "Aid groups said the biggest challenge was not vaccine supply but access to clean water. In some "
                "districts fewer than half of households use a protected water source, according to government survey "
                "data, and latrine coverage remains low in fast-growing riverside settlements."
            ),
        ),
        sector="health",
        countries=("MZ", "MW"),
        place_label="Mozambique",
        authors=(),
        hours_ago=28.0,
        updated_hours_after=3.0,
        image="",
        image_caption="",
        tags=("Armando Cossa", "Tete", "Niassa", "Zambezi", "Lake Niassa", "Malawi"),
        event="cholera-vaccination-drive",
    ),
    DemoStory(
        key="br-amazon-restoration-fund",
        kind="news",
        agency="Northgate News Service",
        headline="Brazil Launches Fund to Restore Degraded Amazon Pasture Land",
        standfirst=(
            "The fund will offer low-interest loans to farmers who replant native forest on abandoned cattle pasture, "
            "officials said."
        ),
        body=(
            (
                "Brazil launched a fund to finance the restoration of degraded pasture in the Amazon, offering "
                "low-interest loans and technical help to farmers who replant native trees or switch to agroforestry, "
                "the environment ministry said, in what officials described as the country's largest forest "
                "restoration programme."
            ),
            (
                "The Amazon Restoration Facility will start with 2.4 billion reais from the federal budget and the "
                "national development bank, and officials hope to attract at least as much again from private and "
                "foreign investors. Loans will be tied to satellite monitoring of the restored areas."
            ),
            (
                "Environment Secretary Luciana Prado said millions of hectares of former forest lay idle after years "
                "of cattle grazing had exhausted the soil. Restoring even a fraction of it, she said, would store "
                "carbon, protect rivers and create rural jobs in places with few other sources of work."
            ),
            (
                "Farmers' associations in Pará state welcomed the scheme but said many smallholders lacked the land "
                "titles needed to qualify for credit. The ministry said it would work with state land agencies to "
                "speed up registration and would allow cooperatives to apply on behalf of their members."
            ),
        ),
        sector="agro-forestry",
        countries=("BR",),
        place_label="Brazil",
        authors=(),
        hours_ago=50.0,
        updated_hours_after=None,
        image="ai",
        image_caption=(
            "AI-generated illustration of young native trees planted on cleared pasture. It does not show a real "
            "location."
        ),
        tags=("Luciana Prado", "Amazon Restoration Facility", "Pará", "Brazil"),
        event="amazon-restoration-fund",
    ),
    DemoStory(
        key="br-amazon-fund-norway-pledge",
        kind="news",
        agency="Meridian Press Agency",
        headline="Norway Pledges Backing for Brazil's Amazon Restoration Facility",
        standfirst=(
            "Oslo said it would contribute to the new fund's first-loss tranche, a move officials said could help "
            "draw in private lenders."
        ),
        body=(
            (
                "Norway said it would back Brazil's new Amazon Restoration Facility with a contribution to the fund's "
                "first-loss tranche, which absorbs early losses and is meant to make the scheme more attractive to "
                "private lenders wary of the risks of lending to smallholders."
            ),
            (
                "Norway's international development minister, Ingrid Havnes, said in a statement that restoring "
                "degraded land was now as important as stopping new clearing. She did not give the size of the "
                "contribution, saying details would be set out once the fund's governance rules were finalised."
            ),
            (
                "Brazilian officials said two development finance institutions and a group of pension funds had also "
                "expressed interest. The facility, launched this week with 2.4 billion reais of public money, will "
                "lend to farmers who replant native species on abandoned pasture."
            ),
            (
                "Environmental groups welcomed the money but said the fund must avoid rewarding landholders who "
                "cleared forest illegally. Brazil's environment ministry said properties with unresolved "
                "deforestation fines would be excluded until the fines are settled, and that restored areas would be "
                "checked by satellite every six months."
            ),
        ),
        sector="agro-forestry",
        countries=("BR", "NO"),
        place_label="Brazil",
        authors=(),
        hours_ago=47.0,
        updated_hours_after=None,
        image="photo",
        image_caption=(
            "Meridian Press Agency graphic: map of degraded pasture targeted by the Amazon Restoration Facility."
        ),
        tags=("Ingrid Havnes", "Amazon Restoration Facility", "Norway", "Brazil"),
        event="amazon-restoration-fund",
    ),
    DemoStory(
        key="cl-port-strike",
        kind="news",
        agency="Coral Coast Wire",
        headline="Chilean Port Workers Strike Over Pay, Halting Copper and Fruit Shipments",
        standfirst=(
            "Dockworkers at San Antonio and Valparaíso walked off the job after talks with terminal operators broke "
            "down."
        ),
        body=(
            (
                "Dockworkers at Chile's two largest central ports, San Antonio and Valparaíso, began an indefinite "
                "strike after wage talks with terminal operators broke down, halting the loading of copper "
                "concentrate and fresh fruit at the height of the southern hemisphere export season."
            ),
            (
                "The Port Workers' Union said its members were seeking a pay increase in line with inflation and more "
                "permanent contracts for casual workers. Union leader Marcos Fuentealba said operators had refused to "
                "improve an offer that members rejected last week."
            ),
            (
                "Exporters' groups warned that cherries and grapes waiting in cold storage could spoil within days. "
                "The transport ministry said it was in contact with both sides and urged them to return to the table, "
                "adding that a mediator from the labour inspectorate was available if requested."
            ),
            (
                "Ships were already queuing off San Antonio by the evening, according to port authority data. Some "
                "shipping lines said they would divert cargo to northern ports if the stoppage lasted more than 48 "
                "hours, adding days to delivery times and costs for exporters."
            ),
        ),
        sector="transport",
        countries=("CL",),
        place_label="Chile",
        authors=(),
        hours_ago=40.0,
        updated_hours_after=None,
        image="photo",
        image_caption="Coral Coast Wire graphic: container traffic at San Antonio and Valparaíso over the past year.",
        tags=("Port Workers' Union", "Marcos Fuentealba", "San Antonio", "Valparaíso", "Chile"),
    ),
    DemoStory(
        key="cl-port-strike-ends",
        kind="news",
        agency="Coral Coast Wire",
        headline="Chilean Dockworkers End Strike After Wage Deal, Ports Reopen",
        standfirst=(
            "Workers at San Antonio and Valparaíso voted to accept a revised pay offer. Exporters say the backlog "
            "will take days to clear."
        ),
        body=(
            (
                "Dockworkers at Chile's San Antonio and Valparaíso ports voted to end their strike after terminal "
                "operators improved their pay offer, the Port Workers' Union said, allowing the loading of copper and "
                "fresh fruit to resume at both terminals within hours of the vote."
            ),
            (
                "Under the agreement, wages will rise by 6.5% this year and by 3% above inflation next year, and 400 "
                "casual workers will be offered permanent contracts over 18 months. Union leader Marcos Fuentealba "
                "said members had approved the deal by a wide margin."
            ),
            (
                "About 30 vessels were waiting offshore when the strike ended, according to port authority data. "
                "Exporters said it would take several days to clear the backlog and that some fruit shipments had "
                "been lost. The fruit exporters' association put early losses at several million dollars."
            ),
            (
                "The transport ministry, which brought the two sides together with a labour inspectorate mediator "
                "overnight, said it would propose a permanent forum for port labour talks to avoid future stoppages "
                "during the export season, when the ports handle most of the country's fruit shipments."
            ),
        ),
        sector="transport",
        countries=("CL",),
        place_label="Chile",
        authors=(),
        hours_ago=12.0,
        updated_hours_after=None,
        image="photo",
        image_caption="Coral Coast Wire graphic: container traffic at San Antonio and Valparaíso over the past year.",
        tags=("Port Workers' Union", "Marcos Fuentealba", "San Antonio", "Valparaíso", "Chile"),
        wire_role="update",
        updates_key="cl-port-strike",
    ),
    DemoStory(
        key="ng-lagos-rail-opening",
        kind="news",
        agency="Silverline Press",
        headline="Lagos Rail Extension to Open Next Month, Transport Official Says",
        standfirst=(
            "The second phase of the Coastal Rail line would link the city's island business districts with its "
            "western suburbs."
        ),
        body=(
            (
                "The second phase of the Lagos Coastal Rail line will open to passengers next month, a state "
                "transport official said, extending the line westwards and cutting journey times for tens of "
                "thousands of commuters who now spend hours in traffic each day."
            ),
            (
                "The official, who spoke at a briefing for contractors, said testing of signalling and power systems "
                "was nearly complete and that trains would initially run every 15 minutes during peak hours, rising "
                "to every ten minutes once more rolling stock is delivered later in the year."
            ),
            (
                "Lagos, one of Africa's largest cities, has long struggled with road congestion. The first phase of "
                "the line opened after years of delays, and ridership has grown steadily as fares were kept below "
                "those of minibuses on the same corridor."
            ),
        ),
        sector="transport",
        countries=("NG",),
        place_label="Nigeria",
        authors=(),
        hours_ago=70.0,
        updated_hours_after=None,
        image="",
        image_caption="",
        tags=("Lagos Coastal Rail", "Lagos", "Nigeria"),
    ),
    DemoStory(
        key="ng-lagos-rail-opening-kill",
        kind="news",
        agency="Silverline Press",
        headline="KILL - Lagos Rail Extension to Open Next Month, Transport Official Says",
        standfirst="Silverline Press has withdrawn this story. Please do not use it.",
        body=(
            (
                'KILL. Silverline Press is withdrawing the story headlined "Lagos Rail Extension to Open Next Month, '
                'Transport Official Says". The Lagos State transport ministry has said that no opening date has been '
                "set and that the official quoted was not authorised to give one. Please remove the story from all "
                "websites, archives and databases. There will be no substitute story."
            ),
        ),
        sector="transport",
        countries=("NG",),
        place_label="Nigeria",
        authors=(),
        hours_ago=66.0,
        updated_hours_after=None,
        image="",
        image_caption="",
        tags=("Lagos Coastal Rail", "Lagos"),
        wire_role="kill",
        updates_key="ng-lagos-rail-opening",
    ),
    DemoStory(
        key="wb-island-coastal-funding-gap",
        kind="news",
        agency="Meridian Press Agency",
        headline="Small Island States Need $14 Billion a Year to Protect Coasts, World Bank Says",
        standfirst=(
            "A new World Bank report says adaptation spending in small island developing states covers less than a "
            "fifth of what is needed."
        ),
        body=(
            (
                "Small island developing states need about $14 billion a year to protect their coastlines, ports and "
                "water supplies from rising seas and stronger storms, but currently spend less than a fifth of that "
                "amount, the World Bank said in a report due for publication later today."
            ),
            (
                'The report, titled "Holding the Line", estimates that storm damage already costs some island '
                "economies more than 2% of national output each year on average. It says debt burdens leave many "
                "governments unable to borrow for sea walls, drainage systems and the relocation of critical "
                "infrastructure."
            ),
            (
                "The bank's lead author, economist Amelia Fonoti, said in a summary that concessional grants, "
                "disaster insurance and clauses that pause debt payments after a major storm could together close "
                "much of the gap. The report recommends that lenders make such clauses standard in new loans."
            ),
            (
                "The findings are due to be presented at a meeting of finance ministers from Pacific, Caribbean and "
                "Indian Ocean island states. The report covers 38 countries and draws on damage data collected over "
                "the past two decades by governments and insurers."
            ),
        ),
        sector="economy-business",
        countries=(),
        place_label="Global",
        authors=(),
        hours_ago=1.0,
        updated_hours_after=None,
        image="",
        image_caption="",
        tags=("World Bank", "Amelia Fonoti"),
        wire_role="embargo",
        embargo_hours_from_now=4.0,
    ),
    DemoStory(
        key="in-solar-irrigation-pumps",
        kind="news",
        agency="Equator Newswire",
        headline="India Expands Solar Irrigation Scheme to Cut Farm Power Subsidies",
        standfirst=(
            "The government will fund one million more solar pumps and let farmers sell surplus electricity to the "
            "grid."
        ),
        body=(
            (
                "India will finance the installation of one million additional solar-powered irrigation pumps over "
                "the next three years, the renewable energy ministry said, as it tries to reduce the cost of "
                "subsidised electricity supplied to farms and cut the use of diesel pumps."
            ),
            (
                "Under the expanded scheme, farmers will pay about 10% of the cost of a pump, with the rest split "
                "between central and state governments and bank loans. Farmers connected to the grid will be able to "
                "sell surplus power to local distribution companies at a fixed tariff."
            ),
            (
                "Agriculture accounts for a large share of electricity demand in several states, where free or cheap "
                "power for pumps has strained the finances of distribution companies and encouraged over-extraction "
                "of groundwater. Officials said the feed-in payments would give farmers a reason to pump only what "
                "they need."
            ),
            (
                "State energy secretaries are due to meet next month to agree allocation targets, and Rajasthan, "
                "Maharashtra and Uttar Pradesh have asked for the largest shares. An earlier phase installed more "
                "than 300,000 pumps, though audits found uptake varied widely between states because of delays in "
                "subsidy payments."
            ),
        ),
        sector="energy-extractives",
        countries=("IN",),
        place_label="India",
        authors=(),
        hours_ago=15.0,
        updated_hours_after=3.0,
        image="ai",
        image_caption=(
            "AI-generated illustration of solar panels powering a pump beside a wheat field. It is not a real farm."
        ),
        tags=("Rajasthan", "Maharashtra", "Uttar Pradesh", "India"),
    ),
    DemoStory(
        key="bd-garment-factory-childcare",
        kind="news",
        agency="Meridian Press Agency",
        headline="Bangladesh Garment Factories to Open Workplace Childcare Under New Scheme",
        standfirst=(
            "A government and industry programme will fund day-care centres in 500 factories, where most workers are "
            "women."
        ),
        body=(
            (
                "Five hundred garment factories in Bangladesh will open on-site childcare centres over the next two "
                "years under a scheme agreed by the government, manufacturers and unions, the labour ministry said. "
                "Women make up a majority of the industry's roughly four million workers."
            ),
            (
                "The scheme will cover part of the cost of staff, equipment and meals for children under six, with "
                "factories meeting the rest. Labour Secretary Farhana Rahman said a lack of childcare was one of the "
                "main reasons women left factory jobs after having children."
            ),
            (
                "Workers' groups welcomed the plan but said it must be backed by inspections. Labour law already "
                "requires larger factories to provide childcare rooms, but unions say many are used as storerooms or "
                "are missing altogether, and that inspectors rarely check whether they are used."
            ),
            (
                "Manufacturers said the scheme could help reduce staff turnover, which adds to training costs. The "
                "International Labour Organization, which helped design the programme, will publish annual reports on "
                "how many centres are open and how many children use them each month."
            ),
        ),
        sector="social-gender",
        countries=("BD",),
        place_label="Bangladesh",
        authors=(),
        hours_ago=110.0,
        updated_hours_after=None,
        image="photo",
        image_caption="Meridian Press Agency graphic: the share of women in Bangladesh's garment workforce.",
        tags=("Farhana Rahman", "International Labour Organization", "Bangladesh"),
    ),
    DemoStory(
        key="np-hydropower-exports-india",
        kind="news",
        agency="Equator Newswire",
        headline="Nepal Signs Deal to Raise Hydropower Exports to India",
        standfirst=(
            "The agreement allows Nepal to sell more surplus monsoon electricity across the border, bringing in "
            "foreign currency."
        ),
        body=(
            (
                "Nepal signed an agreement that will allow it to sell up to 1,500 megawatts of electricity to India "
                "during the monsoon months, when its run-of-river hydropower plants produce more than the country can "
                "use, officials said after a signing ceremony attended by both energy ministers."
            ),
            (
                "Nepal's energy secretary, Bishnu Adhikari, said the deal would bring in much-needed foreign currency "
                "and encourage investment in new plants. Nepal has been a net importer of electricity in the dry "
                "season, but new projects have turned it into a seller during the rains."
            ),
            (
                "The power will be traded through India's electricity exchanges and sold to state utilities in the "
                "north. The two countries are also working on new cross-border transmission lines, two of which are "
                "due to be completed within the next three years."
            ),
            (
                "Environmental groups in Nepal have raised concerns about the impact of large dams on rivers and "
                "communities, and say export plans must not push projects forward without proper assessments or fair "
                "compensation for families who lose land or grazing rights."
            ),
        ),
        sector="energy-extractives",
        countries=("NP", "IN"),
        place_label="Nepal",
        authors=(),
        hours_ago=130.0,
        updated_hours_after=None,
        image="ai",
        image_caption=(
            "AI-generated illustration of a run-of-river hydropower plant in a Himalayan valley. It is not a real site."
        ),
        tags=("Bishnu Adhikari", "Nepal", "India"),
    ),
    DemoStory(
        key="id-nickel-smelter-rules",
        kind="news",
        agency="Coral Coast Wire",
        headline="Indonesia Tightens Environmental Rules for Nickel Smelters",
        standfirst=(
            "New regulations require smelters to cut coal use and store mine waste more safely, as the country's "
            "nickel boom draws scrutiny."
        ),
        body=(
            (
                "Indonesia will require nickel smelters to reduce their reliance on captive coal power and adopt "
                "stricter standards for storing mine waste, the Ministry of Energy and Mineral Resources said, in "
                "response to growing concern about the environmental cost of the industry's rapid growth."
            ),
            (
                "Under the new rules, smelters built from next year must source at least a quarter of their power "
                "from renewables, while existing plants will have ten years to meet the target. Companies must also "
                "move from wet to dry storage of tailings in areas prone to landslides."
            ),
            (
                "Indonesia has the world's largest nickel reserves, and a ban on exports of raw ore has drawn "
                "billions of dollars of investment into processing, much of it serving battery makers. Environmental "
                "groups have documented deforestation and polluted coastal waters near industrial parks in Sulawesi "
                "and the Maluku islands."
            ),
            (
                "An association of smelter operators said members would need clear grid connection rules and tax "
                "incentives to help finance solar and wind plants at remote industrial sites, many of which are far "
                "from the national network and rely on coal-fired plants built for them."
            ),
        ),
        sector="energy-extractives",
        countries=("ID",),
        place_label="Indonesia",
        authors=(),
        hours_ago=22.0,
        updated_hours_after=None,
        image="photo",
        image_caption="Coral Coast Wire graphic: Indonesia's nickel output and smelter capacity.",
        tags=("Ministry of Energy and Mineral Resources", "Sulawesi", "Maluku Islands", "Indonesia"),
    ),
    DemoStory(
        key="vn-hanoi-metro-section",
        kind="news",
        agency="Northgate News Service",
        headline="Hanoi Opens New Metro Section, Aiming to Ease Motorbike Congestion",
        standfirst=(
            "The elevated line links western districts to the city centre. Officials hope it will persuade commuters "
            "to leave their motorbikes at home."
        ),
        body=(
            (
                "Hanoi opened a new section of its metro network, an elevated line linking western residential "
                "districts to the edge of the old city centre, as authorities try to reduce congestion and air "
                "pollution caused by the capital's millions of motorbikes."
            ),
            (
                "City officials said rides would be free for the first two weeks and that feeder buses would connect "
                "stations with nearby housing estates. The section has eight stations and is expected to carry about "
                "50,000 passengers a day in its first year."
            ),
            (
                "Urban planners said the line's success would depend on making it easier to walk to stations. Many "
                "pavements in Hanoi are used for parking and street trading, and some stations are separated from "
                "homes by busy multi-lane roads without safe crossings."
            ),
            (
                "The city plans to build more than 300 kilometres of urban railway over the coming decade. Officials "
                "acknowledged that earlier lines had been delayed by funding problems and land acquisition disputes, "
                "and said a new project management board would oversee construction."
            ),
        ),
        sector="urban-development",
        countries=("VN",),
        place_label="Vietnam",
        authors=(),
        hours_ago=60.0,
        updated_hours_after=None,
        image="ai",
        image_caption=(
            "AI-generated illustration of an elevated metro train above a city street. It is not a photograph."
        ),
        tags=("Hanoi", "Vietnam"),
    ),
    DemoStory(
        key="ph-typhoon-proof-classrooms",
        kind="news",
        agency="Silverline Press",
        headline="Philippines Rolls Out Typhoon-Resistant Temporary Classrooms",
        standfirst=(
            "The education department will stockpile prefabricated classrooms so that lessons can resume within days "
            "of a storm."
        ),
        body=(
            (
                "The Philippine education department will stockpile prefabricated, typhoon-resistant classrooms in "
                "each region so that lessons can restart within days after a storm damages schools, officials said, "
                "as part of a broader plan to protect learning time in the most disaster-prone provinces."
            ),
            (
                "The Philippines is struck by about 20 tropical storms a year, and many schools double as evacuation "
                "centres. Education Undersecretary Ramon Villanueva said some children lost weeks of learning each "
                "year because classrooms were damaged or occupied by displaced families."
            ),
            (
                "The modular units can be assembled by a team of six in two days and are designed to withstand winds "
                "of up to 200 kilometres per hour. The first 1,200 units will be stored in the Eastern Visayas and "
                "Bicol regions, which are among the most exposed to typhoons."
            ),
            (
                "Teachers' groups welcomed the plan but said the department should also fund counselling for children "
                "affected by disasters, and that purpose-built evacuation centres were needed so that schools no "
                "longer had to serve that role for weeks after every major storm."
            ),
        ),
        sector="education",
        countries=("PH",),
        place_label="Philippines",
        authors=(),
        hours_ago=140.0,
        updated_hours_after=None,
        image="",
        image_caption="",
        tags=("Ramon Villanueva", "Eastern Visayas", "Bicol", "Philippines"),
    ),
    DemoStory(
        key="pt-heatwave-wildfires",
        kind="news",
        agency="Meridian Press Agency",
        headline="Heatwave Fuels Wildfires in Central Portugal as Spain Sends Aircraft",
        standfirst=(
            "More than 1,500 firefighters are battling blazes in the Coimbra and Castelo Branco districts, where "
            "temperatures have topped 43 degrees Celsius."
        ),
        body=(
            (
                "More than 1,500 firefighters were battling wildfires across central Portugal as a heatwave pushed "
                "temperatures above 43 degrees Celsius, and Spain sent two water-bombing aircraft under the EU Civil "
                "Protection Mechanism, Portugal's national civil protection authority said in its latest evening "
                "update."
            ),
            (
                "The largest fire, in hilly forest in the Castelo Branco district, had burned about 9,000 hectares "
                "and forced the evacuation of several villages. Officials said there were no confirmed deaths, but "
                "several firefighters had been treated for exhaustion and minor burns."
            ),
            (
                "Meteorologists said temperatures would stay high for at least two more days, with dry winds raising "
                "the risk of new fires in the Coimbra district. The government extended a ban on the use of farm "
                "machinery in rural areas and asked residents to clear vegetation around homes."
            ),
            (
                "Scientists have linked more frequent and intense heatwaves in southern Europe to climate change. "
                "Forestry experts in Portugal have also pointed to rural depopulation and plantations of eucalyptus "
                "and pine, which leave large areas of untended and highly flammable land."
            ),
        ),
        sector="science-environment",
        countries=("PT", "ES"),
        place_label="Portugal",
        authors=(),
        hours_ago=5.0,
        updated_hours_after=2.0,
        image="ai",
        image_caption=(
            "AI-generated illustration of smoke rising over a forested ridge at dusk. It does not depict a real fire."
        ),
        tags=("Castelo Branco", "Coimbra", "EU Civil Protection Mechanism", "Portugal", "Spain"),
    ),
    DemoStory(
        key="rs-green-skills-vocational",
        kind="news",
        agency="Northgate News Service",
        headline="Serbia Adds Green Skills Courses to Vocational Schools",
        standfirst="Students will train as solar installers and energy auditors in a pilot covering 40 schools.",
        body=(
            (
                "Serbia will introduce courses in solar installation, building insulation and energy auditing in 40 "
                "vocational secondary schools from the next school year, the education ministry said, as the country "
                "prepares for a gradual shift away from coal-fired power over the coming decades."
            ),
            (
                "Employers in construction and energy have reported shortages of technicians with skills in renewable "
                "technology. Deputy Education Minister Jelena Marković said the pilot was designed with companies so "
                "that students could complete work placements and earn recognised certificates before they graduate."
            ),
            (
                "Coal still generates most of Serbia's electricity, and the government has set targets for renewables "
                "as part of its bid to join the European Union. Economists have warned that the transition will "
                "falter without trained workers, particularly in mining regions."
            ),
            (
                "The programme is backed by a grant from the European Union and technical assistance from the United "
                "Nations Development Programme. Teachers will be trained over the summer, and the ministry hopes to "
                "extend the courses to all vocational schools within five years if the pilot succeeds."
            ),
        ),
        sector="education",
        countries=("RS",),
        place_label="Serbia",
        authors=(),
        hours_ago=180.0,
        updated_hours_after=None,
        image="photo",
        image_caption="Northgate News Service graphic: vocational schools taking part in the pilot.",
        tags=("Jelena Marković", "European Union", "United Nations Development Programme", "Serbia"),
    ),
    DemoStory(
        key="cd-cobalt-traceability-decree",
        kind="news",
        agency="Silverline Press",
        headline="DR Congo Issues Rules to Trace Cobalt From Artisanal Mines",
        standfirst=(
            "Artisanal cobalt must be sold through licensed trading centres that record its origin, under a decree "
            "published this week."
        ),
        body=(
            (
                "The Democratic Republic of the Congo published a decree requiring cobalt dug by artisanal miners to "
                "be sold only through licensed trading centres that record where it was mined, in an effort to keep "
                "child labour and smuggled ore out of supply chains."
            ),
            (
                "The country produces most of the world's cobalt, a key ingredient in rechargeable batteries. Most "
                "comes from large industrial mines, but tens of thousands of people dig by hand in the south-eastern "
                "provinces of Lualaba and Haut-Katanga, often in dangerous conditions."
            ),
            (
                "Mines Minister Patrice Ilunga said each bag of ore would carry a tag linked to a digital register, "
                "and that miners would be paid at the centres by mobile money to reduce cash handling. Buyers found "
                "with untagged cobalt could lose their export licences, he said."
            ),
            (
                "Civil society groups welcomed the decree but said enforcement would be difficult in remote areas "
                "where officials are poorly paid. They called for independent monitors to publish regular audits of "
                "the trading centres and of the buyers who supply exporters."
            ),
        ),
        sector="law-governance",
        countries=("CD",),
        place_label="Democratic Republic of the Congo",
        authors=(),
        hours_ago=36.0,
        updated_hours_after=None,
        image="photo",
        image_caption="Silverline Press graphic: cobalt mining provinces in south-eastern DR Congo.",
        tags=("Patrice Ilunga", "Lualaba", "Haut-Katanga", "Democratic Republic of the Congo"),
    ),
    DemoStory(
        key="cm-cocoa-deforestation-premium",
        kind="news",
        agency="Meridian Press Agency",
        headline="Cameroon Cocoa Cooperatives Win Premium for Deforestation-Free Beans",
        standfirst=(
            "Buyers will pay more for beans traced to farms that have not cleared forest, helping growers meet new "
            "European import rules."
        ),
        body=(
            (
                "Cocoa cooperatives in Cameroon's Centre and South regions have signed contracts with two European "
                "chocolate makers that pay a premium for beans traced to farms with no recent deforestation, the "
                "cooperatives' federation said, calling it a first for the country's smallholder growers."
            ),
            (
                "The contracts follow European Union rules that require importers of cocoa, coffee and other "
                "commodities to prove their products were not grown on recently cleared land. Farmers' leaders had "
                "warned that smallholders could be shut out of the market if they could not supply maps of their "
                "plots."
            ),
            (
                "Federation president Jean-Claude Mbarga said field agents had mapped more than 18,000 farms using "
                "mobile phones over the past year. The premium, worth about 8% above the farm-gate price, will be "
                "split between farmers and the cooperatives to pay for mapping and training."
            ),
            (
                "Cameroon is one of Africa's larger cocoa producers after Ivory Coast and Ghana. The agriculture "
                "ministry said it hoped to map all of the country's cocoa farms within three years and would share "
                "the data with cooperatives free of charge."
            ),
        ),
        sector="agro-forestry",
        countries=("CM",),
        place_label="Cameroon",
        authors=(),
        hours_ago=200.0,
        updated_hours_after=None,
        image="",
        image_caption="",
        tags=("Jean-Claude Mbarga", "European Union", "Cameroon"),
    ),
    DemoStory(
        key="td-refugee-solar-boreholes",
        kind="news",
        agency="Coral Coast Wire",
        headline="New Solar Boreholes Bring Water to Refugee Camps in Eastern Chad",
        standfirst=(
            "Aid agencies say the wells will cut reliance on costly water trucking for camps hosting people who fled "
            "fighting in Sudan."
        ),
        body=(
            (
                "Aid agencies have completed 25 solar-powered boreholes in eastern Chad to supply camps and host "
                "villages where large numbers of people who fled fighting in Sudan have settled, the UN refugee "
                "agency UNHCR said, describing it as one of its largest water projects in the region."
            ),
            (
                "The boreholes will replace much of the water that has been trucked into the camps at high cost since "
                "they opened. UNHCR said average supply would rise from about 9 litres per person a day to 15 litres, "
                "still below the emergency standard of 20."
            ),
            (
                "Local officials said the new wells would also serve Chadian families in nearby villages, easing "
                "tensions over scarce water. Hydrogeologists are monitoring groundwater levels to make sure the "
                "aquifers are not overdrawn during the long dry season, when demand peaks."
            ),
            (
                "The project was funded by several European donors and the World Bank. Aid groups warned that funding "
                "for the wider refugee response in Chad remained well below what was needed, and that sanitation "
                "facilities in several camps were overflowing and needed urgent repair."
            ),
        ),
        sector="wash",
        countries=("TD", "SD"),
        place_label="Chad",
        authors=(),
        hours_ago=26.0,
        updated_hours_after=None,
        image="ai",
        image_caption=(
            "AI-generated illustration of a solar-powered water point in a dry landscape. It does not show a real camp."
        ),
        tags=("UNHCR", "World Bank", "Sudan", "Chad"),
    ),
    DemoStory(
        key="et-digital-id-payments",
        kind="news",
        agency="Equator Newswire",
        headline="Ethiopia Links Digital ID to Bank Accounts and Food Aid Payments",
        standfirst=(
            "The national ID programme says 12 million people have registered so far. Privacy groups want stronger "
            "data protection."
        ),
        body=(
            (
                "Ethiopia will begin using its national digital ID to open bank accounts and deliver food aid "
                "payments from next month, the national ID programme said, as it steps up registration in rural areas "
                "where many adults have never held an identity card."
            ),
            (
                "The programme's director, Meron Tesfaye, said about 12 million people had registered their "
                "fingerprints and iris scans so far. Linking the ID to bank accounts would allow people without paper "
                "documents to use financial services, she said, especially women in rural areas."
            ),
            (
                "The World Bank, which is supporting the rollout, says digital ID can reduce fraud in social "
                "programmes and speed up payments. Aid agencies said duplicate registrations had been a problem in "
                "past food distributions and that a single identifier could help direct support to the poorest "
                "households."
            ),
            (
                "Digital rights groups said Ethiopia needed a strong, independent data protection authority before "
                "the ID was linked to more services. They warned that biometric data could be misused without clear "
                "limits on who can access it, for what purposes and for how long it is kept."
            ),
        ),
        sector="technology",
        countries=("ET",),
        place_label="Ethiopia",
        authors=(),
        hours_ago=14.0,
        updated_hours_after=2.0,
        image="",
        image_caption="",
        tags=("Meron Tesfaye", "World Bank", "Ethiopia"),
    ),
    DemoStory(
        key="ug-school-meals-local-farmers",
        kind="news",
        agency="Northgate News Service",
        headline="Uganda Pilots School Meals Bought From Local Farmers",
        standfirst=(
            "The scheme will feed 300,000 primary pupils in eight districts with food purchased from nearby "
            "smallholders."
        ),
        body=(
            (
                "Uganda has started a school meals pilot that buys maize, beans and vegetables from local smallholder "
                "farmers to feed 300,000 primary pupils in eight districts, the education ministry said. Districts in "
                "the north and east, where poverty rates are highest, were chosen first."
            ),
            (
                "Many Ugandan schools leave parents to provide lunch, and teachers say hungry pupils struggle to "
                "concentrate or stay away altogether. Commissioner for primary education Agnes Nakato said the pilot "
                "would test whether a national programme could be affordable for the government and parents."
            ),
            (
                "The World Food Programme is helping to design procurement rules so that farmers' groups can bid to "
                "supply schools. Organisers said buying locally would give farmers a reliable market while cutting "
                "transport costs and keeping more of the money in rural communities."
            ),
            (
                "The ministry will track attendance and test scores in pilot schools and compare them with similar "
                "schools without meals. A decision on expanding the scheme nationally is expected after two school "
                "years, once the full cost per pupil has been calculated."
            ),
        ),
        sector="education",
        countries=("UG",),
        place_label="Uganda",
        authors=(),
        hours_ago=85.0,
        updated_hours_after=None,
        image="",
        image_caption="",
        tags=("Agnes Nakato", "World Food Programme", "Uganda"),
    ),
    DemoStory(
        key="za-renewables-auction-grid",
        kind="news",
        agency="Meridian Press Agency",
        headline="South Africa Awards 2.8 GW in Renewables Auction as Grid Constraints Bite",
        standfirst=(
            "Winning wind and solar bids were cheaper than in previous rounds, but many projects in the windy Cape "
            "provinces could not connect to the grid."
        ),
        body=(
            (
                "South Africa named preferred bidders for 2.8 gigawatts of wind and solar projects in its latest "
                "renewable energy auction, with average prices below those of previous rounds, the energy ministry "
                "said, in a round that drew bids from more than 60 developers."
            ),
            (
                "Energy Minister Sipho Ndlovu said the projects would attract about 50 billion rand of private "
                "investment and help reduce the power cuts that have held back economic growth. Construction is "
                "expected to start within 18 months, and the projects will supply the grid for 20 years."
            ),
            (
                "However, developers said dozens of bids in the Northern, Western and Eastern Cape had been ruled out "
                "because the transmission grid there had no spare capacity. The national grid operator has said it "
                "needs to build thousands of kilometres of new lines over the next decade."
            ),
            (
                "Industry groups called on the government to speed up a plan to let private companies build and own "
                "transmission lines. The ministry said draft rules would be published for comment before the end of "
                "the year, with the first private lines possible within three years."
            ),
        ),
        sector="energy-extractives",
        countries=("ZA",),
        place_label="South Africa",
        authors=(),
        hours_ago=11.0,
        updated_hours_after=1.0,
        image="photo",
        image_caption="Meridian Press Agency graphic: megawatts awarded by technology and province.",
        tags=("Sipho Ndlovu", "Northern Cape", "Western Cape", "Eastern Cape", "South Africa"),
    ),
    DemoStory(
        key="zm-copper-output-rises",
        kind="news",
        agency="Equator Newswire",
        headline="Zambia's Copper Output Rises as Mines Return to Full Production",
        standfirst="Higher output and strong prices are expected to boost export earnings and government revenue.",
        body=(
            (
                "Zambia's copper output rose by 14% in the first half of the year compared with the same period last "
                "year, the mines ministry said, as several large mines resumed full production after changes of "
                "ownership and investment in new equipment."
            ),
            (
                "Copper accounts for about 70% of Zambia's export earnings. Mines Minister Bernard Chanda said the "
                "government was on course to raise annual output significantly over the next decade, helped by new "
                "exploration licences and a more predictable tax regime for mining companies."
            ),
            (
                "Economists said stronger copper revenue would help Zambia's public finances as it continues to repay "
                "creditors under a debt restructuring agreement. The kwacha has gained against the dollar in recent "
                "weeks, and the central bank has added to its foreign reserves."
            ),
            (
                "Power shortages remain a risk. Drought has reduced water levels at the Kariba dam in past years, "
                "forcing mines to import costly electricity from neighbouring countries, and several companies are "
                "now building solar plants at their sites to secure supply."
            ),
        ),
        sector="economy-business",
        countries=("ZM",),
        place_label="Zambia",
        authors=(),
        hours_ago=95.0,
        updated_hours_after=None,
        image="",
        image_caption="",
        tags=("Bernard Chanda", "Kariba Dam", "Zambia"),
    ),
    DemoStory(
        key="gh-accra-sanitation-bond",
        kind="news",
        agency="Silverline Press",
        headline="Accra Issues Bond to Fund Sewers and Faecal Sludge Treatment",
        standfirst=(
            "The city's first green bond will finance sewer connections for low-income neighbourhoods and a new "
            "treatment plant."
        ),
        body=(
            (
                "The Accra Metropolitan Assembly raised 600 million cedis in its first green bond to finance sewer "
                "connections and a faecal sludge treatment plant, in a bid to improve sanitation in Ghana's capital, "
                "city officials said, adding that the money would be spent over five years."
            ),
            (
                "Most homes in Accra are not connected to a sewer and rely on septic tanks or shared toilets, which "
                "are emptied by tanker trucks. Officials say much of the sludge is dumped illegally into drains and "
                "the sea, polluting beaches and spreading disease."
            ),
            (
                "Mayor Abena Owusu-Ansah said the bond was oversubscribed, with pension funds and insurers buying "
                "most of it, and that the five-year notes were priced below comparable government debt. Repayments "
                "will be covered by connection charges and a share of property taxes."
            ),
            (
                "Sanitation experts welcomed the financing but said connections must be affordable for poor "
                "households. The city said it would subsidise connections in informal settlements along the Odaw "
                "river, where shared toilets are often the only option for families and open drains flood every rainy "
                "season."
            ),
        ),
        sector="wash",
        countries=("GH",),
        place_label="Ghana",
        authors=(),
        hours_ago=120.0,
        updated_hours_after=None,
        image="ai",
        image_caption=(
            "AI-generated illustration of a wastewater treatment plant on the edge of a coastal city. It is not a "
            "real facility."
        ),
        tags=("Accra Metropolitan Assembly", "Abena Owusu-Ansah", "Odaw River", "Accra", "Ghana"),
    ),
    DemoStory(
        key="sn-sardinella-stock-survey",
        kind="news",
        agency="Coral Coast Wire",
        headline="Survey Finds Sharp Decline in West African Sardinella Stocks",
        standfirst=(
            "Scientists aboard a research vessel say stocks of the small fish, a staple in Senegal and its "
            "neighbours, are heavily overfished."
        ),
        body=(
            (
                "Stocks of sardinella, a small oily fish that is a staple food across West Africa, have fallen "
                "sharply off Senegal and Mauritania, according to preliminary results of an acoustic survey published "
                "this week by a team of Senegalese and international fisheries scientists."
            ),
            (
                "The survey, carried out aboard a research vessel over six weeks, estimated the biomass of round "
                "sardinella at less than half the level recorded a decade ago. Lead scientist Dr Aminata Sow said the "
                "stock was heavily overfished and that spawning fish were becoming smaller."
            ),
            (
                "Much of the catch is turned into fishmeal and fish oil for export to feed farmed fish and livestock. "
                "Artisanal fishers and women who process and sell fish in coastal markets have complained of "
                "shrinking catches and rising prices in recent years."
            ),
            (
                "The researchers called on governments in the region to agree joint catch limits, since sardinella "
                "migrate along the coast between Morocco and Guinea. They also recommended limits on the volume of "
                "whole fish that factories can process into fishmeal and fish oil."
            ),
        ),
        sector="science-environment",
        countries=("SN", "MR"),
        place_label="Senegal",
        authors=(),
        hours_ago=230.0,
        updated_hours_after=None,
        image="",
        image_caption="",
        tags=("Aminata Sow", "Senegal", "Mauritania"),
    ),
    DemoStory(
        key="eg-red-sea-desalination",
        kind="news",
        agency="Northgate News Service",
        headline="Egypt Signs Contracts for Solar-Powered Desalination Plants on Red Sea Coast",
        standfirst=(
            "The plants will supply drinking water to fast-growing coastal towns and reduce pressure on the Nile."
        ),
        body=(
            (
                "Egypt signed contracts for three desalination plants on its Red Sea coast that will be powered "
                "partly by solar energy, the housing ministry said, as the country seeks new sources of drinking "
                "water for fast-growing coastal towns and new industrial zones."
            ),
            (
                "The plants will have a combined capacity of 450,000 cubic metres a day and will be built and "
                "operated by private consortiums under 25-year contracts. The state water company will buy the water "
                "at a fixed price, and solar plants will supply about a third of the electricity needed."
            ),
            (
                "Egypt relies on the Nile for almost all of its fresh water, and officials say supply per person has "
                "fallen below the threshold of water scarcity as the population grows. Desalination has so far mainly "
                "served tourist resorts and new cities."
            ),
            (
                "Environmental scientists said the plants must manage their brine discharge carefully to protect the "
                "Red Sea's coral reefs. The ministry said the contracts required discharge through diffusers placed "
                "away from reefs, with independent monitoring of water quality and marine life around each site."
            ),
        ),
        sector="wash",
        countries=("EG",),
        place_label="Egypt",
        authors=(),
        hours_ago=45.0,
        updated_hours_after=6.0,
        image="photo",
        image_caption="Northgate News Service graphic: planned desalination plants on the Red Sea coast.",
        tags=("Red Sea", "Nile", "Egypt"),
    ),
    DemoStory(
        key="ma-marrakech-marathon-record",
        kind="news",
        agency="Meridian Press Agency",
        headline="Marrakech Marathon Draws Record Field as Morocco Bets on Sports Tourism",
        standfirst=(
            "Organisers say more than 14,000 runners from 70 countries have registered, nearly double last year's "
            "number."
        ),
        body=(
            (
                "More than 14,000 runners from 70 countries have registered for this year's Marrakech marathon and "
                "half marathon, nearly double last year's field, organisers said, as Morocco promotes the city as a "
                "destination for sports tourism, a growing part of its visitor economy."
            ),
            (
                "Race director Youssef Benali said new hotels and an expanded airport had made it easier to host "
                "international runners. The course, which passes the old city walls and palm groves, is one of the "
                "flattest in Africa and attracts runners chasing personal bests."
            ),
            (
                "Tourism officials said visitors attending sports events tend to stay longer and spend more than "
                "average. Morocco has hosted a series of international football, athletics and cycling events in "
                "recent years and is investing in stadiums and training centres across the country."
            ),
            (
                "Local running clubs said they hoped the race would also encourage more Moroccans, particularly "
                "women, to take up the sport. Organisers have added a five-kilometre fun run for families and "
                "schoolchildren this year, with part of the entry fees going to local sports clubs."
            ),
        ),
        sector="sports",
        countries=("MA",),
        place_label="Morocco",
        authors=(),
        hours_ago=17.0,
        updated_hours_after=None,
        image="ai",
        image_caption=(
            "AI-generated illustration of marathon runners passing a terracotta city wall. It is not a race photograph."
        ),
        tags=("Youssef Benali", "Marrakech", "Morocco"),
    ),
    DemoStory(
        key="global-markets-central-bank-week",
        kind="news",
        agency="Equator Newswire",
        headline="Markets Steady as Investors Await Central Bank Decisions and Jobs Data",
        standfirst=(
            "Stocks and emerging-market currencies traded in narrow ranges ahead of a busy week of policy meetings."
        ),
        body=(
            (
                "Global stock markets were little changed as investors waited for interest rate decisions from "
                "several major central banks and a run of employment data later in the week, with trading volumes "
                "thin across Asia and Europe ahead of the first announcements."
            ),
            (
                "A broad index of world shares edged up 0.1%, while emerging-market currencies traded in narrow "
                "ranges against the dollar. Oil prices slipped on expectations of higher supply, easing pressure on "
                "fuel-importing economies in Asia and Africa. Gold held near recent highs."
            ),
            (
                "Analysts said markets had largely priced in steady rates from the biggest central banks but were "
                "watching for signals about the timing of cuts. Slower inflation in many economies has raised hopes "
                "of easier borrowing conditions later in the year."
            ),
            (
                "Debt investors were also focused on developing economies that face large bond repayments next year. "
                "Spreads on some African and Latin American sovereign bonds have narrowed in recent months, allowing "
                "a handful of governments to return to international bond markets this year."
            ),
        ),
        sector="economy-business",
        countries=(),
        place_label="Global",
        authors=(),
        hours_ago=4.0,
        updated_hours_after=0.5,
        image="",
        image_caption="",
        tags=("Asia", "Europe"),
    ),
    DemoStory(
        key="ca-nunavut-undersea-fibre",
        kind="news",
        agency="Coral Coast Wire",
        headline="Canada Funds Undersea Fibre Link to Connect Arctic Communities",
        standfirst=(
            "The cable would bring high-speed internet to remote Nunavut communities that now depend on costly "
            "satellite connections."
        ),
        body=(
            (
                "Canada will help fund an undersea fibre-optic cable linking several communities in Nunavut to the "
                "national network, the federal government said, bringing faster and cheaper internet to towns that "
                "now rely on slow and costly satellite connections for everything from banking to schooling."
            ),
            (
                "The project, led by an Inuit-owned telecommunications company, will lay about 1,900 kilometres of "
                "cable during the short summer shipping season over two years. Federal and territorial governments "
                "will cover most of the cost, with the company contributing the rest."
            ),
            (
                "Community leaders said slow and expensive internet had held back online learning, telehealth and "
                "small businesses in the territory. Arnaq Qillaq, who chairs the company's board, said reliable "
                "connections would allow young people to study and work without leaving their home communities."
            ),
            (
                "Engineers said the route had been chosen to avoid areas of thick sea ice and important marine "
                "habitats, after consultation with hunters and fishers. Satellite service will remain as a backup for "
                "communities along the line and for smaller settlements that the cable will not reach."
            ),
        ),
        sector="technology",
        countries=("CA",),
        place_label="Canada",
        authors=(),
        hours_ago=75.0,
        updated_hours_after=None,
        image="ai",
        image_caption=(
            "AI-generated illustration of a cable-laying ship in Arctic waters. It is not a real vessel or location."
        ),
        tags=("Arnaq Qillaq", "Nunavut", "Canada"),
    ),
    DemoStory(
        key="py-uy-river-trade-accord",
        kind="news",
        agency="Northgate News Service",
        headline="Paraguay and Uruguay Sign Accord on River Trade and Port Access",
        standfirst=(
            "The agreement gives Paraguayan barges faster clearance at Uruguay's Nueva Palmira port and sets up a "
            "joint commission on dredging and navigation."
        ),
        body=(
            (
                "Paraguay and Uruguay signed an agreement to speed up the handling of Paraguayan cargo at Uruguay's "
                "river port of Nueva Palmira and to create a joint commission on dredging and navigation rules, the "
                "two countries' foreign ministries said in a joint statement."
            ),
            (
                "Landlocked Paraguay ships most of its soybean and grain exports by barge down the Paraguay and "
                "Paraná rivers. Paraguayan Foreign Minister Rodrigo Benítez said delays at transfer ports added costs "
                "that made the country's farmers less competitive in world grain markets."
            ),
            (
                "Uruguayan Foreign Minister Lucía Ferreira said the accord would attract more cargo to Nueva Palmira "
                "and create jobs. The two countries will share customs data electronically so that barges can be "
                "cleared before they arrive, cutting waiting times from days to hours, she said."
            ),
            (
                "Low water levels during recent droughts have repeatedly stranded barges on the waterway. The new "
                "commission will coordinate with Argentina, Brazil and Bolivia on dredging plans and forecasts of "
                "water levels, and will meet for the first time next month."
            ),
        ),
        sector="politics",
        countries=("PY", "UY"),
        place_label="Paraguay",
        authors=(),
        hours_ago=8.0,
        updated_hours_after=4.0,
        image="photo",
        image_caption="Northgate News Service graphic: the river route from Asunción to Nueva Palmira.",
        tags=(
            "Rodrigo Benítez",
            "Lucía Ferreira",
            "Nueva Palmira",
            "Paraguay",
            "Uruguay",
            "Argentina",
            "Brazil",
            "Bolivia",
        ),
    ),
    DemoStory(
        key="mx-nearshoring-power-water",
        kind="news",
        agency="Meridian Press Agency",
        headline="Northern Mexico Factory Hiring Slows as Nearshoring Boom Meets Power and Water Limits",
        standfirst="Industrial parks in Nuevo León and Coahuila report waiting lists for electricity connections.",
        body=(
            (
                "Factory hiring in northern Mexico slowed in the second quarter as industrial parks struggled to "
                "secure enough electricity and water for new plants, according to a survey of manufacturers published "
                "by a regional business chamber, which polled more than 300 companies."
            ),
            (
                "Companies have moved production to Mexico in recent years to be closer to the United States market. "
                "But the survey found that a third of planned investments in Nuevo León and Coahuila had been delayed "
                "by waiting times for grid connections."
            ),
            (
                "Chamber president Alejandro Garza said state and federal authorities needed to speed up investment "
                "in transmission and water treatment. Some firms are building their own solar plants and recycling "
                "industrial water to avoid delays, he said, but smaller suppliers cannot afford to do so."
            ),
            (
                "Economists said Mexico's trade relationship with the United States remained the biggest driver of "
                "investment decisions, and that uncertainty about future trade rules had also made some companies "
                "cautious about committing to new plants until the outlook for regional trade rules becomes clearer."
            ),
        ),
        sector="economy-business",
        countries=("MX", "US"),
        place_label="Mexico",
        authors=(),
        hours_ago=150.0,
        updated_hours_after=None,
        image="ai",
        image_caption="AI-generated illustration of a factory floor with assembly robots. It is not a real plant.",
        tags=("Alejandro Garza", "Nuevo León", "Coahuila", "Mexico", "United States"),
    ),
    DemoStory(
        key="sg-exports-forecast-cut",
        kind="news",
        agency="Coral Coast Wire",
        headline="Singapore Trims Export Forecast as Electronics Demand Cools",
        standfirst=(
            "Non-oil domestic exports fell for a second month, and the trade agency lowered its full-year outlook."
        ),
        body=(
            (
                "Singapore's non-oil domestic exports fell 4.1% last month from a year earlier, their second "
                "consecutive decline, and the trade promotion agency lowered its forecast for the full year, citing "
                "weaker demand for electronics and uncertainty over tariffs in its major markets."
            ),
            (
                "Shipments of integrated circuits and disk media fell sharply, while pharmaceuticals and "
                "petrochemicals rose. Exports to the United States and the European Union declined, partly offset by "
                "higher sales to Southeast Asian neighbours and China, the agency's latest monthly data showed."
            ),
            (
                "The agency now expects non-oil domestic exports to grow between 0% and 1% this year, down from an "
                "earlier range of 1% to 3%. Economists said front-loading of orders earlier in the year had flattered "
                "the first-quarter figures as buyers built up stocks."
            ),
            (
                "The city-state's economy is highly dependent on trade, and officials have warned that growth could "
                "slow in the second half. The government has offered grants to small firms seeking new export markets "
                "and has extended wage support for some manufacturers."
            ),
        ),
        sector="economy-business",
        countries=("SG",),
        place_label="Singapore",
        authors=(),
        hours_ago=21.0,
        updated_hours_after=None,
        image="",
        image_caption="",
        tags=("Singapore", "United States", "European Union", "China"),
    ),
    DemoStory(
        key="who-antimicrobial-resistance-report",
        kind="news",
        agency="Equator Newswire",
        headline="WHO Warns Drug-Resistant Infections Rising Fastest in Low-Income Countries",
        standfirst=(
            "A new surveillance report finds resistance to common antibiotics rising in most regions, with the "
            "steepest increases where laboratory capacity is weakest."
        ),
        body=(
            (
                "Infections resistant to common antibiotics are increasing in most parts of the world, with the "
                "fastest rises in low- and middle-income countries, the World Health Organization said in a "
                "surveillance report, warning that some infections are becoming very difficult to treat."
            ),
            (
                "The report, based on laboratory data from more than 100 countries, found that resistance to "
                "first-line treatments for urinary tract and bloodstream infections had risen over five years. WHO "
                "said many hospitals in poorer countries lacked the laboratories needed to detect resistant bacteria "
                "early."
            ),
            (
                "Dr Helena Marchetti, who leads WHO's antimicrobial resistance surveillance, said over-the-counter "
                "sales of antibiotics, poor sanitation and limited access to newer drugs were all driving the trend. "
                "She called for investment in diagnostics and clean water alongside stricter rules on antibiotic "
                "sales."
            ),
            (
                "The agency also urged countries to stop using antibiotics to promote growth in livestock, which "
                "accounts for a large share of global consumption, and to fund research into new drugs, which few "
                "pharmaceutical companies are now developing because of poor commercial returns."
            ),
        ),
        sector="health",
        countries=(),
        place_label="Global",
        authors=(),
        hours_ago=55.0,
        updated_hours_after=None,
        image="ai",
        image_caption="AI-generated illustration of bacteria colonies in a laboratory dish. It is not a real sample.",
        tags=("World Health Organization", "Helena Marchetti"),
    ),
    DemoStory(
        key="ml-manuscripts-digitised",
        kind="news",
        agency="Silverline Press",
        headline="Mali Scholars Complete Digitisation of 40,000 Historic Manuscripts",
        standfirst=(
            "The collection, which includes works on astronomy, law and medicine, will be made available online to "
            "researchers."
        ),
        body=(
            (
                "A team of Malian archivists has finished digitising about 40,000 historic manuscripts, including "
                "works on astronomy, law, medicine and poetry dating back several centuries, the project's organisers "
                "said after more than six years of painstaking work, much of it done during power cuts."
            ),
            (
                "Many of the manuscripts were moved from Timbuktu to Bamako for safekeeping during years of "
                "insecurity in northern Mali. Families who own them have kept them in metal trunks, where heat and "
                "humidity threaten the fragile paper, leather bindings and ink."
            ),
            (
                "Project coordinator Ousmane Traoré said the high-resolution images would be available online to "
                "researchers free of charge, while the originals would stay with their owners. Conservators have also "
                "repaired several thousand of the most damaged pages, using traditional materials where possible."
            ),
            (
                "Scholars said the archive would help change perceptions of African intellectual history, which has "
                "often been described as mainly oral. The project was funded by private foundations and a university "
                "consortium, and the team has trained 30 young Malians in digitisation and conservation."
            ),
        ),
        sector="art-culture",
        countries=("ML",),
        place_label="Mali",
        authors=(),
        hours_ago=170.0,
        updated_hours_after=None,
        image="ai",
        image_caption=(
            "AI-generated illustration of an illuminated manuscript page beside a camera stand. It is not a real "
            "document."
        ),
        tags=("Ousmane Traoré", "Timbuktu", "Bamako", "Mali"),
    ),
    DemoStory(
        key="tz-dar-es-salaam-drainage",
        kind="news",
        agency="Equator Newswire",
        headline="Dar es Salaam Begins Drainage Upgrade to Curb Seasonal Flooding",
        standfirst=(
            "The World Bank-backed project will widen river channels and build retention ponds in neighbourhoods that "
            "flood every rainy season."
        ),
        body=(
            (
                "Dar es Salaam began work on a major drainage upgrade designed to reduce flooding in low-lying "
                "neighbourhoods along the Msimbazi river, which bursts its banks almost every rainy season, city "
                "officials said, in a project expected to take four years and benefit about 100,000 residents."
            ),
            (
                "The project, backed by a World Bank loan, will widen and deepen river channels, build retention "
                "ponds and turn part of the floodplain into a public park. Some families living on the riverbanks "
                "will be resettled to new housing nearby."
            ),
            (
                "City engineer Halima Mushi said floods regularly cut a main road into the city centre, disrupting "
                "businesses and bus services. Rapid growth has covered much of the land that once absorbed rainwater "
                "with roofs and paved roads, she said, so drains built decades ago can no longer cope."
            ),
            (
                "Residents' groups said they supported the project but wanted compensation to be paid in full before "
                "any homes were demolished. Officials said an independent grievance committee would handle disputes "
                "and that no one would be moved without an agreed plan."
            ),
        ),
        sector="urban-development",
        countries=("TZ",),
        place_label="Tanzania",
        authors=(),
        hours_ago=34.0,
        updated_hours_after=None,
        image="ai",
        image_caption=(
            "AI-generated illustration of a widened river channel with a park along its banks. It is not a real "
            "location."
        ),
        tags=("Halima Mushi", "World Bank", "Msimbazi River", "Dar es Salaam", "Tanzania"),
    ),
    DemoStory(
        key="co-rural-land-titling-law",
        kind="news",
        agency="Meridian Press Agency",
        headline="Colombia Passes Law to Speed Up Rural Land Titling",
        standfirst=(
            "The law creates mobile registry teams and a single digital land register, aiming to give smallholders "
            "secure title."
        ),
        body=(
            (
                "Colombia's Congress passed a law to speed up the titling of rural land, creating mobile registry "
                "teams and a single digital land register, in an effort to give millions of smallholders secure "
                "rights to the plots they have farmed for generations."
            ),
            (
                "Officials estimate that more than half of rural properties in Colombia lack formal title, which "
                "prevents farmers from using land as collateral and fuels disputes. Agriculture Minister Camila "
                "Restrepo said insecure land rights had been at the root of decades of conflict in the countryside."
            ),
            (
                "The law sets deadlines for surveying the municipalities with the most disputes and allows women who "
                "farm land with their partners to be registered as co-owners. Indigenous and Afro-Colombian "
                "communities will keep their collective titles, which the law says cannot be sold."
            ),
            (
                "Opposition lawmakers said the government had not set aside enough money for the surveys. The land "
                "agency said it would hire 2,000 surveyors and use drones and satellite images to map plots more "
                "quickly and cheaply than traditional ground surveys allow."
            ),
        ),
        sector="law-governance",
        countries=("CO",),
        place_label="Colombia",
        authors=(),
        hours_ago=290.0,
        updated_hours_after=None,
        image="ai",
        image_caption=(
            "AI-generated illustration of hillside farm plots marked with survey lines. It is not a real place."
        ),
        tags=("Camila Restrepo", "Congress of Colombia", "Colombia"),
    ),
    DemoStory(
        key="kz-grain-rail-china-shot",
        kind="shot",
        agency="Equator Newswire",
        headline="Kazakhstan Doubles Grain Rail Capacity to China",
        standfirst="A new terminal at the Khorgos crossing speeds up transfers between rail gauges.",
        body=(
            (
                "Kazakhstan's state railway opened a new grain transfer terminal at the Khorgos crossing on the "
                "Chinese border, doubling daily capacity to about 3,000 tonnes. Officials said faster transfers "
                "between the two countries' different rail gauges would help farmers sell more wheat and barley to "
                "China and cut waiting times for wagons during the harvest."
            ),
        ),
        sector="transport",
        countries=("KZ", "CN"),
        place_label="Kazakhstan",
        authors=(),
        hours_ago=2.5,
        updated_hours_after=None,
        image="",
        image_caption="",
        tags=("Khorgos", "Kazakhstan", "China"),
    ),
    DemoStory(
        key="pg-anticorruption-first-cases",
        kind="shot",
        agency="Coral Coast Wire",
        headline="PNG Anti-Corruption Body Refers First Cases",
        standfirst="Three cases involving public contracts go to prosecutors.",
        body=(
            (
                "Papua New Guinea's Independent Commission Against Corruption said it had referred its first three "
                "cases to public prosecutors, all involving road and school construction contracts. Commissioner "
                "Grace Kapi said the commission had received more than 400 complaints since opening and would publish "
                "a summary of its findings every six months."
            ),
        ),
        sector="law-governance",
        countries=("PG",),
        place_label="Papua New Guinea",
        authors=(),
        hours_ago=7.0,
        updated_hours_after=None,
        image="",
        image_caption="",
        tags=("Independent Commission Against Corruption", "Grace Kapi", "Papua New Guinea"),
    ),
    DemoStory(
        key="ke-iten-training-centre",
        kind="shot",
        agency="Northgate News Service",
        headline="Kenya Opens Altitude Training Centre to Foreign Athletes",
        standfirst="Fees from visiting teams will fund scholarships for local runners.",
        body=(
            (
                "A new high-altitude training centre in Iten, Kenya, has opened to international athletes, offering a "
                "synthetic track, a gym and rooms for 120 runners. Manager Philip Kiptoo said fees paid by visiting "
                "teams would fund scholarships for young Kenyan athletes from nearby villages."
            ),
        ),
        sector="sports",
        countries=("KE",),
        place_label="Kenya",
        authors=(),
        hours_ago=33.0,
        updated_hours_after=None,
        image="photo",
        image_caption="Northgate News Service graphic: the Iten centre's track and facilities.",
        tags=("Philip Kiptoo", "Iten", "Kenya"),
    ),
    DemoStory(
        key="fj-sevens-squad-named",
        kind="shot",
        agency="Coral Coast Wire",
        headline="Fiji Names Young Sevens Squad for Season Opener",
        standfirst="Five uncapped players make the 13-man squad.",
        body=(
            (
                "Fiji's sevens coach Josefa Naivalu named five uncapped players in a 13-man squad for the opening "
                "tournament of the season, saying he wanted to build depth ahead of the next Olympic cycle. The squad "
                "will hold its final camp in Suva, where training was briefly halted as Cyclone Tamana approached."
            ),
        ),
        sector="sports",
        countries=("FJ",),
        place_label="Fiji",
        authors=(),
        hours_ago=4.5,
        updated_hours_after=None,
        image="",
        image_caption="",
        tags=("Josefa Naivalu", "Suva", "Fiji"),
    ),
    DemoStory(
        key="rw-drone-medicine-deliveries",
        kind="shot",
        agency="Silverline Press",
        headline="Rwanda Extends Drone Deliveries to Rural Pharmacies",
        standfirst="Drones that carry blood to hospitals will now deliver prescription medicines.",
        body=(
            (
                "Rwanda's health ministry said drones already used to carry blood supplies to district hospitals "
                "would begin delivering prescription medicines to 60 rural pharmacies. Officials said the service, "
                "run with a private logistics firm, would cut delivery times from a day to under an hour for remote "
                "hill communities."
            ),
        ),
        sector="technology",
        countries=("RW",),
        place_label="Rwanda",
        authors=(),
        hours_ago=1.5,
        updated_hours_after=None,
        image="ai",
        image_caption=(
            "AI-generated illustration of a delivery drone flying over green terraced hills. It is not a real aircraft."
        ),
        tags=("Rwanda Ministry of Health", "Rwanda"),
    ),
    DemoStory(
        key="jm-sound-system-archive",
        kind="shot",
        agency="Meridian Press Agency",
        headline="Jamaica Opens Archive of Sound System Recordings",
        standfirst="Thousands of hours of street-dance recordings have been preserved.",
        body=(
            (
                "The National Library of Jamaica opened a public archive of sound system recordings, preserving "
                "thousands of hours of tapes from street dances dating back to the 1960s. Curator Marcia Campbell "
                "said many reels had been rescued from damp basements and that musicians' families had helped to "
                "identify performers and venues."
            ),
        ),
        sector="art-culture",
        countries=("JM",),
        place_label="Jamaica",
        authors=(),
        hours_ago=18.0,
        updated_hours_after=None,
        image="",
        image_caption="",
        tags=("Marcia Campbell", "National Library of Jamaica", "Jamaica"),
    ),
    DemoStory(
        key="lk-tea-auction-prices",
        kind="shot",
        agency="Equator Newswire",
        headline="Sri Lanka Tea Prices Rise at Colombo Auction",
        standfirst="Lower output after heavy rains pushed up prices for high-grown teas.",
        body=(
            (
                "Prices for high-grown teas rose about 6% at this week's Colombo auction as heavy rains in the "
                "central hills cut output, brokers said. Tea is one of Sri Lanka's largest export earners, and "
                "growers said higher prices would help offset rising costs for fertiliser and labour on the estates."
            ),
        ),
        sector="agro-forestry",
        countries=("LK",),
        place_label="Sri Lanka",
        authors=(),
        hours_ago=10.0,
        updated_hours_after=None,
        image="",
        image_caption="",
        tags=("Colombo", "Sri Lanka"),
    ),
    DemoStory(
        key="pe-ancient-textiles-returned",
        kind="shot",
        agency="Northgate News Service",
        headline="Ancient Textiles Return to Peruvian Communities",
        standfirst="The weavings will go on display in a community museum near Cusco.",
        body=(
            (
                "Twenty-four pre-Columbian textiles held for decades in a private European collection were handed "
                "back to Peru and will be shown in a community museum near Cusco. Weaver and museum director Rosa "
                "Quispe said local artisans would study the patterns to revive techniques that had been lost in their "
                "villages."
            ),
        ),
        sector="art-culture",
        countries=("PE",),
        place_label="Peru",
        authors=(),
        hours_ago=64.0,
        updated_hours_after=None,
        image="photo",
        image_caption="Northgate News Service graphic: a pattern detail from one of the returned textiles.",
        tags=("Rosa Quispe", "Cusco", "Peru"),
    ),
    DemoStory(
        key="bw-diamond-sales-fall",
        kind="shot",
        agency="Meridian Press Agency",
        headline="Botswana Diamond Sales Fall as Lab-Grown Stones Gain",
        standfirst="Lower rough diamond sales are squeezing government revenue.",
        body=(
            (
                "Botswana's rough diamond sales fell by almost a quarter in the first half of the year, the Bank of "
                "Botswana said, as competition from cheaper laboratory-grown stones weighed on demand. Diamonds "
                "provide a large share of government revenue, and officials said they would speed up efforts to "
                "develop tourism, farming and financial services."
            ),
        ),
        sector="energy-extractives",
        countries=("BW",),
        place_label="Botswana",
        authors=(),
        hours_ago=80.0,
        updated_hours_after=None,
        image="",
        image_caption="",
        tags=("Bank of Botswana", "Botswana"),
    ),
    DemoStory(
        key="us-measles-weekend-clinics",
        kind="shot",
        agency="Silverline Press",
        headline="US County Extends Free Measles Vaccine Clinics",
        standfirst="Health officials added weekend sessions after a cluster of cases.",
        body=(
            (
                "Health officials in a rural county in the US state of Oregon will run free measles vaccination "
                "clinics at weekends for the next month after six cases were confirmed among unvaccinated children. "
                "County health director Laura Jensen urged parents to check their children's records."
            ),
        ),
        sector="health",
        countries=("US",),
        place_label="United States",
        authors=(),
        hours_ago=16.0,
        updated_hours_after=None,
        image="",
        image_caption="",
        tags=("Laura Jensen", "Oregon", "United States"),
    ),
    DemoStory(
        key="tn-olive-oil-exports-rebound",
        kind="shot",
        agency="Northgate News Service",
        headline="Tunisia Olive Oil Exports Rebound After Drought",
        standfirst="A larger harvest lifted export volumes, though prices have eased.",
        body=(
            (
                "Tunisia's olive oil exports rose by about 40% by volume in the first eight months of the season "
                "after a larger harvest ended two years of drought-hit output, the agriculture ministry said. Revenue "
                "rose more slowly because world prices have fallen from record highs, and farmers' unions called for "
                "more storage."
            ),
        ),
        sector="agro-forestry",
        countries=("TN",),
        place_label="Tunisia",
        authors=(),
        hours_ago=23.0,
        updated_hours_after=None,
        image="",
        image_caption="",
        tags=("Tunisia",),
    ),
    DemoStory(
        key="mn-dzud-winter-preparations",
        kind="shot",
        agency="Coral Coast Wire",
        headline="Mongolia Prepares Herders for Harsh Winter",
        standfirst="Forecasters warn of a high risk of dzud, a deadly mix of drought and extreme cold.",
        body=(
            (
                "Mongolia's National Emergency Management Agency is stockpiling hay and fodder in 12 provinces after "
                "forecasters warned of a high risk of dzud, a combination of summer drought and extreme winter cold "
                "that can kill millions of livestock. Herders have been advised to sell some animals early and "
                "reinforce shelters."
            ),
        ),
        sector="science-environment",
        countries=("MN",),
        place_label="Mongolia",
        authors=(),
        hours_ago=44.0,
        updated_hours_after=None,
        image="ai",
        image_caption=(
            "AI-generated illustration of herders moving sheep and goats across a frosted steppe. It is not a real "
            "scene."
        ),
        tags=("National Emergency Management Agency", "Mongolia"),
    ),
    DemoStory(
        key="bt-au-migration-workforce",
        kind="opinion",
        agency="",
        headline="Rising Migration to Australia Tests Bhutan's Workforce and Public Services",
        standfirst=(
            "Bhutan cannot stop young people leaving, the author argues, but it can make it easier for them to come "
            "back with skills and savings."
        ),
        body=(
            (
                "Walk through almost any district hospital in Bhutan and you will hear the same story: another nurse "
                "has left for Australia. Thousands of young Bhutanese have moved abroad to study and work, and for a "
                "country of fewer than 800,000 people the departures are felt in every classroom, clinic and office."
            ),
            (
                "It is easy to understand why they go. Wages in Perth or Brisbane are many times higher than at home, "
                "and remittances now support thousands of families. But the loss of trained teachers, nurses and "
                "engineers is stretching services that were already thin, especially in the eastern districts."
            ),
            (
                "Bhutan cannot and should not try to stop people leaving. A better approach would be to make return "
                "attractive: recognising foreign qualifications, offering housing support to returnees who take rural "
                "posts, and helping migrants invest savings in small businesses rather than only in land around "
                "Thimphu."
            ),
            (
                "Australia also has a role. Bilateral agreements could fund a training place in Bhutan for every "
                "skilled worker recruited, so that the country's institutions are replenished rather than hollowed "
                "out. Circular migration works only if both ends of the circle are strong."
            ),
        ),
        sector="social-gender",
        countries=("BT", "AU"),
        place_label="Bhutan",
        authors=("Tashi Pelden",),
        hours_ago=38.0,
        updated_hours_after=5.0,
        image="ai",
        image_caption=(
            "AI-generated illustration of a departure board in front of a mountain landscape. It is not a real airport."
        ),
        tags=("Perth", "Brisbane", "Thimphu", "Bhutan", "Australia"),
    ),
    DemoStory(
        key="gender-digital-entrepreneurship",
        kind="opinion",
        agency="",
        headline="Digital Tools Are Not Gender-Neutral, and Small-Business Policy Should Stop Pretending They Are",
        standfirst=(
            "Online marketplaces and mobile payments have opened doors for women entrepreneurs, but unequal access to "
            "devices, data and credit means the gains are uneven."
        ),
        body=(
            (
                "Governments like to say that a smartphone turns anyone into an entrepreneur. The evidence is more "
                "complicated. Across many developing economies, men and women who start businesses online do not "
                "benefit equally from the same digital tools, and policies that ignore this risk widening the gaps "
                "they are meant to close."
            ),
            (
                "Surveys by the International Telecommunication Union consistently find that women are less likely "
                "than men to use the internet. They are also more likely to share a phone with relatives and to pay "
                "more for data relative to income. A training scheme that assumes constant connectivity quietly "
                "excludes the women who most need it."
            ),
            (
                "Credit is the second barrier. Digital lenders score applicants on transaction histories, but women's "
                "businesses are often smaller and run through personal accounts or cash. The algorithm reads caution "
                "as risk. Lenders should test their models for gender bias and publish the results."
            ),
            (
                "None of this means digital transformation is bad for women. It means the design details decide who "
                "wins. Ministries that fund entrepreneurship schemes should collect data by gender, offer shared "
                "devices and childcare during training, and measure success by the businesses that survive, not the "
                "apps downloaded."
            ),
        ),
        sector="social-gender",
        countries=(),
        place_label="Global",
        authors=("Lucia Ferrand",),
        hours_ago=58.0,
        updated_hours_after=None,
        image="ai",
        image_caption=(
            "AI-generated illustration of a market trader taking a payment on a mobile phone. It is not a real person."
        ),
        tags=("International Telecommunication Union",),
    ),
    DemoStory(
        key="africa-central-banks-patience",
        kind="opinion",
        agency="",
        headline="From Growth to Stability: Why African Central Banks Should Resist Cutting Rates Too Fast",
        standfirst=(
            "Inflation is falling across much of Sub-Saharan Africa, but credibility won at great cost could be lost "
            "quickly, the author argues."
        ),
        body=(
            (
                "After two years of painful rate increases, central banks across Sub-Saharan Africa are under "
                "pressure to cut. Inflation has eased in many economies, currencies have stabilised, and finance "
                "ministers facing high borrowing costs want relief. The temptation is understandable, but moving too "
                "fast would be a mistake."
            ),
            (
                "The region's recent inflation was not only imported. In several countries it was fed by central bank "
                "financing of budget deficits and by weak confidence in policy. Much of the progress since has come "
                "from restoring that confidence, and credibility takes far longer to build than to lose."
            ),
            (
                "The International Monetary Fund's analysis of monetary policy in the region makes a similar point: "
                "real interest rates are only now turning positive in many countries, and food and fuel shocks remain "
                "likely. A gradual path with clear communication is safer than a burst of cuts followed by a "
                "reversal."
            ),
            (
                "Central banks can support growth in other ways, by improving payment systems, deepening local bond "
                "markets and publishing forecasts that let businesses plan. Stability is not the opposite of growth. "
                "In economies that have lived through repeated currency crises, it is the condition for it."
            ),
        ),
        sector="economy-business",
        countries=(),
        place_label="Global",
        authors=("Samuel Otieno",),
        hours_ago=100.0,
        updated_hours_after=None,
        image="",
        image_caption="",
        tags=("International Monetary Fund", "Sub-Saharan Africa"),
    ),
    DemoStory(
        key="cities-must-plan-for-heat",
        kind="opinion",
        agency="",
        headline="Cities Plan for Floods. They Must Now Plan for Heat",
        standfirst="Extreme heat kills quietly and unequally, and urban design can reduce its toll at modest cost.",
        body=(
            (
                "City governments have learned, often painfully, to plan for floods. Drainage maps, early warnings "
                "and evacuation routes are now standard in many municipal budgets. Heat has received far less "
                "attention, even though it kills more people in many cities than any other weather hazard, mostly out "
                "of sight in hot rooms."
            ),
            (
                "The burden falls unevenly. Residents of informal settlements under metal roofs, outdoor workers and "
                "older people living alone face the highest risk. Neighbourhoods with few trees can be several "
                "degrees hotter than leafy districts only a short walk away, a gap that shows up in hospital "
                "admissions."
            ),
            (
                "The solutions are not exotic. Reflective roof coatings, shade trees along walking routes, cooling "
                "centres in libraries and clinics, and changes to working hours during heatwaves can all be "
                "introduced within a single budget cycle. Several cities in South Asia have shown that heat action "
                "plans save lives."
            ),
            (
                "What is missing is ownership. Heat falls between the departments for health, housing, labour and "
                "parks. Mayors should appoint someone responsible for heat, map the hottest neighbourhoods and "
                "publish how many people each measure reaches every summer so that residents can judge the results."
            ),
        ),
        sector="urban-development",
        countries=(),
        place_label="Global",
        authors=("Marisol Quintero",),
        hours_ago=72.0,
        updated_hours_after=None,
        image="ai",
        image_caption=(
            "AI-generated illustration of a tree-lined street with shaded walkways and white rooftops. It is not a "
            "real city."
        ),
        tags=("South Asia",),
    ),
    DemoStory(
        key="water-utilities-need-plumbers",
        kind="opinion",
        agency="",
        headline="Water Utilities Need Fewer Pilots and More Plumbers",
        standfirst=(
            "Donors fund smart meters and apps, but leaking pipes and unpaid staff are what keep taps dry, the author "
            "argues."
        ),
        body=(
            (
                "Every few months another water utility announces a pilot: smart meters in one district, an app for "
                "reporting leaks, sensors on a pumping station. Many of these projects are well designed. Few survive "
                "once the donor money ends, and the taps in most neighbourhoods run no more reliably than before."
            ),
            (
                "The reason is not a shortage of technology. In many cities, a large share of treated water is lost "
                "through leaks and illegal connections before it reaches a paying customer. Fixing this requires "
                "trained plumbers, spare parts, vehicles and managers who stay long enough to see results."
            ),
            (
                "Those are recurring costs, and they are exactly what grant programmes prefer not to fund. Utilities "
                "end up with sophisticated dashboards and not enough staff to act on what they show. A leak detected "
                "by a sensor and left unrepaired for six months is not progress."
            ),
            (
                "Donors and governments should reverse the order: pay for performance, such as reductions in water "
                "losses and more hours of supply, and let utilities choose the tools. Technology will follow when "
                "there are people and budgets ready to use it."
            ),
        ),
        sector="wash",
        countries=(),
        place_label="Global",
        authors=("Devika Raman",),
        hours_ago=140.0,
        updated_hours_after=None,
        image="",
        image_caption="",
        tags=(),
    ),
    DemoStory(
        key="pacific-tuna-talks-voice",
        kind="opinion",
        agency="",
        headline="Small Island States Deserve a Louder Voice in Pacific Tuna Talks",
        standfirst=(
            "The Pacific's tuna wealth is managed in forums where island nations are outnumbered by distant-water "
            "fleets, the author writes."
        ),
        body=(
            (
                "The western and central Pacific supplies more than half of the world's tuna, and for countries such "
                "as Kiribati, Tuvalu and the Marshall Islands, fishing licence fees pay for a large share of schools "
                "and hospitals. Yet the rules that govern the catch are negotiated in forums where island governments "
                "are often outnumbered."
            ),
            (
                "Distant-water fishing nations arrive at annual meetings with large delegations of lawyers and "
                "scientists. A small island state may send two officials who also cover trade, climate and shipping. "
                "It is not surprising that proposals to cut catches or strengthen observer coverage are regularly "
                "watered down."
            ),
            (
                "Island states have shown what cooperation can achieve. Selling fishing days collectively multiplied "
                "licence revenue within little more than a decade. The same unity is now needed on climate, because "
                "warming oceans are expected to shift tuna stocks eastwards and out of some national waters."
            ),
            (
                "Donors can help by funding permanent negotiating teams and independent science for island "
                "governments. Fiji, Samoa and Tonga, which have larger public services, could host shared technical "
                "units. Fair management of the Pacific's tuna is a question of politics, not only of fisheries."
            ),
        ),
        sector="politics",
        countries=("FJ", "WS", "TO", "KI", "TV", "MH"),
        place_label="Fiji",
        authors=("Sione Havili",),
        hours_ago=190.0,
        updated_hours_after=None,
        image="",
        image_caption="",
        tags=("Kiribati", "Tuvalu", "Marshall Islands", "Fiji", "Samoa", "Tonga"),
    ),
    DemoStory(
        key="zm-solar-minigrid-field-notes",
        kind="blog",
        agency="",
        headline="Field Notes: What a Solar Mini-Grid Changed in a Zambian Market Town",
        standfirst="Six months after the lights came on, the biggest changes were not the ones the planners expected.",
        body=(
            (
                "When I first visited the market town six months ago, the evening trade ran on diesel generators and "
                "torches. Tailors packed up at sunset, and the only cold drinks came from a single shop with its own "
                "generator. This month I went back to see what a solar mini-grid had changed."
            ),
            (
                "The obvious things have happened. Shops stay open until nine, a welder has moved in from the "
                "district capital, and the clinic no longer keeps vaccines in a cool box. But the change traders "
                "talked about most was the barber shop, now a charging point, meeting place and informal news "
                "exchange."
            ),
            (
                "There are problems too. Tariffs are higher per unit than on the national grid, and some households "
                "have gone back to candles because prepaid credit runs out before payday. The operator is "
                "experimenting with smaller daily top-ups sold through mobile money."
            ),
            (
                "The lesson I take from the visit is that power alone is not development. The businesses that grew "
                "fastest already had customers and skills; the mini-grid simply removed a ceiling. Planners who want "
                "wider benefits will need to pair electricity with credit and training for newcomers."
            ),
        ),
        sector="energy-extractives",
        countries=("ZM",),
        place_label="Zambia",
        authors=("Chipo Mwansa",),
        hours_ago=44.0,
        updated_hours_after=None,
        image="ai",
        image_caption=(
            "AI-generated illustration of market stalls lit by electric bulbs at dusk. It is not a real town."
        ),
        tags=("Zambia",),
    ),
    DemoStory(
        key="uz-ceramics-storeroom-notes",
        kind="blog",
        agency="",
        headline="Notes From a Museum Storeroom: Cataloguing Uzbekistan's Ceramic Heritage",
        standfirst=(
            "A conservator describes a year spent photographing, measuring and re-boxing thousands of glazed tiles "
            "and bowls."
        ),
        body=(
            (
                "The storeroom is cold even in June. Along the shelves sit thousands of glazed tiles, bowls and "
                "fragments collected over a century, some labelled in three alphabets and some not labelled at all. "
                "For the past year, a small team of us has been giving each object a record, a photograph and a safe "
                "box."
            ),
            (
                "The work is slower than anyone outside a museum imagines. A single tile can take an hour: cleaning "
                "the dust without touching the glaze, measuring, photographing both sides under even light, and "
                "tracing its old inventory number through handwritten ledgers. Some days we finish twenty objects, "
                "some days four."
            ),
            (
                "Every so often there is a surprise. Last month a box marked as kitchen pottery turned out to hold "
                "fragments of tilework matching a mosque facade in Samarkand. Colleagues from the restoration "
                "workshop came down the same afternoon to compare the colours."
            ),
            (
                "When the catalogue goes online next year, researchers and craftspeople will be able to study "
                "patterns that have not been seen in public for decades. Potters in Rishtan have already asked for "
                "the blue-and-white designs. That, more than any exhibition, feels like the point of the work."
            ),
        ),
        sector="art-culture",
        countries=("UZ",),
        place_label="Uzbekistan",
        authors=("Dilnoza Karimova",),
        hours_ago=120.0,
        updated_hours_after=None,
        image="",
        image_caption="",
        tags=("Samarkand", "Rishtan", "Uzbekistan"),
    ),
    DemoStory(
        key="why-we-label-ai-illustrations",
        kind="blog",
        agency="",
        headline="Why We Label Every AI-Generated Illustration on This Site",
        standfirst=(
            "Our managing editor explains the rules for illustrations that are not photographs, and why the label "
            "sits right under the picture."
        ),
        body=(
            (
                "Many stories on this site arrive from news agencies without a photograph. Rather than leave a page "
                "bare, we sometimes use an illustration generated with AI tools. Readers deserve to know exactly what "
                "they are looking at, so every such image carries a label stating that it does not depict a real "
                "event, person or place."
            ),
            (
                "The label sits directly beneath the image, not in a footnote or on an about page. Our illustrations "
                "are generic by design: a drone on an airfield, a field of solar panels, a river at dusk. We do not "
                "generate pictures of identifiable people, and an illustration is never presented as evidence of what "
                "happened."
            ),
            (
                "Photographs and graphics supplied by agencies are credited to the agency, and we keep the "
                "information about how each image was made when it is supplied. If an agency tells us an image was "
                "created or altered with AI, we label it the same way as our own illustrations."
            ),
            (
                "We will keep reviewing these rules as tools and reader expectations change. If you think a label is "
                "missing or wrong, please tell us through the feedback link at the foot of every page. Corrections "
                "are logged and published on this page."
            ),
        ),
        sector="technology",
        countries=(),
        place_label="Global",
        authors=("Helena Marsh",),
        hours_ago=320.0,
        updated_hours_after=None,
        image="ai",
        image_caption=(
            "AI-generated illustration of an empty picture frame on a newsroom desk. It is not a real place."
        ),
        tags=(),
    ),
    DemoStory(
        key="mekong-fish-survey-week",
        kind="blog",
        agency="",
        headline="A Week on the Mekong With the Scientists Counting Its Fish",
        standfirst=(
            "A research team's annual survey shows what dams, sand mining and weaker floods are doing to one of the "
            "world's richest inland fisheries."
        ),
        body=(
            (
                "At five in the morning the river is already busy. Fishers check their nets from narrow boats while "
                "our survey team sets up scales and measuring boards on the deck. For a week we travelled between "
                "Cambodia and southern Laos, recording every fish the fishers were willing to show us."
            ),
            (
                "The Mekong feeds tens of millions of people, and fish are the main source of protein for many of "
                "them. But the scientists I travelled with say catches of large migratory species are falling. Dams "
                "upstream block migration routes, and sand mining changes the riverbed where fish spawn."
            ),
            (
                "The changes are also visible in the floods. The Tonle Sap lake, which swells each year as the Mekong "
                "backs up into it, has had several weak flood seasons. Less water spreading into the flooded forest "
                "means fewer places for young fish to feed."
            ),
            (
                "Not all the news is bad. Community fish conservation areas, where villages ban fishing in deep pools "
                "during the dry season, are holding more and bigger fish than neighbouring stretches. Fishers told me "
                "they now guard the pools themselves, because they can see the difference in their nets."
            ),
        ),
        sector="science-environment",
        countries=("KH", "LA"),
        place_label="Cambodia",
        authors=("Sokha Prum",),
        hours_ago=250.0,
        updated_hours_after=None,
        image="",
        image_caption="",
        tags=("Mekong", "Tonle Sap", "Cambodia", "Laos"),
    ),
    DemoStory(
        key="rw-health-logistics-interview",
        kind="interview",
        agency="",
        headline="Interview: 'Drones Will Not Replace Nurses', Says Rwandan Health Logistics Chief",
        standfirst=(
            "Claudine Uwase, who runs medical supply logistics for a network of district hospitals, on delivery "
            "drones, stock-outs and what technology cannot fix."
        ),
        body=(
            "Q: Drone deliveries get a lot of attention. How much difference have they really made?",
            (
                "A: For emergencies, a great deal. When a mother is bleeding after childbirth, getting blood in 30 "
                "minutes instead of three hours saves lives. But drones carry a small share of our total volume. Most "
                "medicines still travel by truck and motorbike, and those routes matter just as much."
            ),
            "Q: What is the biggest cause of stock-outs today?",
            (
                "A: Data, not transport. If a health centre does not report what it used last month, we cannot send "
                "the right amount. We have spent more effort on training pharmacy staff to use the stock system than "
                "on any new technology, and it has paid off."
            ),
            "Q: What would you say to countries that want to copy the model?",
            (
                "A: Start with the supply chain you have. Drones will not replace nurses or good record-keeping. They "
                "work when they are one part of a system that already functions, with trained people at every step."
            ),
        ),
        sector="health",
        countries=("RW",),
        place_label="Rwanda",
        authors=("Paul Mensah",),
        hours_ago=60.0,
        updated_hours_after=None,
        image="ai",
        image_caption=(
            "AI-generated illustration of a medical supply warehouse with shelves of boxes. It is not a real facility."
        ),
        tags=("Claudine Uwase", "Rwanda"),
    ),
    DemoStory(
        key="pe-andean-agronomist-interview",
        kind="interview",
        agency="",
        headline="Interview: Farming at 4,000 Metres, With Peruvian Agronomist Efraín Mamani",
        standfirst=(
            "The researcher works with Andean communities on potato diversity and water harvesting as frosts and "
            "droughts become less predictable."
        ),
        body=(
            "Q: What is changing for farmers in the high Andes?",
            (
                "A: The calendar. Farmers used to know when the rains would start and when frost was likely. Now the "
                "rains come late, then all at once, and frosts arrive in months when they never did. A family can "
                "lose a whole potato crop in one night."
            ),
            "Q: How are communities responding?",
            (
                "A: By going back to things their grandparents did and combining them with new tools. Many "
                "communities are restoring small reservoirs called qochas to store rainwater, and they plant several "
                "native potato varieties in one field so that some survive whatever the weather does. We test "
                "varieties and send forecasts by text message."
            ),
            "Q: What do policymakers get wrong?",
            (
                "A: They see native crops as a thing of the past. In fact these varieties are a genetic library the "
                "whole world may need. Support should go to the farmers who keep that library alive, through fair "
                "prices, community seed banks and roads that let them reach markets."
            ),
        ),
        sector="agro-forestry",
        countries=("PE",),
        place_label="Peru",
        authors=("Ana Lucía Torres",),
        hours_ago=160.0,
        updated_hours_after=None,
        image="",
        image_caption="",
        tags=("Efraín Mamani", "Andes", "Peru"),
    ),
    DemoStory(
        key="ws-womens-rugby-coach-interview",
        kind="interview",
        agency="",
        headline="Interview: The Coach Building Samoa's Women's Rugby From the Village Up",
        standfirst=(
            "Losa Matagi explains how village competitions, school partnerships and a new scholarship fund are "
            "changing the women's game in Samoa."
        ),
        body=(
            "Q: How did the women's programme start?",
            (
                "A: With eight players and one bag of balls. Girls were already playing touch rugby in the villages, "
                "but there was no pathway. We asked church and village leaders to host weekend tournaments, and "
                "within two seasons we had more than 40 teams across Upolu and Savai'i."
            ),
            "Q: What has been the hardest part?",
            (
                "A: Convincing families that rugby is a safe and respectable choice for their daughters. We invited "
                "parents to training, hired women coaches and made sure every tournament had first-aid staff. Once "
                "parents saw their girls growing in confidence, the questions stopped."
            ),
            "Q: What comes next?",
            (
                "A: Keeping players in school while they train. A new scholarship fund pays fees for 30 players, and "
                "we have partnerships with two secondary schools. Our goal is a national team made up of players who "
                "grew up in our own competitions."
            ),
        ),
        sector="sports",
        countries=("WS",),
        place_label="Samoa",
        authors=("Hannah Ito",),
        hours_ago=220.0,
        updated_hours_after=None,
        image="",
        image_caption="",
        tags=("Losa Matagi", "Upolu", "Savai'i", "Samoa"),
    ),
    DemoStory(
        key="sn-dakar-transit-planner-interview",
        kind="interview",
        agency="",
        headline="Interview: A Dakar Planner on Making a New Transit Corridor Work for Everyone",
        standfirst=(
            "Urban planner Fatou Diagne on rapid transit, informal minibuses and why pavements matter as much as "
            "vehicles."
        ),
        body=(
            "Q: Dakar has new rail and bus rapid transit lines. What problem are they meant to solve?",
            (
                "A: Time. Many people in the suburbs spend three or four hours a day travelling to jobs in the "
                "centre. The new lines carry large numbers of people quickly along the main corridors, but only if "
                "passengers can reach the stations easily and afford the fares."
            ),
            "Q: What happens to the minibus drivers who used to serve those routes?",
            (
                "A: That was one of our main concerns. Some operators were brought into the system as feeder "
                "services, with training and new vehicles on credit. Others have moved to routes the new lines do not "
                "cover. It is not perfect, but it is better than pushing them out overnight."
            ),
            "Q: What would you do differently?",
            (
                "A: Invest earlier in walking. People reach stations on foot through sand, traffic and blocked "
                "pavements. Safe crossings, shade and lighting cost little compared with the vehicles, and they "
                "decide whether women, children and older people use the system at all."
            ),
        ),
        sector="transport",
        countries=("SN",),
        place_label="Senegal",
        authors=("Paul Mensah",),
        hours_ago=90.0,
        updated_hours_after=None,
        image="",
        image_caption="",
        tags=("Fatou Diagne", "Dakar", "Senegal"),
    ),
)


# ---------------------------------------------------------------------------------------------------------------
# Validation: run by the tests, never at import time.

_KEY_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_ALPHA2_RE = re.compile(r"^[A-Z]{2}$")
_WEEKDAY_RE = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_SENTENCE_END_RE = re.compile(r"[.!?](?:['\"])?(?=\s|$)")
_HTML_RE = re.compile(r"<[a-zA-Z/!]")

_SHOT_MAX_WORDS = 70
_SHOT_MAX_HEADLINE = 60
_PARAGRAPH_WORDS = (40, 90)
_ANSWER_MIN_WORDS = 25
_PARAGRAPHS = (3, 6)


def _words(text: str) -> int:
    return len(text.split())


def _country_names(code: str) -> set[str]:
    import pycountry

    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return set()
    names = {country.name, *PLACE_ALIASES.get(code, ())}
    for attr in ("common_name", "official_name"):
        value = getattr(country, attr, None)
        if value:
            names.add(value)
    return names


def _check_story(story: DemoStory, keys: dict[str, DemoStory]) -> list[str]:
    errors: list[str] = []

    def err(message: str) -> None:
        errors.append(f"{story.key}: {message}")

    if not _KEY_RE.match(story.key):
        err("key must be a lowercase slug")
    if story.kind not in KINDS:
        err(f"unknown kind {story.kind!r}")
    in_house = story.kind in IN_HOUSE_KINDS
    if in_house and story.agency:
        err("opinion, blog and interview are written in-house: agency must be empty")
    if not in_house and story.agency not in AGENCIES:
        err(f"agency {story.agency!r} is not in AGENCIES")
    if in_house and not story.authors:
        err(f"{story.kind} needs named authors")
    if not in_house and story.authors:
        err("news and shots carry the desk byline: authors must be empty")
    if len(set(story.authors)) != len(story.authors) or any(not a.strip() for a in story.authors):
        err("authors must be distinct and non-empty")

    # Text.
    if not story.headline.strip() or len(story.headline) > 120:
        err("headline must be 1-120 characters")
    if story.kind == "shot" and len(story.headline) > _SHOT_MAX_HEADLINE:
        err(f"shot headline longer than {_SHOT_MAX_HEADLINE} characters")
    sentences = len(_SENTENCE_END_RE.findall(story.standfirst.strip()))
    if not story.standfirst.strip() or not 1 <= sentences <= 2:
        err(f"standfirst must be one or two sentences (found {sentences})")
    texts = (story.headline, story.standfirst, story.image_caption, *story.body)
    if any(_HTML_RE.search(t) for t in texts):
        err("text must be plain, without HTML")
    if any(_WEEKDAY_RE.search(t) for t in texts):
        err("names a weekday, which contradicts relative publication times")
    if any(t != t.strip() or "  " in t for t in texts):
        err("stray whitespace in text")
    if not story.body or any(not p.strip() for p in story.body):
        err("body paragraphs must be non-empty")
    elif story.kind == "shot":
        if len(story.body) != 1:
            err("a shot has exactly one paragraph")
        if _words(" ".join(story.body)) > _SHOT_MAX_WORDS:
            err(f"shot body longer than {_SHOT_MAX_WORDS} words ({_words(' '.join(story.body))})")
    elif story.wire_role == "kill":
        if len(story.body) > 2:
            err("a kill notice is one or two short paragraphs")
        if not story.headline.startswith("KILL"):
            err("a kill headline starts with 'KILL'")
    elif not _PARAGRAPHS[0] <= len(story.body) <= _PARAGRAPHS[1]:
        err(f"needs {_PARAGRAPHS[0]}-{_PARAGRAPHS[1]} paragraphs, has {len(story.body)}")
    elif story.kind == "interview":
        for i, para in enumerate(story.body):
            expected = "Q: " if i % 2 == 0 else "A: "
            if not para.startswith(expected):
                err(f"interview paragraph {i + 1} should start with {expected.strip()!r}")
            elif expected == "A: " and _words(para) < _ANSWER_MIN_WORDS:
                err(f"interview answer {i + 1} is shorter than {_ANSWER_MIN_WORDS} words")
        if len(story.body) % 2:
            err("interview must end with an answer")
    else:
        low, high = _PARAGRAPH_WORDS
        for i, para in enumerate(story.body, 1):
            if not low <= _words(para) <= high:
                err(f"paragraph {i} has {_words(para)} words, expected {low}-{high}")

    # Taxonomy and places.
    if story.sector not in SECTORS:
        err(f"unknown sector {story.sector!r}")
    if len(set(story.countries)) != len(story.countries):
        err("duplicate country codes")
    for code in story.countries:
        if not _ALPHA2_RE.match(code) or not _country_names(code):
            err(f"{code!r} is not an ISO 3166-1 alpha-2 code")
    if not story.countries and story.place_label != "Global":
        err("a story without countries has place_label 'Global'")
    if (
        story.countries
        and story.place_label != "Global"
        and story.place_label not in _country_names(story.countries[0])
    ):
        err(f"place_label {story.place_label!r} is neither 'Global' nor the name of {story.countries[0]}")
    if len(set(story.tags)) != len(story.tags) or any(not t.strip() or len(t) > 120 for t in story.tags):
        err("tags must be distinct, non-empty and at most 120 characters")
    if not story.tags and story.kind in {"news", "shot", "interview"} and story.wire_role != "kill":
        err("needs tags for the people, organisations or places it names")

    # Times.
    if not 0 < story.hours_ago <= MAX_HOURS_AGO:
        err(f"hours_ago must be in (0, {MAX_HOURS_AGO}]")
    if story.updated_hours_after is not None and not 0 < story.updated_hours_after <= story.hours_ago:
        err("updated_hours_after must be positive and not in the future (<= hours_ago)")

    # Images.
    if story.image not in IMAGE_KINDS:
        err(f"unknown image kind {story.image!r}")
    if bool(story.image) != bool(story.image_caption.strip()):
        err("image_caption is required with an image and must be empty without one")
    if story.image == "ai" and "AI-generated" not in story.image_caption:
        err("an AI illustration's caption must say it is AI-generated")
    if story.image == "photo" and re.search(r"\bAI\b", story.image_caption):
        err("a photo/graphic caption must not call it AI")

    # Wire roles.
    if story.wire_role not in WIRE_ROLES:
        err(f"unknown wire_role {story.wire_role!r}")
    if story.wire_role in {"update", "kill"}:
        target = keys.get(story.updates_key)
        if target is None:
            err(f"updates_key {story.updates_key!r} names no story")
        elif target is story:
            err("a story cannot update or kill itself")
        else:
            if target.agency != story.agency:
                err("updates and kills come from the agency of the story they replace")
            if target.kind != "news" or story.kind != "news" or target.wire_role:
                err("updates and kills apply to an ordinary news story and are news themselves")
            if story.hours_ago >= target.hours_ago:
                err("an update or kill must come after the story it replaces")
    elif story.updates_key:
        err("updates_key is only for wire_role 'update' or 'kill'")
    if story.wire_role == "embargo":
        if not 2 <= story.embargo_hours_from_now <= 6:
            err("embargo_hours_from_now must be between 2 and 6")
    elif story.embargo_hours_from_now:
        err("embargo_hours_from_now is only for wire_role 'embargo'")
    return errors


def _check_collection(stories: tuple[DemoStory, ...]) -> list[str]:
    from newsdesk.taxonomy.regions import DEFAULT_EDITIONS, GLOBAL_EDITION, edition_for_country

    errors: list[str] = []

    def err(message: str) -> None:
        errors.append(f"STORIES: {message}")

    if len(stories) < 66:
        err(f"needs at least 66 stories, has {len(stories)}")
    kinds = Counter(s.kind for s in stories)
    minimum = {"news": 35, "shot": 10, "opinion": 5, "blog": 4, "interview": 4}
    for kind, least in minimum.items():
        if kinds[kind] < least:
            err(f"needs at least {least} {kind} stories, has {kinds[kind]}")
    sectors = Counter(s.sector for s in stories)
    for slug in SECTORS:
        if sectors[slug] < 3:
            err(f"sector {slug} needs at least 3 stories, has {sectors[slug]}")
    edition_of = edition_for_country()
    covered = {edition_of.get(code) for s in stories for code in s.countries} - {None, GLOBAL_EDITION}
    regional = {slug for slug, _ in DEFAULT_EDITIONS} - {GLOBAL_EDITION}
    if len(covered & regional) < 10:
        err(f"covers only {len(covered & regional)} regional editions; missing {sorted(regional - covered)}")
    if not any(not s.countries for s in stories):
        err("needs some global stories with countries=()")
    used_agencies = {s.agency for s in stories if s.agency}
    if used_agencies != set(AGENCIES):
        err(f"AGENCIES and the agencies used differ: {sorted(used_agencies ^ set(AGENCIES))}")
    roles = Counter(s.wire_role for s in stories)
    for role in ("update", "kill", "embargo"):
        if roles[role] != 1:
            err(f"needs exactly one story with wire_role {role!r}, has {roles[role]}")
    images = Counter(s.image for s in stories)
    if not 20 <= images["ai"] <= 30:
        err(f"expected about 25 AI illustrations, has {images['ai']}")
    if not 12 <= images["photo"] <= 18:
        err(f"expected about 15 agency photos/graphics, has {images['photo']}")
    updated = sum(1 for s in stories if s.updated_hours_after is not None)
    if not 8 <= updated <= 16:
        err(f"expected about 12 updated stories, has {updated}")
    recent = sum(1 for s in stories if s.hours_ago <= 24)
    if recent < 15:
        err(f"needs at least 15 stories from the last 24 hours, has {recent}")
    if max(s.hours_ago for s in stories) < MAX_HOURS_AGO * 0.75:
        err("hours_ago should spread over the last 14 days")

    events: dict[str, list[DemoStory]] = defaultdict(list)
    for story in stories:
        if story.event:
            events[story.event].append(story)
    multi_agency = 0
    for event, members in sorted(events.items()):
        agencies = {s.agency for s in members}
        if len(members) < 2 or len(agencies) < 2 or "" in agencies:
            errors.append(f"{members[0].key}: event {event!r} needs stories from at least two agencies")
        else:
            multi_agency += 1
    if multi_agency < 4:
        err(f"needs at least 4 events carried by two agencies, has {multi_agency}")
    seed_like = [e for e, m in events.items() if any(s.countries[:1] == ("JP",) and "TR" in s.countries for s in m)]
    if not seed_like:
        err("missing the Japan-Turkey defence visit event")
    return errors


def validate(stories: tuple[DemoStory, ...] = STORIES) -> None:
    """Raise ValueError listing every broken rule, each line naming the story key (or STORIES)."""
    stories = tuple(stories)
    errors: list[str] = []
    keys: dict[str, DemoStory] = {}
    for story in stories:
        if story.key in keys:
            errors.append(f"{story.key}: duplicate key")
        keys.setdefault(story.key, story)
    for story in stories:
        errors.extend(_check_story(story, keys))
    errors.extend(_check_collection(stories))
    if errors:
        raise ValueError("Invalid demo stories:\n" + "\n".join(errors))
