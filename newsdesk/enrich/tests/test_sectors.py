from __future__ import annotations

from newsdesk.enrich import sectors
from newsdesk.enrich.datafiles import sector_examples
from newsdesk.enrich.tests.support import SEED_BODY, SEED_HEADLINE
from newsdesk.lib.sanitize import plain_text
from newsdesk.taxonomy.regions import DEFAULT_SECTORS
from newsdesk.wires.items import Subject


def test_it_has_forty_examples_for_every_sector():
    EXAMPLES = sector_examples()
    slugs = {slug for slug, _ in DEFAULT_SECTORS}
    assert set(EXAMPLES) == slugs
    assert all(len(lines) >= 40 for lines in EXAMPLES.values())
    assert len({line for lines in EXAMPLES.values() for line in lines}) == sum(map(len, EXAMPLES.values()))


def test_it_maps_media_topic_top_level_codes():
    guess = sectors.from_subjects([Subject("medtop", "15000000", "sport")])
    assert guess is not None and (guess.slug, guess.method) == ("sports", "subject")
    assert "medtop:15000000" in guess.evidence


def test_it_maps_defence_to_politics_by_name_whatever_the_code():
    guess = sectors.from_subjects([Subject("medtop", "20000065", "defence")])
    assert guess is not None and guess.slug == "politics"


def test_it_maps_a_subject_code_through_its_second_level_parent():
    guess = sectors.from_subjects([Subject("subj", "04001002", "")])
    assert guess is not None and guess.slug == "agro-forestry"


def test_it_ignores_subjects_from_other_vocabularies():
    assert sectors.from_subjects([Subject("category", "Sport", "")]) is None


def test_it_classifies_the_seed_story_as_politics():
    guess = sectors.guess_sector([], f"{SEED_HEADLINE}. {plain_text(SEED_BODY)}")
    assert guess.slug == "politics"
    assert guess.method == "classifier"
    assert guess.evidence.startswith("classifier p=")


def test_it_classifies_plain_stories_by_text():
    assert sectors.classify("Striker scores twice as the national team wins the cup final").slug == "sports"
    assert sectors.classify("Boreholes and latrines bring clean water and sanitation to villages").slug == "wash"


def test_it_fits_the_model_once_and_loads_it_from_disk(settings, tmp_path):
    settings.VAR_DIR = tmp_path
    sectors.model.cache_clear()
    try:
        first = sectors.model()
        files = list((tmp_path / "cache").glob("sector-model-*.joblib"))
        assert [f.name for f in files] == [f"sector-model-{sectors.model_key()}.joblib"]
        sectors.model.cache_clear()
        second = sectors.model()
        assert second is not first
        text = "Central bank raises interest rates to curb inflation"
        assert sectors.classify(text, second).slug == sectors.classify(text, first).slug
    finally:
        sectors.model.cache_clear()
