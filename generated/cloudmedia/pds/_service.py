"""The service model of Photo and Drive Service (API version 2022-03-01), rendered from its spec."""

from .._runtime.model import OperationModel, PaginatorModel, ParamModel, ServiceModel

SERVICE = ServiceModel(
    vendor="alibaba",
    product="pds",
    package="pds",
    client="PdsClient",
    version="2022-03-01",
    title="Photo and Drive Service",
    signing=("pds-hmac-sha1", "bearer"),
    endpoint={
        "host_template": "{domain_id}.api.aliyunpds.com",
        "vpc_host_template": "{domain_id}.api-vpc.aliyunpds.com",
    },
    operations={
        "ScanFile": OperationModel(
            name="ScanFile",
            python_name="scan_file",
            action="ScanFile",
            style="roa",
            method="POST",
            path="/v2/file/scan",
            idempotent=True,
            params=(
                ParamModel(
                    wire="drive_id",
                    python="drive_id",
                    location="body",
                    required=True,
                    schema={"type": "string"},
                ),
                ParamModel(
                    wire="limit",
                    python="limit",
                    location="body",
                    required=False,
                    schema={"type": "integer", "minimum": 1, "maximum": 100},
                ),
                ParamModel(
                    wire="marker",
                    python="marker",
                    location="body",
                    required=False,
                    schema={"type": "string"},
                ),
                ParamModel(
                    wire="fields",
                    python="fields",
                    location="body",
                    required=False,
                    schema={"type": "string"},
                ),
            ),
            paginator=PaginatorModel(
                kind="marker",
                input="marker",
                output="next_marker",
                limit="limit",
                items="items",
                python_names={"items": "items", "next_marker": "next_marker"},
            ),
            errors=(),
        ),
    },
)
