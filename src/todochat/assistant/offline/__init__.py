"""The built-in offline model: natural-language task requests to tool calls, no network.

Selected with ``AGENT_MODEL=offline``. It implements the OpenAI Agents SDK ``Model``
interface (``model.py``), so the agent, the MCP tools and the streaming endpoint work the
same as with a hosted model. A message goes through a short pipeline of stages:

1. normalise (``normalise.py``, word lists in ``languages/*.toml``): chat forms, typos of
   command words, wrappers, phrase families rewritten to one plain form;
2. split (``split.py``): quotes protected, sentences, clauses (one request each);
3. understand (``understand/``, one module per family of request, with ``slots.py`` for
   title/description/priority/due, ``targets.py`` for the phrase naming a task and
   ``social.py``): each clause to an ``Intent`` (``meaning.py``, the data every later stage
   sees);
4. plan (``plan/``, with ``matching.py``): targets resolved against the task list, tool
   calls, or a question when the target is unclear;
5. reply (``replies.py``): one sentence per request.
"""

from .model import OfflineModel

__all__ = ["OfflineModel"]
