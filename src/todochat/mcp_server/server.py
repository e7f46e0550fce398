"""The MCP server: the five Phase III task tools over the task service, bound to the caller.

One `MCPServer` object serves every transport: `/api/mcp` (Streamable HTTP), the chat
agent's in-memory client, and `todochat mcp` (stdio). Tools never touch SQL: each call
opens its own session and calls `todochat.tasks.service`.
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Annotated, Any, Literal, TypeVar
from zoneinfo import ZoneInfo

from mcp.server.auth.settings import AuthSettings
from mcp.server.context import CallNext, HandlerResult, ServerRequestContext
from mcp.server.mcpserver import Context, MCPServer
from mcp.server.mcpserver.exceptions import ToolError, UnexpectedToolError
from mcp.shared.exceptions import MCPError
from mcp_types import (
    METHOD_NOT_FOUND,
    CallToolResult,
    InputRequiredResult,
    TextContent,
    ToolAnnotations,
)
from pydantic import AnyHttpUrl, BaseModel, ValidationError
from sqlalchemy.exc import DataError, DBAPIError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeoutError
from sqlmodel.ext.asyncio.session import AsyncSession

from todochat import __version__
from todochat.accounts.deps import UserDirectory
from todochat.accounts.tokens import TokenVerifier
from todochat.core.config import Settings
from todochat.core.db import Database
from todochat.core.errors import DomainError, InvalidField, NotFound
from todochat.mcp_server.identity import (
    BearerTokenVerifier,
    caller_id,
    caller_origin,
    caller_zone,
    check_claimed_user,
)
from todochat.mcp_server.schemas import (
    CompletedArg,
    CursorArg,
    DescriptionArg,
    DueArg,
    DueFilterArg,
    DueOnArg,
    ForGoodArg,
    LimitArg,
    NewDescriptionArg,
    NewDueArg,
    NewPriorityArg,
    NewRepeatArg,
    NewTagsArg,
    NewTitleArg,
    PriorityArg,
    PriorityFilterArg,
    RepeatArg,
    SortArg,
    StatusArg,
    TagFilterArg,
    TagsArg,
    TaskCompleted,
    TaskCreated,
    TaskDeleted,
    TaskIdArg,
    TaskListing,
    TaskRestored,
    TaskUpdated,
    TitleArg,
    Undone,
    UndoneChange,
    UserIdArg,
    explain,
)
from todochat.tasks import service
from todochat.tasks.models import (
    LIST_LIMIT_MAX,
    DueFilter,
    DueWords,
    Origin,
    Priority,
    SortOrder,
    StatusFilter,
    Tag,
    TaskCreate,
    TaskUpdate,
)

logger = logging.getLogger("todochat.mcp")

ModelT = TypeVar("ModelT", bound=BaseModel)
ToolFunction = TypeVar("ToolFunction", bound=Callable[..., Any])

SERVER_NAME = "todochat"
INSTRUCTIONS = (
    "Manage the signed-in user's todo list. Add tasks with add_task; see them with "
    "list_tasks (status pending, completed or all); mark them done with complete_task; "
    "change them with update_task; remove them with delete_task (to the trash). "
    "undo reverts the latest change (whoever made it); restore_task brings back a deleted "
    "task (list_tasks status deleted shows the trash). Tools that act on one "
    "task need its id: call list_tasks first when you only know a task by its title. "
    "Due dates and repeats take the user's own words ('tomorrow 5pm', 'every monday'), read "
    "in the user's time zone. You never need user_id: the server knows who is calling."
)

ADD_TASK = (
    "Add a new task to the user's todo list.\n"
    'Use when the user wants to add, create or remember something to do ("add buy milk", '
    '"remind me to call mom", "I need to renew my passport"). Put when it is due in `due` '
    "and how it repeats in `repeat`, in the user's words, and leave those words out of the "
    'title ("pay rent every month on the 1st": title "Pay rent", repeat "every month on the '
    "1st\"). Returns the new task's id and its due date in words."
)
LIST_TASKS = (
    "List the user's tasks (oldest first unless sorted; 100 at most per call).\n"
    "Use when the user wants to see, show, list or review tasks, and to find a task's id "
    "before completing, updating or deleting a task known only by its title. Use status "
    '"pending" for what is left to do, "completed" for what is done, "all" for everything; '
    'due "today", "tomorrow", "week", "overdue" or "none" for "what\'s due this week?" or '
    "\"what's overdue?\"; due_on with the user's own day words for one day (\"what's due "
    'friday?": due_on "friday"); tag for "my work tasks"; sort "due" or "priority". When '
    "next_cursor is set, more tasks match: call again with it as cursor."
)
COMPLETE_TASK = (
    "Mark a task as done.\n"
    'Use when the user says a task is done, complete or finished ("I called mom", "mark 3 '
    "as done\"). Needs the task's id; call list_tasks first if you only know its title. "
    "A repeating task moves to its next date and stays on the list (next_due says when); "
    "for_good=true ends the repeat. Completing a task that is already done changes nothing."
)
DELETE_TASK = (
    "Delete a task (it goes to the trash for a while).\n"
    "Use when the user asks to delete, remove or cancel a task. Needs the task's id; call "
    "list_tasks first if you only know its title. undo or restore_task bring it back."
)
RESTORE_TASK = (
    "Bring a deleted task back from the trash, exactly as it was.\n"
    'Use when the user wants a deleted task back ("bring it back", "put it back", "restore '
    'the dentist task", "get X back"). Needs its id: list_tasks with status "deleted" shows '
    'the trash, most recently deleted first; "it" is the task deleted just before. When the '
    "trash has no such task, say so and change nothing."
)
UNDO = (
    "Undo the latest change to the user's tasks, whoever made it (this chat, the web app, "
    "another app): a deleted task comes back, an edit gets its earlier fields, a completed "
    "task reopens, an added task goes to the trash. All changes of one chat turn are undone "
    "together. Calling it again undoes the change before.\n"
    'Use when the user says "undo", "undo that", "take that back", "I didn\'t mean that". '
    'For "bring it back" or "restore X" use restore_task instead. Tell the user the '
    "summary it returns."
)
UPDATE_TASK = (
    "Change a task: rename it, change its description, priority, due date, repeat or tags, "
    "or reopen it (completed=false).\n"
    'Use when the user asks to change, update, edit, rename, move ("move the dentist to '
    'friday": due "friday"), prioritise ("make it high priority") or tag ("tag it work") '
    "a task. Only the fields you give change. Needs the task's id; call list_tasks first "
    "if you only know its title."
)


# What MCPServer registers but todochat does not offer: answered "Method not found"
# (-32601), never advertised. Change notifications would need `subscriptions/listen`,
# which a stateless server spread over processes cannot honour.
UNSERVED_METHODS = frozenset(
    {
        "prompts/list",
        "prompts/get",
        "resources/list",
        "resources/read",
        "resources/templates/list",
        "resources/subscribe",
        "resources/unsubscribe",
        "subscriptions/listen",
        "completion/complete",
    }
)
_UNSERVED_CAPABILITIES = ("prompts", "resources", "completions")


class ToolsOnly:
    """Server middleware: capabilities and methods are the tools only.

    Unserved methods answer JSON-RPC -32601 under every protocol revision (the SDK would
    answer an unknown prompt with code 0, or -32603 and a logged traceback), and the
    handshake (`initialize`) and discovery (`server/discover`) results drop the empty
    prompts and resources capabilities MCPServer registers.
    """

    async def __call__(
        self, ctx: ServerRequestContext[Any, Any], call_next: CallNext
    ) -> HandlerResult:
        if ctx.method in UNSERVED_METHODS:
            raise MCPError(code=METHOD_NOT_FOUND, message="Method not found", data=ctx.method)
        result = await call_next(ctx)
        if ctx.method in {"initialize", "server/discover"} and isinstance(result, dict):
            capabilities = result.get("capabilities")
            if isinstance(capabilities, dict):
                for name in _UNSERVED_CAPABILITIES:
                    capabilities.pop(name, None)
        return result


class TodoMCPServer(MCPServer):
    """An `MCPServer` that keeps what its tools need and states tool errors plainly.

    With a verifier, the SDK's own bearer check guards any HTTP app built from it.

    Tool errors reach the model as the tool's own message (the SDK would prefix
    "Error executing tool ..."), and argument errors as one line per field.
    """

    def __init__(
        self,
        *,
        database: Database,
        settings: Settings,
        verifier: TokenVerifier | None,
        users: UserDirectory | None,
        fixed_user_id: str | None,
    ) -> None:
        auth: AuthSettings | None = None
        token_verifier: BearerTokenVerifier | None = None
        if verifier is not None:
            token_verifier = BearerTokenVerifier(verifier, users, database)
            auth = AuthSettings(
                issuer_url=AnyHttpUrl(settings.better_auth_url or "http://localhost"),
                resource_server_url=None,
            )
        super().__init__(
            SERVER_NAME,
            title="todochat tasks",
            instructions=INSTRUCTIONS,
            version=__version__,
            token_verifier=token_verifier,
            auth=auth,
            log_level=_sdk_log_level(settings.log_level),
            subscriptions=False,
            middleware=[ToolsOnly()],
        )
        self.database = database
        self.fixed_user_id = fixed_user_id

    async def call_tool(
        self, name: str, arguments: dict[str, Any], context: Context | None = None
    ) -> CallToolResult | InputRequiredResult:
        try:
            return await super().call_tool(name, arguments, context)
        except UnexpectedToolError:
            raise
        except ToolError as exc:
            cause = exc.__cause__
            if isinstance(cause, ValidationError):
                raise ToolError(explain(cause, tool=name)) from cause
            if isinstance(cause, ToolError):
                raise cause from cause.__cause__
            raise

    def caller(self, ctx: Context, claimed_user_id: str | None) -> str:
        """The caller's id; refuses a `user_id` argument that names someone else."""
        user_id = caller_id(ctx, fixed_user_id=self.fixed_user_id)
        check_claimed_user(user_id, claimed_user_id)
        return user_id

    def origin(self, ctx: Context) -> Origin:
        """The change-log origin of this call (one group per call, or the chat turn's)."""
        return caller_origin(ctx, fixed_user_id=self.fixed_user_id)

    def zone(self, ctx: Context) -> ZoneInfo | None:
        """The caller's time zone when a chat turn sent it along (else the service reads it)."""
        return caller_zone(ctx, fixed_user_id=self.fixed_user_id)

    @asynccontextmanager
    async def task_session(self, tool: str) -> AsyncIterator[AsyncSession]:
        """A session for one tool call, with service errors turned into tool errors."""
        try:
            async with self.database.session() as session:
                yield session
        except InvalidField as exc:
            raise ToolError(
                f"Invalid arguments for {tool}: {exc.field}: {exc.message}. "
                "Fix them and call again."
            ) from exc
        except NotFound as exc:
            raise ToolError(f"{exc.detail}. Call list_tasks to see valid task ids.") from exc
        except DomainError as exc:
            raise ToolError(exc.detail) from exc
        except (DataError, UnicodeEncodeError) as exc:
            logger.warning("unstorable value in a tool call: %s", type(exc).__name__)
            raise ToolError(
                f"Invalid arguments for {tool}: a value cannot be stored. Fix them and call again."
            ) from exc
        except (OperationalError, PoolTimeoutError, OSError) as exc:
            logger.warning("database unavailable during a tool call: %s", type(exc).__name__)
            raise ToolError("The task database is unavailable; try again shortly.") from exc
        except DBAPIError as exc:
            if not exc.connection_invalidated:
                raise
            logger.warning("database connection lost during a tool call")
            raise ToolError("The task database is unavailable; try again shortly.") from exc


