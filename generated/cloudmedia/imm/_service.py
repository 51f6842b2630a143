"""The service model of Intelligent Media Management (API version 2020-09-30), rendered from its spec."""

from .._runtime.model import OperationModel, ParamModel, ServiceModel

SERVICE = ServiceModel(
    vendor="alibaba",
    product="imm",
    package="imm",
    client="ImmClient",
    version="2020-09-30",
    title="Intelligent Media Management",
    signing=("acs3", "rpc-hmac-sha1"),
    endpoint={
        "default_region": "cn-hangzhou",
        "regional_map": {"cn-beijing-gov-1": "imm-vpc.cn-beijing-gov-1.aliyuncs.com"},
        "host_template": "imm.{region}.aliyuncs.com",
        "vpc_host_template": "imm-vpc.{region}.aliyuncs.com",
    },
    operations={
        "BatchGetFileMeta": OperationModel(
            name="BatchGetFileMeta",
            python_name="batch_get_file_meta",
            summary="Queries metadata of multiple objects or files in the specified dataset.",
            description="Queries metadata of multiple objects or files in the specified dataset. The file metadata must have been indexed into the dataset beforehand, either automatically by calling CreateBinding or manually by calling IndexFileMeta or BatchIndexFileMeta. The returned metadata may not include all attributes of an object: it varies with the object and with the workflow template used to index it.",
            action="BatchGetFileMeta",
            style="rpc",
            method="POST",
            path="/",
            idempotent=True,
            params=(
                ParamModel(
                    wire="ProjectName",
                    python="project_name",
                    location="query",
                    required=True,
                    schema={"type": "string"},
                    description="The name of the project.",
                ),
                ParamModel(
                    wire="DatasetName",
                    python="dataset_name",
                    location="query",
                    required=True,
                    schema={"type": "string"},
                    description="The name of the dataset.",
                ),
                ParamModel(
                    wire="URIs",
                    python="uris",
                    location="query",
                    required=True,
                    schema={
                        "type": "array",
                        "minItems": 1,
                        "maxItems": 100,
                        "items": {"type": "string"},
                    },
                    description="The array of object URIs. You can specify up to 100 object URIs in an array. Sent as one compact JSON array.",
                ),
                ParamModel(
                    wire="WithFields",
                    python="with_fields",
                    location="query",
                    required=False,
                    schema={"type": "array", "items": {"type": "string"}},
                    description="The fields to return. If you specify this parameter, only the specified metadata fields are returned; use it to control the size of the response. If you do not specify this parameter or leave it empty, all metadata fields are returned. Sent as one compact JSON array.",
                ),
            ),
            errors=(),
        ),
    },
)
