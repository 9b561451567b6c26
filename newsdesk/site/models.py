from __future__ import annotations

from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone

from newsdesk.lib.sanitize import clean_html


class StaticPage(models.Model):
    """A footer page (About, Contact, Disclaimer, Terms of use, Privacy Policy), edited in admin."""

    slug = models.SlugField(unique=True)
    title = models.CharField(max_length=120)
    body = models.TextField(help_text="HTML; anything outside the allowlist is removed on save.")
    in_footer = models.BooleanField(default=True)
    position = models.PositiveSmallIntegerField(default=0)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["position", "title"]

    def __str__(self) -> str:
        return self.title

    def save(self, *args: object, **kwargs: object) -> None:
        self.body = clean_html(self.body)
        self.updated_at = timezone.now()
        super().save(*args, **kwargs)  # type: ignore[arg-type]

    def get_absolute_url(self) -> str:
        return reverse("site:page", args=[self.slug])


class ConnectLink(models.Model):
    """A "Connect us on" link to this site's own profile (LinkedIn, YouTube...), set per site in admin.

    The RSS link is always added by the site. A network's home page is refused:
    it tells a reader nothing about us (the footer used to link generic home pages).
    """

    label = models.CharField(max_length=40)
    url = models.URLField()
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "label"]

    def __str__(self) -> str:
        return self.label

    def clean(self) -> None:
        if self.url and urlsplit(self.url).path.strip("/") == "":
            raise ValidationError({"url": "Link to this site's own profile page, not the network's home page."})
