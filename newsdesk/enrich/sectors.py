"""The story's sector: from the agency's IPTC subject codes, else a text classifier.

Agencies that code their copy (IPTC Media Topics ``medtop:``, the older IPTC
Subject Codes ``subj:``) are trusted first: a code is the agency's editorial
decision. Every term of both vocabularies maps to a sector through IPTC's own
hierarchy (its broader terms) up to an anchor term (``data/iptc_anchors.json``);
the result is generated into ``data/iptc_sectors.json`` by
``tools/build_iptc_sectors.py``.

The classifier is TF-IDF (words and character n-grams) + logistic regression,
trained at first use on ``data/sector_examples.jsonl`` (never the demo stories),
deterministic (lbfgs from zero weights, fixed data order). It is fitted once and
kept on disk under ``var/cache/``, keyed by a hash of its data and version, so a
process loads it instead of refitting.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import os
import re
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsdesk.enrich import datafiles
from newsdesk.wires.items import Subject

if TYPE_CHECKING:
    from sklearn.pipeline import Pipeline

IPTC_SCHEMES = frozenset({"medtop", "subj", "subject", "iptc"})

# Names, for codes the vocabulary file does not hold (a release newer than ours, a
# mistyped code): agencies send the name with the code. Checked in order; whole words.
SUBJECT_NAMES: tuple[tuple[str, str], ...] = (
    (r"defen[cs]e|military|armed forces|diplomacy|election|government|international relations", "politics"),
    (r"agricultur\w*|forestry|fisher\w*|farming|livestock|crop\w*", "agro-forestry"),
    (r"energy|oil|gas|mining|metal|coal|renewable\w*|electric\w*", "energy-extractives"),
    (r"transport\w*|aviation|railway|shipping|road|maritime", "transport"),
    (r"information technology|computing|telecom\w*|technology|internet|software", "technology"),
    (r"water|sanitation|hygiene", "wash"),
    (r"urban\w*|housing|city planning", "urban-development"),
    (r"gender|women|migration|refugee\w*|poverty|social issue\w*|family", "social-gender"),
    (r"justice|law|crime|corruption|court\w*|judiciary", "law-governance"),
)
_NAME_PATTERNS = [(re.compile(rf"\b(?:{p})\b", re.IGNORECASE), slug) for p, slug in SUBJECT_NAMES]

# Below this probability the classifier's guess is still returned, but the
# evidence says it is weak, so the desk knows to check it.
CONFIDENT_PROBABILITY = 0.35


@dataclasses.dataclass(frozen=True, slots=True)
class SectorGuess:
    slug: str
    method: str  # "subject" or "classifier"
    evidence: str  # the subject code that decided, or the classifier's probability
    score: float = 1.0


def from_subjects(subjects: Iterable[Subject]) -> SectorGuess | None:
    """The first agency subject that maps to a sector through the IPTC hierarchy.

    Every Media Topic and Subject Code is in ``data/iptc_sectors.json`` with the sector of its
    nearest anchor up its broader terms (``tools/build_iptc_sectors.py``); the evidence names
    the code and the anchor that decided. A code missing from the vocabulary is read by its name,
    then (Subject Codes) by its parent in the numbering.
    """
    fallback: SectorGuess | None = None
    for subject in subjects:
        scheme = subject.scheme.lower()
        code = subject.code.strip()
        if scheme not in IPTC_SCHEMES and not (scheme == "" and re.fullmatch(r"\d{8}", code)):
            continue
        evidence = f"{scheme or 'iptc'}:{code}" + (f" ({subject.name})" if subject.name else "")
        found = _lookup(scheme, code)
        if found is not None:
            vocabulary, term = found
            anchor = term["anchor"]
            if anchor != code:
                anchor_name = datafiles.iptc_sectors()[vocabulary][anchor]["name"]
                evidence += f" under {vocabulary}:{anchor} ({anchor_name})"
            return SectorGuess(term["sector"], "subject", evidence)
        for pattern, slug in _NAME_PATTERNS:
            if subject.name and pattern.search(subject.name):
                return SectorGuess(slug, "subject", evidence)
        if fallback is None and re.fullmatch(r"\d{8}", code) and scheme != "medtop":
            for parent in (code[:5] + "000", code[:2] + "000000"):
                parent_term = datafiles.iptc_sectors()["subj"].get(parent)
                if parent_term is not None:
                    fallback = SectorGuess(parent_term["sector"], "subject", evidence + f" -> subj:{parent}")
                    break
    return fallback


def _lookup(scheme: str, code: str) -> tuple[str, dict[str, str]] | None:
    """The vocabulary term for ``code``: Media Topics for ``medtop``, Subject Codes for ``subj``.

    Generic schemes ("iptc", "subject", none) are tried as Subject Codes first, which is what
    agencies meant by them before Media Topics existed; the top-level codes are the same in both.
    """
    vocabularies = datafiles.iptc_sectors()
    order = ("medtop",) if scheme == "medtop" else ("subj",) if scheme == "subj" else ("subj", "medtop")
    for vocabulary in order:
        term = vocabularies[vocabulary].get(code)
        if term is not None:
            return vocabulary, term
    return None


def training_data() -> tuple[list[str], list[str]]:
    """Every labelled text of ``data/sector_examples.jsonl``, in file order."""
    texts: list[str] = []
    labels: list[str] = []
    for slug, lines in datafiles.sector_examples().items():
        texts.extend(lines)
        labels.extend([slug] * len(lines))
    return texts, labels


def build_model(texts: Sequence[str], labels: Sequence[str]) -> Pipeline:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline, make_union

    # Words, plus character 3-5-grams within words so "drones"/"drone" and
    # "defence"/"defense" share features: the examples are short, and
    # stems matter more than in long documents. C is high because the
    # training lines are few and clean (4-fold CV: 0.60 vs 0.57 words only).
    # Rechecked with 40+ examples a sector (5-fold CV on the bench's training
    # split only): word 1-2-grams, class_weight="balanced" and C from 3 to 100
    # all land within 0.01 of this, so the simpler setting stays.
    model = make_pipeline(
        make_union(
            TfidfVectorizer(sublinear_tf=True, stop_words="english"),
            TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True),
        ),
        LogisticRegression(C=30.0, max_iter=3000, solver="lbfgs"),
    )
    model.fit(list(texts), list(labels))
    return model


# Bump when build_model's features or settings change: the disk cache is keyed by it and the data.
MODEL_VERSION = "tfidf-words-char35-lr30-v1"


def model_key() -> str:
    """Hash of the training data file, the model version and scikit-learn's version."""
    import sklearn

    digest = hashlib.sha256()
    digest.update(f"{MODEL_VERSION}|{sklearn.__version__}|".encode())
    digest.update((datafiles.DATA_DIR / "sector_examples.jsonl").read_bytes())
    return digest.hexdigest()[:20]


