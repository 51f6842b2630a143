"""Every operation of every spec, sync and async, against the emulator: the same call gives the same parsed answer.

The operations come from the generated service models (a new operation in a spec is covered with no edit here: it
is called with its required parameters' documented examples, ``_clients_support.operation_args``). Each call is
signed, verified by the emulator and parsed into the generated model; the async twin and the raw-response view must agree with the sync call.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest
from _clients_support import operation_args
from cloudmedia.emulator import DEFAULT_CREDENTIALS, Emulator
from cloudmedia.ice import IceClient
from cloudmedia.imm import ImmClient
from cloudmedia.nta import NtaClient
from cloudmedia.pds import PdsClient
from cloudmedia.vod import VodClient

CLIENTS = {"pds": PdsClient, "imm": ImmClient, "vod": VodClient, "ice": IceClient, "nta": NtaClient}
OPERATIONS = [(kind, op) for kind, cls in CLIENTS.items() for op in cls._service.operations.values()]


@pytest.fixture(scope="module")
def emu() -> Iterator[Emulator]:
    with Emulator(0, job_polls=0) as emulator:
        yield emulator


def client(emu: Emulator, kind: str) -> Any:
    if kind == "nta":
        key = emu.credentials.volcengine_sts
        return NtaClient(
            region="cn-beijing",
            endpoint_url=emu.url,
            access_key_id=key.access_key_id,
            secret_access_key=key.secret_access_key,
            session_token=key.session_token,
        )
    if kind == "pds":
        return PdsClient(
            domain_id=emu.data.pds_domain_id, access_token=DEFAULT_CREDENTIALS.access_token.token, endpoint_url=emu.url
        )
    key = emu.credentials.alibaba_key
    return CLIENTS[kind](endpoint_url=emu.url, access_key_id=key.access_key_id, access_key_secret=key.access_key_secret)


def answer(model: Any) -> Any:
    """The parsed answer without what differs from call to call (request ids)."""
    data = model.to_dict()
    data.pop("RequestId", None)
    data.get("ResponseMetadata", {}).pop("RequestId", None)
    return data


@pytest.mark.parametrize(("kind", "op"), OPERATIONS, ids=[f"{k}-{op.name}" for k, op in OPERATIONS])
def test_operation_sync_async_and_raw_agree(emu: Emulator, kind: str, op: Any) -> None:
    args = operation_args(kind, op.name)
    before = emu.requests.total
    emu.jobs.clear()
    with client(emu, kind) as c:
        sync = getattr(c, op.python_name)(**args)
        emu.jobs.clear()  # a submission starts a job: the same call starts the same (seeded) job again
        raw = getattr(c.with_raw_response, op.python_name)(**args)

    async def run() -> Any:
        async with client(emu, kind) as c:
            return await getattr(c, op.python_name + "_async")(**args)

    emu.jobs.clear()
    asynced = asyncio.run(run())
    assert emu.requests.total - before == 3
    records = emu.requests.snapshot()[-3:]
    assert [(r.action, r.status) for r in records] == [(op.action, 200)] * 3
    assert all(r.scheme for r in records)  # every request signature-verified
    assert type(sync) is type(asynced) is type(raw.parsed)
    assert answer(sync) == answer(asynced) == answer(raw.parsed)
    assert raw.status_code == 200 and raw.request_id
