"""Fixtures of the client tests: the fault-injecting server, an isolated environment, client factories."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _clients_support import AK, SECRET, FaultServer, Nonces, Sleeps, Ticker, default_policy
from cloudmedia._runtime.logs import forget_secrets
from cloudmedia.ice import IceClient
from cloudmedia.imm import ImmClient
from cloudmedia.nta import NtaClient
from cloudmedia.pds import PdsClient
from cloudmedia.vod import VodClient

_CREDENTIAL_PREFIXES = ("ALIBABA_CLOUD_", "VOLCENGINE_", "VOLC_", "CLOUDMEDIA_")


@pytest.fixture(autouse=True)
def _no_registered_secrets() -> Iterator[None]:
    """No secret value registered for masking by an earlier test (see ``logs.remember_secrets``)."""
    forget_secrets()
    yield
    forget_secrets()


@pytest.fixture(autouse=True)
def isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """No credential variable from the real environment, and an empty home directory."""
    for name in list(os.environ):
        if name.startswith(_CREDENTIAL_PREFIXES):
            monkeypatch.delenv(name, raising=False)
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("USERPROFILE", raising=False)
    return home


@pytest.fixture
def server() -> Iterator[FaultServer]:
    srv = FaultServer().start()
    try:
        yield srv
    finally:
        srv.stop()


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


@pytest.fixture
def ticker() -> Ticker:
    return Ticker()


@pytest.fixture
def nonces() -> Nonces:
    return Nonces()


@pytest.fixture
def make_client(server: FaultServer, sleeps: Sleeps, ticker: Ticker, nonces: Nonces) -> Iterator[Callable[..., Any]]:
    """``make_client(kind, **overrides)``: a client of that service on the test server, with fixed credentials,
    the ticking clock, counted nonces, recorded sleeps and half-ceiling jitter. Closed at teardown."""
    made: list[Any] = []

    def make(kind: str, **overrides: Any) -> Any:
        common: dict[str, Any] = {
            "endpoint_url": server.url,
            "clock": ticker,
            "sleep": sleeps.sync,
            "async_sleep": sleeps.async_,
            "retry": default_policy(),
        }
        if kind == "nta":
            common.update(access_key_id=AK, secret_access_key=SECRET, region="cn-beijing")
        else:
            common.update(access_key_id=AK, access_key_secret=SECRET, nonce=nonces)
        if kind == "pds":
            common["domain_id"] = "d1"
        common.update(overrides)
        cls = {"pds": PdsClient, "imm": ImmClient, "vod": VodClient, "ice": IceClient, "nta": NtaClient}[kind]
        client = cls(**common)
        made.append(client)
        return client

    yield make
    for client in made:
        client.close()
