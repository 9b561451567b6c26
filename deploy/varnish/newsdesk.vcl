# Newsdesk's front cache: Varnish 7 with vmod_xkey (Debian: varnish, varnish-modules).
#
# Caches what the application marks public (Cache-Control s-maxage: anonymous
# HTML pages, feeds, sitemaps) and drops it by surrogate key when a story
# changes (PURGE from loopback, sent by newsdesk.frontcache.purge after commit).
# Passes everything personal: a session, Authorization, the desk, the admin,
# the view beacon, the API, every non-GET. Keeps serving stale pages for a
# day while the application is down or slow (grace, with a health probe).
#
# `make serve` and the tests rewrite the backend's port (the line marked
# NEWSDESK_BACKEND_PORT); everything else is used as shipped.
vcl 4.1;

import std;
import xkey;

backend app {
    .host = "127.0.0.1";
    .port = "8000"; # NEWSDESK_BACKEND_PORT
    .connect_timeout = 2s;
    # A request slower than this is treated as the application being down: grace takes over.
    .first_byte_timeout = 15s;
    .between_bytes_timeout = 10s;
    .probe = {
        # Cheap, no database: robots.txt is built from settings. The Host must be
        # in the application's ALLOWED_HOSTS, or every probe is a 400 and the backend "sick".
        .request = "GET /robots.txt HTTP/1.1"
            "Host: 127.0.0.1"
            "User-Agent: varnish-probe"
            "Connection: close";
        .timeout = 2s;
        .interval = 2s;
        .window = 5;
        .threshold = 3;
        .initial = 3;
    }
}

# Only the machine itself (the application's workers on this host) may purge.
# On several machines, add the application servers' private addresses here.
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(403, "Purging is allowed from the application only"));
        }
        if (!req.http.xkey) {
            return (synth(400, "A purge names its keys in the xkey header"));
        }
        if (req.http.xkey-soft) {
            # Expire only: the old copy is served during grace while a fresh one is fetched.
            set req.http.xkey-purged = xkey.softpurge(req.http.xkey);
        } else {
            set req.http.xkey-purged = xkey.purge(req.http.xkey);
        }
        return (synth(200, "Purged"));
    }

    # Tracking parameters change nothing on the page: one cache object for all of them.
    if (req.url ~ "[?&](utm_[A-Za-z0-9_]+|fbclid|gclid|msclkid|mc_cid|mc_eid)=") {
        set req.url = regsuball(req.url, "([?&])(utm_[A-Za-z0-9_]+|fbclid|gclid|msclkid|mc_cid|mc_eid)=[^&]*", "\1");
        set req.url = regsuball(req.url, "&&+", "&");
        set req.url = regsub(req.url, "\?&", "?");
        set req.url = regsub(req.url, "[?&]$", "");
    }
    # A fragment never reaches a server from a browser; a bot that sends one gets the same object.
    set req.url = regsub(req.url, "#.*$", "");
    # ?b=2&a=1 and ?a=1&b=2 are one page.
    set req.url = std.querysort(req.url);

    # Only gzip or nothing: one variant per page instead of one per browser's header spelling.
    if (req.http.Accept-Encoding) {
        if (req.http.Accept-Encoding ~ "gzip") {
            set req.http.Accept-Encoding = "gzip";
        } else {
            unset req.http.Accept-Encoding;
        }
    }

    # Full grace only when the application is sick; while it is healthy a stale
    # page is served for at most a few seconds while the fresh one is fetched.
    if (std.healthy(req.backend_hint)) {
        set req.grace = 10s;
    }

    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    if (req.http.Authorization) {
        return (pass);
    }
    # Staff, the view beacon (each view must reach the application to be counted),
    # and the API (its rate limit and ETags are per client).
    if (req.url ~ "^/(admin|desk|accounts|beacon|api)(/|$)") {
        return (pass);
    }
    # A logged-in editor's view is theirs alone. Any other cookie (analytics, consent
    # banners) changes nothing the application renders: drop it so the page is shared.
    if (req.http.Cookie ~ "(^|;\s*)(sessionid|csrftoken)=") {
        return (pass);
    }
    unset req.http.Cookie;
    return (hash);
}

sub vcl_synth {
    if (req.method == "PURGE" && resp.status == 200) {
        set resp.http.xkey-purged = req.http.xkey-purged;
    }
}

sub vcl_backend_response {
    # How long a stale copy may stand in for an application that is down.
    set beresp.grace = 24h;
    # Kept past grace to revalidate with If-None-Match / If-Modified-Since (a 304 is cheap).
    set beresp.keep = 1h;
    if (beresp.status >= 500) {
        if (bereq.is_bgfetch) {
            # A failed background refresh keeps the stale copy instead of replacing it.
            return (abandon);
        }
        set beresp.ttl = 0s;
        set beresp.uncacheable = true;
        return (deliver);
    }
    if (beresp.http.Content-Type ~ "^(text/|application/(rss\+xml|atom\+xml|xml|json|feed\+json|javascript))") {
        set beresp.do_gzip = true;
    }
    # Everything else (s-maxage, private, no-store, Set-Cookie) follows the built-in rules.
}

sub vcl_backend_error {
    # No copy at all and no application: a short, honest page, never cached.
    set beresp.http.Content-Type = "text/plain; charset=utf-8";
    set beresp.http.Cache-Control = "no-store";
    set beresp.http.Retry-After = "30";
    synthetic("The site is briefly unavailable. Please try again in a minute.\n");
    return (deliver);
}

sub vcl_deliver {
    # The keys are for this cache only; readers and other caches have no use for them.
    unset resp.http.xkey;
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
}
