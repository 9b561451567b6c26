"""The desk's story cluster page: members side by side with evidence, split and merge by editors."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Permission, User

from newsdesk.enrich.models import ClusterCorrection, ClusterMembership, ItemPlacement, StoryCluster
from newsdesk.enrich.tests.support import SECOND_AGENCY_BODY, SECOND_AGENCY_HEADLINE, SEED_BODY, SEED_HEADLINE, T0
from newsdesk.enrich.tests.support import make_wire_item as make_item
from newsdesk.wires.models import WireItem

pytestmark = pytest.mark.django_db


def staff(*codenames: str, username: str = "editor") -> User:
    user = User.objects.create_user(username, password="x", is_staff=True)
    for codename in codenames:
        app, code = codename.split(".")
        user.user_permissions.add(Permission.objects.get(content_type__app_label=app, codename=code))
    return user


def cluster_of(*items: WireItem, label: str = "Tana floods") -> StoryCluster:
    cluster = StoryCluster.objects.create(label=label)
    for item in items:
        ClusterMembership.objects.create(wire_item=item, cluster=cluster, happened_at=T0, terms={"names": ["tana"]})
    return cluster


def test_it_shows_members_side_by_side_with_place_and_sector_evidence(client):
    seed = make_item("urn:a:1", SEED_HEADLINE, SEED_BODY, agency="Alpha Press")
    other = make_item("urn:b:1", SECOND_AGENCY_HEADLINE, SECOND_AGENCY_BODY, agency="Beta Wire")
    ItemPlacement.objects.create(
        wire_item=seed,
        place_label="Turkey",
        countries=["TR"],
        place_evidence="dateline ANKARA -> TR",
        sector_evidence="medtop:20000598 (defence) under medtop:11000000 (politics)",
    )
    cluster = cluster_of(seed, other)
    client.force_login(staff("wires.view_wireitem"))
    page = client.get(f"/desk/clusters/{cluster.pk}/").content.decode()
    assert f'id="member-{seed.pk}"' in page and f'id="member-{other.pk}"' in page
    assert "Alpha Press" in page and "Beta Wire" in page
    assert "dateline ANKARA -&gt; TR" in page and "medtop:20000598 (defence)" in page
    assert "split off" not in page  # viewing is not changing


def test_it_refuses_readers_and_sends_strangers_to_log_in(client):
    cluster = cluster_of(make_item("urn:a:1", SEED_HEADLINE, SEED_BODY))
    assert client.get(f"/desk/clusters/{cluster.pk}/").status_code == 302
    client.force_login(User.objects.create_user("reader"))
    assert client.get(f"/desk/clusters/{cluster.pk}/").status_code == 403
    client.force_login(staff("wires.view_wireitem", username="viewer"))
    assert client.post(f"/desk/clusters/{cluster.pk}/merge/", {"into": "1"}).status_code == 403


def test_it_splits_an_item_off_and_keeps_the_correction(client):
    seed = make_item("urn:a:1", SEED_HEADLINE, SEED_BODY)
    other = make_item("urn:b:1", SECOND_AGENCY_HEADLINE, SECOND_AGENCY_BODY)
    cluster = cluster_of(seed, other)
    editor = staff("wires.view_wireitem", "enrich.change_storycluster")
    client.force_login(editor)
    response = client.post(f"/desk/clusters/{cluster.pk}/split/", {"item": str(other.pk)})
    assert response.status_code == 302
    moved = ClusterMembership.objects.get(wire_item=other)
    assert moved.cluster_id != cluster.pk
    correction = ClusterCorrection.objects.get()
    assert (correction.kind, correction.wire_item_id, correction.from_cluster_id, correction.editor) == (
        "split",
        other.pk,
        cluster.pk,
        editor,
    )


def test_it_merges_one_cluster_into_another_and_keeps_one_correction_per_item(client):
    a = make_item("urn:a:1", SEED_HEADLINE, SEED_BODY)
    b = make_item("urn:b:1", SECOND_AGENCY_HEADLINE, SECOND_AGENCY_BODY)
    c = make_item("urn:c:1", SECOND_AGENCY_HEADLINE, SECOND_AGENCY_BODY)
    first, second = cluster_of(a), cluster_of(b, c)
    client.force_login(staff("wires.view_wireitem", "enrich.change_storycluster"))
    response = client.post(f"/desk/clusters/{second.pk}/merge/", {"into": str(first.pk)})
    assert response.status_code == 302 and response["Location"].endswith(f"/desk/clusters/{first.pk}/")
    assert set(ClusterMembership.objects.values_list("cluster_id", flat=True)) == {first.pk}
    assert ClusterCorrection.objects.filter(kind="merge", to_cluster=first).count() == 2


@pytest.mark.parametrize("value", ["", "abc", "²", "9" * 40, "-1", "999999"])
def test_it_answers_junk_ids_with_a_message_not_an_error(client, value):
    seed = make_item("urn:a:1", SEED_HEADLINE, SEED_BODY)
    other = make_item("urn:b:1", SECOND_AGENCY_HEADLINE, SECOND_AGENCY_BODY)
    cluster = cluster_of(seed, other)
    client.force_login(staff("wires.view_wireitem", "enrich.change_storycluster"))
    assert client.post(f"/desk/clusters/{cluster.pk}/merge/", {"into": value}).status_code == 302
    assert client.post(f"/desk/clusters/{cluster.pk}/split/", {"item": value}).status_code == 302
    assert ClusterCorrection.objects.count() == 0
    assert client.get("/desk/clusters/99999999/").status_code == 404


def test_it_lets_editors_but_not_reporters_split_and_merge():
    from django.contrib.auth.models import Group

    assert Group.objects.get(name="Editor").permissions.filter(codename="change_storycluster").exists()
    assert not Group.objects.get(name="Reporter").permissions.filter(codename="change_storycluster").exists()
