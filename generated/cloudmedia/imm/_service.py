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
                ),
                ParamModel(
                    wire="DatasetName",
                    python="dataset_name",
                    location="query",
                    required=True,
                    schema={"type": "string"},
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
                ),
                ParamModel(
                    wire="WithFields",
                    python="with_fields",
                    location="query",
                    required=False,
                    schema={"type": "array", "items": {"type": "string"}},
                ),
            ),
            errors=(),
        ),
    },
)
