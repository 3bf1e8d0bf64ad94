"""The school itself: setting it up, this laptop's settings, the database as a whole, the overview."""
