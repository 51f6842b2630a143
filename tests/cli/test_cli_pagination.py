"""``--all`` and ``--max-items``: pages followed through the generated paginators, items as JSON lines."""

from __future__ import annotations

import os
import pty
import select
import subprocess
from pathlib import Path
from typing import Any

from cloudmedia.emulator import Emulator
from cloudmedia.pds import PdsClient

from ._cli_support import (
    ALI_AK,
    ALI_SK,
    CLI,
    EMULATOR_CREDENTIALS,
    ICE_TOTAL,
    PDS_FILES,
    Cli,
    assert_no_secret,
    clean_env,
    credentials_env,
)

PDS = ["pds", "scan-file", "--drive-id", "1"]
ICE = ["ice", "search-media-by-face", "--person-image-url", "https://x/p.jpg", "--face-search-token", "t"]


def _pds_file_ids(emu: Emulator) -> list[Any]:
    """Every file of the emulator's drive, in order, as one page of the Python client lists them."""
    with PdsClient(access_key_id=ALI_AK, access_key_secret=ALI_SK, endpoint_url=emu.url) as client:
        items = client.scan_file(drive_id="1", limit=100).items
        assert isinstance(items, list)
        ids = [item.file_id for item in items]
    emu.requests.clear()
    return ids


def test_all_follows_markers_and_prints_json_lines(cli: Cli, emu: Emulator) -> None:
    expected = _pds_file_ids(emu)
    assert len(expected) == PDS_FILES
    result = cli(*PDS, "--limit", "2", "--all", "--endpoint-url", emu.url, env=credentials_env())
    assert result.code == 0, result.stderr
    assert result.stderr == ""  # no progress indicator: stderr is not a terminal
    assert [item["file_id"] for item in result.json_lines()] == expected
    markers = [r.params.get("marker") for r in emu.requests]
    assert len(markers) == 3 and markers[0] is None and None not in markers[1:]
    assert {r.status for r in emu.requests} == {200}


def test_all_follows_page_numbers(cli: Cli, emu: Emulator) -> None:
    result = cli(*ICE, "--page-size", "2", "--all", "--endpoint-url", emu.url, env=credentials_env())
    assert result.code == 0, result.stderr
    items = result.json_lines()
    assert len(items) == ICE_TOTAL == len({item["MediaId"] for item in items})
    assert [r.params["PageNo"] for r in emu.requests] == [1, 2, 3]


def test_max_items_stops_early(cli: Cli, emu: Emulator) -> None:
    expected = _pds_file_ids(emu)
    result = cli(*PDS, "--limit", "2", "--max-items", "3", "--endpoint-url", emu.url, env=credentials_env())
    assert result.code == 0, result.stderr
    assert [item["file_id"] for item in result.json_lines()] == expected[:3]
    assert len(emu.requests) == 2


def test_max_items_zero_sends_nothing(cli: Cli, emu: Emulator) -> None:
    result = cli(*PDS, "--all", "--max-items", "0", "--endpoint-url", emu.url, env=credentials_env())
    assert result.code == 0, result.stderr
    assert result.stdout == ""
    assert len(emu.requests) == 0


def test_all_as_a_table(cli: Cli, emu: Emulator) -> None:
    result = cli(
        *ICE, "--page-size", "2", "--all", "--output", "table", "--endpoint-url", emu.url, env=credentials_env()
    )
    assert result.code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split()[0] == "MediaId"
    assert len(lines) == 2 + ICE_TOTAL


def test_the_page_token_cannot_be_combined_with_all(cli: Cli, emu: Emulator) -> None:
    result = cli(*PDS, "--marker", "m", "--all", "--endpoint-url", emu.url, env=credentials_env())
    assert result.code == 2
    assert "--marker cannot be combined with --all" in result.stderr
    assert len(emu.requests) == 0


def test_all_is_offered_only_by_paginated_operations(cli: Cli) -> None:
    result = cli("vod", "list-ai-image-info", "--video-id", "v", "--all", env=credentials_env())
    assert result.code == 2
    assert "unrecognized arguments: --all" in result.stderr


def test_progress_goes_to_stderr_only_on_a_terminal(home: Path, emu: Emulator) -> None:
    leader, follower = pty.openpty()
    try:
        proc = subprocess.run(
            [*CLI, *PDS, "--limit", "2", "--all", "--endpoint-url", emu.url],
            env=clean_env(home, credentials_env()),
            stdout=subprocess.PIPE,
            stderr=follower,
            text=True,
            timeout=60,
            check=False,
        )
        os.close(follower)
        follower = -1
        seen = b""
        while select.select([leader], [], [], 0.5)[0]:
            try:
                chunk = os.read(leader, 65536)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
    finally:
        if follower != -1:
            os.close(follower)
        os.close(leader)
    terminal = seen.decode("utf-8", "replace")
    assert_no_secret(proc.stdout, terminal)
    assert proc.returncode == 0, terminal
    assert "items..." in terminal
    assert [line.startswith("{") for line in proc.stdout.splitlines()] == [True] * PDS_FILES


def test_a_reader_that_stops_early_stops_the_paging(home: Path) -> None:
    # 20 pages of ~30 KB: the pipe fills up after a few, so the command is writing when the reader leaves.
    with (
        Emulator(0, EMULATOR_CREDENTIALS, pds_files=2000) as emu,
        subprocess.Popen(
            [*CLI, *PDS, "--limit", "100", "--all", "--endpoint-url", emu.url],
            env=clean_env(home, credentials_env()),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        ) as proc,
    ):
        assert proc.stdout is not None and proc.stderr is not None
        first = proc.stdout.readline()
        proc.stdout.close()  # as `| head -1` does
        stderr = proc.stderr.read().decode()
        code = proc.wait(timeout=60)
        requests = len(emu.requests)
    assert_no_secret(first.decode(), stderr)
    assert first.startswith(b"{")
    assert (code, stderr) == (0, "")
    assert requests < 20
