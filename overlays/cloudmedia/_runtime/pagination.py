"""Paginators: every page (or item) of a paged operation, sync (``for``) or async (``async for``).

Two kinds, described by the operation's :class:`~.model.PaginatorModel`:

- ``marker``: the response's output token (``next_marker``) is sent back as the input token
  (``marker``) until it comes back empty. A token seen before raises :class:`PaginationError`
  instead of looping forever (after the items of the page that carried it, which are new).
- ``page_number``: the page number (``PageNo``) counts up from the one given (default 1) until the
  items reach ``Total`` (an integer, or a string of digits) or a page comes back empty. A page identical
  to one already read (a service that ignores ``PageNo`` would otherwise be paged until ``Total``, or
  forever) raises :class:`PaginationError`.

``max_items`` stops the iteration once that many items were handed out; nothing after that is checked or
requested.

A page whose item list does not fit the model (say one item is ``null`` or a string) keeps the raw list in
its ``additional_properties``, as every model does; the paginator still hands out the items that are
objects (parsed one by one with the operation's generated item parser, ``_parse_item`` of its endpoint
module), logs a warning naming how many it skipped, and counts every raw item towards ``Total``.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from .errors import PaginationError
from .logs import logger

if TYPE_CHECKING:
    from .client import BaseClient
    from .model import OperationModel

PageT = TypeVar("PageT")
ItemT = TypeVar("ItemT")


def _set(kwargs: Mapping[str, Any], wire: str, value: Any, location: str) -> dict[str, Any]:
    query = dict(kwargs["query"])
    body = dict(kwargs["body"]) if kwargs.get("body") is not None else None
    if location == "body":
        if body is None:
            body = {}
        body[wire] = value
    else:
        query[wire] = value
    return {"query": query, "body": body}


_MISMATCH = (TypeError, ValueError, KeyError, AttributeError)


def _as_int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return None


def _fingerprint(items: list[Any]) -> str:
    dumped = json.dumps(
        [item.to_dict() if hasattr(item, "to_dict") else item for item in items],
        sort_keys=True,
        default=repr,
        ensure_ascii=False,
    )
    return hashlib.sha256(dumped.encode("utf-8")).hexdigest()


class _PageState:
    """The paging decisions, shared by the sync and async iterators."""

    def __init__(
        self,
        op: OperationModel,
        kwargs: Mapping[str, Any],
        max_items: int | None,
        parse_item: Callable[[Any], Any] | None = None,
    ) -> None:
        paginator = op.paginator
        if paginator is None:
            raise ValueError(f"{op.name} is not a paginated operation")
        if max_items is not None and max_items < 0:
            raise ValueError(f"max_items must be >= 0; got {max_items}")
        self.paginator = paginator
        self.parse_item = parse_item
        self.op = op
        self.kwargs = kwargs
        self.max_items = max_items
        self.items_attr = paginator.python_names[paginator.items]
        self.seen: set[str] = set()
        self.count = 0
        """Items handed out (at most ``max_items``)."""
        self.listed = 0
        """Items the pages listed, parsed or not: what ``Total`` counts."""
        self.pages = 0
        self.page_number = 1
        self.done = max_items == 0
        self.failure: PaginationError | None = None
        """Raised before the next page is requested (the current page's items are handed out first)."""
        if paginator.kind == "page_number":
            assert paginator.page is not None
            location = op.param(paginator.page).location
            values = kwargs["body"] if location == "body" else kwargs["query"]
            self.page_number = int(values.get(paginator.page, 1))

    def next_kwargs(self) -> Mapping[str, Any]:
        p = self.paginator
        if p.kind == "page_number":
            assert p.page is not None
            return _set(self.kwargs, p.page, self.page_number, self.op.param(p.page).location)
        return self.kwargs

    def items_of(self, page: Any) -> tuple[list[Any], list[Any]]:
        """The usable items of a page, and every item the page listed (parsed or raw)."""
        items = getattr(page, self.items_attr, None)
        if isinstance(items, list):
            return list(items), items
        extra = getattr(page, "additional_properties", None)
        raw = extra.get(self.paginator.items) if isinstance(extra, Mapping) else None
        if not isinstance(raw, list):
            return [], []
        # The list did not fit the model as a whole: keep the items that do.
        parser = self.parse_item
        usable = []
        for value in raw:
            if parser is not None and isinstance(value, Mapping):
                try:
                    usable.append(parser(value))
                except _MISMATCH:
                    pass
        if len(usable) < len(raw):
            logger.warning(
                "%s: page %d lists %d item(s) that are not objects of the documented shape; skipped "
                "(the page keeps the raw list in additional_properties[%r])",
                self.op.name,
                self.pages,
                len(raw) - len(usable),
                self.paginator.items,
            )
        return usable, raw

    def after_page(self, page: Any) -> list[Any]:
        """Record a page; return the items to hand out from it (cut by ``max_items``)."""
        p = self.paginator
        self.pages += 1
        items, listed = self.items_of(page)
        self.listed += len(listed)
        if self.max_items is not None and self.count + len(items) >= self.max_items:
            items = items[: self.max_items - self.count]
            self.done = True
        self.count += len(items)
        if self.done:
            return items
        if p.kind == "marker":
            assert p.output is not None and p.input is not None
            token = getattr(page, p.python_names[p.output], None)
            if not isinstance(token, str) or not token:
                self.done = True
            elif token in self.seen or token == self._current_token():
                self.failure = PaginationError(
                    f"{self.op.name}: the service returned marker {token[:60]!r} twice; stopping",
                    operation=self.op.name,
                )
            else:
                self.seen.add(token)
                self.kwargs = _set(self.kwargs, p.input, token, self.op.param(p.input).location)
        else:
            assert p.total is not None
            total = _as_int(getattr(page, p.python_names[p.total], None))
            if not listed or total is None or self.listed >= total:
                self.done = True
            else:
                fingerprint = _fingerprint(listed)
                if fingerprint in self.seen:
                    raise PaginationError(
                        f"{self.op.name}: page {self.page_number} repeats a page already read "
                        f"({self.listed} items read, Total is {total}); the service may be ignoring "
                        f"{p.page}; stopping",
                        operation=self.op.name,
                    )
                self.seen.add(fingerprint)
                self.page_number += 1
        return items

    def _current_token(self) -> Any:
        p = self.paginator
        assert p.input is not None
        location = self.op.param(p.input).location
        values = self.kwargs["body"] if location == "body" else self.kwargs["query"]
        return values.get(p.input)


class Paginator(Generic[PageT, ItemT]):
    """The pages of one paged call. Iterate it (``for`` / ``async for``) for pages; ``items()`` for items.

    Each iteration starts from the first page again. Requests are made lazily, one page at a time; besides
    the current page, only one marker or page fingerprint per page read is kept (to detect loops).
    """

    def __init__(
        self,
        client: BaseClient,
        op: OperationModel,
        kwargs: Mapping[str, Any],
        parse: Callable[[Any], PageT],
        parse_item: Callable[[Any], ItemT] | None = None,
        *,
        max_items: int | None = None,
    ) -> None:
        """``parse`` parses a page; ``parse_item`` one item, for a page whose item list as a whole does not
        fit the model (None: items are plain values, kept only when the whole list fits)."""
        self._client = client
        self._op = op
        self._kwargs = kwargs
        self._parse = parse
        self._parse_item = parse_item
        self._max_items = max_items
        self._state()  # validate arguments now, not at the first page

    def _state(self) -> _PageState:
        return _PageState(self._op, self._kwargs, self._max_items, self._parse_item)

    def _pages(self) -> Iterator[tuple[PageT, list[Any]]]:
        state = self._state()
        while not state.done:
            if state.failure is not None:
                raise state.failure
            page = self._client._invoke(self._op, state.next_kwargs(), self._parse).parsed
            yield page, state.after_page(page)

    async def _apages(self) -> AsyncIterator[tuple[PageT, list[Any]]]:
        state = self._state()
        while not state.done:
            if state.failure is not None:
                raise state.failure
            page = (await self._client._invoke_async(self._op, state.next_kwargs(), self._parse)).parsed
            yield page, state.after_page(page)

    def __iter__(self) -> Iterator[PageT]:
        for page, _ in self._pages():
            yield page

    async def __aiter__(self) -> AsyncIterator[PageT]:
        async for page, _ in self._apages():
            yield page

    def items(self) -> ItemIterator[ItemT]:
        """The items of every page, in order (at most ``max_items``)."""
        return ItemIterator(self)


class ItemIterator(Generic[ItemT]):
    """The items of a :class:`Paginator`, for ``for`` and ``async for``."""

    def __init__(self, paginator: Paginator[Any, ItemT]) -> None:
        self._paginator = paginator

    def __iter__(self) -> Iterator[ItemT]:
        for _, items in self._paginator._pages():
            yield from items

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        async for _, items in self._paginator._apages():
            for item in items:
                yield item
