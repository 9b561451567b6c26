from django.urls import path

from newsdesk.newsroom import story_actions, views

app_name = "desk"

urlpatterns = [
    path("inbox/", views.inbox, name="inbox"),
    path("preview/<int:pk>/", views.preview, name="preview"),
    path("articles/<int:pk>/withdraw/", story_actions.confirm_withdraw, name="confirm-withdraw"),
    path("articles/<int:pk>/do/<slug:action>/", story_actions.act, name="story-action"),
    path("articles/<int:pk>/update-from/<int:item_pk>/", views.update_from_item, name="update-from-item"),
]
