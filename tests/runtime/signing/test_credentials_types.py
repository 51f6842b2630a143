"""Credential value types: frozen, validated, and never showing a secret."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import pytest
from cloudmedia._runtime.credentials_types import AccessToken, AlibabaCredentials, VolcengineCredentials

SECRET = "sEcReT-vAlUe-123"
TOKEN = "tOkEn-VaLuE-456"


@pytest.mark.parametrize(
    "creds",
    [
        AlibabaCredentials("LTAIkey", SECRET),
        AlibabaCredentials("STS.key", SECRET, TOKEN),
        VolcengineCredentials("AKLTkey", SECRET),
        VolcengineCredentials("AKLTkey", SECRET, TOKEN),
        AccessToken(TOKEN),
    ],
)
def test_no_secret_in_str_repr_or_format(creds: AlibabaCredentials | VolcengineCredentials | AccessToken) -> None:
    for text in (repr(creds), str(creds), f"{creds}", f"{creds!r}", repr([creds]), repr({"c": creds})):
        assert SECRET not in text
        assert TOKEN not in text


def test_repr_shows_the_key_id_and_token_presence() -> None:
    assert (
        repr(AlibabaCredentials("LTAIkey", SECRET))
        == "AlibabaCredentials(access_key_id='LTAIkey', security_token=None)"
    )
    assert repr(AlibabaCredentials("STS.k", SECRET, TOKEN)) == (
        "AlibabaCredentials(access_key_id='STS.k', security_token=<set>)"
    )
    assert repr(VolcengineCredentials("AKLT", SECRET, TOKEN)) == (
        "VolcengineCredentials(access_key_id='AKLT', session_token=<set>)"
    )
    assert repr(AccessToken(TOKEN)) == "AccessToken(token=<redacted>)"


def test_frozen_and_comparable() -> None:
    creds = AlibabaCredentials("LTAIkey", SECRET, TOKEN)
    with pytest.raises(dataclasses.FrozenInstanceError):
        creds.access_key_secret = "x"  # type: ignore[misc]
    assert creds == AlibabaCredentials("LTAIkey", SECRET, TOKEN)
    assert creds != AlibabaCredentials("LTAIkey", SECRET)
    assert hash(creds) == hash(AlibabaCredentials("LTAIkey", SECRET, TOKEN))
    assert creds.is_sts and not AlibabaCredentials("LTAIkey", SECRET).is_sts
    assert not AlibabaCredentials("LTAIkey", SECRET, "").is_sts
    assert VolcengineCredentials("AKLT", SECRET, TOKEN).is_sts
    assert [f.name for f in dataclasses.fields(VolcengineCredentials)] == [
        "access_key_id",
        "secret_access_key",
        "session_token",
    ]
    assert VolcengineCredentials("AKLT", SECRET).session_token is None
    assert AccessToken(TOKEN).token == TOKEN


@pytest.mark.parametrize(
    "make",
    [
        lambda: AlibabaCredentials("", SECRET),
        lambda: AlibabaCredentials("LTAI", ""),
        lambda: AlibabaCredentials("LTAI", None),  # type: ignore[arg-type]
        lambda: AlibabaCredentials("LTAI", SECRET, 123),  # type: ignore[arg-type]
        lambda: VolcengineCredentials("AKLT", ""),
        lambda: AccessToken(""),
    ],
)
def test_invalid_values_are_rejected_without_echoing_them(make: Callable[[], object]) -> None:
    with pytest.raises(ValueError) as info:
        make()
    assert SECRET not in str(info.value)
