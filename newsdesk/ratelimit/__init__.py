"""One rate limiter for every public form, the read API and the staff login."""
