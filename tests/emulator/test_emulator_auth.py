"""The verifier against the vendors' published worked examples and the SDK reference vectors
(``/work/shared/notes/*-wire.md`` §12-13 / §9-10), independently of our signers; and the SignedHeaders policy.

The verifier recomputes signatures with the very functions our clients sign with, so the client-against-emulator
tests cannot see an encoding bug both share: these fixed vectors and the official-SDK oracles
(``tests/runtime/signing``, ``test_emulator_official_sdks.py``) are what catch one."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from urllib.parse import quote_plus

import pytest
from cloudmedia import AccessToken, AlibabaCredentials, VolcengineCredentials
from cloudmedia._runtime.signing import acs3, volcengine
from cloudmedia.emulator import CredentialSet, EmulatedError
from cloudmedia.emulator.auth import NonceCache, Verifier, WireRequest

EMPTY = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"


def verifier(at: str, *creds: AlibabaCredentials | VolcengineCredentials | AccessToken) -> Verifier:
    moment = datetime.fromisoformat(at).replace(tzinfo=UTC)
    return Verifier(CredentialSet.of(creds), lambda: moment)


def refused(call: object) -> EmulatedError:
    with pytest.raises(EmulatedError) as info:
        call()  # type: ignore[operator]
    return info.value


# ------------------------------------------------------------------------------------------------ Alibaba ACS3


ACS3_HEADERS = (
    ("host", "ecs.cn-shanghai.aliyuncs.com"),
    ("x-acs-action", "RunInstances"),
    ("x-acs-version", "2014-05-26"),
    ("x-acs-date", "2023-10-26T10:22:32Z"),
    ("x-acs-signature-nonce", "3156853299f313e23d1673dc12e1703d"),
    ("x-acs-content-sha256", EMPTY),
)
ACS3_QUERY = "ImageId=win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd&RegionId=cn-shanghai"
ACS3_SIGNED = "host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version"
ACS3_SIGNATURE = "06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0"


def acs3_request(signed: str = ACS3_SIGNED, signature: str = ACS3_SIGNATURE, extra: tuple = ()) -> WireRequest:
    auth = f"ACS3-HMAC-SHA256 Credential=YourAccessKeyId,SignedHeaders={signed},Signature={signature}"
    return WireRequest("POST", "/", ACS3_QUERY, (*ACS3_HEADERS, *extra, ("Authorization", auth)), b"")


def test_acs3_published_example() -> None:
    v = verifier("2023-10-26T10:25:00", AlibabaCredentials("YourAccessKeyId", "YourAccessKeySecret"))
    principal = v.verify(acs3_request(), "rpc")
    assert (principal.scheme, principal.access_key_id) == ("acs3", "YourAccessKeyId")
    assert refused(lambda: v.verify(acs3_request(), "rpc")).code == "SignatureNonceUsed"


def test_acs3_policy() -> None:
    key = AlibabaCredentials("YourAccessKeyId", "YourAccessKeySecret")
    v = verifier("2023-10-26T10:22:32", key)
    # every x-acs-* header must be signed
    err = refused(lambda: v.verify(acs3_request(ACS3_SIGNED.replace("x-acs-signature-nonce;", "")), "rpc"))
    assert err.code == "IncompleteSignature" and "x-acs-signature-nonce" in err.message
    err = refused(lambda: v.verify(acs3_request(extra=(("x-acs-extra", "1"),)), "rpc"))
    assert err.code == "IncompleteSignature" and "x-acs-extra" in err.message
    # a signed header that is absent
    err = refused(lambda: v.verify(acs3_request(ACS3_SIGNED + ";x-acs-missing"), "rpc"))
    assert err.code == "IncompleteSignature"
    # the body hash header must match the body
    bad = acs3_request()
    bad = WireRequest(bad.method, bad.path, bad.raw_query, bad.headers, b"body")
    assert refused(lambda: v.verify(bad, "rpc")).code == "SignatureDoesNotMatch"
    # the server's string to sign is in the message, as Alibaba does
    err = refused(lambda: v.verify(acs3_request(signature="0" * 64), "rpc"))
    assert (
        err.code == "SignatureDoesNotMatch"
        and "ACS3-HMAC-SHA256\n7ea06492da5221eba5297e897ce16e55f964061054b7695beedaac1145b1e259" in err.message
    )
    # another algorithm
    other = WireRequest("POST", "/", ACS3_QUERY, (*ACS3_HEADERS, ("Authorization", "ACS3-HMAC-SM3 Credential=x")), b"")
    assert refused(lambda: v.verify(other, "rpc")).code == "IncompleteSignature"


def test_acs3_minimal_signed_set_with_sts() -> None:
    """A request signing the minimal set (host, x-acs-*, content-type) is as valid as the SDK's full set."""
    sts = AlibabaCredentials("STS.key", "secret", "CAIS+token/==")
    v = verifier("2024-06-01T12:00:00", sts)
    headers = [
        ("host", "vod.cn-shanghai.aliyuncs.com"),
        ("user-agent", "not signed"),
        ("x-acs-action", "ListAIImageInfo"),
        ("x-acs-version", "2017-03-21"),
        ("x-acs-date", "2024-06-01T12:00:00Z"),
        ("x-acs-signature-nonce", "n1"),
        ("x-acs-content-sha256", EMPTY),
        ("x-acs-accesskey-id", "STS.key"),
        ("x-acs-security-token", "CAIS+token/=="),
    ]
    query = [("VideoId", "a b")]
    names = acs3.signed_header_names(headers)
    sig = acs3.signature(
        "secret", acs3.string_to_sign(acs3.canonical_request("POST", "/", query, headers, names, EMPTY))
    )
    headers.append(("Authorization", acs3.authorization("STS.key", names, sig)))
    principal = v.verify(WireRequest("POST", "/", "VideoId=a+b", tuple(headers), b""), "rpc")
    assert principal.sts and "user-agent" not in names


