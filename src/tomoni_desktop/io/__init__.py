"""Readers and writers of outside formats (Dapodik .xlsx, CSV, Excel exports). No Qt."""
