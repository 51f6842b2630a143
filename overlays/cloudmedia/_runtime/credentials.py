"""Where credentials come from. The first source that has them wins; explicit arguments always win.

**Alibaba Cloud** (:func:`resolve_alibaba`):

1. the ``access_key_id`` / ``access_key_secret`` (+ ``security_token``) arguments;
2. the environment: ``ALIBABA_CLOUD_ACCESS_KEY_ID``, ``ALIBABA_CLOUD_ACCESS_KEY_SECRET``
   (+ ``ALIBABA_CLOUD_SECURITY_TOKEN``);
3. the credentials ini file: ``ALIBABA_CLOUD_CREDENTIALS_FILE`` if set, else
   ``~/.alibabacloud/credentials.ini`` (the official ``alibabacloud-credentials`` default) or
   ``~/.alibabacloud/credentials``. The section is the ``profile`` argument, else ``ALIBABA_CLOUD_PROFILE``,
   else ``default``. ``type = access_key`` (``access_key_id``, ``access_key_secret``) and ``type = sts``
   (plus ``security_token``) are supported; a section without ``type`` but with both keys counts as
   ``access_key``. As in the official reader, text after ``#`` in a value is a comment;
4. the Alibaba Cloud CLI's ``~/.aliyun/config.json`` (skipped when ``ALIBABA_CLOUD_CLI_PROFILE_DISABLED``
   is ``true``): the profile named by the ``profile`` argument or ``ALIBABA_CLOUD_PROFILE``, else the file's
   ``current`` profile; modes ``AK`` (``access_key_id``, ``access_key_secret``) and ``StsToken`` (plus
   ``sts_token``).

Profiles of other types (role assumption, ECS RAM roles, OIDC, SSO…) need a token exchange this package
does not perform: they are skipped and mentioned in the error if nothing else is found.

**Volcengine** (:func:`resolve_volcengine`): the arguments, then ``VOLCENGINE_ACCESS_KEY`` /
``VOLCENGINE_SECRET_KEY`` (+ ``VOLCENGINE_SESSION_TOKEN``), then the legacy ``VOLC_ACCESSKEY`` /
``VOLC_SECRETKEY``.

**PDS access tokens** (:func:`resolve_pds_token`): the argument, then ``CLOUDMEDIA_PDS_ACCESS_TOKEN``.

Empty values count as unset. A source that holds only part of a credential (an id without its secret, a
token without a key pair) raises :class:`~.errors.CredentialsError` naming what is missing instead of
silently falling through to the next source. When nothing is found, the error lists every place searched.
No error message ever contains a credential value.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from pathlib import Path

from .credentials_types import AccessToken, AlibabaCredentials, VolcengineCredentials
from .errors import CredentialsError

__all__ = [
    "ALIBABA_ENV_ACCESS_KEY_ID",
    "ALIBABA_ENV_ACCESS_KEY_SECRET",
    "ALIBABA_ENV_CLI_PROFILE_DISABLED",
    "ALIBABA_ENV_CREDENTIALS_FILE",
    "ALIBABA_ENV_PROFILE",
    "ALIBABA_ENV_SECURITY_TOKEN",
    "PDS_ENV_ACCESS_TOKEN",
    "VOLCENGINE_ENV_ACCESS_KEY",
    "VOLCENGINE_ENV_SECRET_KEY",
    "VOLCENGINE_ENV_SESSION_TOKEN",
    "VOLC_ENV_ACCESS_KEY",
    "VOLC_ENV_SECRET_KEY",
    "resolve_alibaba",
    "resolve_pds_token",
    "resolve_volcengine",
]

ALIBABA_ENV_ACCESS_KEY_ID = "ALIBABA_CLOUD_ACCESS_KEY_ID"
ALIBABA_ENV_ACCESS_KEY_SECRET = "ALIBABA_CLOUD_ACCESS_KEY_SECRET"
ALIBABA_ENV_SECURITY_TOKEN = "ALIBABA_CLOUD_SECURITY_TOKEN"
ALIBABA_ENV_PROFILE = "ALIBABA_CLOUD_PROFILE"
ALIBABA_ENV_CREDENTIALS_FILE = "ALIBABA_CLOUD_CREDENTIALS_FILE"
ALIBABA_ENV_CLI_PROFILE_DISABLED = "ALIBABA_CLOUD_CLI_PROFILE_DISABLED"

VOLCENGINE_ENV_ACCESS_KEY = "VOLCENGINE_ACCESS_KEY"
VOLCENGINE_ENV_SECRET_KEY = "VOLCENGINE_SECRET_KEY"
VOLCENGINE_ENV_SESSION_TOKEN = "VOLCENGINE_SESSION_TOKEN"
VOLC_ENV_ACCESS_KEY = "VOLC_ACCESSKEY"
VOLC_ENV_SECRET_KEY = "VOLC_SECRETKEY"

PDS_ENV_ACCESS_TOKEN = "CLOUDMEDIA_PDS_ACCESS_TOKEN"

_INI_TYPES = ("access_key", "sts")
_CLI_MODES = ("AK", "StsToken")


def env_value(environ: Mapping[str, str], name: str) -> str | None:
    value = environ.get(name)
    if value is None:
        return None
    value = value.strip()
    return value or None


def _given(value: str | None) -> str | None:
    return value if value else None


def _missing_message(where: str, names: dict[str, str | None], required: tuple[str, ...]) -> str | None:
    """None when complete or entirely empty; otherwise the message naming the missing parts."""
    present = [n for n, v in names.items() if v]
    if not present:
        return None
    missing = [n for n in required if not names[n]]
    if not missing:
        return None
    return f"{where}: {' and '.join(present)} {'is' if len(present) == 1 else 'are'} set but {' and '.join(missing)} {'is' if len(missing) == 1 else 'are'} missing"


def _partial(where: str, names: dict[str, str | None], required: tuple[str, ...]) -> None:
    message = _missing_message(where, names, required)
    if message is not None:
        missing = tuple(n for n in required if not names[n])
        raise CredentialsError(f"Incomplete credentials in {message}.", looked_in=(where,), missing=missing)


def home_dir(home: str | os.PathLike[str] | None, environ: Mapping[str, str]) -> Path:
    if home is not None:
        return Path(home)
    value = environ.get("HOME") or environ.get("USERPROFILE")
    return Path(value) if value else Path.home()


# ------------------------------------------------------------------------------------------------ Alibaba Cloud


def alibaba_ini_paths(env: Mapping[str, str], home: Path) -> list[Path]:
    """The credentials ini file: ``ALIBABA_CLOUD_CREDENTIALS_FILE``, else the first existing of
    ``~/.alibabacloud/credentials.ini`` and ``~/.alibabacloud/credentials``."""
    explicit = env_value(env, ALIBABA_ENV_CREDENTIALS_FILE)
    if explicit:
        return [Path(explicit).expanduser()]
    return [home / ".alibabacloud" / "credentials.ini", home / ".alibabacloud" / "credentials"]


def read_ini(path: Path) -> dict[str, dict[str, str]]:
    import configparser

    parser = configparser.ConfigParser(interpolation=None)
    with open(path, encoding="utf-8") as fh:
        parser.read_file(fh)
    sections: dict[str, dict[str, str]] = {}
    for name in parser.sections():
        sections[name] = {
            key: (value.split("#")[0] if "#" in value else value).strip() for key, value in parser.items(name)
        }
    return sections


def _from_ini(path: Path, profile: str, notes: list[str], label: str = "") -> AlibabaCredentials | None:
    import configparser

    where = f"{label}{path} [{profile}]"
    try:
        sections = read_ini(path)
    except FileNotFoundError:
        notes.append(f"{label}{path} (not found)")
        return None
    except (OSError, UnicodeDecodeError) as exc:
        notes.append(f"{label}{path} (unreadable: {type(exc).__name__})")
        return None
    except configparser.Error as exc:
        # The parser's own message quotes file lines, which may hold secrets: name the error class only.
        notes.append(f"{label}{path} (not a valid ini file: {type(exc).__name__})")
        return None
    section = sections.get(profile)
    if section is None:
        notes.append(f"{label}{path} (no profile {profile!r})")
        return None
    kind = section.get("type") or ""
    key_id = section.get("access_key_id") or None
    secret = section.get("access_key_secret") or None
    if not kind and (key_id or secret):
        kind = "access_key"
    if kind not in _INI_TYPES:
        shown = f"type {kind!r}" if kind else "no type"
        notes.append(f"{where} (unsupported: {shown}; supported: {', '.join(_INI_TYPES)})")
        return None
    if kind == "access_key":
        _partial(where, {"access_key_id": key_id, "access_key_secret": secret}, ("access_key_id", "access_key_secret"))
        if not key_id:
            notes.append(f"{where} (type access_key without access_key_id and access_key_secret)")
            return None
        return AlibabaCredentials(key_id, secret)  # type: ignore[arg-type]
    token = section.get("security_token") or None
    required = ("access_key_id", "access_key_secret", "security_token")
    _partial(where, {"access_key_id": key_id, "access_key_secret": secret, "security_token": token}, required)
    if not key_id:
        notes.append(f"{where} (type sts without access_key_id, access_key_secret and security_token)")
        return None
    return AlibabaCredentials(key_id, secret, token)  # type: ignore[arg-type]


def _from_cli_config(path: Path, profile: str | None, notes: list[str]) -> AlibabaCredentials | None:
    try:
        with open(path, encoding="utf-8") as fh:
            config = json.load(fh)
    except FileNotFoundError:
        notes.append(f"{path} (not found)")
        return None
    except (OSError, UnicodeDecodeError) as exc:
        notes.append(f"{path} (unreadable: {type(exc).__name__})")
        return None
    except ValueError:
        notes.append(f"{path} (not valid JSON)")
        return None
    if not isinstance(config, dict):
        notes.append(f"{path} (not a JSON object)")
        return None
    name = profile or config.get("current") or "default"
    where = f"{path} profile {name!r}"
    entry = None
    for candidate in config.get("profiles") or ():
        if isinstance(candidate, dict) and candidate.get("name") == name:
            entry = candidate
            break
    if entry is None:
        notes.append(f"{path} (no profile {name!r})")
        return None
    mode = entry.get("mode") or ""
    if mode not in _CLI_MODES:
        notes.append(f"{where} (unsupported mode {mode!r}; supported: {', '.join(_CLI_MODES)})")
        return None
    key_id = _str(entry.get("access_key_id"))
    secret = _str(entry.get("access_key_secret"))
    if mode == "AK":
        _partial(where, {"access_key_id": key_id, "access_key_secret": secret}, ("access_key_id", "access_key_secret"))
        if not key_id:
            notes.append(f"{where} (mode AK without access_key_id and access_key_secret)")
            return None
        return AlibabaCredentials(key_id, secret)  # type: ignore[arg-type]
    token = _str(entry.get("sts_token"))
    required = ("access_key_id", "access_key_secret", "sts_token")
    _partial(where, {"access_key_id": key_id, "access_key_secret": secret, "sts_token": token}, required)
    if not key_id:
        notes.append(f"{where} (mode StsToken without access_key_id, access_key_secret and sts_token)")
        return None
    return AlibabaCredentials(key_id, secret, token)  # type: ignore[arg-type]


def _str(value: object) -> str | None:
    if isinstance(value, str):
        value = value.strip()
        return value or None
    return None


def resolve_alibaba(
    access_key_id: str | None = None,
    access_key_secret: str | None = None,
    security_token: str | None = None,
    *,
    profile: str | None = None,
    environ: Mapping[str, str] | None = None,
    home: str | os.PathLike[str] | None = None,
) -> AlibabaCredentials:
    """Find Alibaba Cloud credentials (see the module docs for the order).

    ``environ`` replaces ``os.environ`` and ``home`` the home directory (both for tests and sandboxes).
    Raises :class:`~.errors.CredentialsError`.
    """
    env = os.environ if environ is None else environ

    # 1. arguments
    args = {
        "access_key_id": _given(access_key_id),
        "access_key_secret": _given(access_key_secret),
        "security_token": _given(security_token),
    }
    _partial("the arguments", args, ("access_key_id", "access_key_secret"))
    if args["access_key_id"]:
        return AlibabaCredentials(args["access_key_id"], args["access_key_secret"], args["security_token"])  # type: ignore[arg-type]

    # 2. environment
    envs = {
        ALIBABA_ENV_ACCESS_KEY_ID: env_value(env, ALIBABA_ENV_ACCESS_KEY_ID),
        ALIBABA_ENV_ACCESS_KEY_SECRET: env_value(env, ALIBABA_ENV_ACCESS_KEY_SECRET),
        ALIBABA_ENV_SECURITY_TOKEN: env_value(env, ALIBABA_ENV_SECURITY_TOKEN),
    }
    _partial("the environment", envs, (ALIBABA_ENV_ACCESS_KEY_ID, ALIBABA_ENV_ACCESS_KEY_SECRET))
    if envs[ALIBABA_ENV_ACCESS_KEY_ID]:
        return AlibabaCredentials(
            envs[ALIBABA_ENV_ACCESS_KEY_ID],  # type: ignore[arg-type]
            envs[ALIBABA_ENV_ACCESS_KEY_SECRET],  # type: ignore[arg-type]
            envs[ALIBABA_ENV_SECURITY_TOKEN],
        )

    notes: list[str] = [
        "the access_key_id / access_key_secret / security_token arguments (not given)",
        (
            f"environment variables {ALIBABA_ENV_ACCESS_KEY_ID}, {ALIBABA_ENV_ACCESS_KEY_SECRET}, "
            f"{ALIBABA_ENV_SECURITY_TOKEN} (not set)"
        ),
    ]
    home_path = home_dir(home, env)
    profile_name = profile or env_value(env, ALIBABA_ENV_PROFILE)

    # 3. credentials ini file
    ini_profile = profile_name or "default"
    label = f"{ALIBABA_ENV_CREDENTIALS_FILE}=" if env_value(env, ALIBABA_ENV_CREDENTIALS_FILE) else ""
    for path in alibaba_ini_paths(env, home_path):
        found = _from_ini(path, ini_profile, notes, label)
        if found is not None:
            return found
        if path.exists():
            break  # the first existing file is the credentials file; the second name is only a fallback

    # 4. Alibaba Cloud CLI config
    cli_path = home_path / ".aliyun" / "config.json"
    if (env_value(env, ALIBABA_ENV_CLI_PROFILE_DISABLED) or "").lower() == "true":
        notes.append(f"{cli_path} (skipped: {ALIBABA_ENV_CLI_PROFILE_DISABLED}=true)")
    else:
        found = _from_cli_config(cli_path, profile_name, notes)
        if found is not None:
            return found

    profile_hint = f" for profile {profile_name!r}" if profile_name else ""
    raise CredentialsError(
        f"No Alibaba Cloud credentials found{profile_hint}. Looked in: " + "; ".join(notes) + ". "
        f"Pass access_key_id and access_key_secret, or set {ALIBABA_ENV_ACCESS_KEY_ID} and "
        f"{ALIBABA_ENV_ACCESS_KEY_SECRET}.",
        looked_in=tuple(notes),
        missing=("access_key_id", "access_key_secret"),
    )


# --------------------------------------------------------------------------------------------------- Volcengine


def resolve_volcengine(
    access_key_id: str | None = None,
    secret_access_key: str | None = None,
    session_token: str | None = None,
    *,
    environ: Mapping[str, str] | None = None,
) -> VolcengineCredentials:
    """Find Volcengine credentials: arguments, then ``VOLCENGINE_*``, then legacy ``VOLC_*`` variables."""
    env = os.environ if environ is None else environ

    args = {
        "access_key_id": _given(access_key_id),
        "secret_access_key": _given(secret_access_key),
        "session_token": _given(session_token),
    }
    _partial("the arguments", args, ("access_key_id", "secret_access_key"))
    if args["access_key_id"]:
        return VolcengineCredentials(args["access_key_id"], args["secret_access_key"], args["session_token"])  # type: ignore[arg-type]

    envs = {
        VOLCENGINE_ENV_ACCESS_KEY: env_value(env, VOLCENGINE_ENV_ACCESS_KEY),
        VOLCENGINE_ENV_SECRET_KEY: env_value(env, VOLCENGINE_ENV_SECRET_KEY),
        VOLCENGINE_ENV_SESSION_TOKEN: env_value(env, VOLCENGINE_ENV_SESSION_TOKEN),
    }
    _partial("the environment", envs, (VOLCENGINE_ENV_ACCESS_KEY, VOLCENGINE_ENV_SECRET_KEY))
    if envs[VOLCENGINE_ENV_ACCESS_KEY]:
        return VolcengineCredentials(
            envs[VOLCENGINE_ENV_ACCESS_KEY],  # type: ignore[arg-type]
            envs[VOLCENGINE_ENV_SECRET_KEY],  # type: ignore[arg-type]
            envs[VOLCENGINE_ENV_SESSION_TOKEN],
        )

    legacy = {
        VOLC_ENV_ACCESS_KEY: env_value(env, VOLC_ENV_ACCESS_KEY),
        VOLC_ENV_SECRET_KEY: env_value(env, VOLC_ENV_SECRET_KEY),
    }
    _partial("the environment", legacy, (VOLC_ENV_ACCESS_KEY, VOLC_ENV_SECRET_KEY))
    if legacy[VOLC_ENV_ACCESS_KEY]:
        return VolcengineCredentials(legacy[VOLC_ENV_ACCESS_KEY], legacy[VOLC_ENV_SECRET_KEY])  # type: ignore[arg-type]

    notes = (
        "the access_key_id / secret_access_key / session_token arguments (not given)",
        (
            f"environment variables {VOLCENGINE_ENV_ACCESS_KEY}, {VOLCENGINE_ENV_SECRET_KEY}, "
            f"{VOLCENGINE_ENV_SESSION_TOKEN} (not set)"
        ),
        f"legacy environment variables {VOLC_ENV_ACCESS_KEY}, {VOLC_ENV_SECRET_KEY} (not set)",
    )
    raise CredentialsError(
        "No Volcengine credentials found. Looked in: " + "; ".join(notes) + ". "
        f"Pass access_key_id and secret_access_key, or set {VOLCENGINE_ENV_ACCESS_KEY} and "
        f"{VOLCENGINE_ENV_SECRET_KEY}.",
        looked_in=notes,
        missing=("access_key_id", "secret_access_key"),
    )


# ---------------------------------------------------------------------------------------------------------- PDS


def resolve_pds_token(
    access_token: str | None = None, *, environ: Mapping[str, str] | None = None
) -> AccessToken | None:
    """A PDS bearer token from the argument or ``CLOUDMEDIA_PDS_ACCESS_TOKEN``; None when neither is set."""
    if access_token:
        return AccessToken(access_token)
    env = os.environ if environ is None else environ
    value = env_value(env, PDS_ENV_ACCESS_TOKEN)
    return AccessToken(value) if value else None
