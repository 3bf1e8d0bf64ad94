"""reportlab documents: worksheet packets, route sheets, reports. No Qt."""
