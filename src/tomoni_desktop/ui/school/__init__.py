"""Screens of the school area: the first start."""
