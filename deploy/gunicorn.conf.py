"""gunicorn settings for `make serve` and the bench (`gunicorn -c deploy/gunicorn.conf.py`).

The application is loaded once in the master and the URLconf imported there
(views, templates' tag libraries, the API schema), so every forked worker starts
warm: loaded lazily, a worker's first request took 3 to 12 s on a busy machine.
"""

from __future__ import annotations

from typing import Any

preload_app = True
# Sync workers: a page render is CPU-bound Python. Set --workers on the command line.
worker_class = "sync"
# Longer than the front cache's first_byte_timeout (15 s), so Varnish gives up first and serves grace.
timeout = 30


def when_ready(server: Any) -> None:
    from django.template.loader import get_template
    from django.urls import get_resolver

    get_resolver().url_patterns  # noqa: B018  (imports every view module)
    for name in ("site/article.html", "site/home.html", "site/article_list.html"):
        get_template(name)
