"""Published worked examples and SDK reference vectors, reproduced with our code (clock and nonce pinned)."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from typing import ClassVar

import httpx
import pytest
from cloudmedia._runtime.credentials_types import AlibabaCredentials, VolcengineCredentials
from cloudmedia._runtime.signing import acs3, pds, rpc_v1, volcengine
from cloudmedia._runtime.signing._encoding import EMPTY_SHA256, parse_query
from cloudmedia._runtime.wire import build_request

from ._signing_support import (
    AK,
    ALI_AK,
    ALI_STS,
    CALLS,
    IMM,
    IMM_FIELDS,
    IMM_URIS,
    ISO,
    NONCE,
    NTA,
    PDS,
    RFC1123,
    SIGN_URL,
    SK,
    STS_TOKEN,
    USER_AGENT,
    VIDEO_ID,
    VOD,
    VOLC_AK,
    VOLC_CREDS,
    VOLC_MOMENT,
    VOLC_SK,
    VOLC_STS,
    VOLC_TOKEN,
    VOLC_XDATE,
    fixed_clock,
    fixed_nonce,
    op_of,
)

# ==============================================================================================================
# Alibaba: published worked examples


class TestAlibabaV3WorkedExample:
    """alibabacloud.com "V3 request structure and signature", section "Fixed parameter values"."""

    HEADERS: ClassVar[dict[str, str]] = {
        "host": "ecs.cn-shanghai.aliyuncs.com",
        "x-acs-action": "RunInstances",
        "x-acs-version": "2014-05-26",
        "x-acs-date": "2023-10-26T10:22:32Z",
        "x-acs-signature-nonce": "3156853299f313e23d1673dc12e1703d",
        "x-acs-content-sha256": EMPTY_SHA256,
    }
    QUERY: ClassVar[list[tuple[str, str]]] = [
        ("ImageId", "win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd"),
        ("RegionId", "cn-shanghai"),
    ]
    CANONICAL = (
        "POST\n/\nImageId=win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd&RegionId=cn-shanghai\n"
        "host:ecs.cn-shanghai.aliyuncs.com\nx-acs-action:RunInstances\n"
        "x-acs-content-sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\n"
        "x-acs-date:2023-10-26T10:22:32Z\nx-acs-signature-nonce:3156853299f313e23d1673dc12e1703d\n"
        "x-acs-version:2014-05-26\n\n"
        "host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version\n"
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
    )
    SIGNATURE = "06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0"

    def test_canonical_request_string_to_sign_and_signature(self) -> None:
        creq = acs3.canonical_request("POST", "/", self.QUERY, self.HEADERS, self.HEADERS, EMPTY_SHA256)
        assert creq == self.CANONICAL
        sts = acs3.string_to_sign(creq)
        assert sts == "ACS3-HMAC-SHA256\n7ea06492da5221eba5297e897ce16e55f964061054b7695beedaac1145b1e259"
        assert acs3.signature("YourAccessKeySecret", sts) == self.SIGNATURE
        assert acs3.authorization("YourAccessKeyId", acs3.signed_header_names(self.HEADERS), self.SIGNATURE) == (
            "ACS3-HMAC-SHA256 Credential=YourAccessKeyId,SignedHeaders=host;x-acs-action;x-acs-content-sha256;"
            "x-acs-date;x-acs-signature-nonce;x-acs-version,Signature=" + self.SIGNATURE
        )

    def test_end_to_end_with_the_signer(self) -> None:
        # The example's header set is exactly this signer's minimal set (no content-type: empty body).
        request = httpx.Request(
            "POST",
            "https://ecs.cn-shanghai.aliyuncs.com/?ImageId=win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd"
            "&RegionId=cn-shanghai",
            headers={"x-acs-action": "RunInstances", "x-acs-version": "2014-05-26", "user-agent": "x", "accept": "y"},
        )
        signer = acs3.AcsV3Signer(
            AlibabaCredentials("YourAccessKeyId", "YourAccessKeySecret"),
            clock=lambda: datetime(2023, 10, 26, 10, 22, 32, tzinfo=UTC),
            nonce=lambda: "3156853299f313e23d1673dc12e1703d",
        )
        signer.sign(request)
        assert request.headers["authorization"].endswith("Signature=" + self.SIGNATURE)

    def test_parse_authorization(self) -> None:
        value = acs3.authorization("YourAccessKeyId", "host;x-acs-date", self.SIGNATURE)
        assert acs3.parse_authorization(value) == ("YourAccessKeyId", ["host", "x-acs-date"], self.SIGNATURE)
        with pytest.raises(ValueError):
            acs3.parse_authorization("acs AK:sig")


class TestAlibabaRpcWorkedExamples:
    CURRENT: ClassVar[list[tuple[str, str]]] = [
        ("AccessKeyId", "testid"),
        ("Action", "DescribeDedicatedHosts"),
        ("Format", "JSON"),
        ("RegionId", "cn-beijing"),
        ("SignatureMethod", "HMAC-SHA1"),
        ("SignatureNonce", "edb2b34af0af9a6d14deaf7c1a5315eb"),
        ("SignatureVersion", "1.0"),
        ("Timestamp", "2023-03-13T08:34:30Z"),
        ("Version", "2014-05-26"),
    ]

    def test_current_edition(self) -> None:
        assert rpc_v1.canonicalized_query(self.CURRENT) == (
            "AccessKeyId=testid&Action=DescribeDedicatedHosts&Format=JSON&RegionId=cn-beijing&SignatureMethod="
            "HMAC-SHA1&SignatureNonce=edb2b34af0af9a6d14deaf7c1a5315eb&SignatureVersion=1.0&Timestamp=2023-03-13T08"
            "%3A34%3A30Z&Version=2014-05-26"
        )
        sts = rpc_v1.string_to_sign("GET", self.CURRENT)
        assert sts == (
            "GET&%2F&AccessKeyId%3Dtestid%26Action%3DDescribeDedicatedHosts%26Format%3DJSON%26RegionId%3Dcn-beijing"
            "%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3Dedb2b34af0af9a6d14deaf7c1a5315eb%26SignatureVersion"
            "%3D1.0%26Timestamp%3D2023-03-13T08%253A34%253A30Z%26Version%3D2014-05-26"
        )
        assert rpc_v1.signature("testsecret", sts) == "9NaGiOspFP5UPcwX8Iwt2YJXXuk="

    def test_current_edition_post_variant(self) -> None:
        assert rpc_v1.signature("testsecret", rpc_v1.string_to_sign("POST", self.CURRENT)) == (
            "ZvQ9xGiFnquSJRvj+WE6kdSpTwU="
        )

    def test_older_edition(self) -> None:
        pairs = [
            ("AccessKeyId", "testid"),
            ("Action", "DescribeRegions"),
            ("Format", "XML"),
            ("SignatureMethod", "HMAC-SHA1"),
            ("SignatureNonce", "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf"),
            ("SignatureVersion", "1.0"),
            ("Timestamp", "2016-02-23T12:46:24Z"),
            ("Version", "2014-05-26"),
        ]
        assert rpc_v1.signature("testsecret", rpc_v1.string_to_sign("GET", pairs)) == "OLeaidS1JvxuMvnyHOwuJ+uX5qY="

    def test_signature_pair_is_ignored_when_verifying(self) -> None:
        with_sig = [*self.CURRENT, ("Signature", "whatever")]
        assert rpc_v1.string_to_sign("GET", with_sig) == rpc_v1.string_to_sign("GET", self.CURRENT)


# ==============================================================================================================
# Alibaba: SDK reference vectors (the official SDK's full header set on the real hosts)


def _sdk_acs3_headers(host: str, action: str, version: str, provider: str, sts: bool = False) -> dict[str, str]:
    headers = {
        "host": host,
        "x-acs-version": version,
        "x-acs-action": action,
        "user-agent": USER_AGENT,
        "x-acs-date": ISO,
        "x-acs-signature-nonce": NONCE,
        "accept": "application/json",
        "x-acs-content-sha256": EMPTY_SHA256,
        "x-acs-credentials-provider": provider,
    }
    if sts:
        headers["x-acs-accesskey-id"] = AK
        headers["x-acs-security-token"] = STS_TOKEN
    return headers


class TestAlibabaSdkVectors:
    VOD_WIRE_QUERY = "VideoId=357a8748c5789d2726e6436aa+1%2F~%2A%2B%3D%E8%A7%86%E9%A2%91"

    def _vod_request(self) -> httpx.Request:
        query, body = CALLS["vod"]
        return build_request(
            VOD, op_of(VOD), query, body, base_url="https://vod.cn-shanghai.aliyuncs.com", user_agent=USER_AGENT
        )

    def test_vod_wire_url(self) -> None:
        assert str(self._vod_request().url) == "https://vod.cn-shanghai.aliyuncs.com/?" + self.VOD_WIRE_QUERY

    @pytest.mark.parametrize(
        ("sts", "provider", "expected"),
        [
            (False, "static_ak", "ff2ed58d3294d61f19dca0a28b58c843e2d3fb6c392da6eb7b5abd861dd66542"),
            (True, "static_sts", "c3fc4cc780b0ae998f9a7b37b49510c592165f00c6d244894d518c9ec7f8831e"),
        ],
    )
    def test_vod_acs3(self, sts: bool, provider: str, expected: str) -> None:
        pairs = parse_query(self.VOD_WIRE_QUERY)
        assert pairs == [("VideoId", VIDEO_ID)]
        assert acs3.canonical_query(pairs) == "VideoId=357a8748c5789d2726e6436aa%201%2F~%2A%2B%3D%E8%A7%86%E9%A2%91"
        headers = _sdk_acs3_headers("vod.cn-shanghai.aliyuncs.com", "ListAIImageInfo", "2017-03-21", provider, sts)
        creq = acs3.canonical_request("POST", "/", pairs, headers, headers, EMPTY_SHA256)
        sts_ = acs3.string_to_sign(creq)
        if not sts:
            assert sts_ == "ACS3-HMAC-SHA256\ncb7e8a40fbdfc17a34840fa63726187f2b93741a4af0840fcfaa8fd2aaf5e0fa"
            assert acs3.canonical_headers(headers, headers)[1] == (
                "accept;host;user-agent;x-acs-action;x-acs-content-sha256;x-acs-credentials-provider;x-acs-date;"
                "x-acs-signature-nonce;x-acs-version"
            )
        assert acs3.signature(SK, sts_) == expected

    @pytest.mark.parametrize(
        ("creds", "expected_tail"),
        [
            (ALI_AK, "&AccessKeyId=LTAI5tFakeAccessKeyId&Signature=bULO%2FCB6rGQT%2FWxXF7j9zzhOlfo%3D"),
            (ALI_STS, "&AccessKeyId=LTAI5tFakeAccessKeyId&Signature=MTbl2aejDVIZQZZbWgplh6VtM7A%3D"),
        ],
    )
    def test_vod_rpc_v1_full_url(self, creds: AlibabaCredentials, expected_tail: str) -> None:
        request = self._vod_request()
        rpc_v1.AcsRpcV1Signer(creds, clock=fixed_clock(), nonce=fixed_nonce()).sign(request)
        token = (
            "&SecurityToken=CAIS%2BgF1q6Ft5B2yfSjIr5bjHPCN%2FnrdR8aSaSW7woVlmVd1Bt5HorDz2IHpPfHdoBe0btvU%3D%3D"
            if creds.security_token
            else ""
        )
        assert str(request.url) == (
            "https://vod.cn-shanghai.aliyuncs.com/?Action=ListAIImageInfo&Format=json&Version=2017-03-21"
            "&Timestamp=2024-06-01T12%3A00%3A00Z&SignatureNonce=0123456789abcdef0123456789abcdef&"
            + self.VOD_WIRE_QUERY
            + token
            + "&SignatureMethod=HMAC-SHA1&SignatureVersion=1.0"
            + expected_tail
        )

    def test_imm_acs3(self) -> None:
        request = build_request(
            IMM,
            op_of(IMM),
            {
                "ProjectName": "test-project",
                "DatasetName": "test dataset/~*+=中",
                "URIs": IMM_URIS,
                "WithFields": IMM_FIELDS,
            },
            None,
            base_url="imm.cn-hangzhou.aliyuncs.com",
            user_agent=USER_AGENT,
        )
        wire = request.url.query.decode()
        assert wire == (
            "DatasetName=test+dataset%2F~%2A%2B%3D%E4%B8%AD&ProjectName=test-project&URIs=%5B%22oss%3A%2F%2Ftest-"
            "bucket%2Fdir+with+space%2Fa~b%2Ac%2Bd%3De.jpg%22%2C%22oss%3A%2F%2Ftest-bucket%2F%E4%B8%AD%E6%96%87%E7"
            "%9B%AE%E5%BD%95%2F%E6%96%87%E4%BB%B6.png%22%2C%22pds%3A%2F%2Fdomains%2Fbj12345%2Fdrives%2F1%2Ffiles%2F"
            "6172abc%2Frevisions%2F6172def%22%2C%22oss%3A%2F%2Ftest-bucket%2Fquote%5C%22back%5C%5Cslash%26amp%3F.jpg"
            "%22%5D&WithFields=%5B%22URI%22%2C%22Filename%22%2C%22Figures%22%2C%22OCRContents%22%5D"
        )
        pairs = parse_query(wire)
        assert acs3.canonical_query(pairs) == wire.replace("+", "%20")
        headers = _sdk_acs3_headers("imm.cn-hangzhou.aliyuncs.com", "BatchGetFileMeta", "2020-09-30", "static_ak")
        creq = acs3.canonical_request("POST", "/", pairs, headers, headers, EMPTY_SHA256)
        assert acs3.signature(SK, acs3.string_to_sign(creq)) == (
            "183e527bf06690ee667855b7c8c023d60bd61493dc7a706f43b44282d6dae380"
        )

    @pytest.mark.parametrize(
        ("creds", "expected"),
        [
            (ALI_AK, "acs LTAI5tFakeAccessKeyId:/zsRiWSmTyVqP0yRsvRexfckYoI="),
            (ALI_STS, "acs LTAI5tFakeAccessKeyId:jB6X0dF3vIDBrMveM660QxH3evQ="),
        ],
    )
    def test_pds_scan_file(self, creds: AlibabaCredentials, expected: str) -> None:
        query, body = CALLS["pds"]
        request = build_request(
            PDS, op_of(PDS), query, body, base_url="https://bj12345.api.aliyunpds.com", user_agent=USER_AGENT
        )
        assert request.content == (
            '{"drive_id":"1","fields":"*","limit":50,"marker":"NWQ1Yjk4YmI1ZDRlYmU1Y2E0YWE0NmJhYWJmODBhNDQ2NzhlMTRhMg'
            '+/= ~*中"}'.encode()
        )
        assert len(request.content) == 115
        pds.PdsAcsSigner(creds, clock=fixed_clock(), nonce=fixed_nonce()).sign(request)
        token_line = f"x-acs-security-token:{STS_TOKEN}\n" if creds.security_token else ""
        assert pds.string_to_sign("POST", "/v2/file/scan", [], request.headers) == (
            f"POST\napplication/json\n\napplication/json; charset=utf-8\n{RFC1123}\nx-acs-action:ScanFile\n"
            + token_line
            + "x-acs-signature-method:HMAC-SHA1\nx-acs-signature-nonce:0123456789abcdef0123456789abcdef\n"
            "x-acs-signature-version:1.0\nx-acs-version:2022-03-01\n/v2/file/scan"
        )
        assert request.headers["authorization"] == expected
        assert request.headers["date"] == RFC1123
        assert pds.parse_authorization(expected) == (AK, expected.split(":", 1)[1])


# ==============================================================================================================
# Volcengine: published worked examples

AK_2024 = "AKLTYWViMTVmZGYzM2E0NDI5Mzk2MDZjNjFmMjc2MjRjMzg"
SK_2024 = "WkRZeE1EQmxPVGhsWWpWak5HVmtNbUUxTXpZeU9UVXlOMlE1TmpZeVlqTQ=="


class TestVolcengineWorkedExamples:
    def test_2024_edition(self) -> None:
        query = parse_query("Action=ListUsers&Version=2018-01-01&Limit=10&Offset=0")
        headers = {"host": "iam.volcengineapi.com", "x-date": "20240619T071306Z"}
        creq = volcengine.canonical_request("GET", "/", query, headers, ["host", "x-date"], EMPTY_SHA256)
        assert creq == (
            "GET\n/\nAction=ListUsers&Limit=10&Offset=0&Version=2018-01-01\nhost:iam.volcengineapi.com\n"
            "x-date:20240619T071306Z\n\nhost;x-date\n" + EMPTY_SHA256
        )
        assert hashlib.sha256(creq.encode()).hexdigest() == (
            "5ed5bca3905e1fcbf789abb56a17c2d819674a3bcfa468ae476bd1ea80d135cb"
        )
        key = volcengine.signing_key(SK_2024, "20240619", "cn-beijing", "iam")
        assert key.hex() == "abee62e533a58934c49954459a3c3237d2fccea517c9a7c8a2651d8ea7779826"
        sig = volcengine.signature(key, volcengine.string_to_sign("20240619T071306Z", "cn-beijing", "iam", creq))
        assert sig == "e31c4558bcfe08a286001f59cedbf0791ffd0b2362f10e55ee2627467bcdde93"
        scope = volcengine.credential_scope("20240619T071306Z", "cn-beijing", "iam")
        value = volcengine.authorization(AK_2024, scope, "host;x-date", sig)
        assert value == (
            "HMAC-SHA256 Credential=AKLTYWViMTVmZGYzM2E0NDI5Mzk2MDZjNjFmMjc2MjRjMzg/20240619/cn-beijing/iam/request, "
            "SignedHeaders=host;x-date, Signature=e31c4558bcfe08a286001f59cedbf0791ffd0b2362f10e55ee2627467bcdde93"
        )
        assert volcengine.parse_authorization(value) == (AK_2024, scope, ["host", "x-date"], sig)

    def test_2020_edition_end_to_end(self) -> None:
        # Its header set (content-type;host;x-content-sha256;x-date) is exactly what our signer signs.
        request = httpx.Request(
            "GET",
            "https://iam.volcengineapi.com/?Action=ListUsers&Version=2018-01-01&Limit=10&Offset=0",
            headers={"Content-Type": "application/x-www-form-urlencoded; charset=utf-8"},
        )
        signer = volcengine.VolcengineV4Signer(
            VolcengineCredentials(
                "AKLTMjI2ODVlYzI3ZGY1NGU4ZjhjYWRjMTlmNTM5OTZkYzE",
                "TnpCak5XWXpZV1U0WkRaaE5ERmxaR0ZpTmpjeVkyUXlZek0wTWpJMU1qWQ==",
            ),
            region="cn-north-1",
            service="iam",
            clock=lambda: datetime(2020, 12, 30, 8, 18, 5, tzinfo=UTC),
        )
        signer.sign(request)
        _, _, signed, sig = volcengine.parse_authorization(request.headers["authorization"])
        assert signed == ["content-type", "host", "x-content-sha256", "x-date"]
        assert sig == "28eeabbbd726b87002e0fe58ad8c1c768e619b06e2646f35b6ad7ed029a6d8a7"
        creq = volcengine.canonical_request(
            "GET", "/", parse_query(request.url.query), request.headers, signed, EMPTY_SHA256
        )
        assert hashlib.sha256(creq.encode()).hexdigest() == (
            "3a4d4dee07c3308a52da01bc12d7a83c3705bfa543f51648f46de880bb2a7447"
        )

    def test_signing_method_key_chain(self) -> None:
        from cloudmedia._runtime.signing._encoding import hmac_sha256

        k_date = hmac_sha256(SK_2024.encode(), "20250329")
        k_region = hmac_sha256(k_date, "cn-beijing")
        k_service = hmac_sha256(k_region, "billing")
        k_signing = hmac_sha256(k_service, "request")
        assert k_date.hex() == "069b1da2ba9c0ecbd8e8aaf2a5742696ebc22f3fe95a649983d31b433ba94ff3"
        assert k_region.hex() == "2f41e8c797f1f0200484c9b0986f89cb371bf44d51e37ca7ad0e12dcbbd83cfd"
        assert k_service.hex() == "2d9caf568d4a1bd052daf42378d281e7f3233c7110dd6849988bd17fd5423777"
        assert k_signing.hex() == "b491ed164936de3bb06c1eb23326aa9587b5aaa6a4e02144b9d523bbebb7ca9f"
        assert volcengine.signing_key(SK_2024, "20250329T180937Z", "cn-beijing", "billing") == k_signing

    @pytest.mark.parametrize(
        ("method", "action", "body", "body_sha", "cr_hash", "expected"),
        [
            (
                "GET",
                "QueryBalanceAcct",
                b"",
                EMPTY_SHA256,
                "43171c1658c64b5db55c58d54988a4598d2d09a5613136beaa5eef40eae6e2c1",
                "1eda9e7e6b1728151a8e8791fdaf67cfbd28bd5c80d0fce2eb208746cf483105",
            ),
            (
                "POST",
                "ListBill",
                b'{"Limit":10,"BillPeriod":"2023-08"}',
                "e8cc56e129d9759d56c936e679a345d001a4235b58bee8e935ccad97f23ed663",
                "27383e3b56d03850f5634483527fbddcbf06cf98de1bc8a6679ef2300bff3b15",
                "5e8480ceea12d0000a23c054151c50dd02c1a7dec835004057d19f13d53a7658",
            ),
        ],
    )
    def test_signing_method_requests(
        self, method: str, action: str, body: bytes, body_sha: str, cr_hash: str, expected: str
    ) -> None:
        assert hashlib.sha256(body).hexdigest() == body_sha
        query = [("Action", action), ("Version", "2022-01-01")]
        headers = {"host": "billing.volcengineapi.com", "x-date": "20250329T180937Z"}
        creq = volcengine.canonical_request(method, "/", query, headers, ["host", "x-date"], body_sha)
        assert hashlib.sha256(creq.encode()).hexdigest() == cr_hash
        key = volcengine.signing_key(SK_2024, "20250329", "cn-beijing", "billing")
        sts = volcengine.string_to_sign("20250329T180937Z", "cn-beijing", "billing", creq)
        assert volcengine.signature(key, sts) == expected


# ==============================================================================================================
# Volcengine: SDK reference vectors


def _sdk_volc_headers(host: str, invocation_id: str, body_sha: str, token: str | None = None) -> dict[str, str]:
    headers = {
        "Content-Type": "application/json",
        "X-Sdk-Invocation-Id": invocation_id,
        "X-Sdk-Request": "attempt=1; max=4",
        "Host": host,
        "X-Date": VOLC_XDATE,
        "X-Content-Sha256": body_sha,
    }
    if token:
        headers["X-Security-Token"] = token
    return headers


SDK_SET = ["content-type", "host", "x-content-sha256", "x-date", "x-sdk-invocation-id", "x-sdk-request"]
NTA_QUERY = [("Action", "CreateFileDetection"), ("Version", "2024-07-30")]


class TestVolcengineSdkVectors:
    def test_compact_vector(self) -> None:
        body = json.dumps({"SignURL": "https://x/y?a=b"}).encode()
        body_sha = hashlib.sha256(body).hexdigest()
        assert body_sha == "dd9cfd01957800afededc2c003899e1f2ab5c4efd64bfda32cde3e7b76b55003"
        headers = _sdk_volc_headers("open.volcengineapi.com", "00000000-0000-4000-8000-000000000000", body_sha)
        creq = volcengine.canonical_request("POST", "/", NTA_QUERY, headers, SDK_SET, body_sha)
        sts = volcengine.string_to_sign(VOLC_XDATE, "cn-beijing", "nta", creq)
        assert sts == (
            "HMAC-SHA256\n20241022T063953Z\n20241022/cn-beijing/nta/request\n"
            "39d967c275e0895cc825d7f96d104c13d2d6af960c2713ce26e44dcace2b453a"
        )
        sig = volcengine.signature(volcengine.signing_key("SK", VOLC_XDATE, "cn-beijing", "nta"), sts)
        assert volcengine.authorization("AK", "20241022/cn-beijing/nta/request", SDK_SET, sig) == (
            "HMAC-SHA256 Credential=AK/20241022/cn-beijing/nta/request, SignedHeaders=content-type;host;"
            "x-content-sha256;x-date;x-sdk-invocation-id;x-sdk-request, "
            "Signature=1a8d00e49c217864179201dc8b4ca68f3c33024de5bf343755816e899ab36c58"
        )

    def test_edge_case_body(self) -> None:
        request = build_request(
            NTA, op_of(NTA), {}, {"SignURL": SIGN_URL}, base_url="https://open.volcengineapi.com", user_agent="x"
        )
        assert request.content == json.dumps({"SignURL": SIGN_URL}).encode()
        assert len(request.content) == 693
        assert hashlib.sha256(request.content).hexdigest() == (
            "7c6bb0a5796333747157afc055d26aedbaca7b718d8eab765d642681d1ba22fe"
        )
        text = request.content.decode()
        assert text.startswith(
            '{"SignURL": "https://sample-bucket.tos-cn-beijing.volces.com/uploads/2024/\\u6837\\u672c \\u76ee\\u5f55/'
            "my file+v1~final (copy)%20x.elf?"
        )
        assert 'filename=\\"\\u62a5\\u544a v2.elf\\"; a\\\\b <x>&y&tag=\\ud83d\\ude80' in text

    @pytest.mark.parametrize(
        ("host", "token", "expected"),
        [
            ("127.0.0.1:18080", None, "2b5b357a6c73226046063a4350d182a1cc0ef7131bf5d095a0b9c61e6d6de1e5"),
            ("127.0.0.1:18080", VOLC_TOKEN, "1d7cb43b5131be97d314f9f0b08fc96c23e08823ccbdcb1001c68ef1b824077a"),
            ("open.volcengineapi.com", None, "741eef614fd17ffca35dde7d1f11ea1b5134db117976cb5187fa66e94c081665"),
        ],
    )
    def test_edge_case_sdk_header_set(self, host: str, token: str | None, expected: str) -> None:
        body_sha = "7c6bb0a5796333747157afc055d26aedbaca7b718d8eab765d642681d1ba22fe"
        headers = _sdk_volc_headers(host, "11111111-2222-4333-8444-555555555555", body_sha, token)
        names = SDK_SET + (["x-security-token"] if token else [])
        creq = volcengine.canonical_request("POST", "/", NTA_QUERY, headers, names, body_sha)
        if token:
            assert creq == (
                "POST\n/\nAction=CreateFileDetection&Version=2024-07-30\ncontent-type:application/json\n"
                f"host:{host}\nx-content-sha256:{body_sha}\nx-date:{VOLC_XDATE}\n"
                "x-sdk-invocation-id:11111111-2222-4333-8444-555555555555\nx-sdk-request:attempt=1; max=4\n"
                f"x-security-token:{VOLC_TOKEN}\n\n"
                "content-type;host;x-content-sha256;x-date;x-sdk-invocation-id;x-sdk-request;x-security-token\n"
                + body_sha
            )
        sts = volcengine.string_to_sign(VOLC_XDATE, "cn-beijing", "nta", creq)
        assert volcengine.signature(volcengine.signing_key(VOLC_SK, VOLC_XDATE, "cn-beijing", "nta"), sts) == expected

    @pytest.mark.parametrize(
        ("base_url", "creds", "expected"),
        [
            # "official signer, minimal set, open.volcengineapi.com"
            (
                "https://open.volcengineapi.com",
                VOLC_CREDS,
                "1b94514e4d3a005b89fbbc2aeebc7469e849ece11d3ade47c1c4a977af014f32",
            ),
            # the older `volcengine` SDK signs exactly our minimal set
            ("http://127.0.0.1:18080", VOLC_CREDS, "ec948da613784cae95175a573beae8c34e40a8babe2e75328842803116719598"),
            ("http://127.0.0.1:18080", VOLC_STS, "1d6edb0ad6f77f6fa00ddb74381ea682784254505b9d61b971bb08da9a1fb5fb"),
        ],
    )
    def test_edge_case_minimal_set_end_to_end(self, base_url: str, creds: VolcengineCredentials, expected: str) -> None:
        request = build_request(NTA, op_of(NTA), {}, {"SignURL": SIGN_URL}, base_url=base_url, user_agent="x")
        signer = volcengine.VolcengineV4Signer(creds, region="cn-beijing", service="nta", clock=lambda: VOLC_MOMENT)
        signer.sign(request)
        _, scope, signed, sig = volcengine.parse_authorization(request.headers["authorization"])
        assert scope == "20241022/cn-beijing/nta/request"
        assert signed == ["content-type", "host", "x-content-sha256", "x-date"] + (
            ["x-security-token"] if creds.session_token else []
        )
        assert sig == expected
        assert request.headers["authorization"].startswith(f"HMAC-SHA256 Credential={VOLC_AK}/")
