"""`todochat eval`: play assistant evaluation cases through the real HTTP API.

The development set ships in this package (``data/assistant-dev.jsonl``), so `todochat eval`
with no file runs it from any clone or install.
"""

from pathlib import Path

DEV_SET = Path(__file__).parent / "data" / "assistant-dev.jsonl"

__all__ = ["DEV_SET"]
