from __future__ import annotations

import datetime as dt
from typing import cast

import factory
from django.utils import timezone

from newsdesk.audience.models import Subscriber
from newsdesk.taxonomy.models import Edition, Sector


class SubscriberFactory(factory.django.DjangoModelFactory[Subscriber]):
    """An active subscriber who confirmed two days ago and has had no digest yet."""

    class Meta:
        model = Subscriber
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"reader{n}@example.org")
    status = Subscriber.Status.ACTIVE
    frequency = Subscriber.Frequency.DAILY
    created_at = factory.LazyFunction(lambda: timezone.now() - dt.timedelta(days=2))
    confirmation_sent_at = factory.SelfAttribute("created_at")
    confirmed_at = factory.SelfAttribute("created_at")

    @factory.post_generation
    def editions(obj: Subscriber, create: bool, extracted: list[Edition] | None, **kwargs: object) -> None:
        if create and extracted:
            obj.editions.set(extracted)

    @factory.post_generation
    def sectors(obj: Subscriber, create: bool, extracted: list[Sector] | None, **kwargs: object) -> None:
        if create and extracted:
            obj.sectors.set(extracted)


def make_subscriber(**fields: object) -> Subscriber:
    return cast(Subscriber, SubscriberFactory(**fields))


def make_pending_subscriber(**fields: object) -> Subscriber:
    """Signed up and sent a confirmation, not confirmed yet."""
    return make_subscriber(**{"status": Subscriber.Status.PENDING, "confirmed_at": None, **fields})
