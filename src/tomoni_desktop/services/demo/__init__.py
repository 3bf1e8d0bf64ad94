"""The embedded demo school (all people fictional)."""
