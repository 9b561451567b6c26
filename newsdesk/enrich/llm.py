"""An optional OpenAI-compatible chat endpoint that proposes a headline and standfirst.

Off unless NEWSDESK_LLM_URL is set. Requests go only to a loopback address
or a host listed in NEWSDESK_LLM_ALLOWED_HOSTS: wire copy is the agencies'
and must not leave for a host an operator did not name. Standard library
urllib with a timeout; any failure returns None so enrichment never depends
on the model being up. Proposals are marked machine-written with the method.
"""

from __future__ import annotations

import ipaddress
import json
import logging
import urllib.error
import urllib.request
from typing import Any
from urllib.parse import urlsplit

from django.conf import settings

from newsdesk.enrich.summarise import Proposal

log = logging.getLogger(__name__)

METHOD = "llm"
# Wire copy past this is cut: the lead carries the story, and it bounds cost and latency.
MAX_PROMPT_CHARS = 6000
SYSTEM_PROMPT = (
    "You are a sub-editor at a development news site. Rewrite the wire headline in plain sentence case, at most "
    "12 words, and write a standfirst of one or two sentences, at most 45 words, using only facts in the story. "
    'Answer with JSON only: {"headline": "...", "standfirst": "..."}'
)


class LlmRefused(ValueError):
    """The configured endpoint is not one we may send copy to."""


def host_allowed(url: str, allowed: list[str]) -> bool:
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if parts.scheme not in ("http", "https") or not host:
        return False
    if host == "localhost" or host in {h.lower() for h in allowed}:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def propose(headline: str, body: str) -> tuple[Proposal, Proposal] | None:
    """(headline, standfirst) proposals from the model, or None when off or failing."""
    base = settings.NEWSDESK_LLM_URL
    if not base:
        return None
    if not host_allowed(base, settings.NEWSDESK_LLM_ALLOWED_HOSTS):
        raise LlmRefused(f"NEWSDESK_LLM_URL host is neither loopback nor in NEWSDESK_LLM_ALLOWED_HOSTS: {base}")
    payload: dict[str, Any] = {
        "model": settings.NEWSDESK_LLM_MODEL,
        "temperature": 0,
        "messages": [
            {"role": "system", "content": SYSTEM_PROMPT},
            {"role": "user", "content": f"Headline: {headline}\n\nStory:\n{body[:MAX_PROMPT_CHARS]}"},
        ],
    }
    headers = {"Content-Type": "application/json"}
    if settings.NEWSDESK_LLM_API_KEY:
        headers["Authorization"] = f"Bearer {settings.NEWSDESK_LLM_API_KEY}"
    # The scheme (http/https) and host were checked by host_allowed above.
    request = urllib.request.Request(  # noqa: S310
        base.rstrip("/") + "/chat/completions", data=json.dumps(payload).encode(), headers=headers, method="POST"
    )
    # No redirects: a redirect could carry the copy to a host we did not allow.
    opener = urllib.request.build_opener(_NoRedirect)
    try:
        with opener.open(request, timeout=settings.NEWSDESK_LLM_TIMEOUT_SECONDS) as response:
            answer = json.loads(response.read(1_000_000))
        content = answer["choices"][0]["message"]["content"]
        proposed = json.loads(_strip_fences(content))
        new_headline = " ".join(str(proposed["headline"]).split())
        new_standfirst = " ".join(str(proposed["standfirst"]).split())
    except (OSError, urllib.error.URLError, ValueError, KeyError, IndexError, TypeError) as exc:
        log.warning("LLM proposal failed (%s): %s", base, exc)
        return None
    if not new_headline or not new_standfirst:
        return None
    return Proposal(new_headline, METHOD), Proposal(new_standfirst, METHOD)


def _strip_fences(content: str) -> str:
    text = content.strip()
    if text.startswith("```"):
        text = text.strip("`")
        text = text[text.find("{") :]
    return text


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None
