from __future__ import annotations

from django.db import models
from django.urls import reverse
from django.utils.text import slugify


class Sector(models.Model):
    slug = models.SlugField(unique=True)
    name = models.CharField(max_length=80, unique=True)
    description = models.TextField(blank=True)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("site:sector", args=[self.slug])


class Edition(models.Model):
    slug = models.SlugField(unique=True)
    name = models.CharField(max_length=80, unique=True)
    is_global = models.BooleanField(default=False, help_text="The edition that carries everything.")
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("site:edition", args=[self.slug])


class Country(models.Model):
    """An ISO 3166-1 country or territory and the regional edition that covers it."""

    code = models.CharField(max_length=2, unique=True, help_text="ISO 3166-1 alpha-2")
    name = models.CharField(max_length=100)
    edition = models.ForeignKey(Edition, on_delete=models.PROTECT, related_name="countries")

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "countries"

    def __str__(self) -> str:
        return self.name


class Tag(models.Model):
    class Kind(models.TextChoices):
        PERSON = "person", "Person"
        ORGANISATION = "organisation", "Organisation"
        PLACE = "place", "Place"
        TOPIC = "topic", "Topic"

    kind = models.CharField(max_length=16, choices=Kind.choices, default=Kind.TOPIC)
    name = models.CharField(max_length=120)
    slug = models.SlugField(max_length=140, unique=True)

    class Meta:
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["kind", "name"], name="tag_unique_kind_name")]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("site:tag", args=[self.slug])

    @classmethod
    def for_name(cls, name: str, kind: str = Kind.TOPIC) -> Tag:
        """The tag for ``name``, created on first use with a slug that never collides."""
        name = " ".join(name.split())[:120]
        tag = cls.objects.filter(kind=kind, name__iexact=name).first()
        if tag is not None:
            return tag
        base = slugify(name)[:120] or "tag"
        slug, n = base, 1
        while cls.objects.filter(slug=slug).exists():
            n += 1
            slug = f"{base}-{n}"
        return cls.objects.create(kind=kind, name=name, slug=slug)
