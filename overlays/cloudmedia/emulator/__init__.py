"""A local, signature-verifying emulator of every operation the cloudmedia clients call.

Every operation of every installed service model (PDS, IMM, VOD, ICE, Volcengine NTA), served from one HTTP/1.1
server on ``127.0.0.1`` that routes requests as the real endpoints do, verifies every signing scheme
(ACS3-HMAC-SHA256, legacy RPC HMAC-SHA1, PDS ``acs`` signatures and bearer tokens, Volcengine HMAC-SHA256,
STS/session tokens) against a configurable credential set, validates parameters from the service models, answers
from the specs' examples or deterministic seeded data (paging, file metadata, jobs that move through their states)
in the vendors' response and error shapes, and can inject faults. Start it from Python::

    from cloudmedia.emulator import Emulator

    with Emulator(port=0) as emu:
        creds = emu.credentials.alibaba_key
        client = ImmClient(access_key_id=creds.access_key_id, access_key_secret=creds.access_key_secret,
                           endpoint_url=emu.url)
        emu.faults.add("imm", status=503, times=1)
        ...
        assert emu.requests.last.status == 200

from pytest (``pytest_plugins = ["cloudmedia.emulator.pytest_plugin"]`` gives an ``emulator`` fixture), or from the
command line: ``cloudmedia-emulator --port 8080`` (``--help`` lists the options).
"""

from __future__ import annotations

from .accesslog import AccessLog, RequestRecord
from .auth import Principal
from .credentials import DEFAULT_CREDENTIALS, CredentialSet
from .dataset import PDS_DEFAULT_FIELDS, PDS_DEFAULT_LIMIT, DataSet
from .errors import EmulatedError
from .faults import Fault, FaultSet, parse_fault
from .server import Emulator

__all__ = [
    "DEFAULT_CREDENTIALS",
    "PDS_DEFAULT_FIELDS",
    "PDS_DEFAULT_LIMIT",
    "AccessLog",
    "CredentialSet",
    "DataSet",
    "EmulatedError",
    "Emulator",
    "Fault",
    "FaultSet",
    "Principal",
    "RequestRecord",
    "parse_fault",
]
