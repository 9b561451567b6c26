"""Newsdesk: agency wires in, a desk, a fast public news site out."""

__version__ = "0.1.0"
