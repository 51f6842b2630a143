"""What every signer shares: an ``httpx.Auth`` that signs the final request of every attempt, in place."""

from __future__ import annotations

from collections.abc import Callable, Generator
from datetime import datetime

import httpx

from ._encoding import default_clock, default_nonce


class Signer(httpx.Auth):
    """Base of the signers: ``auth_flow`` calls :meth:`sign` on the request httpx is about to send.

    httpx runs the flow for every request it sends, so sync and async clients share one implementation and a
    retried request is signed afresh (new date, nonce and signature). ``clock`` returns the current time
    (aware UTC); ``nonce`` a fresh nonce. A signer's repr shows no credentials.
    """

    requires_request_body = True

    def __init__(self, *, clock: Callable[[], datetime] | None = None, nonce: Callable[[], str] | None = None) -> None:
        self._clock = clock or default_clock
        self._nonce = nonce or default_nonce

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        self.sign(request)
        yield request

    def sign(self, request: httpx.Request) -> httpx.Request:
        """Sign ``request`` in place and return it."""
        raise NotImplementedError
