from django.urls import path

from newsdesk.enrich import views

app_name = "clusters"

urlpatterns = [
    path("<int:pk>/", views.cluster_detail, name="detail"),
    path("<int:pk>/split/", views.cluster_split, name="split"),
    path("<int:pk>/merge/", views.cluster_merge, name="merge"),
]
