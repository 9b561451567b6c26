"""The default sectors and editions, and which edition each country belongs to.

The country list itself comes from pycountry (ISO 3166-1); only the editorial
decision of which regional edition covers a country is written here. Regions
follow UN M49 sub-regions, adjusted the way development newsrooms group them
(Sudan with the Middle East and North Africa, the SADC core as Southern
Africa). Territories with no regional edition belong to Global.
"""

from __future__ import annotations

DEFAULT_SECTORS: tuple[tuple[str, str], ...] = (
    ("agro-forestry", "Agro-Forestry"),
    ("art-culture", "Art & Culture"),
    ("technology", "Technology"),
    ("economy-business", "Economy & Business"),
    ("education", "Education"),
    ("energy-extractives", "Energy & Extractives"),
    ("politics", "Politics"),
    ("law-governance", "Law & Governance"),
    ("health", "Health"),
    ("science-environment", "Science & Environment"),
    ("social-gender", "Social & Gender"),
    ("sports", "Sports"),
    ("transport", "Transport"),
    ("urban-development", "Urban Development"),
    ("wash", "WASH"),
)

GLOBAL_EDITION = "global"

DEFAULT_EDITIONS: tuple[tuple[str, str], ...] = (
    (GLOBAL_EDITION, "Global"),
    ("pacific", "Pacific"),
    ("south-asia", "South Asia"),
    ("east-south-east-asia", "East and South East Asia"),
    ("europe-central-asia", "Europe and Central Asia"),
    ("central-africa", "Central Africa"),
    ("east-africa", "East Africa"),
    ("southern-africa", "Southern Africa"),
    ("west-africa", "West Africa"),
    ("middle-east-north-africa", "Middle East and North Africa"),
    ("north-america", "North America"),
    ("latin-america-caribbean", "Latin America and Caribbean"),
)

EDITION_COUNTRIES: dict[str, str] = {
    GLOBAL_EDITION: "AQ BV GS HM TF",
    "pacific": "AS AU CK FJ FM GU KI MH MP NC NF NR NU NZ PF PG PN PW SB TK TO TV UM VU WF WS",
    "south-asia": "AF BD BT IN IO LK MV NP PK",
    "east-south-east-asia": "BN CC CN CX HK ID JP KH KP KR LA MM MN MO MY PH SG TH TL TW VN",
    "europe-central-asia": (
        "AD AL AM AT AX AZ BA BE BG BY CH CY CZ DE DK EE ES FI FO FR GB GE GG GI GR HR HU IE IM IS IT JE "
        "KG KZ LI LT LU LV MC MD ME MK MT NL NO PL PT RO RS RU SE SI SJ SK SM TJ TM TR UA UZ VA"
    ),
    "central-africa": "AO CD CF CG CM GA GQ ST TD",
    "east-africa": "BI DJ ER ET KE KM MG MU RE RW SC SO SS TZ UG YT",
    "southern-africa": "BW LS MW MZ NA SZ ZA ZM ZW",
    "west-africa": "BF BJ CI CV GH GM GN GW LR ML MR NE NG SH SL SN TG",
    "middle-east-north-africa": "AE BH DZ EG EH IL IQ IR JO KW LB LY MA OM PS QA SA SD SY TN YE",
    "north-america": "BM CA GL PM US",
    "latin-america-caribbean": (
        "AG AI AR AW BB BL BO BQ BR BS BZ CL CO CR CU CW DM DO EC FK GD GF GP GT GY HN HT JM KN KY LC MF MQ "
        "MS MX NI PA PE PR PY SR SV SX TC TT UY VC VE VG VI"
    ),
}


def edition_for_country() -> dict[str, str]:
    """ISO alpha-2 code -> edition slug, for every code listed above."""
    mapping: dict[str, str] = {}
    for edition, codes in EDITION_COUNTRIES.items():
        for code in codes.split():
            if code in mapping:
                raise ValueError(f"{code} is mapped to both {mapping[code]} and {edition}")
            mapping[code] = edition
    return mapping