# ------------------------------------------------------------------------------------------- Alibaba RPC v1


def rpc_request(method: str, signature: str, **override: str) -> WireRequest:
    params = {
        "AccessKeyId": "testid",
        "Action": "DescribeDedicatedHosts",
        "Format": "JSON",
        "RegionId": "cn-beijing",
        "SignatureMethod": "HMAC-SHA1",
        "SignatureNonce": "edb2b34af0af9a6d14deaf7c1a5315eb",
        "SignatureVersion": "1.0",
        "Timestamp": "2023-03-13T08:34:30Z",
        "Version": "2014-05-26",
        "Signature": signature,
        **override,
    }
    query = "&".join(f"{k}={quote_plus(v)}" for k, v in params.items())
    return WireRequest(method, "/", query, (("Host", "ecs.aliyuncs.com"),), b"")


@pytest.mark.parametrize(
    ("method", "signature"), [("GET", "9NaGiOspFP5UPcwX8Iwt2YJXXuk="), ("POST", "ZvQ9xGiFnquSJRvj+WE6kdSpTwU=")]
)
def test_rpc_published_example(method: str, signature: str) -> None:
    v = verifier("2023-03-13T08:40:00", AlibabaCredentials("testid", "testsecret"))
    assert v.verify(rpc_request(method, signature), "rpc").scheme == "rpc-hmac-sha1"
    assert refused(lambda: v.verify(rpc_request(method, signature), "rpc")).code == "SignatureNonceUsed"
    other = "POST" if method == "GET" else "GET"  # the method is signed
    assert (
        refused(lambda: v.verify(rpc_request(other, signature, SignatureNonce="n2"), "rpc")).code
        == "SignatureDoesNotMatch"
    )


def test_rpc_structure_and_sts() -> None:
    v = verifier("2023-03-13T08:34:30", AlibabaCredentials("testid", "testsecret", "tok"))
    assert (
        refused(lambda: v.verify(rpc_request("GET", "x", SignatureMethod="HMAC-SHA256"), "rpc")).code
        == "IncompleteSignature"
    )
    assert (
        refused(lambda: v.verify(rpc_request("GET", "x", SignatureVersion="2.0"), "rpc")).code == "IncompleteSignature"
    )
    assert (
        refused(lambda: v.verify(rpc_request("GET", "x", Timestamp="yesterday"), "rpc")).code
        == "InvalidTimeStamp.Format"
    )
    assert (
        refused(lambda: v.verify(rpc_request("GET", "x", Timestamp="2023-03-13T07:00:00Z"), "rpc")).code
        == "InvalidTimeStamp.Expired"
    )
    assert (
        refused(lambda: v.verify(rpc_request("GET", "x", AccessKeyId="nobody"), "rpc")).code
        == "InvalidAccessKeyId.NotFound"
    )
    # a correct signature without the STS token the key requires
    assert (
        refused(lambda: v.verify(rpc_request("GET", "9NaGiOspFP5UPcwX8Iwt2YJXXuk="), "rpc")).code
        == "MissingSecurityToken"
    )


# -------------------------------------------------------------------------------------------------------- PDS


