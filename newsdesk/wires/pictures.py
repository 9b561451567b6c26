"""Pictures from other hosts, fetched once and served from our own media.

A reader's browser must call only our host: a picture an agency body points at
(``<img src="https://their-cdn/...">``) would otherwise tell that host, or an
attacker who got into the agency's feed, who reads which story and when. So
each such picture is fetched under the wire rules (:func:`newsdesk.wires.fetch.fetch`:
deadline, byte caps, redirect cap, no private address on any hop), decoded with
a pixel cap before any pixel is decompressed (a 50 KB PNG can claim
100,000 x 100,000 pixels), re-encoded as WebP (which also drops whatever
metadata or trailing bytes the file carried) and stored under a name derived
from its source URL, so the next version of the item finds it without a fetch.
A picture that cannot be fetched or decoded is dropped and the reason returned.

:func:`fetch_picture` is the reusable piece (wire media ingestion can build an
``Image`` from its bytes); :func:`localise_body_pictures` is what ingest runs.
"""

from __future__ import annotations

import dataclasses
import hashlib
import io
import re
import warnings
from urllib.parse import urlsplit

import lxml.html
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from lxml import etree
from PIL import Image as PILImage

from newsdesk.lib.sanitize import clean_html
from newsdesk.wires.fetch import FetchError, fetch

# Well under the 32 MB document cap: a news picture is a few MB at most.
MAX_PICTURE_BYTES = 16 * 1024 * 1024
# 50 megapixels: larger than any camera a newsroom uses, small enough that the
# decoded RGBA buffer (200 MB) cannot take a worker down.
MAX_PICTURE_PIXELS = 50_000_000
# The formats browsers and agencies actually use; Pillow's other decoders
# (PSD, TGA, EPS via Ghostscript...) are attack surface with no reader benefit.
PICTURE_FORMATS = ("JPEG", "PNG", "GIF", "WEBP")
# A body with more pictures than this is not a news story; the rest are dropped.
MAX_PICTURES_PER_BODY = 20
STORAGE_DIR = "wire-pictures"
_OURS = re.compile(r"^wire-pictures/[0-9a-f]{64}\.webp$")


class PictureError(Exception):
    """The picture was not fetched or not usable; the message says why."""


@dataclasses.dataclass(frozen=True, slots=True)
class Picture:
    data: bytes  # WebP, re-encoded by us
    width: int
    height: int
    source_format: str


def decode_picture(data: bytes) -> Picture:
    """Decode ``data`` with the pixel cap and re-encode it as WebP; raises PictureError."""
    try:
        with warnings.catch_warnings():
            # Our cap is stricter than Pillow's warning threshold; its warning must not
            # escape as an error (pytest) or noise (production) before we refuse.
            warnings.simplefilter("ignore", PILImage.DecompressionBombWarning)
            image = PILImage.open(io.BytesIO(data), formats=PICTURE_FORMATS)
            width, height = image.size
            # The size comes from the header; checking it before load() is what
            # stops a bomb before it is decompressed.
            if width < 1 or height < 1 or width * height > MAX_PICTURE_PIXELS:
                raise PictureError(f"the picture claims {width}x{height} pixels; the limit is {MAX_PICTURE_PIXELS}")
            image.load()
            mode = "RGBA" if image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info else "RGB"
            converted = image.convert(mode)
    except PictureError:
        raise
    except (OSError, ValueError, SyntaxError, PILImage.DecompressionBombError, EOFError) as exc:
        raise PictureError(f"not a usable picture: {type(exc).__name__}: {str(exc)[:200]}") from None
    buffer = io.BytesIO()
    converted.save(buffer, "WEBP", quality=82, method=4)
    return Picture(data=buffer.getvalue(), width=width, height=height, source_format=str(image.format))


def fetch_picture(url: str, *, allow_private: bool = False) -> Picture:
    """Fetch ``url`` under the wire rules and decode it; raises PictureError."""
    try:
        result = fetch(url, allow_private=allow_private, max_bytes=MAX_PICTURE_BYTES)
    except FetchError as exc:
        raise PictureError(str(exc)) from None
    if not result.ok:
        raise PictureError(f"HTTP {result.status}")
    return decode_picture(result.body)


def storage_name(url: str) -> str:
    return f"{STORAGE_DIR}/{hashlib.sha256(url.encode('utf-8', 'surrogatepass')).hexdigest()}.webp"


def store_picture(url: str, *, allow_private: bool = False) -> str:
    """Our URL for the picture at ``url``, fetching and storing it the first time; raises PictureError."""
    name = storage_name(url)
    if not default_storage.exists(name):
        picture = fetch_picture(url, allow_private=allow_private)
        # Two workers storing the same URL write the same bytes; the storage
        # renames the loser's copy, which is harmless, so we keep our own name.
        name = default_storage.save(name, ContentFile(picture.data))
    return f"{settings.MEDIA_URL}{name}"


def _is_ours(src: str) -> bool:
    return src.startswith(settings.MEDIA_URL) and bool(_OURS.match(src[len(settings.MEDIA_URL) :]))


def localise_body_pictures(
    html: str, *, allow_private: bool = False, failed: dict[str, str] | None = None
) -> tuple[str, list[str]]:
    """``html`` (already cleaned) with every picture served from our media; and a note per picture dropped.

    Absolute http(s) pictures are fetched and stored; pictures already in our
    media are kept; anything else (relative or unfetchable) is dropped, since a
    relative URL in agency copy would be read against our own site.
    ``failed`` remembers, across the bodies of one ingest, the URLs that failed
    and why, so a feed repeating a dead picture in every item costs one fetch.
    """
    failed = {} if failed is None else failed
    if "<img" not in html:
        return html, []
    root = lxml.html.fragment_fromstring(html, create_parent="div")
    notes: list[str] = []
    seen = 0
    for img in list(root.iter("img")):
        src = (img.get("src") or "").strip()
        if _is_ours(src):
            continue
        reason = ""
        if urlsplit(src).scheme.lower() not in ("http", "https"):
            reason = "not an absolute http(s) address"
        elif seen >= MAX_PICTURES_PER_BODY:
            reason = f"more than {MAX_PICTURES_PER_BODY} pictures in one body"
        elif src in failed:
            reason = failed[src]
        else:
            seen += 1
            try:
                img.set("src", store_picture(src, allow_private=allow_private))
                continue
            except PictureError as exc:
                reason = failed[src] = str(exc)
        notes.append(f"picture {src[:200]!r} dropped: {reason}")
        img.drop_tree()  # keeps the text that followed the tag
    # Serialised with its wrapper, which is then cut off: text nodes stay escaped.
    wrapped = etree.tostring(root, encoding="unicode", method="html")
    return clean_html(wrapped[len("<div>") : -len("</div>")]), notes