def _cache_path() -> Path | None:
    from django.conf import settings

    if not settings.configured:
        return None
    return Path(settings.VAR_DIR) / "cache" / f"sector-model-{model_key()}.joblib"


@functools.cache
def model() -> Pipeline:
    """The fitted classifier: fitted once and kept under ``var/cache/`` (about 3 s to fit, 0.1 s to load).

    The file name carries :func:`model_key`, so new examples or a new version fit a new model;
    the file is written to a temporary name and renamed, so a concurrent process never reads half.
    """
    import joblib  # type: ignore[import-untyped]

    path = _cache_path()
    if path is not None and path.exists():
        try:
            loaded: Pipeline = joblib.load(path)
            return loaded
        except Exception:  # a damaged cache file is refitted, never fatal
            path.unlink(missing_ok=True)
    fitted = build_model(*training_data())
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, suffix=".tmp", delete=False) as handle:
            joblib.dump(fitted, handle)
        os.replace(handle.name, path)
    return fitted


def classify(text: str, clf: Any = None) -> SectorGuess:
    clf = clf if clf is not None else model()
    probabilities = clf.predict_proba([text])[0]
    best = int(probabilities.argmax())
    slug = str(clf.classes_[best])
    score = float(probabilities[best])
    weak = "" if score >= CONFIDENT_PROBABILITY else ", low confidence"
    return SectorGuess(slug, "classifier", f"classifier p={score:.2f}{weak}", score)


def guess_sector(subjects: Iterable[Subject], text: str) -> SectorGuess:
    return from_subjects(subjects) or classify(text)
