"""Bulk helpers: many items in fixed-size batches, a bounded window of calls in flight, results in input order.

::

    from cloudmedia.bulk import fetch_file_meta
    from cloudmedia.imm import ImmClient

    async with ImmClient(region="cn-hangzhou") as imm:
        async for file in fetch_file_meta(imm, project_name="p", dataset_name="d", uris=uris, concurrency=8):
            ...  # an IMM File, or None when the service returned nothing for that URI

See :mod:`cloudmedia._runtime.bulk`.
"""

from .._runtime.bulk import MAX_URIS_PER_CALL, fetch_file_meta, iter_batches

__all__ = ["MAX_URIS_PER_CALL", "fetch_file_meta", "iter_batches"]
