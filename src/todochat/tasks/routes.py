"""Task REST routes: thin faces over `todochat.tasks.service`."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query, Request, Response

from todochat.accounts.deps import PathUser
from todochat.core.deps import SessionDep
from todochat.core.errors import InvalidField, error_responses
from todochat.core.inputs import OFFSET_MAX, ROW_ID_MAX, CleanText
from todochat.tasks import service
from todochat.tasks.models import (
    DUE_WORDS_MAX,
    LIST_LIMIT_MAX,
    ChangeList,
    ChangeSource,
    DueFilter,
    Origin,
    Priority,
    SortOrder,
    StatusFilter,
    Tag,
    TagCount,
    TaskCreate,
    TaskList,
    TaskRead,
    TaskReplace,
    TaskUpdate,
    UndoResult,
)

router = APIRouter(prefix="/api/{user_id}/tasks", tags=["tasks"])
tags_router = APIRouter(prefix="/api/{user_id}/tags", tags=["tasks"])
history_router = APIRouter(prefix="/api/{user_id}", tags=["tasks"])

TaskId = Annotated[int, Path(description="The task's id", ge=1, le=ROW_ID_MAX)]
AUTH_ERRORS = (401, 403, 422, 503)
CLIENT_HEADER = "x-todochat-client"


async def request_origin(request: Request) -> Origin:
    """One change group per request; the web app says so with `X-Todochat-Client: web`."""
    web = request.headers.get(CLIENT_HEADER, "").strip().lower() == "web"
    return Origin(ChangeSource.web if web else ChangeSource.rest)


OriginDep = Annotated[Origin, Depends(request_origin)]


@router.get("", response_model=TaskList, responses=error_responses(*AUTH_ERRORS))
async def list_tasks(
    caller: PathUser,
    session: SessionDep,
    status: Annotated[
        StatusFilter, Query(description="all, pending, completed, or deleted (the trash)")
    ] = StatusFilter.all,
    q: Annotated[
        CleanText | None, Query(max_length=200, description="Text in title or description")
    ] = (None),
    due: Annotated[
        DueFilter | None,
        Query(
            description="today, tomorrow, week (today and the 6 days after), overdue or none, "
            "in your time zone"
        ),
    ] = None,
    due_on: Annotated[
        CleanText | None,
        Query(
            max_length=DUE_WORDS_MAX,
            description="Only tasks due on this one day (at any time of it): a date "
            "(`2026-12-07`) or plain words read in your time zone (`friday`, `next monday`, "
            "`the 27th`); words that name no date answer 422",
        ),
    ] = None,
    priority: Annotated[Priority | None, Query(description="none, low, medium or high")] = None,
    tag: Annotated[Tag | None, Query(description="Only tasks with this tag")] = None,
    sort: Annotated[
        SortOrder,
        Query(description="created (oldest first), due (soonest first) or priority (high first)"),
    ] = SortOrder.created,
    limit: Annotated[int, Query(ge=1, le=LIST_LIMIT_MAX)] = 50,
    offset: Annotated[int, Query(ge=0, le=OFFSET_MAX)] = 0,
) -> TaskList:
    """List the caller's tasks, filtered and sorted, with the total that match."""
    try:
        return await service.get_all(
            session=session,
            user_id=caller.user_id,
            status=status,
            q=q,
            due=due,
            due_on=due_on,
            priority=priority,
            tag=tag,
            sort=sort,
            limit=limit,
            offset=offset,
        )
    except InvalidField as exc:  # the filters are query parameters: say so
        raise InvalidField(exc.field, exc.message, location="query") from exc


@router.post("", status_code=201, response_model=TaskRead, responses=error_responses(*AUTH_ERRORS))
async def create_task(
    task_in: TaskCreate, caller: PathUser, session: SessionDep, origin: OriginDep
) -> TaskRead:
    """Add a task; `due` and `repeat` take plain words ("tomorrow 5pm", "every monday")."""
    return await service.create(
        session=session, user_id=caller.user_id, task_in=task_in, origin=origin
    )


