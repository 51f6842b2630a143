"""``--help`` at each level: services and operations as the service models define them, flags, exit codes."""

from __future__ import annotations

import re

import pytest

from ._cli_support import Cli, kebab, service_models

MODELS = service_models()


def test_every_generated_service_is_found() -> None:
    assert set(MODELS) >= {"imm", "pds", "vod", "ice", "nta"}


def test_top_level_help_lists_services_operations_and_exit_codes(cli: Cli) -> None:
    result = cli("--help")
    assert result.code == 0
    text = result.stdout
    for name, service in MODELS.items():
        assert re.search(rf"^\s+{name}\s+{re.escape(service.title)}", text, re.MULTILINE), name
        for op in service.operations.values():
            assert f"{name} {kebab(op.python_name)}" in text
    for code in range(6):
        assert re.search(rf"^\s+{code}\s+\S", text, re.MULTILINE), code
    assert "ALIBABA_CLOUD_ACCESS_KEY_ID" in text and "VOLCENGINE_ACCESS_KEY" in text


@pytest.mark.parametrize("name", sorted(MODELS))
def test_service_help_lists_its_operations(cli: Cli, name: str) -> None:
    result = cli(name, "--help")
    assert result.code == 0
    for op in MODELS[name].operations.values():
        assert kebab(op.python_name) in result.stdout


def test_operation_help_lists_parameters_from_the_model(cli: Cli) -> None:
    result = cli("imm", "batch-get-file-meta", "--help")
    assert result.code == 0
    text = " ".join(result.stdout.split())
    required = text.split("required parameters:")[1].split("optional parameters:")[0]
    assert "--project-name" in required and "--dataset-name" in required and "--uris" in required
    assert "repeat the flag for each value" in text
    assert "--with-fields" in text.split("optional parameters:")[1]
    assert "--signature-algorithm {acs3,rpc-hmac-sha1}" in text
    assert "--all" not in text  # not a paginated operation
    assert "exit status:" in text


def test_paginated_operation_help(cli: Cli) -> None:
    result = cli("ice", "search-media-by-face", "--help")
    assert result.code == 0
    assert "--media-type {image,video}" in result.stdout
    assert "--all" in result.stdout and "--max-items N" in result.stdout
    assert "--page-size N" in result.stdout


def test_client_options_come_from_the_constructor(cli: Cli) -> None:
    pds = cli("pds", "scan-file", "--help").stdout
    assert "--domain-id DOMAIN_ID" in pds and "--access-token ACCESS_TOKEN" in pds
    assert "--signature-algorithm" not in pds  # PdsClient takes none
    nta = cli("nta", "create-file-detection", "--help").stdout
    assert "--domain-id" not in nta and "--network" not in nta
    for text in (pds, nta):
        assert "--access-key-secret" not in text and "--secret-access-key" not in text


def test_version(cli: Cli) -> None:
    result = cli("--version")
    assert result.code == 0
    assert re.fullmatch(r"cloudmedia \d+\.\d+\.\d+\S*\n", result.stdout)
