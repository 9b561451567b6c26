import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsdesk.settings")
# The WSGI entry point is production: settings refuse to start without SECRET_KEY here,
# while the console script's local commands get a key generated into var/.
os.environ.setdefault("NEWSDESK_ENTRY", "wsgi")

application = get_wsgi_application()
