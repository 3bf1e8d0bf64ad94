"""Models, the database and its life (migrations, backups), settings and paths. No Qt here."""
