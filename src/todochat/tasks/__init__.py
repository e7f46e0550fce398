"""Tasks: the table, the one service that reads and writes it, and the REST routes."""
