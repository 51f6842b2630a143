"""What the generator emits instead of reflection, held to the code it describes.

* ``ServiceModel.client_options`` (derived from each spec's service metadata) lists exactly the client
  constructor's plain-valued arguments, with their types, defaults and accepted values;
* each paginated operation's endpoint module has the item parser (``_parse_item``) of its page's item model;
* the stock generator's errors module is not generated.
"""

from __future__ import annotations

import importlib
import inspect
import types
import typing
from typing import Any

import pytest
from cloudmedia._runtime.credentials_types import AlibabaCredentials, VolcengineCredentials
from cloudmedia._runtime.model import ServiceModel
from cloudmedia._services import PACKAGES

_SCALARS = {"string": str, "number": float}


def _service(package: str) -> tuple[ServiceModel, Any]:
    service: ServiceModel = importlib.import_module(f"cloudmedia.{package}._service").SERVICE
    return service, getattr(importlib.import_module(f"cloudmedia.{package}"), service.client)


def _members(hint: Any) -> set[Any]:
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        return set(typing.get_args(hint)) - {type(None)}
    return {hint}


def _arguments(service: ServiceModel) -> dict[str, Any]:
    """Credentials, and a domain where the endpoint is built from one (no endpoint_url: every option counts)."""
    if service.vendor == "volcengine":
        return {"credentials": VolcengineCredentials("AKLTtest", "secret")}
    extra = {"domain_id": "bj12345"} if any(o.name == "domain_id" for o in service.client_options) else {}
    return {"credentials": AlibabaCredentials("LTAI5tTest", "secret"), **extra}


@pytest.mark.parametrize("package", PACKAGES)
def test_client_options_are_the_plain_valued_constructor_arguments(package: str) -> None:
    service, client_cls = _service(package)
    signature = inspect.signature(client_cls)
    hints = typing.get_type_hints(client_cls.__init__)
    options = {o.name: o for o in service.client_options}
    # a plain value: the annotation admits a str, an int or a float (``timeout: float | httpx.Timeout | None``)
    plain = {name for name in signature.parameters if _members(hints[name]) & {str, int, float}}
    assert set(options) == plain, "the generator's client_options and the constructor disagree"
    assert [o.name for o in service.client_options] == [n for n in signature.parameters if n in options]
    for option in service.client_options:
        assert _SCALARS[option.type] in _members(hints[option.name]), option
        default = signature.parameters[option.name].default
        assert option.default == default, option
        assert option.help


@pytest.mark.parametrize("package", PACKAGES)
def test_every_listed_choice_is_accepted_and_others_are_not(package: str) -> None:
    service, client_cls = _service(package)
    for option in service.client_options:
        if not option.choices:
            continue
        for choice in option.choices:
            client_cls(**_arguments(service), **{option.name: choice}).close()
        with pytest.raises(ValueError, match=option.name):
            client_cls(**_arguments(service), **{option.name: "no-such-value"})


def test_secret_options_are_the_credential_arguments() -> None:
    for package in PACKAGES:
        service, _ = _service(package)
        secret = {o.name for o in service.client_options if o.secret}
        assert secret == (
            {"access_key_id", "secret_access_key", "session_token"}
            if service.vendor == "volcengine"
            else {"access_key_id", "access_key_secret", "security_token"}
        )


@pytest.mark.parametrize("package", PACKAGES)
def test_paginated_operations_have_a_generated_item_parser(package: str) -> None:
    service, _ = _service(package)
    for op in service.operations.values():
        endpoint = importlib.import_module(f"cloudmedia.{package}.api.default.{op.python_name}")
        if op.paginator is None:
            assert not hasattr(endpoint, "_parse_item")
            continue
        page = endpoint._parse_response({op.paginator.items: [{}]})
        (item,) = getattr(page, op.paginator.python_names[op.paginator.items])
        parsed = endpoint._parse_item({})
        assert type(parsed) is type(item)


def test_the_stock_errors_module_is_not_generated() -> None:
    for package in PACKAGES:
        with pytest.raises(ModuleNotFoundError):
            importlib.import_module(f"cloudmedia.{package}.errors")
