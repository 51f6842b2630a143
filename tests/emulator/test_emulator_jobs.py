"""The asynchronous jobs, through the generated clients: an NTA detection and a VOD AI image job move through their
states over the configured number of polls, with seeded outcomes, and the operations agree with one another."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from typing import Any

import pytest
from cloudmedia import ClientError, RetryPolicy
from cloudmedia.emulator import Emulator
from cloudmedia.emulator.cli import build_parser, emulator_options
from cloudmedia.emulator.jobs import (
    FINISH_DONE,
    FINISH_FAILED,
    FINISH_NOT_DETECTED,
    FINISH_RUNNING,
    SEC_CLEAN,
    SEC_INFECTED,
    SEC_UNKNOWN,
)
from cloudmedia.nta import NtaClient
from cloudmedia.vod import VodClient

NO_RETRY = RetryPolicy.none()


@pytest.fixture
def emu() -> Iterator[Emulator]:
    with Emulator(0, job_polls=3) as emulator:
        yield emulator


def nta(emu: Emulator) -> NtaClient:
    return NtaClient(
        region="cn-beijing", credentials=emu.credentials.volcengine_sts, endpoint_url=emu.url, retry=NO_RETRY
    )


def vod(emu: Emulator) -> VodClient:
    return VodClient(credentials=emu.credentials.alibaba_key, endpoint_url=emu.url, retry=NO_RETRY)


def url(name: str) -> str:
    return f"https://bucket.tos-cn-beijing.volces.com/{name}?X-Tos-Signature=abc"


def detect(client: NtaClient, sign_url: str, polls: int) -> tuple[str, list[Any]]:
    key = client.create_file_detection(sign_url=sign_url).result.query_key
    return key, [client.get_file_detection(query_key=key).result for _ in range(polls)]


def test_a_detection_runs_for_the_configured_polls_then_reports_its_outcome(emu: Emulator) -> None:
    with nta(emu) as client:
        key, results = detect(client, url("samples/eicar.com"), 5)
        assert key == hashlib.md5(url("samples/eicar.com").encode()).hexdigest()  # same QueryKey from same SignURL
        assert [r.finish for r in results] == [FINISH_RUNNING] * 3 + [FINISH_DONE] * 2
        done = results[-1]
        assert done.file_sec_type == SEC_INFECTED and done.virus_desc and len(done.file_md5) == 32
        assert done.file_size > 0 and results[-2].to_dict() == done.to_dict()  # stable once finished
        clean_key, clean = detect(client, url("reports/clean-q3.pdf"), 4)
        assert (clean[-1].finish, clean[-1].file_sec_type, clean[-1].virus_desc) == (FINISH_DONE, SEC_CLEAN, "")
        _, failed = detect(client, url("broken/corrupt.bin"), 4)
        assert (failed[-1].finish, failed[-1].file_sec_type) == (FINISH_FAILED, SEC_UNKNOWN)
        unknown = client.get_file_detection(query_key="0" * 32).result
        assert (unknown.finish, unknown.file_sec_type) == (FINISH_NOT_DETECTED, SEC_UNKNOWN)
        # submitting the same file again gives the same key and starts a new detection
        again = client.create_file_detection(sign_url=url("reports/clean-q3.pdf")).result.query_key
        assert again == clean_key and client.get_file_detection(query_key=again).result.finish == FINISH_RUNNING
    record = emu.requests.last
    assert record is not None and (record.action, record.scheme, record.sts) == (
        "GetFileDetection",
        "volc-hmac-sha256",
        True,
    )


def test_seeded_files_show_every_outcome_the_same_way_each_run() -> None:
    outcomes = []
    for seed in (0, 0):
        with Emulator(0, seed=seed, job_polls=0) as emu, nta(emu) as client:
            outcomes.append(
                [
                    (r[0].finish, r[0].file_sec_type, r[0].file_md5)
                    for r in (detect(client, url(f"files/upload-{i}.bin"), 1)[1] for i in range(40))
                ]
            )
    assert outcomes[0] == outcomes[1]
    kinds = {(finish, sec) for finish, sec, _ in outcomes[0]}
    assert kinds == {(FINISH_DONE, SEC_CLEAN), (FINISH_DONE, SEC_INFECTED), (FINISH_FAILED, SEC_UNKNOWN)}
    assert sum(sec == SEC_CLEAN for _, sec, _ in outcomes[0]) > 40 // 3  # mostly clean


def test_an_ai_image_job_and_its_images_agree(emu: Emulator) -> None:
    video = "357a8748c5789d2726e6436aa1234"
    with vod(emu) as client:
        seeded = client.list_ai_image_info(video_id=video).ai_image_info_list
        assert seeded and {i.video_id for i in seeded} == {video}
        seeded_job = seeded[0].job_id
        job_id = client.submit_ai_image_job(video_id=video, ai_template_id="tpl-1", user_data='{"Extend":{}}').job_id
        assert job_id != seeded_job
        states = []
        for _ in range(4):
            page = client.get_ai_image_jobs(job_ids=job_id)
            (job,) = page.ai_image_job_list
            states.append(job.status)
            if job.status == "Processing":
                assert client.list_ai_image_info(video_id=video).ai_image_info_list == []  # nothing until done
        assert states == ["Processing"] * 3 + ["success"]
        assert (job.video_id, job.job_id, job.template_id, job.user_data) == (video, job_id, "tpl-1", '{"Extend":{}}')
        images = client.list_ai_image_info(video_id=video).ai_image_info_list
        assert images and {(i.video_id, i.job_id) for i in images} == {(video, job_id)}
        result = json.loads(job.ai_image_result)
        assert [r["Url"] for r in result] == [i.file_url.split("?", 1)[0] for i in images]
        # the seeded job is known to GetAIImageJobs too, and several jobs are read in one call
        both = client.get_ai_image_jobs(job_ids=f"{seeded_job},{job_id},nope").ai_image_job_list
        assert [(j.job_id, j.status, j.video_id) for j in both] == [
            (seeded_job, "success", video),
            (job_id, "success", video),
        ]


def test_a_failing_ai_image_job(emu: Emulator) -> None:
    with vod(emu) as client:
        job_id = client.submit_ai_image_job(video_id="video-that-will-fail", ai_template_id="t").job_id
        statuses = [client.get_ai_image_jobs(job_ids=job_id).ai_image_job_list[0] for _ in range(4)]
        assert [s.status for s in statuses] == ["Processing"] * 3 + ["fail"]
        assert statuses[-1].code and statuses[-1].message
        assert client.list_ai_image_info(video_id="video-that-will-fail").ai_image_info_list == []
        with pytest.raises(ClientError) as info:
            client.submit_ai_image_job(video_id="missing-video", ai_template_id="t")
        assert info.value.code == "InvalidVideo.NotFound"
        with pytest.raises(ClientError) as info:
            client.get_ai_image_jobs(job_ids=",".join(f"j{i}" for i in range(11)))
        assert info.value.code == "InvalidParameter"


def test_job_polls_from_the_command_line() -> None:
    args = build_parser().parse_args(["--job-polls", "0"])
    with Emulator(0, **emulator_options(args)) as emu, nta(emu) as client:
        _, results = detect(client, url("clean.txt"), 1)
        assert results[0].finish == FINISH_DONE
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--job-polls", "-1"])
