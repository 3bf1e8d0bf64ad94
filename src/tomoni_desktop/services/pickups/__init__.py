"""Home-visit pickups: copies coming back, and what is late or missing."""
