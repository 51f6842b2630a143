"""Shared machinery: the server process, the TLS certificate, timing and statistics."""

from __future__ import annotations

import gc
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import _fixtures as fx

HERE = Path(__file__).resolve().parent


class Server:
    """The fixed-body server in a child process; ``port(name)`` / ``url(name)`` per fixture."""

    def __init__(
        self,
        workdir: Path,
        bodies: dict[str, bytes],
        *,
        tls_fixtures: Iterable[str] = (),
        cert: Path | None = None,
        key: Path | None = None,
    ) -> None:
        spec: dict[str, Any] = {}
        tls = set(tls_fixtures)
        for name, body in bodies.items():
            path = workdir / f"{name}.json"
            path.write_bytes(body)
            product = name.split("_", 1)[0]
            spec[name] = {"body": str(path), "headers": fx.HEADERS.get(product, {}), "tls": False}
            if name in tls:
                spec[f"{name}_tls"] = {"body": str(path), "headers": fx.HEADERS.get(product, {}), "tls": True}
        spec_path = workdir / "server.json"
        spec_path.write_text(json.dumps(spec))
        cmd = [sys.executable, str(HERE / "_server.py"), str(spec_path)]
        if cert is not None:
            cmd += ["--cert", str(cert), "--key", str(key)]
        self.proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError("the benchmark server did not start")
        self.ports: dict[str, int] = json.loads(line)

    def port(self, name: str) -> int:
        return self.ports[name]

    def hostport(self, name: str) -> str:
        return f"127.0.0.1:{self.ports[name]}"

    def url(self, name: str, scheme: str = "http") -> str:
        return f"{scheme}://127.0.0.1:{self.ports[name]}"

    def close(self) -> None:
        if self.proc.poll() is None:
            assert self.proc.stdin is not None
            self.proc.stdin.close()
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


def make_certificate(workdir: Path) -> tuple[Path, Path, Path]:
    """A self-signed ECDSA P-256 certificate for 127.0.0.1 / localhost; returns (cert, key, ca_bundle) where the
    bundle is certifi's CA bundle plus this certificate (so a client that loads "the CA bundle" loads the usual
    amount of certificates and still trusts the local server)."""
    import datetime
    import ipaddress

    import certifi
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "cloudmedia-bench")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=30))
        .add_extension(
            x509.SubjectAlternativeName([x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_pem = cert.public_bytes(serialization.Encoding.PEM)
    cert_path = workdir / "cert.pem"
    key_path = workdir / "key.pem"
    bundle = workdir / "ca-bundle.pem"
    cert_path.write_bytes(cert_pem)
    key_path.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    bundle.write_bytes(Path(certifi.where()).read_bytes() + b"\n" + cert_pem)
    return cert_path, key_path, bundle


def workdir() -> Path:
    return Path(tempfile.mkdtemp(prefix="cloudmedia-bench-"))


# ------------------------------------------------------------------------------------------------ timing


def timed(fn: Callable[[], Any], n: int) -> tuple[float, float]:
    """Run ``fn`` ``n`` times; return (CPU seconds per call, wall seconds per call).

    Each result stays alive until the next call has returned, as in an application that uses a page while it
    fetches the next one.
    """
    pc = time.perf_counter
    cpu = time.process_time
    last = None
    c0, w0 = cpu(), pc()
    for _ in range(n):
        last = fn()
    c1, w1 = cpu(), pc()
    del last
    return (c1 - c0) / n, (w1 - w0) / n


def rounds(fns: dict[str, Callable[[], Any]], n: int, count: int) -> list[dict[str, tuple[float, float]]]:
    """``count`` rounds; in each, every variant runs one block of ``n`` calls (the order rotates each round so no
    variant always runs first). Returns, per round, variant -> (CPU, wall) seconds per call.

    The collector is on for every variant (as in any application) and a full ``gc.collect()`` runs, untimed,
    before each block: every block starts from the same heap state and pays for the collections its own
    allocations trigger, and no block inherits the debt of the one before.
    """
    if not gc.isenabled():
        raise RuntimeError("the garbage collector is disabled: the figures would not be what an application sees")
    names = list(fns)
    out = []
    for r in range(count):
        order = names[r % len(names) :] + names[: r % len(names)]
        row = {}
        for k in order:
            gc.collect()
            row[k] = timed(fns[k], n)
        out.append(row)
    return out


def median(xs: Sequence[float]) -> float:
    return statistics.median(xs)


def summary(xs: Sequence[float]) -> dict[str, float]:
    """Median, quartiles (inclusive method), min and max of a sample, and its size."""
    xs = sorted(xs)
    if len(xs) >= 2:
        q1, _, q3 = statistics.quantiles(xs, n=4, method="inclusive")
    else:
        q1 = q3 = xs[0]
    return {"median": statistics.median(xs), "q1": q1, "q3": q3, "min": xs[0], "max": xs[-1], "n": len(xs)}


def ratio_summary(rows: Sequence[dict[str, float]], num: str, den: str) -> dict[str, float]:
    """``summary`` of the per-round ratios ``num/den``."""
    return summary([r[num] / r[den] for r in rows])


def env_info() -> dict[str, Any]:
    import platform

    cpu_model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu_model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        load = os.getloadavg()
    except OSError:
        load = (0.0, 0.0, 0.0)
    return {
        "nproc": os.cpu_count(),
        "cpu_model": cpu_model,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "loadavg_at_start": [round(x, 2) for x in load],
    }
