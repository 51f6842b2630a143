"""Test material for the command line: test credentials, the CLI runner, sample arguments, a signature checker,
and a minimal stub service for the few answers the emulator does not give.

Every CLI run goes through :func:`run_cli`, which runs the real console script in a subprocess and fails the
test if any of the test secrets (AccessKey secrets, security/session tokens, the PDS access token) appears in
its stdout or stderr.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import os
import re
import subprocess
import sys
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Self
from urllib.parse import quote_plus, unquote_plus

import httpx
import yaml
from cloudmedia._runtime.credentials_types import AccessToken, AlibabaCredentials, VolcengineCredentials
from cloudmedia._runtime.model import OperationModel, ServiceModel
from cloudmedia._runtime.signing import acs3, pds, rpc_v1, volcengine
from cloudmedia._runtime.signing._encoding import parse_query
from cloudmedia.emulator import Emulator, RequestRecord

REPO_ROOT = Path(__file__).resolve().parents[2]

# --------------------------------------------------------------------------------------------- credentials

ALI_AK = "LTAI5tCliTestKeyId"
ALI_SK = "CliTestSecret/9Zq+Wv=xK2"
ALI_STS_AK = "STS.CliTestStsKeyId"
ALI_STS_SK = "CliTestStsSecret/4Hn+Qe=pR7"
ALI_STS = "CAIS+CliTestSecurityToken/7hQ2==.sts"
PDS_TOKEN = "eyJhbGciOiJSUzI1NiJ9.CliTestPdsAccessToken.c2ln+/="
VOLC_AK = "AKLTCliTestVolcKeyId"
VOLC_SK = "Q2xpVGVzdFZvbGNTZWNyZXRLZXk9PQ=="
VOLC_STS_AK = "AKTPCliTestVolcStsKeyId"
VOLC_STS_SK = "Q2xpVGVzdFZvbGNTdHNTZWNyZXQ9PQ=="
VOLC_TOKEN = "nChZVYW.CliTestVolcSessionToken+/=="

#: Values that must never appear in any output of the command line.
SECRETS = (ALI_SK, ALI_STS_SK, ALI_STS, PDS_TOKEN, VOLC_SK, VOLC_STS_SK, VOLC_TOKEN)

#: AccessKey id -> (secret, token).
KEYS = {
    ALI_AK: (ALI_SK, None),
    ALI_STS_AK: (ALI_STS_SK, ALI_STS),
    VOLC_AK: (VOLC_SK, None),
    VOLC_STS_AK: (VOLC_STS_SK, VOLC_TOKEN),
}

#: The emulator's seeded data for these tests: small, so paging through it takes a few requests.
PDS_FILES = 5
ICE_TOTAL = 5

#: What the emulator accepts: every credential above.
EMULATOR_CREDENTIALS = (
    AlibabaCredentials(ALI_AK, ALI_SK),
    AlibabaCredentials(ALI_STS_AK, ALI_STS_SK, ALI_STS),
    VolcengineCredentials(VOLC_AK, VOLC_SK),
    VolcengineCredentials(VOLC_STS_AK, VOLC_STS_SK, VOLC_TOKEN),
    AccessToken(PDS_TOKEN),
)

_CREDENTIAL_PREFIXES = ("ALIBABA_CLOUD_", "VOLCENGINE_", "VOLC_", "CLOUDMEDIA_")


def credentials_env(
    *, sts: bool = True, pds_token: bool = False, alibaba: bool = True, volcengine: bool = True
) -> dict[str, str]:
    """Environment variables holding the test credentials (STS ones by default: the most to leak)."""
    env: dict[str, str] = {}
    if alibaba:
        env["ALIBABA_CLOUD_ACCESS_KEY_ID"] = ALI_STS_AK if sts else ALI_AK
        env["ALIBABA_CLOUD_ACCESS_KEY_SECRET"] = ALI_STS_SK if sts else ALI_SK
        if sts:
            env["ALIBABA_CLOUD_SECURITY_TOKEN"] = ALI_STS
    if volcengine:
        env["VOLCENGINE_ACCESS_KEY"] = VOLC_STS_AK if sts else VOLC_AK
        env["VOLCENGINE_SECRET_KEY"] = VOLC_STS_SK if sts else VOLC_SK
        if sts:
            env["VOLCENGINE_SESSION_TOKEN"] = VOLC_TOKEN
    if pds_token:
        env["CLOUDMEDIA_PDS_ACCESS_TOKEN"] = PDS_TOKEN
    return env


# --------------------------------------------------------------------------------------------- the CLI

_SCRIPT = Path(sys.executable).with_name("cloudmedia")
CLI = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-m", "cloudmedia.cli"]


@dataclass
class Result:
    args: list[str]
    code: int
    stdout: str
    stderr: str

    def json(self) -> Any:
        return json.loads(self.stdout)

    def json_lines(self) -> list[Any]:
        return [json.loads(line) for line in self.stdout.splitlines() if line.strip()]


def assert_no_secret(*texts: str) -> None:
    for text in texts:
        for secret in SECRETS:
            assert secret not in text, f"a test secret leaked into the output: {secret[:8]}..."


def clean_env(home: Path, extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """The process environment without any credential variable, with an empty home (no profile files)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(_CREDENTIAL_PREFIXES)}
    env["HOME"] = str(home)
    env["ALIBABA_CLOUD_CLI_PROFILE_DISABLED"] = "true"
    env.update(extra or {})
    return env


