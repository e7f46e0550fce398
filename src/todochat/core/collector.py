"""The garbage collector of a serving process: the loaded heap frozen, young collections rarer.

A server that has loaded the agent stack keeps about 310,000 objects that live as long as
the process (modules, classes, the SDK's and pydantic's schemas). CPython's cycle collector
walks all of them at every full collection, and under 50 users it ran one about every 100
turns, with a young collection every 700 container allocations: about 3 ms of CPU a turn in
all, on the one event loop every user waits on. `settle()` runs once the assistant is up
(the last part of the app to load, `create_app(settle_heap=True)`, which `todochat serve`
passes for each process):

- `gc.freeze()` moves every object alive then into the permanent generation, which no
  collection walks: full collections only see what the turns made since. Garbage alive at
  that moment (cycles left by the imports) is kept, a few hundred kilobytes at most.
- The young generation's threshold goes from 700 to YOUNG_THRESHOLD allocations: most of a
  turn's objects are freed by reference counting before a collection would look at them,
  so each collection finds about as much garbage in fewer passes. Cyclic garbage waits
  longer to be freed: at most YOUNG_THRESHOLD containers more, a few megabytes.

Tests and in-process clients leave their own process's collector alone (the default).
"""

from __future__ import annotations

import gc
import logging

logger = logging.getLogger("todochat")

YOUNG_THRESHOLD = 10_000


def settle() -> None:
    """Freeze the objects alive now and raise the young generation's threshold."""
    gc.freeze()
    _, middle, old = gc.get_threshold()
    gc.set_threshold(YOUNG_THRESHOLD, middle, old)
    logger.debug("garbage collector: %d objects frozen", gc.get_freeze_count())
