"""Waiters against the emulator: NTA file detections and VOD AI image jobs, sync and async.

The emulator's jobs report "in progress" to the first ``job_polls`` reads of their state, then their seeded outcome
(chosen by the file name for NTA, by the video id for VOD). Waits use recorded, instant sleeps: what is checked is
the number of polls, the delays asked for and the outcome, never how long anything took.
"""

from __future__ import annotations

import asyncio
import pickle
from collections.abc import Iterator
from typing import Any

import cloudmedia
import pytest
from cloudmedia import (
    CloudMediaError,
    ParamValidationError,
    RetryPolicy,
    ServerError,
    TransportError,
    WaiterError,
    WaiterFailedError,
    WaiterTimeoutError,
)
from cloudmedia._runtime.waiters import MISSING, find_path
from cloudmedia.emulator import Emulator
from cloudmedia.nta import NtaClient
from cloudmedia.vod import VodClient

JOB_POLLS = 2
CLEAN = "https://bucket.tos-cn-beijing.volces.com/reports/clean-report.pdf?X-Tos-Signature=abc"
INFECTED = "https://bucket.tos-cn-beijing.volces.com/samples/eicar.com?X-Tos-Signature=abc"
BROKEN = "https://bucket.tos-cn-beijing.volces.com/samples/corrupt.zip?X-Tos-Signature=abc"
VIDEO = "357a8748c5789d2726e6436aa0001"
FAILING_VIDEO = "fail0a8748c5789d2726e6436aa0002"
TEMPLATE = "ef1a8842cb9f0000cea80cad902e416"


class Sleeps:
    """Records the delays a client asks for and returns at once (sync and async)."""

    def __init__(self) -> None:
        self.delays: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.delays.append(seconds)

    async def async_(self, seconds: float) -> None:
        self.delays.append(seconds)


@pytest.fixture
def emu() -> Iterator[Emulator]:
    with Emulator(0, job_polls=JOB_POLLS) as emulator:
        yield emulator


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


def nta_client(emu: Emulator, sleeps: Sleeps, **options: Any) -> NtaClient:
    key = emu.credentials.volcengine_key
    return NtaClient(
        region="cn-beijing",
        endpoint_url=emu.url,
        access_key_id=key.access_key_id,
        secret_access_key=key.secret_access_key,
        sleep=sleeps,
        async_sleep=sleeps.async_,
        **options,
    )


def vod_client(emu: Emulator, sleeps: Sleeps, **options: Any) -> VodClient:
    key = emu.credentials.alibaba_key
    return VodClient(
        region="cn-shanghai",
        endpoint_url=emu.url,
        access_key_id=key.access_key_id,
        access_key_secret=key.access_key_secret,
        sleep=sleeps,
        async_sleep=sleeps.async_,
        **options,
    )


def polls(emu: Emulator, action: str) -> int:
    return len(emu.requests.where(action=action, status=200))


# ------------------------------------------------------------------------------------------------------- NTA


def test_nta_detection_of_a_clean_file_is_waited_for_until_done(emu: Emulator, sleeps: Sleeps) -> None:
    with nta_client(emu, sleeps) as nta:
        query_key = nta.create_file_detection(sign_url=CLEAN).result.query_key
        done = nta.wait_for_file_detection(query_key, delay=0.25)
    assert done.result.finish == 2
    assert done.result.file_sec_type == 1  # ordinary file
    assert done.result.file_size > 0 and len(done.result.file_md5) == 32
    # in progress for JOB_POLLS polls, then done: one sleep between each two polls, of the delay asked for
    assert polls(emu, "GetFileDetection") == JOB_POLLS + 1
    assert sleeps.delays == [0.25] * JOB_POLLS


def test_nta_infected_file_is_a_finished_detection_not_a_failure(emu: Emulator, sleeps: Sleeps) -> None:
    with nta_client(emu, sleeps) as nta:
        query_key = nta.create_file_detection(sign_url=INFECTED).result.query_key
        done = nta.wait_for_file_detection(query_key, delay=0)
    assert (done.result.finish, done.result.file_sec_type) == (2, 2)
    assert done.result.virus_desc


