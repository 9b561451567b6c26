"""The front cache against the physical limit, and the application server on its own (issue 10 point 6).

With wrk on loopback, median of 3 short runs each (the machine is shared):

- the article page through the shipped Varnish VCL vs the same HTML as a static
  file from nginx (the ratio; target >= 0.5);
- the article and home pages straight from the application server, gunicorn
  (pinned) and granian side by side (target >= 400 requests/s for the article on 2 cores).

Every client sends ``Accept-Encoding: gzip``, as browsers do; nginx serves a
pre-compressed copy (gzip_static) so both caches hand out stored bytes.
"""

from __future__ import annotations

import gzip
import os
import re
import shutil
import statistics
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from newsdesk.bench.scratch import setup_scratch_django

RUNS = 3
SECONDS = 3
# Sync workers render CPU-bound Python: two per core.
APP_WORKERS = 2 * (os.cpu_count() or 1)
TARGET_RATIO = 0.5
GUNICORN_CONF = Path(__file__).resolve().parents[2] / "deploy" / "gunicorn.conf.py"
CPU_REPEATS = 20
# A slow answer counts in the latency instead of being dropped as a timeout (wrk's default is 2 s).
WRK = ["wrk", "-t2", "--timeout", "10s"]
TARGET_ARTICLE_RPS = 400


@dataclass
class Figures:
    rps: float
    p50_ms: float
    p99_ms: float


def _ms(text: str) -> float:
    value, unit = re.fullmatch(r"([\d.]+)(us|ms|s)", text).groups()  # type: ignore[union-attr]
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


