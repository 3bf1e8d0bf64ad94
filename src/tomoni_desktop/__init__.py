"""Tomoni Desktop: an offline-first helper for homeroom teachers."""

__version__ = "0.1.0"
