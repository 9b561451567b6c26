"""The IPTC vocabularies (data/iptc_sectors.json) mapped to sectors through their broader terms."""

from __future__ import annotations

import json

import pytest

from newsdesk.enrich import sectors
from newsdesk.enrich.datafiles import DATA_DIR, iptc_sectors
from newsdesk.taxonomy.regions import DEFAULT_SECTORS
from newsdesk.wires.items import Subject

SLUGS = {slug for slug, _name in DEFAULT_SECTORS}
ANCHORS = json.loads((DATA_DIR / "iptc_anchors.json").read_text(encoding="utf-8"))


def nearest_anchor(vocabulary: str, code: str) -> str:
    terms = iptc_sectors()[vocabulary]
    seen: set[str] = set()
    while code not in ANCHORS[vocabulary]:
        assert code not in seen, f"{vocabulary}:{code} broader terms loop"
        seen.add(code)
        code = terms[code]["broader"]
        assert code, f"{vocabulary}: a chain ends without an anchor"
    return code


def test_it_holds_the_whole_of_both_vocabularies():
    vocabularies = iptc_sectors()
    # IPTC's releases the file was built from: 1,286 Media Topics (incl. retired), 1,404 Subject Codes.
    assert len(vocabularies["medtop"]) >= 1286
    assert len(vocabularies["subj"]) >= 1404
    tops = {code for code, term in vocabularies["medtop"].items() if not term["broader"]}
    assert tops == {f"{n:02d}000000" for n in range(1, 18)}


@pytest.mark.parametrize("vocabulary", ["medtop", "subj"])
def test_it_maps_every_term_to_the_sector_of_its_nearest_anchor(vocabulary):
    for code, term in iptc_sectors()[vocabulary].items():
        anchor = nearest_anchor(vocabulary, code)
        assert term["anchor"] == anchor, (vocabulary, code)
        assert term["sector"] == ANCHORS[vocabulary][anchor] and term["sector"] in SLUGS, (vocabulary, code)


@pytest.mark.parametrize("vocabulary", ["medtop", "subj"])
def test_it_gives_every_term_the_sector_from_subjects_reports(vocabulary):
    for code, term in iptc_sectors()[vocabulary].items():
        guess = sectors.from_subjects([Subject(vocabulary, code, term["name"])])
        assert guess is not None and guess.slug == term["sector"], (vocabulary, code, term["name"])
        assert guess.method == "subject" and f"{vocabulary}:{code}" in guess.evidence


def test_it_follows_broader_terms_below_the_second_level():
    # medtop:20000263 natural gas -> 20001243 oil and gas industry -> 20000256 energy and resource
    guess = sectors.from_subjects([Subject("medtop", "20000263", "natural gas")])
    assert guess is not None and guess.slug == "energy-extractives"
    assert "under medtop:20000256 (energy and resource)" in guess.evidence
    # subj:04015004 waterway and maritime transport -> 04015000 transport
    guess = sectors.from_subjects([Subject("subj", "04015004", "")])
    assert guess is not None and guess.slug == "transport"


def test_it_maps_reuters_style_subject_codes_without_names():
    assert sectors.from_subjects([Subject("", "04005004", "")]).slug == "energy-extractives"  # type: ignore[union-attr]
    assert sectors.from_subjects([Subject("iptc", "11003004", "")]).slug == "politics"  # type: ignore[union-attr]
    assert sectors.from_subjects([Subject("subject", "06010000", "")]).slug == "wash"  # type: ignore[union-attr]
