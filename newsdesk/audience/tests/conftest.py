"""A real SMTP server on loopback for the audience tests, and Django's SMTP backend pointed at it."""

from __future__ import annotations

import asyncio
import dataclasses
import email
import email.policy
import socket
import threading
from collections.abc import Iterator
from email.message import EmailMessage
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from django.test import override_settings


@dataclasses.dataclass(frozen=True)
class Received:
    mail_from: str
    rcpt_tos: list[str]
    message: EmailMessage
    raw: bytes


class RecordingHandler:
    """Accepts mail and keeps it; answers 550 for ``refuse`` and 451 for ``defer`` recipients."""

    def __init__(self) -> None:
        self.received: list[Received] = []
        self.refuse: set[str] = set()
        self.defer: set[str] = set()
        self.data_delay = 0.0
        self._lock = threading.Lock()

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str, rcpt_options: list[str]) -> str:
        if address.lower() in self.refuse:
            return f"550 5.1.1 <{address}>: Recipient address rejected: no such mailbox"
        if address.lower() in self.defer:
            return "451 4.3.0 Try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.data_delay:
            # Keeps a sender busy, so concurrent digest runs really interleave.
            await asyncio.sleep(self.data_delay)
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        assert isinstance(message, EmailMessage)
        with self._lock:
            self.received.append(Received(envelope.mail_from, list(envelope.rcpt_tos), message, envelope.content))
        return "250 Message accepted for delivery"

    def to(self, address: str) -> list[EmailMessage]:
        with self._lock:
            return [r.message for r in self.received if address in r.rcpt_tos]

    @property
    def messages(self) -> list[EmailMessage]:
        with self._lock:
            return [r.message for r in self.received]


class LoopbackController(Controller):
    """aiosmtpd on 127.0.0.1 with a port the OS picked, bound before start so no other test can take it."""

    def __init__(self, handler: RecordingHandler) -> None:
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.bind(("127.0.0.1", 0))
        port = self._sock.getsockname()[1]
        super().__init__(handler, hostname="127.0.0.1", port=port, server_hostname="smtp.test")

    def _create_server(self) -> Any:
        return self.loop.create_server(self._factory_invoker, sock=self._sock, ssl=self.ssl_context)


def smtp_settings(port: int) -> override_settings:
    return override_settings(
        EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
        EMAIL_HOST="127.0.0.1",
        EMAIL_PORT=port,
        EMAIL_HOST_USER="",
        EMAIL_HOST_PASSWORD="",
        EMAIL_USE_TLS=False,
        EMAIL_USE_SSL=False,
        EMAIL_TIMEOUT=10,
    )


@pytest.fixture
def smtp_server() -> Iterator[RecordingHandler]:
    handler = RecordingHandler()
    controller = LoopbackController(handler)
    controller.start()
    try:
        with smtp_settings(controller.port):
            yield handler
    finally:
        controller.stop()


@pytest.fixture
def closed_port() -> int:
    """A loopback port nothing listens on: the mail server is down."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])
