"""The one pagination rule: a page of items, the total that match, and the page's bounds.

Every list the API answers is a `Page[...]` filled by `paginate`, so `limit`/`offset` and
the total are counted the same way everywhere (Polar's generic list resource).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from pydantic import BaseModel
from sqlalchemy import func
from sqlmodel import select
from sqlmodel.ext.asyncio.session import AsyncSession
from sqlmodel.sql.expression import SelectOfScalar

ItemT = TypeVar("ItemT")
RowT = TypeVar("RowT")


class Page(BaseModel, Generic[ItemT]):
    """One page of a list and how many items match in all."""

    items: list[ItemT]
    total: int
    limit: int
    offset: int


async def paginate(
    session: AsyncSession, statement: SelectOfScalar[RowT], *, limit: int, offset: int
) -> tuple[Sequence[RowT], int]:
    """The rows of one page of an ordered `statement`, and the number of rows it matches."""
    counted: Any = statement.order_by(None).subquery()
    total = (await session.exec(select(func.count()).select_from(counted))).one()
    rows = (await session.exec(statement.limit(limit).offset(offset))).all()
    return rows, total
