"""Clients of the API (the terminal client, the eval runner): they speak its HTTP contract."""
