"""What a wire family is: everything that differs between the vendors' protocols, behind one interface.

A :class:`WireFamily` bundles, for one protocol (named by the spec's operation ``x-cloudmedia.style``):

* the **request builder** hooks the generic :mod:`..wire` builder calls (method and path, protocol query and
  headers, body encoding);
* the **signing schemes** its services may list in ``info.x-cloudmedia.signing``, and their signers;
* the **error classifier**: one HTTP response into the decoded success body or the typed error;
* where the **request id** is (headers, then body);
* the **client base** class the generated clients of its services inherit (constructor arguments,
  credentials and endpoint resolution);
* the **emulator side**: the signature verifier, the error body shape, the errors of injected faults.

Everything else (validation, retries, pagination, logging, the HTTP pipeline, the emulator's routing of
parameters) is generic and reads only the service model.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

if TYPE_CHECKING:
    import httpx

    from ...emulator.auth import Principal, Verifier, WireRequest
    from ...emulator.errors import EmulatedError, ErrorContext
    from ..errors import CloudMediaError, ParamValidationError
    from ..model import OperationModel, ParamModel, ServiceModel

__all__ = ["WireFamily"]

#: A response classification: ``(decoded success body, None)`` or ``(None, the typed error)``.
Classification = tuple[dict[str, Any] | None, "CloudMediaError | None"]


class WireFamily:
    """One wire family. Subclasses set the class attributes and override the hooks they need.

    An instance is registered once (:func:`~cloudmedia._runtime.families.register`) and shared; it holds no
    per-client state.
    """

    style: ClassVar[str]
    """The spec's operation ``x-cloudmedia.style`` that selects this family (``rpc``, ``roa``, ``volcengine``)."""
    vendor: ClassVar[str]
    """The spec's ``info.x-cloudmedia.vendor`` of the services of this family."""
    title: ClassVar[str]
    """A human name (``Alibaba Cloud RPC``)."""
    signing: ClassVar[tuple[str, ...]]
    """Signing scheme names a service of this family may list, in the order the documentation gives them."""
    request_id_headers: ClassVar[tuple[str, ...]] = ()
    """Response headers that carry the request id (lower case), first found wins."""
    body_parameters: ClassVar[bool] = True
    """Whether operations may have body parameters (RPC: everything is in the query)."""
    always_body: ClassVar[bool] = False
    """Whether every request carries a (JSON) body, even with no body parameter."""
    credential_options: ClassVar[tuple[tuple[str, str, bool], ...]] = ()
    """The client base's plain-valued credential arguments, ``(name, help, secret)``, in order (the generator
    lists them in the service model's client options, which the command line offers)."""
    token_schemes: ClassVar[frozenset[str]] = frozenset()
    """Signing schemes that authenticate with a token: a client picks them by the credential it is given (an
    ``access_token`` argument), not by ``signature_algorithm``."""
    region_in_signature: ClassVar[bool] = False
    """Whether the region is part of the signature (so a client always takes ``region``)."""

    # ------------------------------------------------------------------------------------- request builder

    def method_and_path(self, op: OperationModel) -> tuple[str, str]:
        """The HTTP method and the wire path of ``op``."""
        return (op.method.upper() or "POST"), (op.path.split("#", 1)[0] or "/")

    def protocol_query(self, service: ServiceModel, op: OperationModel) -> tuple[tuple[str, str], ...]:
        """Decoded query pairs the protocol puts before the operation's parameters."""
        return ()

    def static_headers(self, service: ServiceModel, op: OperationModel) -> tuple[tuple[str, str], ...]:
        """Headers every request of ``op`` starts with."""
        return ()

    def body_order(self, params: list[ParamModel]) -> tuple[str, ...]:
        """The order of the body parameters' wire names in the JSON body."""
        return tuple(sorted(p.wire for p in params))

    def encode_body(
        self, body: dict[str, Any], *, send_body: bool, user_agent: str
    ) -> tuple[bytes, list[tuple[str, str]]]:
        """The body bytes and the headers that follow the static ones (content type, user agent, accept).

        ``body`` is ordered and stripped of ``None`` members; ``send_body`` says whether a body is sent at all.
        """
        raise NotImplementedError

    # ------------------------------------------------------------------------------------------- signing

    def signer_classes(self) -> Mapping[str, type[httpx.Auth]]:
        """Signing scheme name -> signer class, for every name in :attr:`signing`."""
        raise NotImplementedError

    # ------------------------------------------------------------------------------------ error classifier

    def classify(
        self,
        product: str,
        status: int,
        headers: Mapping[str, str],
        body: bytes,
        operation: OperationModel | None = None,
    ) -> Classification:
        """``(decoded body, None)`` for a success, ``(None, error)`` otherwise.

        ``headers`` have lower-case names. ``operation``, when known, tells what a success body declares.
        """
        raise NotImplementedError

    def request_id(self, headers: Mapping[str, str], data: Any) -> str | None:
        """The request id of a response: from :attr:`request_id_headers`, else from the decoded body."""
        for name in self.request_id_headers:
            value = headers.get(name)
            if value:
                return str(value)
        return self.body_request_id(data) if isinstance(data, dict) else None

    def body_request_id(self, data: dict[str, Any]) -> str | None:
        value = data.get("RequestId") or data.get("requestId")
        return value if isinstance(value, str) else None

    # --------------------------------------------------------------------------------------- client base

    def client_base(self) -> type[Any]:
        """The base class of the generated clients of this family's services."""
        raise NotImplementedError

    # -------------------------------------------------------------------------------------- emulator side

    def verify(self, verifier: Verifier, request: WireRequest, product: str | None) -> Principal:
        """Verify a received request's signature for ``product`` (the routed service, when known); raise the
        :class:`~cloudmedia.emulator.errors.EmulatedError` the vendor answers with."""
        raise NotImplementedError

    def error_response(self, err: EmulatedError, ctx: ErrorContext) -> tuple[list[tuple[str, str]], dict[str, Any]]:
        """The response headers and JSON body of an emulated error, in this vendor's shape."""
        raise NotImplementedError

    #: HTTP status -> (code, message, CodeN) of injected status faults without an explicit code.
    injected_errors: ClassVar[Mapping[int, tuple[str, str, int | None]]] = {}

    def retry_after_headers(self, seconds: float) -> dict[str, str]:
        """The headers an emulated throttling answer carries to ask for a delay of ``seconds``."""
        text = str(int(seconds)) if float(seconds).is_integer() else f"{seconds:g}"
        return {"Retry-After": text}

    def param_error(self, err: ParamValidationError) -> EmulatedError:
        """The emulated error for a request parameter that breaks the spec."""
        raise NotImplementedError

    def body_error(self, detail: str) -> EmulatedError:
        """The emulated error for a body that is not a JSON object."""
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"<wire family {self.style!r}: {self.title}>"
