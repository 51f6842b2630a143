"""The deadline's bookkeeping: which timeouts it shortens, and which timeout is its own."""

from __future__ import annotations

import time

import httpcore
import httpx
import pytest
from cloudmedia._runtime.deadline import Deadline, applied, install


def test_clamp_shortens_only_longer_timeouts_and_says_so():
    deadline = Deadline(1000.0)
    assert deadline.clamp(5.0, httpcore.ReadTimeout) == 5.0
    assert deadline.hit is False  # a timeout of this operation is an ordinary timeout
    assert deadline.clamp(None, httpcore.ReadTimeout) <= 1000.0
    assert deadline.hit is True
    assert deadline.clamp(5000.0, httpcore.ReadTimeout) <= 1000.0
    assert deadline.hit is True
    assert deadline.clamp(5.0, httpcore.ConnectTimeout) == 5.0
    assert deadline.hit is False  # the latest operation decides


def test_clamp_after_the_deadline_raises_the_operations_timeout():
    deadline = Deadline(0.001)
    time.sleep(0.01)
    with pytest.raises(httpcore.WriteTimeout, match="deadline passed"):
        deadline.clamp(5.0, httpcore.WriteTimeout)
    assert deadline.expired() and deadline.hit


def test_timeouts_extension_is_shortened():
    deadline = Deadline(10.0)
    out = deadline.timeouts({"connect": 5.0, "read": 30.0, "write": None, "pool": 30.0})
    assert out["connect"] == 5.0
    assert all(0 < out[k] <= 10.0 for k in ("read", "write", "pool"))


def test_install_wraps_httpx_pools_once_and_reports_foreign_transports():
    with httpx.Client() as client:
        assert install(client) is True
        backend = client._transport._pool._network_backend  # type: ignore[attr-defined]
        assert install(client) is True
        assert client._transport._pool._network_backend is backend  # type: ignore[attr-defined]
    with httpx.Client(transport=httpx.MockTransport(lambda request: httpx.Response(200))) as mocked:
        assert install(mocked) is False


def test_without_a_deadline_the_wrapper_passes_timeouts_through():
    from cloudmedia._runtime.deadline import _clamp

    assert _clamp(7.0, httpcore.ReadTimeout) == 7.0
    assert _clamp(None, httpcore.ReadTimeout) is None
    with applied(Deadline(1000.0)):
        assert _clamp(None, httpcore.ReadTimeout) is not None
    assert _clamp(None, httpcore.ReadTimeout) is None
