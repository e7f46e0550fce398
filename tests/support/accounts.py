"""A registered test account and its bearer headers."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Account:
    """A registered built-in account and its bearer headers."""

    id: str
    email: str
    token: str

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}

    def path(self, rest: str = "") -> str:
        return f"/api/{self.id}{rest}"
