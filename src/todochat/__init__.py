"""todochat: a Todo backend with a natural-language assistant over REST, SSE and MCP."""

__version__ = "0.1.0"
