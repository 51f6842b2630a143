#!/usr/bin/env python3
"""The main job: a tour of the generated clients against the local emulator, no cloud account needed.

    python3 scripts/tour.py

Installs the package into .venv on first use, starts ``cloudmedia-emulator`` on a free port of
127.0.0.1, and calls the operations through the generated Python clients — signed exactly as the real
services expect, verified by the emulator: a paginated scan and a download URL, file metadata, a face
search and the clips of a found media, the two asynchronous workflows (an NTA file detection and a VOD
AI image job: submit, wait, read the result), then a validation error, a service error and a retried
throttle, and finally every operation of every spec with its documented example. Exit 0 when every step
behaved as described.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parent))

import devenv

devenv.ensure("", sys.argv)

import asyncio
import time

from cloudmedia import ParamValidationError, RetryPolicy, ServiceError, WaiterFailedError, __version__
from cloudmedia.emulator import DEFAULT_CREDENTIALS, Emulator
from cloudmedia.ice import IceClient
from cloudmedia.imm import ImmClient
from cloudmedia.nta import NtaClient
from cloudmedia.pds import PdsClient, Unset
from cloudmedia.vod import VodClient

PDS_FILES = 250
#: Seconds between the polls of a waiter (the emulator's jobs finish after two "in progress" polls).
POLL_DELAY = 0.05

Step = Callable[[Emulator], str]
T = TypeVar("T")


def given(value: T | Unset) -> T:
    """A response field the step relies on (absent fields are ``UNSET`` in the models)."""
    assert not isinstance(value, Unset), "a field the tour relies on is absent"
    return value


def alibaba(emu: Emulator) -> dict[str, Any]:
    key = emu.credentials.alibaba_key
    assert key is not None
    return {"access_key_id": key.access_key_id, "access_key_secret": key.access_key_secret}


def pds_scan_all_pages(emu: Emulator) -> str:
    token = DEFAULT_CREDENTIALS.access_token.token
    with PdsClient(domain_id=emu.data.pds_domain_id, access_token=token, endpoint_url=emu.url) as pds:
        pages = list(pds.scan_file_pages(drive_id="1", limit=100, fields="*"))
        files = [f for page in pages for f in page.items or []]
    assert len(files) == PDS_FILES, len(files)
    return f"{len(files)} files in {len(pages)} pages (marker paging, bearer token); first: {files[0].name}"


def pds_get_download_url(emu: Emulator) -> str:
    token = DEFAULT_CREDENTIALS.access_token.token
    with PdsClient(domain_id=emu.data.pds_domain_id, access_token=token, endpoint_url=emu.url) as pds:
        first = given(pds.scan_file(drive_id="1", limit=1, fields="*").items)[0]
        link = pds.get_download_url(drive_id="1", file_id=given(first.file_id), expire_sec=3600)
    host = given(link.url).split("/")[2]
    return f"{first.name}: a download URL on {host}, expires {link.expiration}"


def imm_batch_get_file_meta(emu: Emulator) -> str:
    uris = ["oss://test-bucket/photos/a.jpg", "oss://test-bucket/missing.jpg", "oss://test-bucket/videos/b.mp4"]
    with ImmClient(region="cn-hangzhou", endpoint_url=emu.url, **alibaba(emu)) as imm:
        meta = imm.batch_get_file_meta(project_name="test-project", dataset_name="test-dataset", uris=uris)
    found = [f.uri for f in meta.files or []]
    figures = sum(len(f.figures or []) for f in meta.files or [])
    return f"{len(found)} of {len(uris)} URIs indexed (unknown one skipped), {figures} figures (ACS3-HMAC-SHA256)"


def imm_get_file_meta(emu: Emulator) -> str:
    with ImmClient(region="cn-hangzhou", endpoint_url=emu.url, **alibaba(emu)) as imm:
        meta = imm.get_file_meta(
            project_name="test-project", dataset_name="test-dataset", uri="oss://test-bucket/photos/a.jpg"
        )
    file = given(meta.files)[0]
    return f"{file.uri}: {file.media_type}, {file.content_type}, {file.size} bytes"


def vod_list_ai_image_info(emu: Emulator) -> str:
    with VodClient(
        region="cn-shanghai", endpoint_url=emu.url, signature_algorithm="rpc-hmac-sha1", **alibaba(emu)
    ) as vod:
        listed = vod.list_ai_image_info(video_id="357a8748c5789d2726e6436aa1234").ai_image_info_list or []
    return f"{len(listed)} AI images, e.g. {listed[0].format_} (legacy RPC signature)"


def ice_search_media_by_face(emu: Emulator) -> str:
    sts = emu.credentials.alibaba_sts
    assert sts is not None

    async def search() -> tuple[int, int]:
        async with IceClient(
            region="cn-shanghai",
            endpoint_url=emu.url,
            access_key_id=sts.access_key_id,
            access_key_secret=sts.access_key_secret,
            security_token=sts.security_token,
        ) as ice:
            pages = 0
            items = 0
            async for page in ice.search_media_by_face_pages(
                person_image_url="https://example.com/face.jpg", face_search_token="tour", page_size=50
            ):
                pages += 1
                items += len(page.media_info_list or [])
            return pages, items

    pages, items = asyncio.run(search())
    return f"{items} media in {pages} pages (PageNo/Total paging, async, STS)"


def ice_search_media_clip_by_face(emu: Emulator) -> str:
    with IceClient(region="cn-shanghai", endpoint_url=emu.url, **alibaba(emu)) as ice:
        found = ice.search_media_by_face(
            person_image_url="https://example.com/face.jpg", face_search_token="tour", page_size=1
        )
        media_id = given(given(found.media_info_list)[0].media_id)
        clips = ice.search_media_clip_by_face(face_search_token="tour", media_id=media_id)
    spans = [(o.start_time, o.end_time) for c in clips.media_clip_list or [] for o in c.occurrences_infos or []]
    return f"media {media_id}: {len(spans)} clip(s), first {spans[0][0]}-{spans[0][1]} s (same FaceSearchToken)"


def nta_create_file_detection(emu: Emulator) -> str:
    key = emu.credentials.volcengine_key
    assert key is not None
    with NtaClient(
        region="cn-beijing",
        endpoint_url=emu.url,
        access_key_id=key.access_key_id,
        secret_access_key=key.secret_access_key,
    ) as nta:
        raw = nta.with_raw_response.create_file_detection(
            sign_url="https://bucket.tos-cn-beijing.volces.com/a.elf?X-Tos-Signature=x"
        )
    query_key = raw.parsed.result.query_key if raw.parsed.result else None
    return f"QueryKey {query_key} (Volcengine HMAC-SHA256, request id {raw.request_id})"


def nta_detection_workflow(emu: Emulator) -> str:
    key = emu.credentials.volcengine_key
    assert key is not None
    files = {
        "clean": "https://bucket.tos-cn-beijing.volces.com/reports/clean-report.pdf?X-Tos-Signature=x",
        "infected": "https://bucket.tos-cn-beijing.volces.com/samples/eicar.com?X-Tos-Signature=x",
        "broken": "https://bucket.tos-cn-beijing.volces.com/samples/corrupt.zip?X-Tos-Signature=x",
    }
    outcomes = []
    with NtaClient(
        region="cn-beijing",
        endpoint_url=emu.url,
        access_key_id=key.access_key_id,
        secret_access_key=key.secret_access_key,
    ) as nta:
        for name, sign_url in files.items():
            query_key = given(given(nta.create_file_detection(sign_url=sign_url).result).query_key)  # submit
            try:
                done = nta.wait_for_file_detection(query_key, delay=POLL_DELAY)  # wait
            except WaiterFailedError as exc:  # Finish -1: the detection failed
                outcomes.append(f"{name}: detection failed (Finish {exc.last_state}, {exc.attempts} polls)")
                continue
            result = given(done.result)  # the result
            verdict = f"virus {result.virus_desc}" if result.file_sec_type == 2 else "no virus"
            outcomes.append(f"{name}: {verdict}")
    return "; ".join(outcomes)


def vod_ai_image_workflow(emu: Emulator) -> str:
    video_id = "357a8748c5789d2726e6436aa5678"
    with VodClient(region="cn-shanghai", endpoint_url=emu.url, **alibaba(emu)) as vod:
        submitted = vod.submit_ai_image_job(video_id=video_id, ai_template_id="ef1a8842cb9f4a3cea80cad902e416")
        job_id = given(submitted.job_id)
        done = vod.wait_for_ai_image_job(job_id, delay=POLL_DELAY)
        images = vod.list_ai_image_info(video_id=video_id).ai_image_info_list or []
    status = given(done.ai_image_job_list)[0].status
    mine = [i for i in images if i.job_id == job_id]
    assert mine, "the finished job's images are listed"
    return f"job {job_id[:12]}…: {status}; ListAIImageInfo lists {len(mine)} image(s) of it ({mine[0].format_})"


def validation_error(emu: Emulator) -> str:
    before = emu.requests.total
    with IceClient(region="cn-shanghai", endpoint_url=emu.url, **alibaba(emu)) as ice:
        try:
            ice.search_media_by_face(person_image_url="https://example.com/f.jpg", face_search_token="t", page_size=51)
        except ParamValidationError as exc:
            assert emu.requests.total == before, "nothing may be sent"
            return f"ParamValidationError, nothing sent: {exc}"
    raise AssertionError("PageSize 51 was accepted")


def service_error(emu: Emulator) -> str:
    key = emu.credentials.alibaba_key
    assert key is not None
    with ImmClient(
        region="cn-hangzhou",
        endpoint_url=emu.url,
        access_key_id=key.access_key_id,
        access_key_secret="not-the-secret",
    ) as imm:
        try:
            imm.batch_get_file_meta(project_name="p", dataset_name="d", uris=["oss://b/k.jpg"])
        except ServiceError as exc:
            return f"{type(exc).__name__}: {exc.code} (HTTP {exc.http_status}, request id {exc.request_id})"
    raise AssertionError("a wrong secret was accepted")


def retried_throttle(emu: Emulator) -> str:
    emu.faults.add("vod", status=429, times=2, retry_after=0.05)
    waits: list[float] = []

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        time.sleep(seconds)

    with VodClient(
        region="cn-shanghai",
        endpoint_url=emu.url,
        retry=RetryPolicy(max_attempts=4, base_delay=0.05, max_delay=1.0),
        sleep=sleep,
        **alibaba(emu),
    ) as vod:
        before = emu.requests.total
        raw = vod.with_raw_response.list_ai_image_info(video_id="357a8748c5789d2726e6436aa1234")
    assert raw.attempts == 3, raw.attempts
    # The emulator verifies each attempt (spending its nonce) before the fault answers: a resent attempt would be
    # refused as a replay, so three verified attempts with three nonces are three signatures.
    attempts = [r for r in emu.requests.snapshot() if r.seq > before]
    nonces = {r.header("x-acs-signature-nonce") for r in attempts}
    assert [(r.status, r.scheme is not None) for r in attempts] == [(429, True), (429, True), (200, True)], attempts
    assert len(nonces) == 3 and None not in nonces, nonces
    return (
        f"429 twice, then 200: {raw.attempts} attempts, waited {', '.join(f'{w:.2f} s' for w in waits)}, "
        f"each re-signed ({len(nonces)} nonces, every attempt verified)"
    )


def every_operation(emu: Emulator) -> str:
    """Every operation of every spec (read from the generated service models), with its documented example
    arguments: a new operation in a spec joins the tour after regeneration."""
    from importlib import import_module

    from cloudmedia._services import PACKAGES

    called = []
    for package in PACKAGES:
        service = import_module(f"cloudmedia.{package}._service").SERVICE
        options = {o.name for o in service.client_options}
        if "access_token" in options:
            credentials = {"access_token": DEFAULT_CREDENTIALS.access_token.token}
        elif "secret_access_key" in options:
            key = emu.credentials.volcengine_key
            assert key is not None
            credentials = {"access_key_id": key.access_key_id, "secret_access_key": key.secret_access_key}
        else:
            credentials = alibaba(emu)
        client_cls = getattr(import_module(f"cloudmedia.{package}"), service.client)
        with client_cls(endpoint_url=emu.url, **credentials) as client:
            for op in service.operations.values():
                getattr(client, op.python_name)(**{p.python: p.example for p in op.params if p.required})
                called.append(op.name)
    return f"{len(called)} operations of {len(PACKAGES)} services answered: {', '.join(called)}"


STEPS: list[tuple[str, Step]] = [
    ("PDS ScanFile, every page", pds_scan_all_pages),
    ("PDS GetDownloadUrl", pds_get_download_url),
    ("IMM BatchGetFileMeta", imm_batch_get_file_meta),
    ("IMM GetFileMeta", imm_get_file_meta),
    ("VOD ListAIImageInfo", vod_list_ai_image_info),
    ("ICE SearchMediaByFace, every page", ice_search_media_by_face),
    ("ICE SearchMediaClipByFace", ice_search_media_clip_by_face),
    ("NTA CreateFileDetection", nta_create_file_detection),
    ("NTA detect: submit, wait, result", nta_detection_workflow),
    ("VOD AI images: submit, wait, list", vod_ai_image_workflow),
    ("validation before I/O", validation_error),
    ("service error", service_error),
    ("throttled, then retried", retried_throttle),
    ("every operation, its example", every_operation),
]


def main() -> int:
    print(f"cloudmedia {__version__}: a tour against the local emulator\n")
    failures = 0
    with Emulator(port=0, pds_files=PDS_FILES) as emu:
        print(f"emulator listening on {emu.url}\n")
        width = max(len(name) for name, _ in STEPS)
        for name, step in STEPS:
            started = time.perf_counter()
            try:
                outcome = step(emu)
                mark = "ok"
            except Exception as exc:  # noqa: BLE001 - the tour reports every step, then fails at the end
                outcome = f"{type(exc).__name__}: {exc}"
                mark = "FAILED"
                failures += 1
            elapsed = (time.perf_counter() - started) * 1000
            print(f"{mark:6} {name:<{width}}  {outcome}  [{elapsed:.0f} ms]")
        print(f"\n{emu.requests.total} requests served, every one signature-checked by the emulator")
    print("tour complete" if not failures else f"{failures} step(s) failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
