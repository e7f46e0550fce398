"""The built-in offline model: natural-language task requests to tool calls, no network.

Selected with ``AGENT_MODEL=offline``. It implements the OpenAI Agents SDK ``Model``
interface with rules (verb lexicons, stemming, word-overlap matching), so the agent,
the MCP tools and the streaming endpoint work the same as with a hosted model.
"""

from .model import OfflineModel

__all__ = ["OfflineModel"]
