from __future__ import annotations

import pytest

from newsdesk.newsroom.provenance import DigitalSourceType
from newsdesk.newsroom.tests.factories import ImageFactory, make_image

pytestmark = pytest.mark.django_db


def test_it_makes_small_webp_renditions_for_phones() -> None:
    image = make_image()

    assert set(image.renditions) == {"480", "960"}
    assert image.renditions["480"].endswith("-480w.webp")
    assert image.srcset().count("w,") == 2
    assert image.src.endswith("-960w.webp")


@pytest.mark.parametrize(
    ("source_type", "ai", "has_disclaimer"),
    [
        (DigitalSourceType.TRAINED_ALGORITHMIC, True, True),
        (DigitalSourceType.COMPOSITE_WITH_TRAINED, True, True),
        (DigitalSourceType.DIGITAL_CAPTURE, False, False),
        (DigitalSourceType.UNKNOWN, False, False),
    ],
)
def test_it_tells_readers_when_an_image_is_ai_generated(source_type: str, ai: bool, has_disclaimer: bool) -> None:
    image = ImageFactory.build(digital_source_type=source_type)

    assert image.is_ai_generated is ai
    assert bool(image.disclaimer) is has_disclaimer
