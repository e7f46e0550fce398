"""The task tools over MCP: Streamable HTTP at /api/mcp, in process for the agent, stdio."""
