from django.urls import path

from newsdesk.site import feeds, views

app_name = "site"

urlpatterns = [
    path("", views.home, name="home"),
    path("article/<slug:sector>/<int:pk>-<slug:slug>/", views.article, name="article"),
    path("a/<int:pk>/", views.article_by_id, name="article-short"),
    path("sector/<slug:slug>/", views.sector, name="sector"),
    path("edition/<slug:slug>/", views.edition, name="edition"),
    path("tag/<slug:slug>/", views.tag, name="tag"),
    path("search/", views.search, name="search"),
    path("feeds/latest.rss", feeds.LatestArticlesFeed(), name="feed-latest"),
    path("<slug:kind>/", views.kind, name="kind"),
    path("page/<slug:slug>/", views.static_page, name="page"),
]
