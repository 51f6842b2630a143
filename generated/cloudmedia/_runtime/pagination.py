# Rendered from overlays/package/_runtime/pagination.py by scripts/regenerate.py. Do not edit: change the overlay and regenerate.
"""Paginators: every page (or item) of a paged operation, sync (``for``) or async (``async for``).

Two kinds, described by the operation's :class:`~.model.PaginatorModel`:

- ``marker``: the response's output token (``next_marker``) is sent back as the input token
  (``marker``) until it comes back empty. A token seen before raises :class:`PaginationError`
  instead of looping forever.
- ``page_number``: the page number (``PageNo``) counts up from the one given (default 1) until the
  items reach ``Total`` or a page comes back empty. More pages than ``Total`` allows raises
  :class:`PaginationError`.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from .errors import PaginationError

if TYPE_CHECKING:
    from .client import BaseClient
    from .model import OperationModel

PageT = TypeVar("PageT")
ItemT = TypeVar("ItemT")


def _set(kwargs: Mapping[str, Any], wire: str, value: Any, location: str) -> dict[str, Any]:
    out = {"query": dict(kwargs["query"]), "body": dict(kwargs["body"]) if kwargs.get("body") is not None else None}
    target = out["body"] if location == "body" else out["query"]
    target[wire] = value
    return out


class _PageState:
    """The paging decisions, shared by the sync and async iterators."""

    def __init__(self, op: OperationModel, kwargs: Mapping[str, Any], max_items: int | None) -> None:
        paginator = op.paginator
        if paginator is None:
            raise ValueError(f"{op.name} is not a paginated operation")
        if max_items is not None and max_items < 0:
            raise ValueError(f"max_items must be >= 0; got {max_items}")
        self.paginator = paginator
        self.op = op
        self.kwargs = kwargs
        self.max_items = max_items
        self.items_attr = paginator.python_names[paginator.items]
        self.seen: set[str] = set()
        self.count = 0
        self.pages = 0
        self.page_number = 1
        self.done = max_items == 0
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

    def items_of(self, page: Any) -> list[Any]:
        items = getattr(page, self.items_attr, None)
        return list(items) if isinstance(items, list) else []

    def after_page(self, page: Any) -> list[Any]:
        """Record a page; return the items to hand out from it (cut by ``max_items``)."""
        p = self.paginator
        self.pages += 1
        items = self.items_of(page)
        if self.max_items is not None and self.count + len(items) >= self.max_items:
            items = items[: self.max_items - self.count]
            self.done = True
        self.count += len(items)
        if p.kind == "marker":
            assert p.output is not None and p.input is not None
            token = getattr(page, p.python_names[p.output], None)
            if not isinstance(token, str) or not token:
                self.done = True
            elif token in self.seen or token == self._current_token():
                raise PaginationError(f"{self.op.name}: the service returned marker {token[:60]!r} twice; stopping")
            else:
                self.seen.add(token)
                self.kwargs = _set(self.kwargs, p.input, token, self.op.param(p.input).location)
        else:
            assert p.total is not None
            total = getattr(page, p.python_names[p.total], None)
            if not items or not isinstance(total, int) or self.count >= total:
                self.done = True
            else:
                page_size = max(len(self.items_of(page)), 1)
                if self.pages > total // page_size + 2:
                    raise PaginationError(f"{self.op.name}: {self.pages} pages read but Total is {total}; stopping")
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

    Each iteration starts from the first page again. Requests are made lazily, one page at a time, so
    memory stays constant however many pages there are.
    """

    def __init__(
        self,
        client: BaseClient,
        op: OperationModel,
        kwargs: Mapping[str, Any],
        parse: Callable[[Any], PageT],
        *,
        max_items: int | None = None,
    ) -> None:
        self._client = client
        self._op = op
        self._kwargs = kwargs
        self._parse = parse
        self._max_items = max_items
        _PageState(op, kwargs, max_items)  # validate arguments now, not at the first page

    def _pages(self) -> Iterator[tuple[PageT, list[Any]]]:
        state = _PageState(self._op, self._kwargs, self._max_items)
        while not state.done:
            page = self._client._invoke(self._op, state.next_kwargs(), self._parse).parsed
            yield page, state.after_page(page)

    async def _apages(self) -> AsyncIterator[tuple[PageT, list[Any]]]:
        state = _PageState(self._op, self._kwargs, self._max_items)
        while not state.done:
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
