"""The plan stage, the basic requests (add, show all / pending / done, done, delete, set a date)
said in Roman Urdu, Spanish, Taglish and Indonesian-English, with each language's particles
("yaar", "na", "po", "yung", "ko", "please", "porfa", "hai", "do", "karo", "kar do") in
several word orders, and listing questions worded loosely ("show me all tasks including
completed one", "ano na natapos ko? i mean what did i finish", "1. add X 2. remove Y 3. show
my list"). Every word is in ``languages/*.toml``; a language is added without code.

Never harm: a statement in one of these languages that asks nothing ("bijli ka bill bohat
zyada aya", "ammi naraz ho gayi", "la factura llegó muy alta") changes nothing, and a deed told
in another language that fits several tasks asks which. Not covered: a request whose verb is
only in the language's own words with no rule for it yet (each language lists its verbs), and
words of a title translated to match an English task (only the ``match_as`` words are)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.assistant.offline.harness import ChatSession, TaskStore
from tests.assistant.offline.plan.seeded import assert_changes, played_new

LIST = "Buy milk|Call mom|Pay rent:done"


@pytest.mark.parametrize(
    "said",
    [
        "show me all tasks including completed one",
        "yaar meri list dikhao, sab kuch, jo ho gaye wo bhi",
        "meri poori list dikhao, done wale bhi",
        "sab kuch dikhao na, jo ho gaye wo bhi",
        "muéstrame todas las tareas, también las completadas",
        "pakita mo nga yung list ko",
    ],
)
async def test_every_task_asked_for_is_listed(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    reply = await assert_changes(store, session_for, LIST, [said])
    assert all(title in reply for title in ("Buy milk", "Call mom", "Pay rent"))


@pytest.mark.parametrize(
    "said",
    [
        "ano na natapos ko? i mean what did i finish already haha",
        "i mean what did i finish already",
        "ano na natapos ko?",
        "ano yung mga tapos na?",
        "alin yung mga nagawa ko na po",
        "jo ho gaye wo dikhao na",
    ],
)
async def test_the_done_ones_asked_for_are_listed(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    reply = await assert_changes(store, session_for, LIST, [said])
    assert "Pay rent" in reply and "Buy milk" not in reply and "rename" not in reply


async def test_numbers_of_a_list_of_requests_are_markers(
    store: TaskStore, session_for: Callable[..., ChatSession]
) -> None:
    seeds = "Buy milk|Fix motor|Pay rent:done"
    said = "1. add buy rice 5kg 2. remove task fix motor 3. show my list"
    assert await played_new(store, session_for, seeds, [said]) == ["Buy rice 5kg"]
    assert "Fix motor" not in store.titles()


URDU = "Doodh lena|Ammi ko call karna|Bijli ka bill bharna:done"


@pytest.mark.parametrize(
    ("said", "title"),
    [
        (
            "yaar yaad se bijli ka bill jama karwana hai, pichli baar late fee lag gayi thi. "
            "list mein daal do",
            "Bijli ka bill jama karwana",
        ),
        ("bijli ka bill jama karwana hai. list mein daal do", "Bijli ka bill jama karwana"),
        ("yaar sabzi lani hai, list mein daal do", "Sabzi lani"),
        ("sabzi lani hai yaar, add kar do please", "Sabzi lani"),
        ("please sabzi lani hai add kar do na", "Sabzi lani"),
        ("list mein daal do yaar - sabzi lena", "Sabzi lena"),
    ],
)
async def test_an_urdu_add_keeps_only_the_task(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, title: str
) -> None:
    assert await played_new(store, session_for, URDU, [said]) == [title]


@pytest.mark.parametrize(
    ("said", "change"),
    [
        ("doodh le liya yaar", "done"),
        ("doodh wala task done kar do please", "done"),
        ("doodh wala hata do yaar", "deleted"),
        ("please doodh wala list se nikal do", "deleted"),
        ("doodh wala task kal ke liye kar do please", "@2026-11-24"),
        ("doodh lena friday ko kar do", "@2026-11-27"),
    ],
)
async def test_an_urdu_request_changes_the_task(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, change: str
) -> None:
    await assert_changes(store, session_for, URDU, [said], {"Doodh lena": change})


GIFTS = "Ali ki shaadi ka gift lena|Gift card for Sana's birthday"


@pytest.mark.parametrize(
    "said",
    [
        "Ali ki shaadi cancel ho gayi hai yaar, gift wala task hata do please",
        "Ali ki shaadi cancel ho gayi, gift wala hata do",
    ],
)
async def test_the_gift_of_what_was_called_off_is_deleted(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    await assert_changes(
        store, session_for, GIFTS, [said], {"Ali ki shaadi ka gift lena": "deleted"}
    )


SPANISH = "Comprar leche|Llamar a mamá|Pagar la luz:done"


@pytest.mark.parametrize(
    "said",
    [
        "mueve llamar a mamá para el viernes",
        "cambia llamar a mamá al viernes",
        "cambia la fecha de llamar a mamá al viernes",
    ],
)
async def test_a_spanish_task_put_on_a_day(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    await assert_changes(store, session_for, SPANISH, [said], {"Llamar a mamá": "@2026-11-27"})


DENTIST = "Dentist appointment|Buy milk"


@pytest.mark.parametrize(
    "said",
    [
        "pa-set po yung dentist appt ko tomorrow at 3pm, thank u",
        "set yung dentist appt ko tomorrow at 3pm",
        "pa-move naman yung dentist appt ko sa friday",
        "set mo nga yung dentist appt bukas ng 5pm",
    ],
)
async def test_a_taglish_date_set_changes_the_task(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    new = await played_new(store, session_for, DENTIST, [said])
    assert len(new) == 1 and new[0].startswith("Dentist appointment@")


@pytest.mark.parametrize(
    ("said", "title"),
    [("add mo nga yung buy eggs", "Buy eggs"), ("pa-add po ng buy eggs", "Buy eggs")],
)
async def test_a_taglish_add_keeps_only_the_task(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, title: str
) -> None:
    assert await played_new(store, session_for, DENTIST, [said]) == [title]


@pytest.mark.parametrize(
    "said",
    [
        "sudah transfer the arisan money, done yaa",
        "udah transfer arisan money",
    ],
)
async def test_an_indonesian_deed_is_done(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str
) -> None:
    await assert_changes(
        store,
        session_for,
        "Transfer arisan money|Buy milk",
        [said],
        {"Transfer arisan money": "done"},
    )


@pytest.mark.parametrize(
    ("seeds", "said"),
    [
        (URDU, "bijli ka bill bohat zyada aya"),
        (URDU, "ammi naraz ho gayi"),
        (URDU, "doodh mehnga ho gaya"),
        (URDU, "ammi ka phone aya tha"),
        (URDU, "doodh khatam ho gaya"),
        (SPANISH, "la factura de la luz llegó muy alta"),
        (SPANISH, "mamá está enferma"),
        (GIFTS, "Ali ki shaadi cancel ho gayi hai yaar"),
        (GIFTS, "gift wala task hata do please"),
        ("Transfer arisan money|Transfer rent money", "sudah transfer the money, done yaa"),
        ("Transfer arisan money|Buy milk", "belum transfer the arisan money"),
        ("Transfer arisan money|Buy milk", "sudah transfer the arisan money?"),
    ],
)
async def test_news_or_a_deed_of_several_changes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], seeds: str, said: str
) -> None:
    await assert_changes(store, session_for, seeds, [said])


INDONESIAN = "Bayar listrik|Beli susu|Telpon ibu:done"


@pytest.mark.parametrize(
    ("said", "change"),
    [
        ("udah bayar listrik", "done"),
        ("bayar listrik udah ya", "done"),
        ("bayar listrik sudah done", "done"),
        ("tandai bayar listrik selesai", "done"),
        ("hapus bayar listrik dong", "deleted"),
        ("tolong hapus bayar listrik ya", "deleted"),
        ("pindahin bayar listrik ke besok", "@2026-11-24"),
    ],
)
async def test_an_indonesian_request_changes_the_task(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, change: str
) -> None:
    await assert_changes(store, session_for, INDONESIAN, [said], {"Bayar listrik": change})


@pytest.mark.parametrize(
    ("seeds", "said"),
    [
        ("Bayad kuryente|Buy milk", "ang mahal ng milk ngayon"),
        ("Bayad kuryente|Buy milk", "na-late ako sa meeting"),
        (INDONESIAN, "listrik mahal banget bulan ini"),
        (INDONESIAN, "belum bayar listrik nih"),
        (INDONESIAN, "udah makan belum?"),
    ],
)
async def test_taglish_or_indonesian_news_changes_nothing(
    store: TaskStore, session_for: Callable[..., ChatSession], seeds: str, said: str
) -> None:
    await assert_changes(store, session_for, seeds, [said])


@pytest.mark.parametrize(
    ("said", "title"),
    [
        ("add ko lang yung grocery", "Grocery"),
        ("add beli roti ke list ya", "Beli roti"),
        ("tambahin beli roti besok dong", "Beli roti@2026-11-24"),
        ("bibili ako ng gatas bukas", "Bibili ako ng gatas@2026-11-24"),
    ],
)
async def test_a_taglish_or_indonesian_add_keeps_only_the_task(
    store: TaskStore, session_for: Callable[..., ChatSession], said: str, title: str
) -> None:
    assert await played_new(store, session_for, "Buy milk", [said]) == [title]
