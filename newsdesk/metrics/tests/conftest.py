from newsdesk.metrics.tests.support import store

__all__ = ["store"]
