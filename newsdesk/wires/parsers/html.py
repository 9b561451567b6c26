"""A single article page (an agency's or a partner's web page) as one item.

Publishers describe their articles for search engines and social networks:
schema.org JSON-LD (``NewsArticle``) and OpenGraph ``<meta>`` tags are read
first, the visible page only for what they leave out (the body, usually). The
canonical URL is the identity, since a page has no other. lxml's HTML parser
neither expands entities nor fetches anything.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from typing import Any

import trafilatura
from lxml import etree
from lxml import html as lxml_html

from newsdesk.lib.sanitize import clean_html, plain_text
from newsdesk.wires.items import Media, ParsedItem, ParseResult, Subject
from newsdesk.wires.not_news import page_rejection
from newsdesk.wires.parsers.base import (
    DocumentError,
    ItemError,
    Parser,
    check_size,
    collect,
    fold,
    html_body,
    inner_xml_as_html,
    looks_like_json,
    safe_url,
    sniff_prolog,
    text_of,
    text_to_html,
    time_field,
    to_utf8,
)

_ARTICLE_TYPES = frozenset(
    {"NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
     "BackgroundNewsArticle", "ReviewNewsArticle", "BlogPosting", "LiveBlogPosting", "Report"}
)  # fmt: skip
_HTML_ROOTS = frozenset({"html", "head", "body", "meta", "title", "article"})
# Page furniture inside an article element; the sanitiser would keep its text.
_FURNITURE = ("script", "style", "noscript", "nav", "aside", "header", "footer", "form", "button", "template")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")


class HtmlParser(Parser):
    name = "html"
    content_types = ("text/html", "application/xhtml+xml")

    def sniff(self, data: bytes, content_type: str = "") -> bool:
        if looks_like_json(data):
            return False
        prolog = sniff_prolog(data)
        if prolog.doctype.lower() == "html":
            return True
        if prolog.root:
            return prolog.root_local.lower() in _HTML_ROOTS
        return content_type.split(";", 1)[0].strip().lower() in self.content_types

    def parse(self, data: bytes, *, agency: str = "", base_url: str = "", content_type: str = "") -> ParseResult:
        check_size(data)
        decoded = to_utf8(data, content_type, markup="html")
        text = _XML_DECLARATION.sub("", decoded.text, count=1)
        try:
            doc = lxml_html.document_fromstring(text)
        except (etree.ParserError, ValueError) as exc:
            raise DocumentError(f"not an HTML page: {exc}") from exc
        base = safe_url(base_url, allow_relative=False)
        base_tag = doc.find(".//base")
        declared = ""
        if base_tag is not None and (declared := safe_url(base_tag.get("href"), base, allow_relative=False)):
            base = declared
        result = ParseResult()
        collect(result, lambda: _page_item(doc, text, agency, base, list(decoded.warnings), declared), raw=text[:300])
        return result


def _meta(doc: Any) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for meta in doc.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        content = meta.get("content")
        if key and content and content.strip():
            found.setdefault(key, []).append(content.strip())
    return found


def _first(meta: Mapping[str, list[str]], *keys: str) -> str:
    for key in keys:
        if meta.get(key):
            return meta[key][0]
    return ""


def _json_ld_objects(value: Any) -> Iterator[Mapping[str, Any]]:
    if isinstance(value, list):
        for element in value:
            yield from _json_ld_objects(element)
    elif isinstance(value, Mapping):
        yield value
        yield from _json_ld_objects(value.get("@graph"))


def _article_json_ld(doc: Any) -> Mapping[str, Any]:
    for script in doc.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except (ValueError, RecursionError):
            continue
        for obj in _json_ld_objects(data):
            types = obj.get("@type")
            names = {types} if isinstance(types, str) else set(types) if isinstance(types, list) else set()
            if names & _ARTICLE_TYPES:
                return obj
    return {}


def _names(value: Any) -> list[str]:
    """schema.org authors: a name, a Person, or a list of either."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, Mapping):
        return [str(value["name"])] if isinstance(value.get("name"), str) else []
    if isinstance(value, list):
        return [name for element in value for name in _names(element)]
    return []


