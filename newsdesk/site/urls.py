from django.urls import path, re_path

from newsdesk.site import feeds, views

app_name = "site"

FEED_FORMATS = r"(?P<fmt>rss|atom|json)"

urlpatterns = [
    path("", views.home, name="home"),
    path("article/<slug:sector>/<int:pk>-<slug:slug>/", views.article, name="article"),
    path("a/<int:pk>/", views.article_by_id, name="article-short"),
    path("sector/<slug:slug>/", views.sector, name="sector"),
    path("edition/<slug:slug>/", views.edition, name="edition"),
    path("tag/<slug:slug>/", views.tag, name="tag"),
    path("author/<slug:slug>/", views.author, name="author"),
    path("search/", views.search, name="search"),
    path("feeds/", views.feeds_index, name="feeds"),
    # Kept by name: templates and readers' subscriptions use it.
    path("feeds/latest.rss", feeds.feed, {"scope": "latest", "fmt": "rss"}, name="feed-latest"),
    re_path(rf"^feeds/(?P<scope>latest)\.{FEED_FORMATS}$", feeds.feed, name="feed"),
    re_path(rf"^feeds/(?P<scope>sector|edition|tag|kind)/(?P<slug>[-\w]+)\.{FEED_FORMATS}$", feeds.feed, name="feed"),
    # The catch-all section route stays last: it would swallow any one-segment path above.
    path("<slug:kind>/", views.kind, name="kind"),
    path("page/<slug:slug>/", views.static_page, name="page"),
]
