"""Bulk calls: many items, fixed-size batches, a bounded window of batches in flight, results in input order.

:func:`iter_batches` is the generic engine: it reads the input lazily, cuts it into batches, keeps at most
``concurrency`` batch calls running at once (asyncio tasks) and yields ``(batch, result)`` pairs in the order of the
input. Memory is bounded by the window (``concurrency`` batches and their results), never by the size of the input:
a generator of a hundred million URIs is fine.

:func:`fetch_file_meta` uses it for IMM ``BatchGetFileMeta`` and yields, for every input URI, the ``File`` the
service returned for it, or ``None`` when it returned none. It only needs a client with a
``batch_get_file_meta_async`` method (``cloudmedia.imm.ImmClient``); this module imports no service package.

Errors: the first batch that fails (after the client's own retries) cancels the batches still in flight and the
exception propagates to the ``async for``. Stopping the iteration early (``break``, ``aclose()``) cancels them too.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections import deque
from collections.abc import AsyncGenerator, Awaitable, Callable, Iterable
from itertools import islice
from typing import Any, TypeVar

__all__ = ["fetch_file_meta", "iter_batches"]

ItemT = TypeVar("ItemT")
ResultT = TypeVar("ResultT")

#: The most URIs one BatchGetFileMeta call accepts.
MAX_URIS_PER_CALL = 100


async def iter_batches(
    fetch: Callable[[list[ItemT]], Awaitable[ResultT]],
    items: Iterable[ItemT],
    *,
    batch_size: int,
    concurrency: int = 8,
) -> AsyncGenerator[tuple[list[ItemT], ResultT], None]:
    """Yield ``(batch, await fetch(batch))`` for consecutive batches of ``items``, in input order.

    At most ``concurrency`` calls of ``fetch`` run at once; the next batch is read from ``items`` (lazily) only when
    a slot frees up. A batch's result is yielded as soon as it and every batch before it are done.
    """
    if batch_size < 1:
        raise ValueError(f"batch_size must be >= 1; got {batch_size}")
    if concurrency < 1:
        raise ValueError(f"concurrency must be >= 1; got {concurrency}")
    source = iter(items)
    window: deque[tuple[list[ItemT], asyncio.Task[ResultT]]] = deque()

    def submit() -> bool:
        batch = list(islice(source, batch_size))
        if not batch:
            return False
        window.append((batch, asyncio.ensure_future(fetch(batch))))
        return True

    try:
        while len(window) < concurrency and submit():
            pass
        while window:
            batch, task = window[0]
            result = await task
            window.popleft()
            submit()
            yield batch, result
    finally:
        # An error, an early break or aclose(): do not leave calls running in the background.
        for _, task in window:
            task.cancel()
        for _, task in window:
            # Cancelled or failed: already being reported, or nobody waits.
            with contextlib.suppress(BaseException):
                await task
        window.clear()


async def fetch_file_meta(
    client: Any,
    *,
    project_name: str,
    dataset_name: str,
    uris: Iterable[str],
    with_fields: list[str] | None = None,
    batch_size: int = MAX_URIS_PER_CALL,
    concurrency: int = 8,
) -> AsyncGenerator[Any, None]:
    """The metadata of every URI in ``uris``, in input order: its ``File``, or ``None`` if the service returned none.

    ``client`` is an :class:`cloudmedia.imm.ImmClient` (anything with ``batch_get_file_meta_async``). The URIs are
    read lazily and sent ``batch_size`` (at most 100) per ``BatchGetFileMeta`` call, with up to ``concurrency`` calls
    in flight; ``with_fields`` is passed on to every call. Files are matched to URIs by their ``URI`` field; a URI that
    appears twice gets the same ``File`` object twice. Memory stays bounded by the window whatever the number of
    URIs, as long as the caller does not keep the results.

    ::

        async with ImmClient(region="cn-hangzhou") as imm:
            async for file in fetch_file_meta(imm, project_name="p", dataset_name="d", uris=read_uris()):
                ...
    """
    if not 1 <= batch_size <= MAX_URIS_PER_CALL:
        raise ValueError(f"batch_size must be between 1 and {MAX_URIS_PER_CALL}; got {batch_size}")
    call: Callable[..., Awaitable[Any]] = client.batch_get_file_meta_async
    extra: dict[str, Any] = {} if with_fields is None else {"with_fields": with_fields}

    def fetch(batch: list[str]) -> Awaitable[Any]:
        return call(project_name=project_name, dataset_name=dataset_name, uris=batch, **extra)

    async for batch, page in iter_batches(fetch, uris, batch_size=batch_size, concurrency=concurrency):
        files = getattr(page, "files", None)
        by_uri: dict[Any, Any] = {}
        if isinstance(files, list):
            for file in files:
                by_uri[getattr(file, "uri", None)] = file
        for uri in batch:
            yield by_uri.get(uri)
