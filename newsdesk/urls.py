from django.conf import settings
from django.contrib import admin
from django.urls import URLPattern, URLResolver, include, path, re_path
from django.views.static import serve

from newsdesk.api.api import api
from newsdesk.site import sitemaps
from newsdesk.site import views as site_views

admin.site.site_header = f"{settings.NEWSDESK_SITE_NAME} desk"
admin.site.site_title = f"{settings.NEWSDESK_SITE_NAME} desk"

urlpatterns: list[URLPattern | URLResolver] = [
    path("admin/", admin.site.urls),
    path("api/v1/", api.urls),
    # Passed uncached by the front cache (deploy/): the view beacon.
    path("beacon/", include("newsdesk.metrics.urls")),
    path("robots.txt", site_views.robots_txt, name="robots-txt"),
    path("sitemap.xml", sitemaps.index, name="sitemap-index"),
    path("sitemap-<slug:section>.xml", sitemaps.section, name="sitemap-section"),
    # Before the site: its catch-all "<slug:kind>/" would otherwise answer /desk/.
    path("desk/clusters/", include("newsdesk.enrich.urls")),
    path("desk/", include("newsdesk.newsroom.urls")),
    path("", include("newsdesk.audience.urls")),
    path("", include("newsdesk.site.urls")),
]

if settings.NEWSDESK_SERVE_MEDIA:
    urlpatterns += [re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT})]

handler404 = "newsdesk.site.views.not_found"
