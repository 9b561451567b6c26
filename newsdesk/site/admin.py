from django.contrib import admin

from newsdesk.site.models import ConnectLink, StaticPage


@admin.register(StaticPage)
class StaticPageAdmin(admin.ModelAdmin[StaticPage]):
    list_display = ["title", "slug", "in_footer", "position", "updated_at"]
    list_editable = ["in_footer", "position"]
    prepopulated_fields = {"slug": ["title"]}


@admin.register(ConnectLink)
class ConnectLinkAdmin(admin.ModelAdmin[ConnectLink]):
    list_display = ["label", "url", "position"]
    list_editable = ["position"]
