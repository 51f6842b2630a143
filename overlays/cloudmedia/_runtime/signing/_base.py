"""What every signer shares: an ``httpx.Auth`` that signs the final request of every attempt, in place."""

from __future__ import annotations

from collections.abc import Callable, Generator
from datetime import datetime
from typing import ClassVar, Generic, TypeVar

import httpx

from ._encoding import check_provider, default_clock, default_nonce, resolve_credentials

C = TypeVar("C")


class Signer(httpx.Auth, Generic[C]):
    """Base of the signers: ``auth_flow`` calls :meth:`sign` on the request httpx is about to send.

    httpx runs the flow for every request it sends, so sync and async clients share one implementation and a
    retried request is signed afresh (new date, nonce and signature). ``credentials`` is a
    :attr:`credentials_type` object or a zero-argument callable returning one (called at every signing, so it can
    refresh); ``clock`` returns the current time (aware UTC); ``nonce`` a fresh nonce. A signer's repr shows no
    credentials.
    """

    requires_request_body = True
    credentials_type: ClassVar[type]

    def __init__(
        self,
        credentials: C | Callable[[], C],
        *,
        clock: Callable[[], datetime] | None = None,
        nonce: Callable[[], str] | None = None,
    ) -> None:
        check_provider(credentials, self.credentials_type, type(self).__name__)
        self._credentials = credentials
        self._clock = clock or default_clock
        self._nonce = nonce or default_nonce

    def _current_credentials(self) -> C:
        """The credentials for this signing (a provider is called now)."""
        creds: C = resolve_credentials(self._credentials, self.credentials_type, type(self).__name__)
        return creds

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        self.sign(request)
        yield request

    def sign(self, request: httpx.Request) -> httpx.Request:
        """Sign ``request`` in place and return it."""
        raise NotImplementedError
