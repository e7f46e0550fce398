"""The browser app: a small offline chat client served by todochat itself."""
