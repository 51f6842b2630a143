"""The README's Python examples, run as written against the emulator: each prints real values.

The code blocks are taken from README.md in order and run in one namespace (later blocks use clients the
earlier ones made), in a subprocess whose environment points every client at the emulator
(``CLOUDMEDIA_ENDPOINT_URL``) and holds the README's placeholder credentials, with ``…`` read as ``x`` (the
emulator is told to accept exactly those)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from cloudmedia._runtime.credentials_types import AccessToken, AlibabaCredentials, VolcengineCredentials
from cloudmedia.emulator import Emulator

README = Path(__file__).resolve().parents[2] / "README.md"

PLACEHOLDER_CREDENTIALS = (
    AlibabaCredentials("LTAIx", "x"),
    AlibabaCredentials("STS.x", "x", "CAISx"),
    VolcengineCredentials("AKLTx", "x"),
    AccessToken("x"),
    AccessToken("eyJx"),
)

RUNNER = """
import json, sys
blocks = json.load(sys.stdin)
namespace = {"__name__": "__readme__"}
for index, code in enumerate(blocks):
    print(f"=== block {index}", flush=True)
    exec(compile(code, f"README block {index}", "exec"), namespace)
    sys.stdout.flush()
"""


def python_blocks() -> list[str]:
    text = README.read_text(encoding="utf-8")
    return [block.replace("…", "x") for block in re.findall(r"```python\n(.*?)```", text, flags=re.DOTALL)]


@pytest.fixture
def readme_run(tmp_path: Path) -> tuple[str, str, Emulator]:
    with Emulator(0, PLACEHOLDER_CREDENTIALS, pds_files=5, ice_total=5) as emu:
        env = {
            "PATH": "/usr/bin:/bin",
            "HOME": str(tmp_path),
            "ALIBABA_CLOUD_CLI_PROFILE_DISABLED": "true",
            "ALIBABA_CLOUD_ACCESS_KEY_ID": "LTAIx",
            "ALIBABA_CLOUD_ACCESS_KEY_SECRET": "x",
            "VOLCENGINE_ACCESS_KEY": "AKLTx",
            "VOLCENGINE_SECRET_KEY": "x",
            "CLOUDMEDIA_ENDPOINT_URL": emu.url,
        }
        proc = subprocess.run(
            [sys.executable, "-c", RUNNER],
            input=json.dumps(python_blocks()),
            env=env,
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert proc.returncode == 0, proc.stderr[-3000:]
        assert emu.internal_errors == []
        return proc.stdout, proc.stderr, emu


def outputs(stdout: str) -> dict[int, list[str]]:
    blocks: dict[int, list[str]] = {}
    current = -1
    for line in stdout.splitlines():
        if line.startswith("=== block "):
            current = int(line.split()[-1])
            blocks[current] = []
        else:
            blocks[current].append(line)
    return blocks


def test_every_readme_example_runs_and_prints_real_values(readme_run):
    stdout, _, emu = readme_run
    assert "UNSET" not in stdout and "Unset" not in stdout
    by_block = outputs(stdout)
    assert len(by_block) == len(python_blocks()) >= 8
    assert len(emu.requests) >= 6 and all(r.status == 200 for r in emu.requests)


def test_the_imm_example_prints_the_fields_it_asked_for(readme_run):
    stdout, _, _ = readme_run
    lines = [line for line in stdout.splitlines() if line.startswith("oss://test-bucket/")]
    assert [line.split()[0] for line in lines] == ["oss://test-bucket/a.jpg", "oss://test-bucket/b.jpg"]
    assert all("[('" in line for line in lines)  # figure types and ages, not UNSET


def test_the_pagination_example_prints_every_file_with_its_name(readme_run):
    stdout, _, _ = readme_run
    block = next(lines for lines in outputs(stdout).values() if any("VID_" in line or ".mp4" in line for line in lines))
    files = [line.split() for line in block if len(line.split()) == 2 and not line.startswith("[")]
    assert len(files) == 5
    assert all(name and name != "None" for _, name in files)


def command_line_examples() -> list[list[str]]:
    """Every ``cloudmedia ...`` command of the README's command-line section, without pipes and comments."""
    import shlex

    text = README.read_text(encoding="utf-8")
    section = text.split("## Command line", 1)[1].split("\n## ", 1)[0]
    commands = []
    for block in re.findall(r"```sh\n(.*?)```", section, flags=re.DOTALL):
        for line in block.replace("\\\n", " ").splitlines():
            if line.startswith("cloudmedia "):
                words = shlex.split(line, comments=True)
                commands.append(words[1 : words.index("|")] if "|" in words else words[1:])
    return commands


def test_the_command_line_examples_parse_and_sign(cli):
    from _cli_support import credentials_env

    examples = command_line_examples()
    assert len(examples) >= 8
    for args in examples:
        result = cli(*args, "--dry-run", "--output", "json", env=credentials_env())
        assert result.code == 0, (args, result.stderr)
        assert result.json()["headers"]
