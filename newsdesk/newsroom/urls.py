from django.urls import path

from newsdesk.newsroom import views

app_name = "desk"

urlpatterns = [
    path("inbox/", views.inbox, name="inbox"),
    path("preview/<int:pk>/", views.preview, name="preview"),
]
