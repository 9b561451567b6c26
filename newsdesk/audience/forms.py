from __future__ import annotations

import re
import unicodedata

from django import forms
from django.utils.http import url_has_allowed_host_and_scheme

from newsdesk.audience.models import Subscriber
from newsdesk.taxonomy.models import Edition, Sector

HONEYPOT = "website"


class HoneypotMixin(forms.Form):
    # Hidden from people (CSS, aria-hidden, no tab stop); form-filling bots
    # fill every field. A filled one is answered like success and ignored.
    website = forms.CharField(
        required=False,
        label="Leave this field empty",
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def is_bot(self) -> bool:
        return bool(self.data.get(HONEYPOT, "").strip())


class ChoicesForm(forms.Form):
    frequency = forms.ChoiceField(
        choices=Subscriber.Frequency.choices, initial=Subscriber.Frequency.DAILY, widget=forms.RadioSelect
    )
    editions = forms.ModelMultipleChoiceField(
        queryset=Edition.objects.all(),
        to_field_name="slug",
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="None ticked: every edition.",
    )
    sectors = forms.ModelMultipleChoiceField(
        queryset=Sector.objects.all(),
        to_field_name="slug",
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="None ticked: every sector.",
    )


class SignupForm(HoneypotMixin, ChoicesForm):
    SOURCES = {"footer": "footer form", "newsletter": "newsletter page"}

    email = forms.EmailField(max_length=254, label="Email address")
    source = forms.ChoiceField(choices=list(SOURCES.items()), required=False, widget=forms.HiddenInput)

    field_order = ["email", "frequency", "editions", "sectors"]

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        # The footer form may send only an address: that means a daily digest of everything.
        self.fields["frequency"].required = False

    def clean_frequency(self) -> str:
        return self.cleaned_data.get("frequency") or Subscriber.Frequency.DAILY

    def clean_source(self) -> str:
        return self.cleaned_data.get("source") or "newsletter"


class PreferencesForm(ChoicesForm):
    pass


# The footer's feedback link carries the page's path; on our own link pages
# that path holds a reader's token, which must not end up in the desk's inbox.
_TOKEN_PATH = re.compile(r"^/newsletter/(confirm|preferences|unsubscribe)/[^/]*/?")


def safe_page(value: str) -> str:
    """A path on this site, or "" for anything else (other hosts, schemes, control characters)."""
    value = value.strip()[:500]
    if not value.startswith("/") or value.startswith("//") or "\\" in value:
        return ""
    value = _TOKEN_PATH.sub("/newsletter/", value)
    if any(unicodedata.category(c).startswith("C") for c in value):
        return ""
    return value if url_has_allowed_host_and_scheme(value, allowed_hosts=None) else ""


class FeedbackForm(HoneypotMixin, forms.Form):
    name = forms.CharField(max_length=120, label="Your name")
    email = forms.EmailField(max_length=254, label="Your email", help_text="Only to answer you.")
    message = forms.CharField(max_length=5000, min_length=5, widget=forms.Textarea(attrs={"rows": 8}))
    page = forms.CharField(max_length=500, required=False, widget=forms.HiddenInput)

    field_order = ["name", "email", "message"]

    def clean_name(self) -> str:
        # One line of printable text: the name is shown in the admin and the
        # desk's mail, and line breaks or control characters have no place there.
        raw = self.cleaned_data["name"]
        name = " ".join("".join(" " if unicodedata.category(c).startswith("C") else c for c in raw).split())
        if not name:
            raise forms.ValidationError("Please tell us your name.")
        return name

    def clean_page(self) -> str:
        return safe_page(self.cleaned_data.get("page", ""))
