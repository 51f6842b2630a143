# Rendered from overlays/package/__init__.py by scripts/regenerate.py. Do not edit: change the overlay and regenerate.
"""Typed clients for Alibaba Cloud and Volcengine media APIs.

One package per service, each generated from its OpenAPI spec::

    from cloudmedia.pds import PdsClient    # Photo and Drive Service, ScanFile
    from cloudmedia.imm import ImmClient    # Intelligent Media Management, BatchGetFileMeta
    from cloudmedia.vod import VodClient    # ApsaraVideo VOD, ListAIImageInfo
    from cloudmedia.ice import IceClient    # Intelligent Media Services, SearchMediaByFace
    from cloudmedia.nta import NtaClient    # Volcengine NTA, CreateFileDetection

The names below are shared by all of them. Importing this package imports no client.
"""

from ._runtime import __version__
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