@router.get("/{task_id}", response_model=TaskRead, responses=error_responses(*AUTH_ERRORS, 404))
async def get_task(task_id: TaskId, caller: PathUser, session: SessionDep) -> TaskRead:
    """One task."""
    return await service.get(session=session, user_id=caller.user_id, task_id=task_id)


@router.put("/{task_id}", response_model=TaskRead, responses=error_responses(*AUTH_ERRORS, 404))
async def replace_task(
    task_id: TaskId, task_in: TaskReplace, caller: PathUser, session: SessionDep, origin: OriginDep
) -> TaskRead:
    """Replace a task: fields left out return to their defaults."""
    return await service.replace(
        session=session, user_id=caller.user_id, task_id=task_id, task_in=task_in, origin=origin
    )


@router.patch("/{task_id}", response_model=TaskRead, responses=error_responses(*AUTH_ERRORS, 404))
async def update_task(
    task_id: TaskId, task_in: TaskUpdate, caller: PathUser, session: SessionDep, origin: OriginDep
) -> TaskRead:
    """Change only the fields sent."""
    return await service.update(
        session=session, user_id=caller.user_id, task_id=task_id, task_in=task_in, origin=origin
    )


@router.delete(
    "/{task_id}",
    status_code=204,
    response_class=Response,
    responses=error_responses(*AUTH_ERRORS, 404),
)
async def delete_task(
    task_id: TaskId, caller: PathUser, session: SessionDep, origin: OriginDep
) -> Response:
    """Move a task to the trash (`?status=deleted` lists it; restore or undo bring it back).
    A task already in the trash answers 404."""
    await service.delete(session=session, user_id=caller.user_id, task_id=task_id, origin=origin)
    return Response(status_code=204)


@router.post(
    "/{task_id}/restore", response_model=TaskRead, responses=error_responses(*AUTH_ERRORS, 404)
)
async def restore_task(
    task_id: TaskId, caller: PathUser, session: SessionDep, origin: OriginDep
) -> TaskRead:
    """Bring a task back from the trash exactly as it was; 404 when it is not in the trash."""
    return await service.restore(
        session=session, user_id=caller.user_id, task_id=task_id, origin=origin
    )


@router.patch(
    "/{task_id}/complete", response_model=TaskRead, responses=error_responses(*AUTH_ERRORS, 404)
)
async def toggle_task_completion(
    task_id: TaskId,
    caller: PathUser,
    session: SessionDep,
    origin: OriginDep,
    for_good: Annotated[
        bool, Query(description="Complete a repeating task and end its repeat")
    ] = False,
) -> TaskRead:
    """Toggle completion: pending becomes completed and back.

    A repeating task moves to its next date and stays pending, unless `for_good=true`.
    """
    return await service.set_completed(
        session=session, user_id=caller.user_id, task_id=task_id, for_good=for_good, origin=origin
    )


@tags_router.get("", response_model=list[TagCount], responses=error_responses(*AUTH_ERRORS))
async def list_tags(caller: PathUser, session: SessionDep) -> list[TagCount]:
    """The caller's tags, by name, with how many tasks carry each."""
    return await service.get_tags(session=session, user_id=caller.user_id)


@history_router.get("/activity", response_model=ChangeList, responses=error_responses(*AUTH_ERRORS))
async def list_activity(
    caller: PathUser,
    session: SessionDep,
    limit: Annotated[int, Query(ge=1, le=LIST_LIMIT_MAX)] = 50,
    offset: Annotated[int, Query(ge=0, le=OFFSET_MAX)] = 0,
) -> ChangeList:
    """The caller's task changes, newest first: each with its fields before and after, the
    door it came through (rest, web, chat, mcp) and its group (one request, tool call or
    chat turn)."""
    return await service.get_changes(
        session=session, user_id=caller.user_id, limit=limit, offset=offset
    )


@history_router.post(
    "/undo", response_model=UndoResult, responses=error_responses(*AUTH_ERRORS, 409)
)
async def undo(caller: PathUser, session: SessionDep, origin: OriginDep) -> UndoResult:
    """Revert the caller's latest change group not yet undone, whatever door made it;
    409 when there is nothing to undo. Undoing again reverts the group before."""
    return await service.undo(session=session, user_id=caller.user_id, origin=origin)
