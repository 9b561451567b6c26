"""The footer pages every news site needs, with starting text an editor then rewrites in admin.

Used by the data migration, and by tests after a table flush.
"""

from __future__ import annotations

from typing import Any

PAGES = [
    (
        "about",
        "About",
        "<p>This site publishes development news from every region: policy, economy, health, science, "
        "technology and the people they affect. Stories are written by our desk, often with inputs from "
        "news agencies, and every change to a published story is dated.</p>",
    ),
    (
        "contact",
        "Contact",
        '<p>Write to the desk at <a href="mailto:desk@example.org">desk@example.org</a>, or use the '
        "feedback form linked at the foot of every page. Corrections are handled within one working day.</p>",
    ),
    (
        "disclaimer",
        "Disclaimer",
        "<p>Stories marked as coming with inputs from agencies are edited from agency copy. Images marked as "
        "AI-generated are illustrations and do not depict real events, places or people. Opinion pieces are "
        "the views of their authors.</p>",
    ),
    (
        "terms-of-use",
        "Terms of use",
        "<p>You may link to and quote from our stories with attribution. Republishing whole stories or images "
        "needs written permission; agency material remains the property of the agencies.</p>",
    ),
    (
        "privacy-policy",
        "Privacy Policy",
        "<p>We count page views without cookies to rank what is trending. If you subscribe to the newsletter "
        "we keep your email address, your choices and the record of your consent, and delete them when you "
        "unsubscribe. Feedback you send is kept to answer it.</p>",
    ),
]


def load_default_pages(apps: Any) -> None:
    """Create the footer pages that do not exist yet; ``apps`` is a migration registry or django.apps.apps."""
    StaticPage = apps.get_model("site", "StaticPage")
    for position, (slug, title, body) in enumerate(PAGES):
        StaticPage.objects.get_or_create(slug=slug, defaults={"title": title, "body": body, "position": position})
