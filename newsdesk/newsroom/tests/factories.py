from __future__ import annotations

import datetime as dt
import io
import itertools
from typing import Any, cast

import factory
from django.contrib.auth.models import Group, User
from django.core.files.base import ContentFile
from django.utils import timezone
from PIL import Image as PILImage

from newsdesk.enrich.models import ClusterMembership, StoryCluster
from newsdesk.newsroom.models import Article, Author, Image
from newsdesk.newsroom.provenance import DigitalSourceType
from newsdesk.taxonomy.models import Edition, Sector
from newsdesk.wires.models import Source, WireItem


def jpeg_bytes(width: int = 1200, height: int = 675, colour: str = "#336699") -> bytes:
    buffer = io.BytesIO()
    PILImage.new("RGB", (width, height), colour).save(buffer, "JPEG")
    return buffer.getvalue()


class AuthorFactory(factory.django.DjangoModelFactory[Author]):
    class Meta:
        model = Author
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Writer {n}")
    slug = factory.LazyAttribute(lambda o: o.name.lower().replace(" ", "-"))


class ImageFactory(factory.django.DjangoModelFactory[Image]):
    class Meta:
        model = Image
        skip_postgeneration_save = True

    file = factory.LazyFunction(lambda: ContentFile(jpeg_bytes(), name="test.jpg"))
    alt_text = "Ministers shaking hands at a podium"
    caption = "Ministers meet in Ankara"
    credit = "Test Agency"
    digital_source_type = DigitalSourceType.DIGITAL_CAPTURE

    @factory.post_generation
    def renditions_made(obj: Image, create: bool, extracted: object, **kwargs: object) -> None:
        if create:
            obj.make_renditions()


class ArticleFactory(factory.django.DjangoModelFactory[Article]):
    class Meta:
        model = Article
        skip_postgeneration_save = True

    kind = Article.Kind.NEWS
    headline = factory.Sequence(lambda n: f"Ministers agree regional water plan number {n}")
    standfirst = "Officials from three countries signed a plan to share river data."
    body = "<p>Officials met on Tuesday.</p><p>They agreed to share data.</p>"
    sector = factory.LazyFunction(lambda: Sector.objects.get(slug="wash"))
    place_label = "Global"
    status = Article.Status.PUBLISHED
    created_at = factory.LazyFunction(lambda: timezone.now() - dt.timedelta(hours=2))
    updated_at = factory.SelfAttribute("created_at")
    published_at = factory.SelfAttribute("created_at")

    @factory.post_generation
    def editions(obj: Article, create: bool, extracted: list[Edition] | None, **kwargs: object) -> None:
        if create and extracted:
            obj.editions.set(extracted)

    @factory.post_generation
    def authors(obj: Article, create: bool, extracted: list[Author] | None, **kwargs: object) -> None:
        if create and extracted:
            obj.authors.set(extracted)


# Typed front doors: factory_boy's metaclass hides the model type from mypy.
def make_article(**fields: object) -> Article:
    return cast(Article, ArticleFactory(**fields))


def make_image(**fields: object) -> Image:
    return cast(Image, ImageFactory(**fields))


def make_author(**fields: object) -> Author:
    return cast(Author, AuthorFactory(**fields))


_numbers = itertools.count(1)


def make_source(**fields: Any) -> Source:
    n = next(_numbers)
    defaults: dict[str, Any] = {
        "name": f"Source {n}",
        "kind": Source.Kind.FEED,
        "location": f"https://agency.example.org/{n}.rss",
        "agency": "Test Agency",
        "trust": Source.Trust.TRUSTED,
        "sector": Sector.objects.get(slug="wash"),
    }
    defaults.update(fields)
    return Source.objects.create(**defaults)


def make_wire_item(**fields: Any) -> WireItem:
    """A stored wire item as the wires app would keep it (no parsing involved)."""
    n = next(_numbers)
    defaults: dict[str, Any] = {
        "agency": "Test Agency",
        "guid": f"urn:test:desk:{n}",
        "headline": f"Floods cut water supply to town {n}",
        "summary": "Floods cut the water supply to thousands of homes.",
        "body_html": "<p>Floods cut the water supply on Monday.</p><p>Repairs began on Tuesday.</p>",
        "byline": "A. Reporter",
        "content_hash": f"hash-{n}",
    }
    defaults.update(fields)
    return WireItem.objects.create(**defaults)


def make_user(role: str | None = None, *, username: str | None = None, **fields: Any) -> User:
    """A staff user in the desk group ``role`` ("Reporter", "Editor", "Desk admin"), or a reader when None."""
    user = User.objects.create_user(
        username=username or f"user{next(_numbers)}", password="pw", is_staff=role is not None, **fields
    )
    if role:
        user.groups.add(Group.objects.get(name=role))
    return user


def make_cluster(*items: WireItem, label: str = "Floods") -> StoryCluster:
    """A story cluster (enrich app) holding ``items``."""
    cluster = StoryCluster.objects.create(label=label)
    for item in items:
        ClusterMembership.objects.create(wire_item=item, cluster=cluster, happened_at=timezone.now())
    return cluster
