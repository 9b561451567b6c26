from django.urls import path

from newsdesk.audience import views

app_name = "audience"

urlpatterns = [
    path("newsletter/", views.subscribe, name="subscribe"),
    path("newsletter/confirm/<str:token>/", views.confirm, name="confirm"),
    path("newsletter/preferences/<str:token>/", views.preferences, name="preferences"),
    path("newsletter/unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
    path("feedback/", views.feedback, name="feedback"),
]