def run_cli(
    *args: str,
    home: Path,
    env: Mapping[str, str] | None = None,
    command: list[str] | None = None,
    timeout: float = 60,
    **popen: Any,
) -> Result:
    """Run the console script; scan both outputs for the test secrets."""
    argv = [*(command or CLI), *args]
    popen.setdefault("stdout", subprocess.PIPE)
    popen.setdefault("stderr", subprocess.PIPE)
    proc = subprocess.run(argv, env=clean_env(home, env), text=True, timeout=timeout, check=False, **popen)
    result = Result(list(args), proc.returncode, proc.stdout or "", proc.stderr or "")
    assert_no_secret(result.stdout, result.stderr)
    return result


def last_request(emu: Emulator) -> RequestRecord:
    """The emulator's record of the last request it received."""
    record = emu.requests.last
    assert record is not None, "the emulator received no request"
    return record


class Cli:
    """The ``cli`` fixture: ``run_cli`` bound to the test's home directory."""

    def __init__(self, home: Path) -> None:
        self.home = home

    def __call__(self, *args: str, env: dict[str, str] | None = None, **kwargs: Any) -> Result:
        return run_cli(*args, home=self.home, env=env, **kwargs)


# --------------------------------------------------------------------------------------------- the services


def service_models() -> dict[str, ServiceModel]:
    """Package name -> SERVICE, for every generated client package."""
    from cloudmedia.cli._commands import service_names

    return {name: importlib.import_module(f"cloudmedia.{name}._service").SERVICE for name in service_names()}


def kebab(name: str) -> str:
    return name.replace("_", "-")


def _resolve(spec: Mapping[str, Any], node: Mapping[str, Any]) -> Mapping[str, Any]:
    while "$ref" in node:
        target: Any = spec
        for part in node["$ref"].lstrip("#/").split("/"):
            target = target[part]
        node = target
    return node


@cache
def spec_examples() -> dict[tuple[str, str], Any]:
    """``(action, wire name) -> example`` of every request parameter, from the specs."""
    out: dict[tuple[str, str], Any] = {}
    for path in sorted((REPO_ROOT / "specs").glob("*/*.yaml")):
        spec = yaml.safe_load(path.read_text(encoding="utf-8"))
        for item in spec.get("paths", {}).values():
            for op in item.values():
                if not isinstance(op, dict) or "x-cloudmedia" not in op:
                    continue
                action = op["x-cloudmedia"]["action"]
                for param in op.get("parameters", ()):
                    param = _resolve(spec, param)
                    example = param.get("example", param.get("schema", {}).get("example"))
                    if example is not None:
                        out[action, param["name"]] = example
                body = op.get("requestBody", {}).get("content", {}).get("application/json", {})
                schema = _resolve(spec, body.get("schema", {}))
                for name, prop in schema.get("properties", {}).items():
                    if "example" in _resolve(spec, prop):
                        out[action, name] = _resolve(spec, prop)["example"]
    return out


