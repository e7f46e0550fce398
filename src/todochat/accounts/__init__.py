"""Users, built-in accounts and bearer tokens (HS256 shared secret and Better Auth JWKS)."""
