"""Sync between laptops: bundles, keys, change capture and merge. No Qt."""