def test_nta_failed_detection_raises_waiter_failed_error_with_the_last_state(emu: Emulator, sleeps: Sleeps) -> None:
    with nta_client(emu, sleeps) as nta:
        query_key = nta.create_file_detection(sign_url=BROKEN).result.query_key
        with pytest.raises(WaiterFailedError) as caught:
            nta.wait_for_file_detection(query_key, delay=0)
    error = caught.value
    assert isinstance(error, WaiterError) and isinstance(error, CloudMediaError)
    assert (error.waiter, error.operation, error.state_path) == (
        "wait_for_file_detection",
        "GetFileDetection",
        "Result.Finish",
    )
    assert error.last_state == -1
    assert error.last_response.result.finish == -1
    assert error.attempts == JOB_POLLS + 1 == polls(emu, "GetFileDetection")
    assert "GetFileDetection reached a failure state: Result.Finish = -1" in str(error)
    copy = pickle.loads(pickle.dumps(error))
    assert (type(copy), copy.last_state, copy.attempts, str(copy)) == (
        WaiterFailedError,
        -1,
        error.attempts,
        str(error),
    )


def test_nta_timeout_after_max_attempts_carries_the_in_progress_state(emu: Emulator, sleeps: Sleeps) -> None:
    with nta_client(emu, sleeps) as nta:
        query_key = nta.create_file_detection(sign_url=CLEAN).result.query_key
        with pytest.raises(WaiterTimeoutError) as caught:
            nta.wait_for_file_detection(query_key, delay=0.5, max_attempts=2)
    error = caught.value
    assert error.last_state == 1  # in progress
    assert error.last_response.result.finish == 1
    assert error.attempts == 2 == polls(emu, "GetFileDetection")
    assert sleeps.delays == [0.5]  # no sleep after the last attempt
    assert "did not reach Result.Finish in [2] after 2 attempt(s)" in str(error)


def test_nta_max_wait_stops_the_waiter(emu: Emulator, sleeps: Sleeps) -> None:
    with nta_client(emu, sleeps) as nta:
        query_key = nta.create_file_detection(sign_url=CLEAN).result.query_key
        # any HTTP round trip takes longer than a nanosecond: the first poll already used the whole budget
        with pytest.raises(WaiterTimeoutError) as caught:
            nta.wait_for_file_detection(query_key, delay=0, max_wait=1e-9)
    assert caught.value.attempts == 1 and caught.value.last_state == 1
    assert "within max_wait=1e-09 s" in str(caught.value)
    assert sleeps.delays == []


def test_nta_delay_never_sleeps_past_max_wait(emu: Emulator, sleeps: Sleeps) -> None:
    with nta_client(emu, sleeps) as nta:
        query_key = nta.create_file_detection(sign_url=CLEAN).result.query_key
        done = nta.wait_for_file_detection(query_key, delay=5000, max_wait=1000)
    assert done.result.finish == 2
    assert len(sleeps.delays) == JOB_POLLS and all(0 < d <= 1000 for d in sleeps.delays)


def test_nta_waiter_defaults_come_from_the_spec(emu: Emulator, sleeps: Sleeps) -> None:
    waiter = NtaClient._service.waiters["file_detection"]
    assert (waiter.delay, waiter.max_attempts, waiter.success, waiter.failure) == (2.0, 60, (2,), (-1,))
    assert NtaClient._service.waiter_submitted_by("CreateFileDetection") is waiter
    assert (waiter.method, waiter.argument, waiter.argument_python) == (
        "wait_for_file_detection",
        "QueryKey",
        "query_key",
    )
    with nta_client(emu, sleeps) as nta:
        query_key = nta.create_file_detection(sign_url=CLEAN).result.query_key
        nta.wait_for_file_detection(query_key)
    assert sleeps.delays == [2.0] * JOB_POLLS


def test_nta_key_never_submitted_keeps_polling_until_timeout(emu: Emulator, sleeps: Sleeps) -> None:
    with nta_client(emu, sleeps) as nta, pytest.raises(WaiterTimeoutError) as caught:
        nta.wait_for_file_detection("0" * 32, delay=0, max_attempts=3)
    assert caught.value.last_state == -2  # "not detected": not a final state of the waiter
    assert caught.value.attempts == 3


# --------------------------------------------------------------------------------------- errors while polling


