"""Dialogs of the Pengambilan page: planning a round, and ticking its stops after the trip."""
