"""A starter list of disposable-inbox domains; the desk edits the list in the admin."""

from django.db import migrations

# Well-known throwaway-mail services: sign-ups from them are almost always
# abuse or confirmations nobody will read. Frozen here (not imported), as a
# migration must not change when application code does.
STARTER_DOMAINS = [
    "10minutemail.com",
    "10minutemail.net",
    "1secmail.com",
    "1secmail.net",
    "1secmail.org",
    "burnermail.io",
    "discard.email",
    "dispostable.com",
    "dropmail.me",
    "emailondeck.com",
    "fakeinbox.com",
    "getairmail.com",
    "getnada.com",
    "grr.la",
    "guerrillamail.biz",
    "guerrillamail.com",
    "guerrillamail.de",
    "guerrillamail.info",
    "guerrillamail.net",
    "guerrillamail.org",
    "guerrillamailblock.com",
    "mailcatch.com",
    "maildrop.cc",
    "mailinator.com",
    "mailinator.net",
    "mailnesia.com",
    "mailpoof.com",
    "mintemail.com",
    "mohmal.com",
    "moakt.com",
    "mytemp.email",
    "sharklasers.com",
    "spam4.me",
    "spamgourmet.com",
    "temp-mail.io",
    "temp-mail.org",
    "tempail.com",
    "tempinbox.com",
    "tempmail.dev",
    "tempmailo.com",
    "tempr.email",
    "throwawaymail.com",
    "tmpmail.net",
    "tmpmail.org",
    "trashmail.com",
    "trashmail.de",
    "trashmail.net",
    "wegwerfmail.de",
    "yopmail.com",
    "yopmail.fr",
    "yopmail.net",
]
NOTE = "starter list (disposable mail)"


def add_starter_list(apps, schema_editor):
    BlockedDomain = apps.get_model("audience", "BlockedDomain")
    for domain in STARTER_DOMAINS:
        BlockedDomain.objects.get_or_create(domain=domain, defaults={"note": NOTE})


def remove_starter_list(apps, schema_editor):
    BlockedDomain = apps.get_model("audience", "BlockedDomain")
    BlockedDomain.objects.filter(domain__in=STARTER_DOMAINS, note=NOTE).delete()


class Migration(migrations.Migration):
    dependencies = [("audience", "0001_initial")]
    operations = [migrations.RunPython(add_starter_list, remove_starter_list)]
