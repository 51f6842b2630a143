"""Request signers, one per scheme, as :class:`httpx.Auth` implementations.

Each signer's ``auth_flow`` signs the final request in place and yields it, so the sync and async clients share
one implementation and every attempt (retries included) is signed afresh. Each module also exposes the pure
functions of its scheme (canonical request, string to sign, signature) for verifying requests server-side.

Spec scheme name -> signer (see :data:`SCHEMES`):

- ``acs3``: :class:`AcsV3Signer`, ACS3-HMAC-SHA256, the default for Alibaba RPC APIs (IMM, VOD, ICE);
- ``rpc-hmac-sha1``: :class:`AcsRpcV1Signer`, the legacy RPC ``Signature`` query parameter;
- ``pds-hmac-sha1``: :class:`PdsAcsSigner`, PDS ``Authorization: acs <AK>:<signature>``;
- ``bearer``: :class:`BearerTokenAuth`, PDS access tokens;
- ``volc-hmac-sha256``: :class:`VolcengineV4Signer`, the Volcengine OpenAPI (NTA).
"""

from __future__ import annotations

from . import acs3, pds, rpc_v1, volcengine
from .acs3 import AcsV3Signer
from .pds import BearerTokenAuth, PdsAcsSigner
from .rpc_v1 import AcsRpcV1Signer
from .volcengine import VolcengineV4Signer

__all__ = [
    "SCHEMES",
    "AcsRpcV1Signer",
    "AcsV3Signer",
    "BearerTokenAuth",
    "PdsAcsSigner",
    "VolcengineV4Signer",
    "acs3",
    "pds",
    "rpc_v1",
    "volcengine",
]

#: Spec signing-scheme name -> signer class.
SCHEMES = {
    "acs3": AcsV3Signer,
    "rpc-hmac-sha1": AcsRpcV1Signer,
    "pds-hmac-sha1": PdsAcsSigner,
    "bearer": BearerTokenAuth,
    "volc-hmac-sha256": VolcengineV4Signer,
}
