"""Screens of the sync area: joining, the passphrase, the inbox dialogs."""