def test_throttled_and_unavailable_polls_are_retried_by_the_retry_policy(emu: Emulator, sleeps: Sleeps) -> None:
    retry = RetryPolicy(max_attempts=3, base_delay=0.01, max_delay=0.01)
    with nta_client(emu, sleeps, retry=retry) as nta:
        query_key = nta.create_file_detection(sign_url=CLEAN).result.query_key
        emu.faults.add("nta.GetFileDetection", status=503, times=2)
        emu.faults.add("nta.GetFileDetection", reset=True, times=1, after=1)
        done = nta.wait_for_file_detection(query_key, delay=0)
    assert done.result.finish == 2
    # every poll that got through counted; the failed attempts were retried inside their poll
    assert polls(emu, "GetFileDetection") == JOB_POLLS + 1
    assert len(emu.requests.where(action="GetFileDetection", status=503)) == 2
    assert len(emu.requests.where(action="GetFileDetection", fault="reset")) == 1


def test_a_transport_error_that_survives_the_retry_policy_propagates(emu: Emulator, sleeps: Sleeps) -> None:
    retry = RetryPolicy(max_attempts=2, base_delay=0.01, max_delay=0.01)
    with nta_client(emu, sleeps, retry=retry) as nta:
        query_key = nta.create_file_detection(sign_url=CLEAN).result.query_key
        emu.faults.add("nta.GetFileDetection", reset=True, after=1)
        with pytest.raises(TransportError) as caught:
            nta.wait_for_file_detection(query_key, delay=0)
    assert not isinstance(caught.value, WaiterError)
    assert "GetFileDetection" in str(caught.value)
    assert polls(emu, "GetFileDetection") == 1  # the first poll, then two resets (one retry)


def test_a_server_error_that_survives_the_retry_policy_propagates_async(emu: Emulator, sleeps: Sleeps) -> None:
    async def run() -> None:
        async with nta_client(emu, sleeps, retry=RetryPolicy.none()) as nta:
            query_key = (await nta.create_file_detection_async(sign_url=CLEAN)).result.query_key
            emu.faults.add("nta.GetFileDetection", status=500, code="InternalError", after=1)
            await nta.wait_for_file_detection_async(query_key, delay=0)

    with pytest.raises(ServerError) as caught:
        asyncio.run(run())
    assert caught.value.code == "InternalError" and caught.value.http_status == 500


@pytest.mark.parametrize(
    ("options", "parameter", "rule"),
    [
        ({"delay": -1}, "delay", "minimum"),
        ({"delay": float("nan")}, "delay", "minimum"),
        ({"max_attempts": 0}, "max_attempts", "minimum"),
        ({"max_attempts": 2.5}, "max_attempts", "minimum"),
        ({"max_wait": 0}, "max_wait", "exclusiveMinimum"),
    ],
)
def test_bad_waiter_options_are_rejected_before_any_io(
    emu: Emulator, sleeps: Sleeps, options: dict[str, Any], parameter: str, rule: str
) -> None:
    before = emu.requests.total
    with nta_client(emu, sleeps) as nta, pytest.raises(ParamValidationError) as caught:
        nta.wait_for_file_detection("d41d8cd98f00b204e9800998ecf8427e", **options)
    assert (caught.value.operation, caught.value.parameter, caught.value.rule) == (
        "wait_for_file_detection",
        parameter,
        rule,
    )
    assert emu.requests.total == before


def test_the_polled_operation_validates_the_argument_before_any_io(emu: Emulator, sleeps: Sleeps) -> None:
    before = emu.requests.total
    with vod_client(emu, sleeps) as vod, pytest.raises(ParamValidationError) as caught:
        vod.wait_for_ai_image_job(None, delay=0)  # type: ignore[arg-type]
    assert caught.value.parameter == "job_ids"
    assert emu.requests.total == before


# ------------------------------------------------------------------------------------------------------- VOD


def test_vod_ai_image_job_submit_wait_list(emu: Emulator, sleeps: Sleeps) -> None:
    with vod_client(emu, sleeps) as vod:
        job_id = vod.submit_ai_image_job(video_id=VIDEO, ai_template_id=TEMPLATE).job_id
        assert vod.list_ai_image_info(video_id=VIDEO).ai_image_info_list == []  # nothing while the job runs
        done = vod.wait_for_ai_image_job(job_id, delay=0.1)
        images = vod.list_ai_image_info(video_id=VIDEO).ai_image_info_list
    [job] = done.ai_image_job_list
    assert (job.job_id, job.video_id, job.status) == (job_id, VIDEO, "success")
    assert polls(emu, "GetAIImageJobs") == JOB_POLLS + 1
    assert sleeps.delays == [0.1] * JOB_POLLS
    assert images and {(i.job_id, i.video_id) for i in images} == {(job_id, VIDEO)}


