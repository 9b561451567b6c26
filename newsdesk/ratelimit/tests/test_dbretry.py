"""A short database outage is retried for GET/HEAD before a 500 is shown."""

from __future__ import annotations

import threading

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test import Client

from newsdesk.lib.testing.services import require_postgres

OUTAGE_SECONDS = 1.0


def _set_connections(admin_url: str, name: str, *, allowed: bool) -> None:
    import psycopg

    with psycopg.connect(admin_url, autocommit=True) as admin:
        admin.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS {"true" if allowed else "false"}')
        if not allowed:
            # Like a restart: every open connection to the database is cut.
            admin.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()",
                [name],
            )


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_it_retries_a_page_across_a_short_database_outage() -> None:
    if connection.vendor != "postgresql":
        pytest.skip("runs in the PostgreSQL run (DATABASE_URL=postgres://…)")
    admin_url = require_postgres()
    name = str(connection.settings_dict["NAME"])
    client = Client()
    assert client.get("/news/").status_code == 200
    _set_connections(admin_url, name, allowed=False)
    timer = threading.Timer(OUTAGE_SECONDS, _set_connections, args=(admin_url, name), kwargs={"allowed": True})
    timer.start()
    try:
        response = client.get("/news/")
    finally:
        timer.join()
    assert response.status_code == 200


@pytest.mark.django_db
def test_it_sends_desk_visitors_to_the_admin_login() -> None:
    response = Client().get("/desk/inbox/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/?next=")
    assert get_user_model().objects.count() == 0
