"""Reader-facing pages: sign-up, confirmation, preferences, unsubscribe, feedback. The work is in services."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from newsdesk.audience import conf, ratelimit, services, tasks
from newsdesk.audience.forms import FeedbackForm, PreferencesForm, SignupForm, safe_page
from newsdesk.audience.models import Subscriber
from newsdesk.audience.tokens import Purpose, make_token, read_token
from newsdesk.frontcache.origin import same_origin_post


def _too_many(request: HttpRequest) -> HttpResponse:
    response = render(request, "audience/rate_limited.html", status=429)
    response["Retry-After"] = str(ratelimit.HOUR)
    return response


def _invalid_link(request: HttpRequest) -> HttpResponse:
    # One page for every bad link (tampered, expired, retired, someone else's):
    # telling them apart would only help someone probing tokens.
    return render(request, "audience/invalid_link.html", status=400)


@same_origin_post  # no CSRF token, so the page can be cached: see frontcache.origin
@require_http_methods(["GET", "POST"])
def subscribe(request: HttpRequest) -> HttpResponse:
    if request.method == "POST":
        ip = ratelimit.client_ip(request)
        if not ratelimit.hit("signup-ip", ip, limit=conf.signup_limit_per_ip()):
            return _too_many(request)
        form = SignupForm(request.POST)
        if form.is_bot():
            return render(request, "audience/signup_done.html")
        if form.is_valid():
            data = form.cleaned_data
            # Only queued, for every address alike: no lookup of the address happens in the
            # request, so neither its answer nor its time tells a stranger who reads our
            # newsletter. The worker (services.request_subscription) does what differs.
            tasks.request_subscription_task(
                data["email"],
                data["frequency"],
                [edition.pk for edition in data["editions"]],
                [sector.pk for sector in data["sectors"]],
                data["source"],
                ip,
                timezone.now(),
            )
            return render(request, "audience/signup_done.html")
        return render(request, "audience/newsletter.html", {"form": form}, status=400)
    return render(request, "audience/newsletter.html", {"form": SignupForm(initial={"source": "newsletter"})})


# The GET only shows a button: mail scanners and link previews fetch links,
# and a fetch must not subscribe anyone.
@never_cache
@same_origin_post  # no CSRF token, so the page can be cached: see frontcache.origin
@require_http_methods(["GET", "POST"])
def confirm(request: HttpRequest, token: str) -> HttpResponse:
    subscriber = read_token(token, Purpose.CONFIRM)
    if subscriber is None or not subscriber.receives_mail:
        return _invalid_link(request)
    if request.method == "POST":
        if not subscriber.confirm(form="confirmation link", ip=ratelimit.client_ip(request)):
            return _invalid_link(request)
        preferences_url = reverse("audience:preferences", args=[make_token(subscriber, Purpose.PREFERENCES)])
        return render(
            request,
            "audience/confirmed.html",
            {"choices": services.describe(subscriber), "preferences_url": preferences_url},
        )
    return render(
        request,
        "audience/confirm.html",
        {"choices": services.describe(subscriber), "already": subscriber.status == Subscriber.Status.ACTIVE},
    )


@never_cache
@same_origin_post  # no CSRF token, so the page can be cached: see frontcache.origin
@require_http_methods(["GET", "POST"])
def preferences(request: HttpRequest, token: str) -> HttpResponse:
    subscriber = read_token(token, Purpose.PREFERENCES)
    if subscriber is None or not subscriber.receives_mail:
        return _invalid_link(request)
    saved = False
    if request.method == "POST":
        form = PreferencesForm(request.POST)
        if form.is_valid():
            data = form.cleaned_data
            if not subscriber.change_preferences(
                frequency=data["frequency"],
                editions=data["editions"],
                sectors=data["sectors"],
                form="preferences page",
                ip=ratelimit.client_ip(request),
            ):
                return _invalid_link(request)
            saved = True
    else:
        form = PreferencesForm(
            initial={
                "frequency": subscriber.frequency,
                "editions": list(subscriber.editions.all()),
                "sectors": list(subscriber.sectors.all()),
            }
        )
    context = {
        "form": form,
        "saved": saved,
        "pending": subscriber.status == Subscriber.Status.PENDING,
        "unsubscribe_url": reverse("audience:unsubscribe", args=[make_token(subscriber, Purpose.UNSUBSCRIBE)]),
    }
    return render(request, "audience/preferences.html", context, status=400 if form.is_bound and not saved else 200)


# RFC 8058: mail clients POST "List-Unsubscribe=One-Click" here with no cookies
# and no CSRF token; the signed token in the URL is the only credential, so
# exempting CSRF lets nobody act for a reader they have no link of.
@csrf_exempt
@never_cache
@require_http_methods(["GET", "POST"])
def unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    subscriber = read_token(token, Purpose.UNSUBSCRIBE)
    if subscriber is None:
        return _invalid_link(request)
    if request.method == "POST":
        one_click = request.POST.get("List-Unsubscribe") == "One-Click"
        subscriber.unsubscribe(form="one-click" if one_click else "unsubscribe page", ip=ratelimit.client_ip(request))
        return render(request, "audience/unsubscribed.html")
    return render(request, "audience/unsubscribe.html")


@same_origin_post  # no CSRF token, so the page can be cached: see frontcache.origin
@require_http_methods(["GET", "POST"])
def feedback(request: HttpRequest) -> HttpResponse:
    if request.method == "POST":
        ip = ratelimit.client_ip(request)
        if not ratelimit.hit("feedback-ip", ip, limit=conf.feedback_limit_per_ip()):
            return _too_many(request)
        form = FeedbackForm(request.POST)
        if form.is_bot():
            return render(request, "audience/feedback_done.html", {"page": safe_page(request.POST.get("page", ""))})
        if form.is_valid():
            data = form.cleaned_data
            services.submit_feedback(
                name=data["name"], email=data["email"], message=data["message"], page=data["page"], ip=ip
            )
            return render(request, "audience/feedback_done.html", {"page": data["page"]})
        return render(request, "audience/feedback.html", {"form": form}, status=400)
    form = FeedbackForm(initial={"page": safe_page(request.GET.get("from", ""))})
    return render(request, "audience/feedback.html", {"form": form})