def sample_value(schema: Mapping[str, Any]) -> Any:
    """A Python value satisfying a parameter schema (when the spec has no example)."""
    kind = schema.get("type")
    if kind == "array":
        return [sample_value(schema.get("items") or {})] * max(1, int(schema.get("minItems", 1)))
    if "enum" in schema:
        return schema["enum"][0]
    if kind == "integer":
        return int(schema.get("minimum", 1))
    if kind == "number":
        return float(schema.get("minimum", 1))
    if kind == "boolean":
        return True
    if kind == "object":
        return {}
    return "x" * max(1, int(schema.get("minLength", 1)))


def _flag_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return json.dumps(value) if isinstance(value, dict) else str(value)


def required_kwargs(op: OperationModel) -> dict[str, Any]:
    """Keyword arguments for the client method: every required parameter, with the spec's example value."""
    examples = spec_examples()
    out = {}
    for p in op.params:
        if p.required and "const" not in p.schema:
            value = examples.get((op.action, p.wire), sample_value(p.schema))
            out[p.python] = [value] if p.schema.get("type") == "array" and not isinstance(value, list) else value
    return out


def required_args(op: OperationModel) -> list[str]:
    """The same arguments as flags (arrays repeat the flag)."""
    args: list[str] = []
    for name, value in required_kwargs(op).items():
        for item in value if isinstance(value, list) else [value]:
            args += [f"--{kebab(name)}", _flag_value(item)]
    return args


def without_request_ids(data: Any) -> Any:
    """A response without the ids that differ between two calls (``RequestId``, ``ResponseMetadata.RequestId``)."""
    if isinstance(data, dict):
        return {k: without_request_ids(v) for k, v in data.items() if k not in ("RequestId", "requestId")}
    return data


def client_for(service: ServiceModel, client_cls: type[Any], url: str) -> Any:
    """A Python client of ``service`` for the emulator at ``url``, with the plain test AccessKey."""
    if service.vendor == "volcengine":
        return client_cls(credentials=VolcengineCredentials(VOLC_AK, VOLC_SK), endpoint_url=url)
    return client_cls(credentials=AlibabaCredentials(ALI_AK, ALI_SK), endpoint_url=url)


# --------------------------------------------------------------------------------------------- stub service


@dataclass
class Recorded:
    method: str
    target: str
    headers: list[tuple[str, str]]
    body: bytes

    @property
    def action(self) -> str | None:
        for name, value in self.headers:
            if name.lower() == "x-acs-action":
                return value
        return dict(parse_query(self.target.partition("?")[2])).get("Action")


Reply = tuple[int, Mapping[str, str], Any]


