"""The test PostgreSQL server (CI starts one: .ci/with-postgres), for fixtures and for tests that talk to the
server itself; imported by name, not from conftest (two conftest modules would make that import ambiguous)."""

from __future__ import annotations

import os

import pytest

PG_URL = os.environ.get("KIOSK_TEST_POSTGRES_URL", "")


def postgres_url_or_skip() -> str:
    if PG_URL:
        return PG_URL
    if os.environ.get("CI"):
        pytest.fail("KIOSK_TEST_POSTGRES_URL is not set: run the tests through `make test` (.ci/with-postgres).")
    pytest.skip("no PostgreSQL server (set KIOSK_TEST_POSTGRES_URL or run `make test`)")
