"""`todochat eval`: play assistant evaluation cases through the real HTTP API."""