@dataclass
class StubService:
    """A local HTTP service answering ``handlers[action](request) -> (status, headers, JSON body)``: for answers
    the emulator does not give (a service repeating a page marker)."""

    handlers: dict[str, Callable[[Recorded], Reply]] = field(default_factory=dict)
    requests: list[Recorded] = field(default_factory=list)

    def __post_init__(self) -> None:
        stub = self

        class _Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                recorded = Recorded(self.command, self.path, list(self.headers.items()), self.rfile.read(length))
                stub.requests.append(recorded)
                status, headers, payload = stub.handlers[recorded.action or ""](recorded)
                data = json.dumps(payload).encode("utf-8")
                self.send_response(status)
                for name, value in {"content-type": "application/json", **headers}.items():
                    self.send_header(name, value)
                self.send_header("content-length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        assert isinstance(host, str)
        return f"http://{host}:{port}"

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()


# --------------------------------------------------------------------------------------------- signatures

_TOKEN_HEADERS = ("x-acs-security-token", "x-security-token", "x-acs-bearer-token")


def unmasked(record: Mapping[str, Any]) -> dict[str, Any]:
    """A ``--dry-run`` record with the masked tokens put back (the test knows them): the request as sent."""
    auth = next((v for k, v in record["headers"].items() if k.lower() == "authorization"), "")
    key_id = re.search(r"(?:Credential=|acs )([^/,:]+)", auth)
    query_key = re.search(r"[?&]AccessKeyId=([^&]+)", record["url"])
    access_key_id = key_id.group(1) if key_id else unquote_plus(query_key.group(1)) if query_key else None
    token = KEYS.get(access_key_id or "", (None, None))[1]
    headers = {}
    for name, value in record["headers"].items():
        lowered = name.lower()
        if value == "***" and lowered == "x-acs-bearer-token":
            value = PDS_TOKEN
        elif value == "***" and lowered in _TOKEN_HEADERS:
            value = token
        elif lowered == "authorization" and value == "Bearer ***":
            value = f"Bearer {PDS_TOKEN}"
        headers[name] = value
    url = record["url"]
    if token:
        url = url.replace("SecurityToken=***", "SecurityToken=" + quote_plus(token, safe=""))
    return {**record, "url": url, "headers": headers}


def replay(record: Mapping[str, Any]) -> httpx.Response:
    """Send a ``--dry-run`` record, tokens restored, byte for byte (no header added)."""
    real = unmasked(record)
    request = httpx.Request(
        real["method"], real["url"], headers=list(real["headers"].items()), content=real["body"].encode("utf-8")
    )
    with httpx.Client() as client:
        return client.send(request)


def verify_signature(record: Mapping[str, Any]) -> str:
    """Check the signature of a ``--dry-run`` record with the test credentials (masked tokens are put back
    first); return the scheme found. Uses the official SDK's signing utilities where they can be called on their
    own (ACS3, RPC, PDS), the runtime's functions for Volcengine."""
    from alibabacloud_tea_openapi.utils import Utils
    from darabonba.request import DaraRequest

    record = unmasked(record)
    method = record["method"]
    url = httpx.URL(record["url"])
    path = url.raw_path.decode("ascii").partition("?")[0] or "/"
    query = parse_query(url.query)
    headers = {k.lower(): v for k, v in record["headers"].items()}
    body = record["body"].encode("utf-8")
    auth = headers.get("authorization", "")

    if auth.startswith(acs3.ALGORITHM):
        ak, signed, sig = acs3.parse_authorization(auth)
        secret, token = KEYS[ak]
        assert headers.get("x-acs-security-token") == token
        payload = hashlib.sha256(body).hexdigest()
        assert headers["x-acs-content-sha256"] == payload
        ours = acs3.signature(
            secret, acs3.string_to_sign(acs3.canonical_request(method, path, query, headers, signed, payload))
        )
        assert ours == sig
        request = DaraRequest()
        request.method, request.pathname, request.query = method, path, dict(query)
        request.headers = {n: headers[n] for n in signed}
        assert Utils.get_authorization(request, acs3.ALGORITHM, payload, ak, secret) == auth
        return "acs3"
    if any(k == "Signature" for k, _ in query):
        params = dict(query)
        sent = params.pop("Signature")
        secret, token = KEYS[params["AccessKeyId"]]
        assert params.get("SecurityToken") == token
        assert rpc_v1.signature(secret, rpc_v1.string_to_sign(method, params.items())) == sent
        assert Utils.get_rpcsignature(params, method, secret) == sent
        return "rpc-hmac-sha1"
    if auth.startswith("acs "):
        from alibabacloud_gateway_pds.client import Client as PdsGateway

        ak, sig = pds.parse_authorization(auth)
        secret, token = KEYS[ak]
        assert headers.get("x-acs-security-token") == token
        assert pds.signature(secret, pds.string_to_sign(method, path, query, headers)) == sig
        assert PdsGateway().get_authorization(path, method, dict(query), headers, ak, secret) == auth
        return "pds-hmac-sha1"
    if auth.startswith(volcengine.ALGORITHM):
        ak, scope, signed, sig = volcengine.parse_authorization(auth)
        secret, token = KEYS[ak]
        assert headers.get("x-security-token") == token
        x_date = headers["x-date"]
        _, region, service, _ = scope.split("/")
        payload = hashlib.sha256(body).hexdigest()
        assert headers["x-content-sha256"] == payload
        creq = volcengine.canonical_request(method, path, query, headers, signed, payload)
        key = volcengine.signing_key(secret, x_date, region, service)
        assert volcengine.signature(key, volcengine.string_to_sign(x_date, region, service, creq)) == sig
        return "volc-hmac-sha256"
    if auth.startswith("Bearer "):
        assert auth == f"Bearer {PDS_TOKEN}" and headers["x-acs-bearer-token"] == PDS_TOKEN
        return "bearer"
    raise AssertionError(f"no signature found in {sorted(headers)}")