def _sdk_log_level(level: str) -> Literal["DEBUG", "WARNING"]:
    """The SDK configures the root logger: keep other libraries quiet unless debugging."""
    return "DEBUG" if level.upper() == "DEBUG" else "WARNING"


def _validated(model: type[ModelT], tool: str, **fields: Any) -> ModelT:
    """Check arguments with the task schemas, so REST and MCP share one set of rules."""
    try:
        return model.model_validate(fields)
    except ValidationError as exc:
        raise ToolError(explain(exc, tool=tool)) from exc


def _result(payload: BaseModel) -> CallToolResult:
    """Structured content plus the same JSON as text (a bare array for list_tasks)."""
    if isinstance(payload, TaskListing):
        structured = payload.model_dump(mode="json")
        if payload.next_cursor is None:
            del structured["next_cursor"]
        for item in structured["result"]:  # a live task has no deleted_at to show
            if item["deleted_at"] is None:
                del item["deleted_at"]
    else:  # the spec's shape, plus only the extras that say something
        structured = payload.model_dump(mode="json", exclude_none=True)
    shown = structured["result"] if isinstance(payload, TaskListing) else structured
    content = [TextContent(type="text", text=json.dumps(shown, ensure_ascii=False))]
    if isinstance(payload, TaskListing) and payload.next_cursor:
        more = f"More tasks match: call list_tasks again with cursor={payload.next_cursor!r}."
        content.append(TextContent(type="text", text=more))
    return CallToolResult(content=content, structured_content=structured)


