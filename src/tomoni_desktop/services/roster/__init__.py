"""Pupils and their families: lists, editing, importing and exporting the roster."""
