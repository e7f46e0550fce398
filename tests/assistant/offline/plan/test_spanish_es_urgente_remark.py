"""The plan stage, a Spanish remark after a comma that says how urgent or when: "agrega comprar
pañales para la bebé, es urgente porfa" adds 'Comprar pañales para la bebé' at high priority;
"es importante" is high too, "es para mañana" / "es para el viernes" the due day. Before, the
title ended ', es' (or ', es important'). Never harm: "es para mamá" says who, and stays; a
question about the list changes nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes, expected, play


@pytest.mark.parametrize(
    ("said", "added", "priority"),
    [
        (
            "agrega comprar pañales para la bebé, es urgente porfa",
            "Comprar pañales para la bebé",
            "high",
        ),
        ("agrega llamar al plomero, es importante", "Llamar al plomero", "high"),
        ("apunta recoger a Sofi, es muy urgente", "Recoger a Sofi", "high"),
        ("añade comprar pan, es importante!", "Comprar pan", "high"),
        (
            "agrega llevar al perro al veterinario, es súper importante por favor",
            "Llevar al perro al veterinario",
            "high",
        ),
        ("agrega pagar la luz, esta urgente", "Pagar la luz", "high"),
        ("añade pagar el gas, es para mañana", "Pagar el gas@2026-11-24", None),
        ("anota renovar el pasaporte, es para el viernes", "Renovar el pasaporte@2026-11-27", None),
        ("agrega sacar la basura, son para hoy", "Sacar la basura@2026-11-23", None),
    ],
)
async def test_a_spanish_remark_sets_its_field_and_leaves_no_fragment(
    store: TaskStore,
    session_for: Callable[..., ChatSession],
    said: str,
    added: str,
    priority: str | None,
) -> None:
    state, _ = await play(store, session_for, "Seed", [said])
    assert state == expected(f"Seed|{added}", {})
    title = added.partition("@")[0]
    task = next(t for t in store.tasks.values() if t["title"] == title)
    level = task.get("priority")
    assert level == priority or (priority is None and level in (None, "medium", ""))


async def test_es_para_someone_stays_in_the_title(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    state, _ = await play(store, session_for, "Seed", ["agrega comprar flores, es para mamá"])
    assert state == expected("Seed|Comprar flores, es para mamá", {})


@pytest.mark.parametrize(
    "said",
    [
        "¿qué tengo pendiente? es urgente",
        "¿es urgente lo del gas?",
        "es importante, ya sabes",
        "¿es urgente?",
        "¿cuántas tareas tengo para mañana?",
    ],
)
async def test_a_spanish_remark_alone_changes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    await assert_changes(store, session_for, "Pagar el gas|Comprar pan", [said])