def wrk(url: str, connections: int) -> Figures:
    """Median requests/s, p50 and p99 of RUNS wrk runs (non-2xx/3xx answers make the run fail)."""
    runs = []
    for _ in range(RUNS):
        out = subprocess.run(
            [
                "wrk",
                "-t2",
                f"-c{connections}",
                f"-d{SECONDS}s",
                "--timeout",
                "10s",
                "--latency",
                "-H",
                "Accept-Encoding: gzip",
                url,
            ],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        if "Non-2xx or 3xx responses" in out:
            raise RuntimeError(f"{url} answered errors under load:\n{out}")
        rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
        p50 = _ms(re.search(r"\s50%\s+(\S+)", out).group(1))  # type: ignore[union-attr]
        p99 = _ms(re.search(r"\s99%\s+(\S+)", out).group(1))  # type: ignore[union-attr]
        runs.append(Figures(rps, p50, p99))
    return Figures(
        statistics.median(r.rps for r in runs),
        statistics.median(r.p50_ms for r in runs),
        statistics.median(r.p99_ms for r in runs),
    )


def cpu_ms_per_request(path: str) -> float:
    """CPU time of one render in this process (test client, production settings): unlike
    requests/s on a shared machine, it does not depend on what else is running."""
    from django.test import Client

    client = Client(HTTP_USER_AGENT="Mozilla/5.0 bench-reader")
    client.get(path)
    started = time.process_time()
    for _ in range(CPU_REPEATS):
        client.get(path)
    return (time.process_time() - started) * 1000 / CPU_REPEATS


def wait_until_up(url: str, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310  # nosec B310 (a loopback http URL built here)
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise TimeoutError(f"{url} did not answer 200 within {timeout} s")


def app_server(kind: str, port: int, workdir: str) -> subprocess.Popen[bytes]:
    env = {**os.environ, "NEWSDESK_PRODUCTION": "true", "ALLOWED_HOSTS": "127.0.0.1,localhost"}
    bin_dir = Path(sys.executable).parent
    if kind == "gunicorn":
        command = [str(bin_dir / "gunicorn"), "-c", str(GUNICORN_CONF), "--bind", f"127.0.0.1:{port}"]
        command += ["--workers", str(APP_WORKERS)]
    else:
        command = [str(bin_dir / "granian"), "--interface", "wsgi", "--host", "127.0.0.1", "--port", str(port)]
        command += ["--workers", str(APP_WORKERS), "--blocking-threads", "1"]
    return subprocess.Popen(
        [*command, "newsdesk.wsgi:application"],
        env=env,
        cwd=workdir,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


def nginx(root: Path, port: int) -> subprocess.Popen[bytes]:
    conf = root / "nginx.conf"
    conf.write_text(
        f"""
worker_processes auto;
user root;
pid {root}/nginx.pid;
error_log {root}/nginx-error.log;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    default_type text/html;
    gzip_static on;
    server {{
        listen 127.0.0.1:{port};
        root {root}/html;
    }}
}}
"""
    )
    return subprocess.Popen(["nginx", "-c", str(conf), "-p", str(root), "-g", "daemon off;"])


def stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(10)
    except subprocess.TimeoutExpired:
        process.kill()


def row(label: str, figures: Figures, note: str = "") -> None:
    print(f"{label:<46} {figures.rps:>10.1f} {figures.p50_ms:>9.2f} {figures.p99_ms:>9.2f}  {note}", flush=True)


def main() -> int:
    for tool in ("wrk", "nginx", "varnishd"):
        if shutil.which(tool) is None and not Path(f"/usr/sbin/{tool}").exists():
            print(f"skipped: {tool} is not installed (Debian: wrk, nginx, varnish, varnish-modules)")
            return 0
    workdir = setup_scratch_django("frontcache")
    from newsdesk.bench.pages import build_archive
    from newsdesk.frontcache.tests.varnish import Varnish, free_port, require_varnish
    from newsdesk.newsroom.models import Article

    article_id = build_archive()
    article_path = Article.objects.select_related("sector").get(pk=article_id).get_absolute_url()
    print(f"archive: {Article.objects.count()} articles (SQLite); wrk -t2, {SECONDS} s x {RUNS}, median; "
          f"app servers with {APP_WORKERS} workers")  # fmt: skip
    cores = os.cpu_count() or 1
    for label, path in (("article", article_path), ("home", "/")):
        ms = cpu_ms_per_request(path)
        ceiling = cores * 1000 / ms
        print(f"{label}: {ms:.1f} ms CPU per uncached render -> at most {ceiling:.0f} req/s on {cores} idle cores")
    print(f"{'what':<46} {'req/s':>10} {'p50 ms':>9} {'p99 ms':>9}")

    processes: list[subprocess.Popen[bytes]] = []
    try:
        results: dict[str, Figures] = {}
        # granian is compared when installed (pip install granian==2.8.7); gunicorn is the pinned one.
        servers = [k for k in ("gunicorn", "granian") if (Path(sys.executable).parent / k).exists()]
        for kind in servers:
            port = free_port()
            server = app_server(kind, port, workdir)
            processes.append(server)
            base = f"http://127.0.0.1:{port}"
            wait_until_up(base + article_path)
            for label, path in (("article", article_path), ("home", "/")):
                # Warm every worker first (imports, templates, page chrome cache).
                subprocess.run(
                    ["wrk", "-t2", f"-c{APP_WORKERS}", "-d2s", base + path], capture_output=True, check=False
                )
                results[f"{kind} {label}"] = figures = wrk(base + path, connections=APP_WORKERS * 2)
                note = ""
                if label == "article":
                    note = f"target >= {TARGET_ARTICLE_RPS}: {'yes' if figures.rps >= TARGET_ARTICLE_RPS else 'NO'}"
                row(f"{label}, straight from {kind}", figures, note)
            if kind == "granian":
                stop(server)
                processes.remove(server)
            else:
                app_port, app_base = port, base
        faster = max(servers, key=lambda k: results[f"{k} article"].rps)
        print(f"faster application server on the article page: {faster} (gunicorn is the one pinned)")

        html_root = Path(workdir) / "nginx"
        (html_root / "html").mkdir(parents=True)
        with urllib.request.urlopen(app_base + article_path, timeout=10) as response:  # noqa: S310  # nosec B310
            page = response.read()
        (html_root / "html" / "article.html").write_bytes(page)
        (html_root / "html" / "article.html.gz").write_bytes(gzip.compress(page, 6))
        static_port = free_port()
        processes.append(nginx(html_root, static_port))
        wait_until_up(f"http://127.0.0.1:{static_port}/article.html")
        static = wrk(f"http://127.0.0.1:{static_port}/article.html", connections=32)
        row("same article HTML, static file from nginx", static)

        cache = Varnish(require_varnish(), app_port)
        try:
            wait_until_up(cache.url + article_path)
            through = wrk(cache.url + article_path, connections=32)
        finally:
            cache.stop()
        ratio = through.rps / static.rps
        row("article through the shipped Varnish", through, f"ratio to nginx {ratio:.2f} (target >= {TARGET_RATIO})")
    finally:
        for process in processes:
            stop(process)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
