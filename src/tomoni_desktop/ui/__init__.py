"""The Qt face of Tomoni Desktop: pages, dialogs, item models and background operations."""
