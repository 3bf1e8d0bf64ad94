"""Use cases in plain Python: take a Session, validate input, return plain data. No Qt."""
