"""The assistant: the agent, its system prompt, its models and its view of the MCP tools."""
