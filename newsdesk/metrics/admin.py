from django.contrib import admin

from newsdesk.metrics.models import ArticleViewHour


@admin.register(ArticleViewHour)
class ArticleViewHourAdmin(admin.ModelAdmin[ArticleViewHour]):
    list_display = ["article", "hour", "views"]
    date_hierarchy = "hour"
    raw_id_fields = ["article"]
