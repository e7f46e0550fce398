"""Debian's Chromium for the browser tests, driven by Playwright through `executable_path`
(nothing downloads a browser build; `.ci/install-browser` installs it in CI)."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
LAUNCH_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",  # containers often give /dev/shm only 64 MB
]


def chromium_or_skip() -> Path:
    """Debian's Chromium; a skip with the reason outside CI, a failure in CI."""
    if not CHROMIUM.exists():
        reason = f"{CHROMIUM} is missing: install Debian's chromium (run .ci/install-browser)"
        if os.environ.get("CI") == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    return CHROMIUM


def require_playwright() -> None:
    """Skip the calling test module when Playwright (the `browser` group) is missing.

    Call it before importing playwright. Outside CI the module is skipped with the reason;
    in CI it fails, unless the run leaves the browser tests out on purpose
    (`TODOCHAT_WITHOUT_BROWSER=1`, as `.ci/lowest-direct` does).
    """
    if importlib.util.find_spec("playwright") is not None:
        return
    reason = "Playwright is not installed: `uv sync --group browser`"
    if os.environ.get("CI") == "true" and os.environ.get("TODOCHAT_WITHOUT_BROWSER") != "1":
        pytest.fail(reason, pytrace=False)
    pytest.skip(reason, allow_module_level=True)
