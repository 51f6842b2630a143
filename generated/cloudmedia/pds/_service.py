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
            summary="Scans files.",
            description="Scans the files in a drive, one page at a time.",
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
                    description="The drive ID.",
                ),
                ParamModel(
                    wire="limit",
                    python="limit",
                    location="body",
                    required=False,
                    schema={"type": "integer", "minimum": 1, "maximum": 100},
                    description="The maximum number of results to return. Valid values: 1 to 100. The number of returned results must be less than or equal to the specified number.",
                ),
                ParamModel(
                    wire="marker",
                    python="marker",
                    location="body",
                    required=False,
                    schema={"type": "string"},
                    description="The pagination token that is used in the next request to retrieve a new page of results. You do not need to specify this parameter for the first request. You must specify the token that is obtained from the previous query as the value of marker.",
                ),
                ParamModel(
                    wire="fields",
                    python="fields",
                    location="body",
                    required=False,
                    schema={"type": "string"},
                    description="The file properties to return. Set it to `*` to return all file properties, or to a comma-separated list of properties. If it is not specified, the following properties are returned: file_id, drive_id, parent_file_id, type, created_at, updated_at, file_extension, size, starred, status, category and permissions.",
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
