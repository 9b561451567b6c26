"""Benchmarks run by ``make bench`` (``python -m newsdesk.bench``): scripts that print numbers, not tests."""