def pds_request(signature: str, token: str | None = None) -> WireRequest:
    headers = [
        ("date", "Sat, 01 Jun 2024 12:00:00 GMT"),
        ("host", "bj12345.api.aliyunpds.com"),
        ("x-acs-version", "2022-03-01"),
        ("x-acs-action", "ScanFile"),
        ("x-acs-signature-nonce", "0123456789abcdef0123456789abcdef"),
        ("accept", "application/json"),
        ("content-type", "application/json; charset=utf-8"),
        ("x-acs-signature-method", "HMAC-SHA1"),
        ("x-acs-signature-version", "1.0"),
    ]
    if token:
        headers.append(("x-acs-security-token", token))
    headers.append(("Authorization", f"acs LTAI5tFakeAccessKeyId:{signature}"))
    body = (
        '{"drive_id":"1","fields":"*","limit":50,"marker":"NWQ1Yjk4YmI1ZDRlYmU1Y2E0YWE0NmJhYWJmODBh'
        + 'NDQ2NzhlMTRhMg+/= ~*中"}'
    )
    return WireRequest("POST", "/v2/file/scan", "", tuple(headers), body.encode())


TOKEN = "CAIS+gF1q6Ft5B2yfSjIr5bjHPCN/nrdR8aSaSW7woVlmVd1Bt5HorDz2IHpPfHdoBe0btvU=="
SECRET = "FakeAccessKeySecret/with+special=chars"


def test_pds_sdk_vectors() -> None:
    v = verifier("2024-06-01T12:05:00", AlibabaCredentials("LTAI5tFakeAccessKeyId", SECRET))
    assert v.verify(pds_request("/zsRiWSmTyVqP0yRsvRexfckYoI="), "roa").scheme == "pds-hmac-sha1"
    err = refused(lambda: v.verify(pds_request("/zsRiWSmTyVqP0yRsvRexfckYoI="), "roa"))
    assert (err.status, err.code) == (401, "SignatureNonceUsed")
    v = verifier("2024-06-01T12:05:00", AlibabaCredentials("LTAI5tFakeAccessKeyId", SECRET, TOKEN))
    assert v.verify(pds_request("jB6X0dF3vIDBrMveM660QxH3evQ=", TOKEN), "roa").sts
    err = refused(
        lambda: verifier("2024-06-01T12:16:00", AlibabaCredentials("LTAI5tFakeAccessKeyId", SECRET)).verify(
            pds_request("/zsRiWSmTyVqP0yRsvRexfckYoI="), "roa"
        )
    )
    assert (err.status, err.code) == (401, "InvalidTimeStamp.Expired")


def test_bearer() -> None:
    expires = datetime(2024, 6, 1, 12, 0, tzinfo=UTC)
    creds = CredentialSet()
    creds.add_access_token("good")
    creds.add_access_token("old", expires_at=expires)
    v = Verifier(creds, lambda: expires)
    ok = WireRequest(
        "POST", "/v2/file/scan", "", (("Authorization", "Bearer good"), ("x-acs-bearer-token", "good")), b""
    )
    assert v.verify(ok, "roa").scheme == "bearer"
    for auth, extra in (
        ("Bearer old", ()),
        ("Bearer nope", ()),
        ("Bearer ", ()),
        ("Basic x", ()),
        ("Bearer good", (("x-acs-bearer-token", "other"),)),
    ):
        request = WireRequest("POST", "/v2/file/scan", "", (("Authorization", auth), *extra), b"")
        err = refused(lambda: v.verify(request, "roa"))  # noqa: B023
        assert (err.status, err.code) == (401, "AccessTokenInvalid")


# ------------------------------------------------------------------------------------------------- Volcengine


def test_volcengine_published_demo() -> None:
    ak = "AKLTYWViMTVmZGYzM2E0NDI5Mzk2MDZjNjFmMjc2MjRjMzg"
    v = verifier(
        "2024-06-19T07:13:06", VolcengineCredentials(ak, "WkRZeE1EQmxPVGhsWWpWak5HVmtNbUUxTXpZeU9UVXlOMlE1TmpZeVlqTQ==")
    )
    auth = (
        f"HMAC-SHA256 Credential={ak}/20240619/cn-beijing/iam/request, SignedHeaders=host;x-date, "
        "Signature=e31c4558bcfe08a286001f59cedbf0791ffd0b2362f10e55ee2627467bcdde93"
    )
    headers = (("Host", "iam.volcengineapi.com"), ("X-Date", "20240619T071306Z"), ("Authorization", auth))
    request = WireRequest("GET", "/", "Action=ListUsers&Version=2018-01-01&Limit=10&Offset=0", headers, b"")
    principal = v.verify(request, "volcengine", "iam")
    assert (principal.scheme, principal.region) == ("volc-hmac-sha256", "cn-beijing")
    assert v.verify(request, "volcengine", "iam")  # no nonce in this scheme: a replay within the skew window verifies
    assert refused(lambda: v.verify(request, "volcengine", "nta")).code == "InvalidCredential"  # the scope's service
    tampered = WireRequest("GET", "/", "Action=ListUsers&Version=2018-01-01&Limit=11&Offset=0", headers, b"")
    err = refused(lambda: v.verify(tampered, "volcengine", "iam"))
    assert (err.status, err.code, err.code_n) == (401, "SignatureDoesNotMatch", 100010)


