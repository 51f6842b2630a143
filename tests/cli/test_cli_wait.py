"""--wait on the commands that start a job (a waiter's ``submitted_by``): the final result is printed; a failed
job exits 6, a wait that runs out exits 7, both printing the last result. Against the emulator's simulated jobs."""

from __future__ import annotations

import pytest
from _cli_support import credentials_env, service_models

SIGN_URL = "https://b.tos-cn-beijing.volces.com/{name}.elf?X-Tos-Expires=3600"


def detect(cli, emu, name: str, *extra: str):
    return cli(
        "nta",
        "create-file-detection",
        "--sign-url",
        SIGN_URL.format(name=name),
        "--wait",
        "--wait-delay",
        "0",
        *extra,
        "--endpoint-url",
        emu.url,
        env=credentials_env(),
    )


def actions(emu) -> list[str]:
    return [r.action for r in emu.requests]


def test_nta_detection_is_submitted_then_polled_until_done(cli, emu):
    result = detect(cli, emu, "clean-report")
    assert result.code == 0, result.stderr
    final = result.json()
    assert final["ResponseMetadata"]["Action"] == "GetFileDetection"
    assert final["Result"]["Finish"] == 2 and final["Result"]["FileSecType"] == 1
    polls = actions(emu)
    assert polls[0] == "CreateFileDetection" and set(polls[1:]) == {"GetFileDetection"} and len(polls) >= 3


def test_a_failed_detection_exits_6_and_prints_the_last_result(cli, emu):
    result = detect(cli, emu, "corrupt-sample", "--query", "Result.Finish")
    assert result.code == 6
    assert result.json() == -1
    assert result.stderr.startswith("error: WaiterFailedError: wait_for_file_detection: GetFileDetection reached")


def test_a_wait_that_runs_out_exits_7_with_the_last_state(cli, emu):
    result = detect(cli, emu, "clean-slow", "--wait-max-attempts", "1", "--output", "text", "--query", "Result.Finish")
    assert result.code == 7
    assert result.stdout.strip() == "1"  # still in progress
    assert "WaiterTimeoutError" in result.stderr and "after 1 attempt(s)" in result.stderr
    assert actions(emu) == ["CreateFileDetection", "GetFileDetection"]


def test_vod_ai_image_job_waits_for_its_job(cli, emu):
    result = cli(
        "vod",
        "SubmitAIImageJob",
        "--video-id",
        "v-wait",
        "--ai-template-id",
        "t1",
        "--wait",
        "--wait-delay",
        "0",
        "--endpoint-url",
        emu.url,
        env=credentials_env(),
    )
    assert result.code == 0, result.stderr
    jobs = result.json()["AIImageJobList"]
    assert [job["Status"] for job in jobs] == ["success"] and jobs[0]["VideoId"] == "v-wait"


def test_every_submitting_command_and_only_those_take_wait(cli):
    for name, service in service_models().items():
        submitting = {w.submitted_by for w in service.waiters.values() if w.submitted_by}
        for op in service.operations.values():
            command = op.python_name.replace("_", "-")
            text = cli(name, command, "--help").stdout
            assert ("--wait " in text) == (op.name in submitting), (name, command)
    assert {"CreateFileDetection"} <= {w.submitted_by for w in service_models()["nta"].waiters.values()}


@pytest.mark.parametrize("value", ["-1", "soon"])
def test_wait_options_are_checked(cli, emu, value):
    result = detect(cli, emu, "clean", "--wait-max-time", value)
    assert result.code == 2 and "argument --wait-max-time: invalid number of seconds value" in result.stderr
    assert len(emu.requests) == 0
