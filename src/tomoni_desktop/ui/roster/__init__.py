"""Screens of the roster area: the pupil editor, guardians, imports, a pupil's history."""
