"""A real varnishd running the shipped VCL, for tests; and a backend that can be switched off.

Varnish talks to the test's live server through ``Relay``, a small TCP relay the
test can stop: stopping it is the application going down, without stopping the
live server other tests share.
"""

from __future__ import annotations

import contextlib
import shutil
import socket
import subprocess
import tempfile
import threading
import time
from pathlib import Path

from newsdesk.lib.testing.services import require

VCL = Path(__file__).resolve().parents[3] / "deploy" / "varnish" / "newsdesk.vcl"
XKEY_VMOD = Path("/usr/lib/x86_64-linux-gnu/varnish/vmods/libvmod_xkey.so")


def require_varnish() -> str:
    varnishd = shutil.which("varnishd") or "/usr/sbin/varnishd"
    require(Path(varnishd).exists() and XKEY_VMOD.exists(), "varnishd with varnish-modules (vmod_xkey)")
    return varnishd


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def wait_for_port(port: int, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.05)
    raise TimeoutError(f"nothing listens on 127.0.0.1:{port} after {timeout} s")


class Relay:
    """Forwards TCP connections from a free loopback port to ``target_port`` until stopped."""

    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port: int = self.server.getsockname()[1]
        self.running = True
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while self.running:
            try:
                client, _ = self.server.accept()
            except OSError:
                return
            if not self.running:
                client.close()
                return
            try:
                upstream = socket.create_connection(("127.0.0.1", self.target_port), timeout=30)
            except OSError:
                client.close()
                continue
            for src, dst in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pipe, args=(src, dst), daemon=True).start()

    @staticmethod
    def _pipe(src: socket.socket, dst: socket.socket) -> None:
        try:
            while data := src.recv(65536):
                dst.sendall(data)
        except OSError:
            pass
        finally:
            for end in (src, dst):
                with contextlib.suppress(OSError):
                    end.shutdown(socket.SHUT_RDWR)

    def stop(self) -> None:
        """The application is down: new connections are refused."""
        self.running = False
        self.server.close()


class Varnish:
    """varnishd with deploy/varnish/newsdesk.vcl in front of ``backend_port``; stop() ends it."""

    def __init__(self, varnishd: str, backend_port: int) -> None:
        self.workdir = Path(tempfile.mkdtemp(prefix="newsdesk-varnish-"))
        vcl = self.workdir / "newsdesk.vcl"
        shipped = VCL.read_text()
        marker = '"8000"; # NEWSDESK_BACKEND_PORT'
        assert marker in shipped, "the shipped VCL lost its backend port marker"
        vcl.write_text(shipped.replace(marker, f'"{backend_port}";'))
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        listen = f"127.0.0.1:{self.port}"
        command = [varnishd, "-F", "-j", "none", "-n", str(self.workdir / "n"), "-a", listen, "-f", str(vcl)]
        self.process = subprocess.Popen(
            [*command, "-s", "malloc,32m", "-T", "none"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        try:
            wait_for_port(self.port)
        except TimeoutError:
            self.process.kill()
            raise RuntimeError(f"varnishd did not start: {self.process.communicate()[1].decode()[-2000:]}") from None

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
        shutil.rmtree(self.workdir, ignore_errors=True)
