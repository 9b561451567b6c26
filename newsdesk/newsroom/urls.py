from django.urls import path

from newsdesk.newsroom import views

app_name = "desk"

urlpatterns = [
    path("inbox/", views.inbox, name="inbox"),
    path("preview/<int:pk>/", views.preview, name="preview"),
    path("articles/<int:pk>/update-from/<int:item_pk>/", views.update_from_item, name="update-from-item"),
]