def test_volcengine_sdk_compact_vector_and_policy() -> None:
    v = verifier("2024-10-22T06:39:53", VolcengineCredentials("AK", "SK"))
    body = b'{"SignURL": "https://x/y?a=b"}'
    signed = "content-type;host;x-content-sha256;x-date;x-sdk-invocation-id;x-sdk-request"
    headers = [
        ("Content-Type", "application/json"),
        ("X-Sdk-Invocation-Id", "00000000-0000-4000-8000-000000000000"),
        ("X-Sdk-Request", "attempt=1; max=4"),
        ("Host", "open.volcengineapi.com"),
        ("X-Date", "20241022T063953Z"),
        ("X-Content-Sha256", hashlib.sha256(body).hexdigest()),
    ]
    auth = (
        f"HMAC-SHA256 Credential=AK/20241022/cn-beijing/nta/request, SignedHeaders={signed}, "
        "Signature=1a8d00e49c217864179201dc8b4ca68f3c33024de5bf343755816e899ab36c58"
    )
    query = "Action=CreateFileDetection&Version=2024-07-30"
    assert v.verify(WireRequest("POST", "/", query, (*headers, ("Authorization", auth)), body), "volcengine", "nta")
    # X-Content-Sha256 sent but not signed
    unsigned = auth.replace("x-content-sha256;", "")
    err = refused(
        lambda: v.verify(
            WireRequest("POST", "/", query, (*headers, ("Authorization", unsigned)), body), "volcengine", "nta"
        )
    )
    assert err.code == "InvalidAuthorization"
    # a body that is not the one hashed
    err = refused(
        lambda: v.verify(
            WireRequest("POST", "/", query, (*headers, ("Authorization", auth)), b"{}"), "volcengine", "nta"
        )
    )
    assert err.code == "SignatureDoesNotMatch"
    # the scope date must be the X-Date's day, and X-Date must be there
    wrong_day = auth.replace("AK/20241022", "AK/20241021")
    err = refused(
        lambda: v.verify(
            WireRequest("POST", "/", query, (*headers, ("Authorization", wrong_day)), body), "volcengine", "nta"
        )
    )
    assert err.code == "InvalidCredential"
    no_date = tuple(h for h in headers if h[0] != "X-Date") + (("Authorization", auth.replace("x-date;", "")),)
    assert (
        refused(lambda: v.verify(WireRequest("POST", "/", query, no_date, body), "volcengine", "nta")).code
        == "InvalidAuthorization"
    )


def test_volcengine_minimal_signing_with_session_token() -> None:
    cred = VolcengineCredentials("AKTPkey", "secret", "session+token/==")
    v = verifier("2024-10-22T06:39:53", cred)
    headers = [("Host", "127.0.0.1:18080"), ("X-Date", "20241022T063953Z"), ("X-Security-Token", "session+token/==")]
    names = ["host", "x-date", "x-security-token"]
    creq = volcengine.canonical_request(
        "POST", "/", [("Action", "CreateFileDetection"), ("Version", "2024-07-30")], headers, names, EMPTY
    )
    key = volcengine.signing_key("secret", "20241022", "cn-beijing", "nta")
    sig = volcengine.signature(key, volcengine.string_to_sign("20241022T063953Z", "cn-beijing", "nta", creq))
    auth = volcengine.authorization("AKTPkey", "20241022/cn-beijing/nta/request", names, sig)
    request = WireRequest(
        "POST", "/", "Action=CreateFileDetection&Version=2024-07-30", (*headers, ("Authorization", auth)), b""
    )
    assert v.verify(request, "volcengine", "nta").sts


def test_nonce_cache_is_bounded_in_time_and_size() -> None:
    cache = NonceCache(ttl=__import__("datetime").timedelta(minutes=30), max_entries=3)
    t0 = datetime(2024, 1, 1, tzinfo=UTC)
    assert cache.use("ak", "a", t0) and not cache.use("ak", "a", t0) and cache.use("other", "a", t0)
    for n in "bcdef":
        cache.use("ak", n, t0)
    assert len(cache) <= 3
    later = t0.replace(hour=1)
    assert cache.use("ak", "f", later)  # expired entries are forgotten