def test_vod_failed_job_raises_with_the_job_list_state(emu: Emulator, sleeps: Sleeps) -> None:
    with vod_client(emu, sleeps, signature_algorithm="rpc-hmac-sha1") as vod:
        job_id = vod.submit_ai_image_job(video_id=FAILING_VIDEO, ai_template_id=TEMPLATE).job_id
        with pytest.raises(WaiterFailedError) as caught:
            vod.wait_for_ai_image_job(job_id, delay=0)
    error = caught.value
    assert error.state_path == "AIImageJobList[*].Status"
    assert error.last_state == ["fail"]
    assert error.last_response.ai_image_job_list[0].job_id == job_id


def test_vod_unknown_job_is_not_final_and_times_out(emu: Emulator, sleeps: Sleeps) -> None:
    with vod_client(emu, sleeps) as vod, pytest.raises(WaiterTimeoutError) as caught:
        vod.wait_for_ai_image_job("0" * 32, delay=0, max_attempts=2)
    assert caught.value.last_state == []  # no job listed: keep polling
    assert caught.value.attempts == 2


def test_vod_async_waiter(emu: Emulator, sleeps: Sleeps) -> None:
    async def run() -> tuple[str, Any]:
        async with vod_client(emu, sleeps) as vod:
            job_id = (await vod.submit_ai_image_job_async(video_id=VIDEO, ai_template_id=TEMPLATE)).job_id
            return job_id, await vod.wait_for_ai_image_job_async(job_id, delay=0.2)

    job_id, done = asyncio.run(run())
    assert [(j.job_id, j.status) for j in done.ai_image_job_list] == [(job_id, "success")]
    assert sleeps.delays == [0.2] * JOB_POLLS


def test_nta_async_waiter_failure_and_timeout(emu: Emulator, sleeps: Sleeps) -> None:
    async def run() -> tuple[WaiterFailedError, WaiterTimeoutError]:
        async with nta_client(emu, sleeps) as nta:
            broken = (await nta.create_file_detection_async(sign_url=BROKEN)).result.query_key
            clean = (await nta.create_file_detection_async(sign_url=CLEAN)).result.query_key
            with pytest.raises(WaiterFailedError) as failed:
                await nta.wait_for_file_detection_async(broken, delay=0)
            with pytest.raises(WaiterTimeoutError) as timed_out:
                await nta.wait_for_file_detection_async(clean, delay=0, max_attempts=1)
            return failed.value, timed_out.value

    failed, timed_out = asyncio.run(run())
    assert (failed.last_state, failed.attempts) == (-1, JOB_POLLS + 1)
    assert (timed_out.last_state, timed_out.attempts) == (1, 1)


# ------------------------------------------------------------------------------------------- the state path


def test_find_path_reads_members_indexes_and_every_item() -> None:
    data = {"Result": {"Finish": 2}, "Jobs": [{"Status": "a"}, {"Other": 1}, {"Status": "b"}], "Scalar": 3}
    assert find_path(data, "Result.Finish") == 2
    assert find_path(data, "Jobs[0].Status") == "a"
    assert find_path(data, "Jobs[*].Status") == ["a", "b"]
    assert find_path(data, "Jobs[9].Status") is MISSING
    assert find_path(data, "Result.Missing") is MISSING
    assert find_path(data, "Scalar.Deeper") is MISSING
    assert find_path(data, "Scalar[*]") is MISSING  # not a list
    assert find_path({"Jobs": []}, "Jobs[*].Status") == []
    assert find_path(None, "Result.Finish") is MISSING
    with pytest.raises(ValueError, match="segment 'Jobs\\[x\\]'"):
        find_path(data, "Jobs[x].Status")


def test_waiter_errors_are_exported_from_the_package() -> None:
    for name in ("WaiterError", "WaiterFailedError", "WaiterTimeoutError"):
        assert name in cloudmedia.__all__ and name in dir(cloudmedia)
    assert issubclass(cloudmedia.WaiterTimeoutError, cloudmedia.WaiterError)
