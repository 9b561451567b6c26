from __future__ import annotations

import http.server
import json
import threading
from collections.abc import Iterator

import pytest

from newsdesk.enrich import llm
from newsdesk.enrich.services import enrich_item
from newsdesk.enrich.tests.support import make_parsed


class FakeOpenAI(http.server.BaseHTTPRequestHandler):
    """Answers /v1/chat/completions like an OpenAI-compatible server; records what it was sent."""

    received: list[dict] = []
    headers_seen: list[str] = []
    reply: str = json.dumps({"headline": "Japan eyes Turkish drones", "standfirst": "Japan's minister visits Turkey."})

    def do_POST(self) -> None:
        length = int(self.headers["Content-Length"])
        FakeOpenAI.received.append(json.loads(self.rfile.read(length)))
        FakeOpenAI.headers_seen.append(self.headers.get("Authorization", ""))
        if self.path != "/v1/chat/completions":
            self.send_response(404)
            self.end_headers()
            return
        body = json.dumps({"choices": [{"message": {"role": "assistant", "content": FakeOpenAI.reply}}]}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def fake_server() -> Iterator[str]:
    FakeOpenAI.received = []
    FakeOpenAI.headers_seen = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), FakeOpenAI)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/v1"
    finally:
        server.shutdown()
        server.server_close()


def test_it_is_off_by_default(settings):
    settings.NEWSDESK_LLM_URL = ""
    assert llm.propose("h", "b") is None


def test_it_asks_the_endpoint_and_marks_proposals_machine_written(settings, fake_server):
    settings.NEWSDESK_LLM_URL = fake_server
    settings.NEWSDESK_LLM_MODEL = "tiny"
    settings.NEWSDESK_LLM_API_KEY = "k123"
    enrichment = enrich_item(make_parsed())
    assert enrichment.llm_headline is not None and enrichment.llm_standfirst is not None
    assert enrichment.llm_headline.text == "Japan eyes Turkish drones"
    assert enrichment.llm_headline.machine_written and enrichment.llm_headline.method == "llm"
    assert enrichment.headline.machine_written and enrichment.headline.method == "clean-headline"
    sent = FakeOpenAI.received[0]
    assert sent["model"] == "tiny"
    assert "Gen Nakatani" in sent["messages"][1]["content"]
    assert FakeOpenAI.headers_seen == ["Bearer k123"]


def test_it_returns_nothing_when_the_answer_is_not_json(settings, fake_server, monkeypatch):
    settings.NEWSDESK_LLM_URL = fake_server
    monkeypatch.setattr(FakeOpenAI, "reply", "Sure! Here is a headline.")
    assert llm.propose("h", "b") is None


def test_it_returns_nothing_when_the_server_is_down(settings):
    settings.NEWSDESK_LLM_URL = "http://127.0.0.1:9/v1"
    settings.NEWSDESK_LLM_TIMEOUT_SECONDS = 2
    assert llm.propose("h", "b") is None


def test_it_refuses_a_host_that_is_neither_loopback_nor_configured(settings):
    settings.NEWSDESK_LLM_URL = "https://llm.example.com/v1"
    settings.NEWSDESK_LLM_ALLOWED_HOSTS = []
    with pytest.raises(llm.LlmRefused):
        llm.propose("h", "b")


def test_it_allows_configured_hosts_and_loopback():
    assert llm.host_allowed("https://llm.example.com/v1", ["llm.example.com"])
    assert llm.host_allowed("http://[::1]:8080/v1", [])
    assert llm.host_allowed("http://localhost:8080/v1", [])
    assert not llm.host_allowed("http://10.0.0.5/v1", [])
    assert not llm.host_allowed("file:///etc/passwd", ["localhost"])
