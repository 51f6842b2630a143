"""The service model of Volcengine NTA (API version 2024-07-30), rendered from its spec."""

from .._runtime.model import ErrorModel, OperationModel, ParamModel, ServiceModel

SERVICE = ServiceModel(
    vendor="volcengine",
    product="nta",
    package="nta",
    client="NtaClient",
    version="2024-07-30",
    title="Volcengine NTA",
    signing=("volc-hmac-sha256",),
    endpoint={
        "default_region": "cn-beijing",
        "regional_map": {
            "cn-beijing-autodriving": "nta.volcengineapi.com",
            "cn-shanghai-autodriving": "nta.volcengineapi.com",
            "cn-beijing-selfdrive": "nta.volcengineapi.com",
            "ap-southeast-2": "nta.volcengineapi.com",
            "ap-southeast-3": "nta.volcengineapi.com",
        },
        "host": "open.volcengineapi.com",
    },
    operations={
        "CreateFileDetection": OperationModel(
            name="CreateFileDetection",
            python_name="create_file_detection",
            summary="Creates a file detection task.",
            description="Creates a file detection task. After the call, the file is scanned by the file detection engine. Only one file can be submitted per request.",
            action="CreateFileDetection",
            style="volcengine",
            method="POST",
            path="/",
            idempotent=False,
            params=(
                ParamModel(
                    wire="SignURL",
                    python="sign_url",
                    location="body",
                    required=True,
                    schema={"type": "string", "minLength": 1, "maxLength": 2048},
                    description="The presigned TOS URL of the file to be scanned. The URL can be generated in the file details on the TOS platform.",
                ),
            ),
            errors=(
                ErrorModel(
                    status=400,
                    code="InvalidParameter",
                    message="The specified parameter %s is invalid.",
                ),
                ErrorModel(
                    status=400,
                    code="MissingParameter",
                    message="The required parameter %s is missing.",
                ),
                ErrorModel(
                    status=400,
                    code="QuotaExceeded",
                    message="%s has exceeded the quota.",
                ),
                ErrorModel(
                    status=403,
                    code="AccessDenied",
                    message="You are not authorized to perform this action.",
                ),
                ErrorModel(
                    status=500,
                    code="InternalError",
                    message="The request has failed due to an unknown error.",
                ),
                ErrorModel(
                    status=503,
                    code="ServiceUnavailable",
                    message="The request has failed due to a temporary failure of the server.",
                ),
            ),
        ),
    },
)
