"""Staff pages carry a strict CSP; the desk keeps the readers' one."""

from __future__ import annotations

import base64
import hashlib
import re

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from newsdesk.accounts.middleware import STAFF_CSP


@pytest.mark.django_db
def test_it_sends_a_strict_csp_on_the_admin_login() -> None:
    response = Client().get("/admin/login/")
    assert response["Content-Security-Policy"] == STAFF_CSP
    assert "unsafe-inline" not in STAFF_CSP and "frame-ancestors 'none'" in STAFF_CSP


STAFF_PAGES = ["/admin/", "/admin/newsroom/article/", "/admin/newsroom/article/add/", "/desk/inbox/"]


@pytest.mark.django_db
@pytest.mark.parametrize("path", STAFF_PAGES)
def test_it_sends_a_csp_on_staff_pages_that_run_no_inline_script(path: str) -> None:
    user = get_user_model().objects.create_superuser("boss", "boss@example.org", "pw-not-used")
    client = Client()
    client.force_login(user)
    response = client.get(path)
    assert response.status_code == 200
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    # Every executable <script> is a file: the policy blocks nothing the page needs. The one
    # inline kind allowed is the rich editor's import map (data, not code), and only by its hash.
    scripts = re.findall(r"<script\b([^>]*)>(.*?)</script>", response.content.decode(), re.DOTALL)
    inline = [(attrs, body) for attrs, body in scripts if "src=" not in attrs and "application/json" not in attrs]
    assert [attrs for attrs, _ in inline if 'type="importmap"' not in attrs] == []
    for _, body in inline:
        digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in policy
