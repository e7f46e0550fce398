"""Cross-cutting pieces: settings, database, errors and logging."""
