"""What a documentation page cannot tell, per vendor family: signing, endpoints, error bodies.

A drafted spec of a new product takes these defaults; the command lists them as "check by hand".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = ["FAMILIES", "Family", "family_of", "status_description"]

_ALIBABA_ERROR = {
    "AlibabaError": {
        "title": "AlibabaError",
        "type": "object",
        "description": "The error body that the service returns with a 4xx or 5xx status.",
        "properties": {
            "RequestId": {"type": "string", "description": "The ID of the request."},
            "HostId": {"type": "string", "description": "The endpoint that handled the request."},
            "Code": {"type": "string", "description": "The error code."},
            "Message": {"type": "string", "description": "The error message."},
            "Recommend": {"type": "string", "description": "The URL of the diagnosis for the error."},
            "AccessDeniedDetail": {"$ref": "#/components/schemas/AccessDeniedDetail"},
        },
    },
    "AccessDeniedDetail": {
        "title": "AccessDeniedDetail",
        "type": "object",
        "description": "The details of a failed permission check. Returned with some authorization errors.",
        "properties": {
            "AuthAction": {"type": "string", "description": "The action that was checked."},
            "AuthPrincipalDisplayName": {
                "type": "string",
                "description": "The display name of the principal that made the request.",
            },
            "AuthPrincipalOwnerId": {
                "type": "string",
                "description": "The ID of the Alibaba Cloud account to which the principal belongs.",
            },
            "AuthPrincipalType": {"type": "string", "description": "The type of the principal, for example SubUser."},
            "EncodedDiagnosticMessage": {"type": "string", "description": "The encoded diagnostic message."},
            "NoPermissionType": {
                "type": "string",
                "description": "The reason for the denial, for example ImplicitDeny or ExplicitDeny.",
            },
            "PolicyType": {
                "type": "string",
                "description": "The type of the policy that caused the denial, for example AccountLevelIdentityBasedPolicy.",
            },
        },
    },
}

_PDS_ERROR = {
    "PdsError": {
        "title": "PdsError",
        "type": "object",
        "description": (
            "The error body that PDS returns with a 4xx or 5xx status. The request ID is in the x-ca-request-id "
            "response header."
        ),
        "properties": {
            "code": {
                "type": "string",
                "description": "The error code that indicates the error type.",
                "example": "InvalidParameter",
            },
            "message": {
                "type": "string",
                "description": "The error message that indicates the cause of the error.",
                "example": "The input parameter file_id is not valid.",
            },
        },
    }
}

_VOLCENGINE = {
    "ResponseMetadata": {
        "title": "ResponseMetadata",
        "type": "object",
        "description": "The metadata of the response.",
        "properties": {
            "RequestId": {"type": "string", "description": "The ID of the request."},
            "Action": {"type": "string", "description": "The operation that was called."},
            "Version": {"type": "string", "description": "The API version reported by the service."},
            "Service": {"type": "string", "description": "The service name."},
            "Region": {"type": "string", "description": "The region."},
            "Error": {"$ref": "#/components/schemas/ResponseError"},
        },
    },
    "ResponseError": {
        "title": "ResponseError",
        "type": "object",
        "description": "The error information. Present only when the request failed.",
        "properties": {
            "Code": {"type": "string", "description": "The error code."},
            "CodeN": {"type": "integer", "description": "The numeric error code."},
            "Message": {"type": "string", "description": "The error message."},
        },
    },
    "VolcengineErrorResponse": {
        "title": "VolcengineErrorResponse",
        "type": "object",
        "description": "The body of a failed request. It carries no Result.",
        "properties": {"ResponseMetadata": {"$ref": "#/components/schemas/ResponseMetadata"}},
    },
}

_STATUS = {
    400: "The request is invalid, for example a parameter is missing or malformed.",
    401: "The request is not authenticated, or its credentials are invalid or have expired.",
    403: "The caller has no permission to perform the operation.",
    404: "The specified resource does not exist.",
    409: "The request conflicts with the current state of the resource.",
    429: "The request was throttled.",
    500: "The request failed because of an internal error.",
    503: "The service is temporarily unavailable.",
}


def status_description(status: int) -> str:
    return _STATUS.get(status, f"The request failed with HTTP status {status}.")


@dataclass(frozen=True)
class Family:
    """A wire family's defaults: error schema, the statuses declared when a page lists no error codes."""

    style: str
    vendor: str
    signing: tuple[str, ...]
    error_schema: str
    error_components: dict[str, Any]
    default_statuses: tuple[int, ...]
    default_region: str | None = None
    request_id_header: str | None = None  # PDS: the request ID travels in a response header
    endpoint: dict[str, str] = field(default_factory=dict)

    def endpoint_for(self, product: str) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.default_region:
            out["default_region"] = self.default_region
        out.update({k: v.replace("<product>", product) for k, v in self.endpoint.items()})
        return out


FAMILIES = {
    "rpc": Family(
        "rpc",
        "alibaba",
        ("acs3", "rpc-hmac-sha1"),
        "AlibabaError",
        _ALIBABA_ERROR,
        (400, 403, 404, 500),
        default_region="cn-hangzhou",
        endpoint={
            "host_template": "<product>.{region}.aliyuncs.com",
            "vpc_host_template": "<product>-vpc.{region}.aliyuncs.com",
        },
    ),
    "roa": Family(
        "roa",
        "alibaba",
        ("pds-hmac-sha1", "bearer"),
        "PdsError",
        _PDS_ERROR,
        (400, 401, 403, 404, 500),
        request_id_header="x-ca-request-id",
        endpoint={
            "host_template": "{domain_id}.api.aliyunpds.com",
            "vpc_host_template": "{domain_id}.api-vpc.aliyunpds.com",
        },
    ),
    "volcengine": Family(
        "volcengine",
        "volcengine",
        ("volc-hmac-sha256",),
        "VolcengineErrorResponse",
        _VOLCENGINE,
        (400, 403, 500, 503),
        default_region="cn-beijing",
        endpoint={"host": "open.volcengineapi.com"},
    ),
}


def family_of(style: str) -> Family:
    return FAMILIES[style]
