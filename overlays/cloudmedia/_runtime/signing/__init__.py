"""Request signers, one per scheme, as :class:`httpx.Auth` implementations.

Each signer's ``auth_flow`` signs the final request in place and yields it, so the sync and async clients share
one implementation and every attempt (retries included) is signed afresh. Each module also exposes the pure
functions of its scheme (canonical request, string to sign, signature) for verifying requests server-side.

Which schemes exist, and which family's services may use each, is declared by the wire families
(:mod:`cloudmedia._runtime.families`: ``WireFamily.signing`` and ``signer_classes``), once:

- ``acs3``: :class:`AcsV3Signer`, ACS3-HMAC-SHA256 (Alibaba RPC);
- ``rpc-hmac-sha1``: :class:`AcsRpcV1Signer`, the legacy RPC ``Signature`` query parameter (Alibaba RPC);
- ``pds-hmac-sha1``: :class:`PdsAcsSigner`, PDS ``Authorization: acs <AK>:<signature>`` (ROA);
- ``bearer``: :class:`BearerTokenAuth`, PDS access tokens (ROA);
- ``volc-hmac-sha256``: :class:`VolcengineV4Signer`, the Volcengine OpenAPI.
"""

from __future__ import annotations

from . import acs3, pds, rpc_v1, volcengine
from .acs3 import AcsV3Signer
from .pds import BearerTokenAuth, PdsAcsSigner
from .rpc_v1 import AcsRpcV1Signer
from .volcengine import VolcengineV4Signer

__all__ = [
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
