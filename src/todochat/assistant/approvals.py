"""Which of the agent's tool calls wait for the user: deletes past DELETE_APPROVAL_AFTER.

A chat turn may delete DELETE_APPROVAL_AFTER tasks (default 1) without asking. The rule
looks at each model response as a whole: when the deletes it asks for, added to those the
turn already made, would pass the allowance, every delete of that response waits (so
"delete all my tasks" changes nothing until the user says yes); when deletes come one
response at a time, the first ones run and each further one waits. 0 turns approval off.

The waiting is the Agents SDK's own: the delete tool's `needs_approval` policy marks the
calls, the run stops with `interruptions`, and chat/approvals.py keeps its RunState. The
per-turn count lives in the run context (`TurnContext.deletes`), filled in by
`ApprovalHooks.on_llm_end` before the response's tools run. Only the delete tool gets
the policy (not the MCP servers' `require_approval`, which would cover every tool): the
SDK asks for approval of any call with a policy whose arguments it cannot read, and a
malformed add_task must go back to the model as an error, not wait for the user.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from agents import Agent, FunctionTool, ModelResponse, RunContextWrapper, RunHooks, Tool

DELETE_TOOL = "delete_task"
# What the model is told for a delete the user did not approve (the call's tool output).
REJECTION_MESSAGE = "Not deleted: the user did not approve this."


@dataclass
class DeleteBudget:
    """How many deletes the turn may still make without asking, and the current verdict."""

    allowed: int  # DELETE_APPROVAL_AFTER; 0 means approval is off
    done: int = 0
    ask: bool = False

    def see_response(self, deletes: int) -> None:
        """A model response asks for `deletes` deletes: they all run, or all wait."""
        if self.allowed <= 0 or deletes == 0:
            self.ask = False
            return
        self.ask = self.done + deletes > self.allowed
        if not self.ask:
            self.done += deletes

    def spent(self) -> DeleteBudget:
        """The budget of a resumed turn: the user has just answered, so any further delete
        the model asks for waits again."""
        return DeleteBudget(allowed=self.allowed, done=self.allowed, ask=False)


def _budget(context: RunContextWrapper[Any]) -> DeleteBudget | None:
    budget = getattr(context.context, "deletes", None)
    return budget if isinstance(budget, DeleteBudget) else None


async def delete_needs_approval(
    context: RunContextWrapper[Any], _arguments: dict[str, Any], _call_id: str
) -> bool:
    """The delete tool's policy: a delete waits when its response passed the budget."""
    budget = _budget(context)
    return budget is not None and budget.ask


def with_delete_policy(tools: Sequence[Tool]) -> list[Tool]:
    """The agent's tools, the delete tool given the approval policy."""
    for tool in tools:
        if isinstance(tool, FunctionTool) and tool.name == DELETE_TOOL:
            tool.needs_approval = delete_needs_approval
    return list(tools)


def _deletes_in(response: ModelResponse) -> int:
    return sum(
        1
        for item in response.output
        if getattr(item, "type", None) == "function_call"
        and getattr(item, "name", None) == DELETE_TOOL
    )


class ApprovalHooks(RunHooks[Any]):
    """Counts the deletes of each model response before its tools run."""

    async def on_llm_end(
        self, context: RunContextWrapper[Any], agent: Agent[Any], response: ModelResponse
    ) -> None:
        budget = _budget(context)
        if budget is not None:
            budget.see_response(_deletes_in(response))


APPROVAL_HOOKS = ApprovalHooks()
