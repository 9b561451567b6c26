from django.urls import path

from newsdesk.metrics import views

app_name = "metrics"

urlpatterns = [
    path("view/<int:article_id>.gif", views.view_beacon, name="view-beacon"),
]
