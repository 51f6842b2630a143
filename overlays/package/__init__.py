"""Typed clients for Alibaba Cloud and Volcengine media APIs.

One package per service, each generated from its OpenAPI spec::

    from cloudmedia.pds import PdsClient    # Photo and Drive Service, ScanFile
    from cloudmedia.imm import ImmClient    # Intelligent Media Management, BatchGetFileMeta
    from cloudmedia.vod import VodClient    # ApsaraVideo VOD, ListAIImageInfo
    from cloudmedia.ice import IceClient    # Intelligent Media Services, SearchMediaByFace
    from cloudmedia.nta import NtaClient    # Volcengine NTA, CreateFileDetection

The names below are shared by all of them. Importing this package imports no client.
"""

from typing import TYPE_CHECKING, Any

from ._runtime import __version__

# The shared names are imported on first access (PEP 562): ``import cloudmedia.imm`` pays only for what the
# client needs, not for this package's re-exports.
if TYPE_CHECKING:
    from ._runtime.credentials_types import AccessToken, AlibabaCredentials, VolcengineCredentials
    from ._runtime.errors import (
        ClientError,
        CloudMediaError,
        ConnectError,
        CredentialsError,
        InvalidResponseError,
        PaginationError,
        ParamValidationError,
        RequestTimeoutError,
        ServerError,
        ServiceError,
        ThrottlingError,
        TransportError,
    )
    from ._runtime.retry import RetryPolicy

_MODULES: dict[str, str] = {
    "AccessToken": "credentials_types",
    "AlibabaCredentials": "credentials_types",
    "VolcengineCredentials": "credentials_types",
    "ClientError": "errors",
    "CloudMediaError": "errors",
    "ConnectError": "errors",
    "CredentialsError": "errors",
    "InvalidResponseError": "errors",
    "PaginationError": "errors",
    "ParamValidationError": "errors",
    "RequestTimeoutError": "errors",
    "ServerError": "errors",
    "ServiceError": "errors",
    "ThrottlingError": "errors",
    "TransportError": "errors",
    "RetryPolicy": "retry",
}

__all__ = [
    "AccessToken",
    "AlibabaCredentials",
    "ClientError",
    "CloudMediaError",
    "ConnectError",
    "CredentialsError",
    "InvalidResponseError",
    "PaginationError",
    "ParamValidationError",
    "RequestTimeoutError",
    "RetryPolicy",
    "ServerError",
    "ServiceError",
    "ThrottlingError",
    "TransportError",
    "VolcengineCredentials",
    "__version__",
]


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(f"{__name__}._runtime.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
