"""HTTP caching of public pages: cache lifetimes for shared caches (the front cache, CDNs)."""
