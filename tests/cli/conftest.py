"""Fixtures of the command-line tests: the signature-verifying emulator (accepting the test credentials), a stub
for what the emulator does not do, and a CLI runner bound to an empty home directory."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from cloudmedia.emulator import Emulator

from ._cli_support import EMULATOR_CREDENTIALS, ICE_TOTAL, PDS_FILES, Cli, StubService


@pytest.fixture
def emu() -> Iterator[Emulator]:
    with Emulator(0, EMULATOR_CREDENTIALS, pds_files=PDS_FILES, ice_total=ICE_TOTAL) as emulator:
        yield emulator
    assert emulator.internal_errors == []


@pytest.fixture
def stub() -> Iterator[StubService]:
    with StubService() as service:
        yield service


@pytest.fixture
def home(tmp_path: Path) -> Path:
    path = tmp_path / "home"
    path.mkdir()
    return path


@pytest.fixture
def cli(home: Path) -> Cli:
    return Cli(home)