def _task_tool(
    server: MCPServer,
    name: str,
    title: str,
    description: str,
    *,
    idempotent: bool,
    read_only: bool = False,
    destructive: bool = False,
) -> Callable[[ToolFunction], ToolFunction]:
    """Register a tool with its annotations; every task tool touches only the caller's tasks."""
    return server.tool(
        name=name,
        title=title,
        description=description,
        annotations=ToolAnnotations(
            title=title,
            read_only_hint=read_only,
            destructive_hint=destructive,
            idempotent_hint=idempotent,
            open_world_hint=False,
        ),
    )


def build_mcp_server(
    *,
    database: Database,
    settings: Settings,
    verifier: TokenVerifier,
    users: UserDirectory | None = None,
    fixed_user_id: str | None = None,
) -> MCPServer:
    """The task tools for one process; `fixed_user_id` binds every call to one user (stdio)."""
    server = TodoMCPServer(
        database=database,
        settings=settings,
        verifier=verifier,
        users=users,
        fixed_user_id=fixed_user_id,
    )

    @_task_tool(server, "add_task", "Add task", ADD_TASK, idempotent=False)
    async def add_task(
        ctx: Context,
        title: TitleArg,
        description: DescriptionArg = None,
        priority: PriorityArg = None,
        due: DueArg = None,
        repeat: RepeatArg = None,
        tags: TagsArg = None,
        user_id: UserIdArg = None,
    ) -> Annotated[CallToolResult, TaskCreated]:
        caller = server.caller(ctx, user_id)
        task_in = _validated(
            TaskCreate,
            "add_task",
            **_given(
                title=title,
                description=description,
                priority=priority,
                due=due,
                repeat=repeat,
                tags=tags,
            ),
        )
        async with server.task_session("add_task") as session:
            task = await service.create(
                session=session,
                user_id=caller,
                task_in=task_in,
                origin=server.origin(ctx),
                zone=server.zone(ctx),
            )
        return _result(
            TaskCreated(
                task_id=task.id,
                status="created",
                title=task.title,
                due=task.due_text,
                repeat=task.repeat_text,
            )
        )

    @_task_tool(server, "list_tasks", "List tasks", LIST_TASKS, read_only=True, idempotent=True)
    async def list_tasks(
        ctx: Context,
        status: StatusArg = "all",
        due: DueFilterArg = None,
        due_on: DueOnArg = None,
        priority: PriorityFilterArg = None,
        tag: TagFilterArg = None,
        sort: SortArg = "created",
        limit: LimitArg = LIST_LIMIT_MAX,
        cursor: CursorArg = None,
        user_id: UserIdArg = None,
    ) -> Annotated[CallToolResult, TaskListing]:
        caller = server.caller(ctx, user_id)
        offset = _offset(cursor)
        tag_name = _validated(_TagFilter, "list_tasks", tag=tag).tag if tag else None
        day_words = _validated(_DueOnFilter, "list_tasks", due_on=due_on).due_on
        async with server.task_session("list_tasks") as session:
            page = await service.get_all(
                session=session,
                user_id=caller,
                status=StatusFilter(status),
                due=DueFilter(due) if due else None,
                due_on=day_words,
                priority=Priority(priority) if priority else None,
                tag=tag_name,
                sort=SortOrder(sort),
                limit=limit,
                offset=offset,
                zone=server.zone(ctx),
            )
        more = offset + len(page.items) < page.total
        return _result(
            TaskListing(
                result=page.items, next_cursor=_cursor(offset + len(page.items)) if more else None
            )
        )

    @_task_tool(server, "complete_task", "Complete task", COMPLETE_TASK, idempotent=True)
    async def complete_task(
        ctx: Context,
        task_id: TaskIdArg,
        for_good: ForGoodArg = None,
        user_id: UserIdArg = None,
    ) -> Annotated[CallToolResult, TaskCompleted]:
        caller = server.caller(ctx, user_id)
        async with server.task_session("complete_task") as session:
            task = await service.set_completed(
                session=session,
                user_id=caller,
                task_id=task_id,
                completed=True,
                for_good=bool(for_good),
                origin=server.origin(ctx),
                zone=server.zone(ctx),
            )
        next_due = task.due_text if not task.completed else None
        return _result(
            TaskCompleted(task_id=task_id, status="completed", title=task.title, next_due=next_due)
        )

    @_task_tool(
        server, "delete_task", "Delete task", DELETE_TASK, destructive=True, idempotent=True
    )
    async def delete_task(
        ctx: Context,
        task_id: TaskIdArg,
        user_id: UserIdArg = None,
    ) -> Annotated[CallToolResult, TaskDeleted]:
        caller = server.caller(ctx, user_id)
        async with server.task_session("delete_task") as session:
            task = await service.delete(
                session=session,
                user_id=caller,
                task_id=task_id,
                origin=server.origin(ctx),
                zone=server.zone(ctx),
            )
        return _result(TaskDeleted(task_id=task_id, status="deleted", title=task.title))

    @_task_tool(
        server, "update_task", "Update task", UPDATE_TASK, destructive=True, idempotent=True
    )
    async def update_task(
        ctx: Context,
        task_id: TaskIdArg,
        title: NewTitleArg = None,
        description: NewDescriptionArg = None,
        priority: NewPriorityArg = None,
        due: NewDueArg = None,
        repeat: NewRepeatArg = None,
        tags: NewTagsArg = None,
        completed: CompletedArg = None,
        user_id: UserIdArg = None,
    ) -> Annotated[CallToolResult, TaskUpdated]:
        caller = server.caller(ctx, user_id)
        changes = _given(
            title=title,
            description=description,
            priority=priority,
            due=due,
            repeat=repeat,
            tags=tags,
            completed=completed,
        )
        if not changes:
            raise ToolError(
                "Nothing to update: give at least one of title, description, priority, "
                "due, repeat, tags or completed."
            )
        task_in = _validated(TaskUpdate, "update_task", **changes)
        async with server.task_session("update_task") as session:
            task = await service.update(
                session=session,
                user_id=caller,
                task_id=task_id,
                task_in=task_in,
                origin=server.origin(ctx),
                zone=server.zone(ctx),
            )
        return _result(
            TaskUpdated(
                task_id=task_id,
                status="updated",
                title=task.title,
                due=task.due_text,
                repeat=task.repeat_text,
            )
        )

    @_task_tool(server, "restore_task", "Restore task", RESTORE_TASK, idempotent=True)
    async def restore_task(
        ctx: Context,
        task_id: TaskIdArg,
        user_id: UserIdArg = None,
    ) -> Annotated[CallToolResult, TaskRestored]:
        caller = server.caller(ctx, user_id)
        async with server.task_session("restore_task") as session:
            task = await service.restore(
                session=session,
                user_id=caller,
                task_id=task_id,
                origin=server.origin(ctx),
                zone=server.zone(ctx),
            )
        return _result(TaskRestored(task_id=task_id, status="restored", title=task.title))

    @_task_tool(server, "undo", "Undo", UNDO, destructive=True, idempotent=False)
    async def undo(ctx: Context, user_id: UserIdArg = None) -> Annotated[CallToolResult, Undone]:
        caller = server.caller(ctx, user_id)
        async with server.task_session("undo") as session:
            result = await service.undo(
                session=session, user_id=caller, origin=server.origin(ctx), zone=server.zone(ctx)
            )
        return _result(
            Undone(
                status="undone",
                summary=result.summary,
                changes=[
                    UndoneChange(
                        task_id=change.task_id, title=change.after.title, action=change.action
                    )
                    for change in result.changes
                ],
            )
        )

    return server


class _TagFilter(BaseModel):
    tag: Tag


class _DueOnFilter(BaseModel):
    due_on: DueWords  # checked like add_task's due (length, characters); "" is no filter


def _cursor(offset: int) -> str:
    """An opaque next-page cursor (the offset inside, for now)."""
    return base64.urlsafe_b64encode(json.dumps({"offset": offset}).encode()).decode()


def _offset(cursor: str | None) -> int:
    if not cursor:
        return 0
    try:
        offset = json.loads(base64.urlsafe_b64decode(cursor.encode()))["offset"]
    except (ValueError, TypeError, KeyError, binascii.Error) as exc:
        raise ToolError(
            "Invalid arguments for list_tasks: cursor: not one list_tasks gave; call "
            "list_tasks without a cursor to start again."
        ) from exc
    if not isinstance(offset, int) or not 0 <= offset <= 2**31:
        raise ToolError("Invalid arguments for list_tasks: cursor: not one list_tasks gave.")
    return offset


def _given(**fields: Any) -> dict[str, Any]:
    """The arguments the caller gave (`None` means left out)."""
    return {name: value for name, value in fields.items() if value is not None}