def _url(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, Mapping):
        return str(value.get("@id") or value.get("url") or "")
    return ""


def _str(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _article_element(doc: Any) -> Any:
    """The element holding the story by its markup: the candidate with the most paragraph text."""
    candidates = [
        *doc.xpath('//*[@itemprop="articleBody"]'),
        *doc.iter("article"),
        *doc.iter("main"),
        *doc.xpath('//*[@role="main"]'),
    ]
    best, best_size = None, 0
    for candidate in candidates:
        size = sum(len(text_of(p)) for p in candidate.iter("p"))
        if size > best_size:
            best, best_size = candidate, size
    return best


_LINK = re.compile(r"<a\b[^>]*>.*?</a>", re.IGNORECASE | re.DOTALL)
_WORD = re.compile(r"\w+")


def _furniture_words(doc: Any) -> set[str]:
    """Words of the page's links, navigation, header and footer: what a menu-only "body" is made of."""
    words: set[str] = set()
    for el in (*doc.iter("a"), *doc.iter("nav", "header", "footer")):
        words.update(w.lower() for w in _WORD.findall(el.text_content()))
    return words


def _has_prose(body: str, furniture: set[str]) -> bool:
    """True when the body says something besides its links and the page's menus: a menu is not a story."""
    text = plain_text(_LINK.sub(" ", body)) if body else ""
    return any(w.lower() not in furniture for w in _WORD.findall(text))


def _body(doc: Any, page: str, article: Mapping[str, Any]) -> str:
    """The story's HTML: trafilatura (boilerplate removal scored on real news pages, see bench),
    else the page's JSON-LD articleBody, else its article markup; "" when none has prose."""
    # The decoded page, not our lxml tree: trafilatura's own loading finds more of the story
    # (measured on the benchmark's tuning half), and it prunes whatever tree it is given.
    extracted = trafilatura.extract(
        page,
        output_format="html",
        include_comments=False,
        include_tables=True,
        include_images=True,
        include_links=True,
        deduplicate=False,
        with_metadata=False,
    )
    body = html_body(extracted) if extracted else ""
    furniture = _furniture_words(doc)
    if _has_prose(body, furniture):
        return body
    if _str(article.get("articleBody")):
        return html_body(text_to_html(article["articleBody"]))
    # Very short stories fall under trafilatura's minimum length; their markup still says where they are.
    element = _article_element(doc)
    if element is not None:
        body = clean_html(inner_xml_as_html(element, rename={"h1": "h2"}, drop=_FURNITURE))
        if _has_prose(body, furniture):
            return body
    return ""


def _without_headline(body: str, headline: str) -> str:
    """The body without a first heading that repeats the headline (trafilatura keeps the page's h1)."""
    match = re.match(r"\s*<h2>(.*?)</h2>", body, re.DOTALL)
    if match and fold(plain_text(match.group(1))) == fold(headline):
        return body[match.end() :]
    return body


def _dimension(value: Any) -> int | None:
    try:
        number = int(str(value).strip())
    except (TypeError, ValueError):
        return None
    return number if number > 0 else None


def _images(meta: Mapping[str, list[str]], article: Mapping[str, Any], base: str) -> list[Media]:
    found: list[Media] = []
    og_image = _first(meta, "og:image:secure_url", "og:image", "og:image:url", "twitter:image")
    if url := safe_url(og_image, base):
        found.append(
            Media(
                url=url,
                alt_text=_first(meta, "og:image:alt", "twitter:image:alt"),
                mime_type=_first(meta, "og:image:type"),
                width=_dimension(_first(meta, "og:image:width")),
                height=_dimension(_first(meta, "og:image:height")),
            )
        )
    images = article.get("image")
    for image in images if isinstance(images, list) else [images]:
        if url := safe_url(_url(image), base):
            details = image if isinstance(image, Mapping) else {}
            found.append(
                Media(
                    url=url,
                    caption=_str(details.get("caption")),
                    credit=_str(details.get("creditText")) or ", ".join(_names(details.get("author"))),
                    width=_dimension(details.get("width")),
                    height=_dimension(details.get("height")),
                )
            )
    return found


def _subjects(meta: Mapping[str, list[str]], article: Mapping[str, Any]) -> list[Subject]:
    subjects = [Subject("section", s) for s in meta.get("article:section", [])]
    section = article.get("articleSection")
    sections = section if isinstance(section, list) else [section]
    subjects.extend(Subject("section", _str(s)) for s in sections if _str(s))
    keywords: list[str] = list(meta.get("article:tag", []))
    declared = article.get("keywords")
    if isinstance(declared, str):
        keywords.extend(k for k in declared.split(","))
    elif isinstance(declared, list):
        keywords.extend(k for k in declared if isinstance(k, str))
    subjects.extend(Subject("keyword", fold(k)) for k in keywords if k.strip())
    return subjects


def _page_item(doc: Any, page: str, agency: str, base: str, warnings: list[str], declared_base: str = "") -> ParsedItem:
    meta = _meta(doc)
    article = _article_json_ld(doc)
    canonical = next((link.get("href") for link in doc.iter("link") if "canonical" in (link.get("rel") or "")), "")
    candidates = [canonical, _first(meta, "og:url"), _url(article.get("mainEntityOfPage")), _url(article.get("url"))]
    guid = next((url for url in (safe_url(c, base, allow_relative=False) for c in candidates if c) if url), "")
    if not article and (reason := page_rejection(doc)):
        # Named by its address, so an error page where a stored story was is matched to that story.
        raise ItemError(reason, guid or base)
    if not guid:
        if not base:
            raise ItemError("the page has no canonical URL and no address was given")
        guid = base
        warnings.append("the page names no canonical URL; the address it was fetched from is its identifier")

    h1 = doc.find(".//h1")
    title = doc.find(".//title")
    headline = (
        _str(article.get("headline"))
        or _first(meta, "og:title", "twitter:title")
        or (text_of(h1) if h1 is not None else "")
        or (text_of(title) if title is not None else "")
    )
    item = ParsedItem(agency=agency, guid=guid, headline=headline, source_format="html", warnings=warnings)
    item.links = [guid]
    # Relative links resolve against <base href>, else the canonical URL, else the address it was fetched from.
    item.base_url = declared_base or guid
    item.summary = _str(article.get("description")) or _first(
        meta, "og:description", "description", "twitter:description"
    )
    item.byline = ", ".join(_names(article.get("author"))) or _first(meta, "author", "byl", "dc.creator")
    if not item.byline:
        authors = [a for a in meta.get("article:author", []) if not safe_url(a, allow_relative=False)]
        item.byline = ", ".join(authors)
    item.first_created = time_field(
        item,
        _str(article.get("datePublished"))
        or _first(meta, "article:published_time", "datepublished", "pubdate", "dc.date", "date")
        or None,
        "datePublished",
    )
    item.version_created = (
        time_field(
            item,
            _str(article.get("dateModified")) or _first(meta, "article:modified_time", "og:updated_time") or None,
            "dateModified",
        )
        or item.first_created
    )
    root_lang = doc.get("lang") or doc.get("{http://www.w3.org/XML/1998/namespace}lang") or ""
    item.language = root_lang or _str(article.get("inLanguage")) or _first(meta, "og:locale").replace("_", "-")
    item.body_html = _without_headline(_body(doc, page, article), item.headline)
    if not item.body_html:
        raise ItemError("empty body: no article text was found on the page", guid)
    item.media = _images(meta, article, item.base_url)
    item.subjects = _subjects(meta, article)
    return item


__all__ = ["HtmlParser"]
