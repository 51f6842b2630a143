"""Runtime test setup: every test starts with no secret value registered for masking (see ``logs.remember_secrets``),
so a value one test registers cannot mask the text another test asserts on."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from cloudmedia._runtime.logs import forget_secrets


@pytest.fixture(autouse=True)
def _no_registered_secrets() -> Iterator[None]:
    forget_secrets()
    yield
    forget_secrets()
