"""The language of a wire item's text, when the agency does not state it.

langdetect (a port of Google's language-detection, profiles shipped in the
package) is seeded, so one text always gets one answer. Short texts are
guessed poorly, so below ``MIN_CHARS`` nothing is claimed and the item is
treated as the agency's declared language (or English, the wires' default).
"""

from __future__ import annotations

import functools

MIN_CHARS = 40
# A guess below this probability is not trusted over the default.
MIN_PROBABILITY = 0.80


@functools.cache
def _factory_seeded() -> bool:
    from langdetect import DetectorFactory  # type: ignore[import-untyped]

    DetectorFactory.seed = 0  # langdetect samples at random; a fixed seed makes it repeatable
    return True


def detect(text: str) -> str:
    """ISO 639-1 code of the text's language, or "" when the text is too short or the guess weak."""
    text = " ".join(text.split())
    if len(text) < MIN_CHARS:
        return ""
    _factory_seeded()
    from langdetect import LangDetectException, detect_langs

    try:
        best = detect_langs(text[:2000])[0]
    except LangDetectException:
        return ""
    return str(best.lang) if best.prob >= MIN_PROBABILITY else ""


def is_english(declared: str, text: str) -> bool:
    """English unless the agency says otherwise or the text clearly is another language."""
    if declared:
        return declared.lower().startswith("en")
    detected = detect(text)
    return detected in ("", "en")
