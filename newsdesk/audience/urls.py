# PLACEHOLDER until the audience app lands (issue 7): the URL names the site templates use.
from django.http import HttpRequest, HttpResponse
from django.urls import path

app_name = "audience"


def _todo(request: HttpRequest) -> HttpResponse:
    return HttpResponse(status=501)


urlpatterns = [
    path("newsletter/", _todo, name="subscribe"),
    path("feedback/", _todo, name="feedback"),
]
