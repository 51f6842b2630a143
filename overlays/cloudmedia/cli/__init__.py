"""The ``cloudmedia`` command line: every operation of every generated client.

::

    cloudmedia [global options] SERVICE OPERATION [--param value ...]
    cloudmedia imm batch-get-file-meta --project-name p --dataset-name d --uris oss://b/a.jpg --uris oss://b/b.jpg
    cloudmedia pds scan-file --domain-id d --drive-id 1 --all
    cloudmedia nta create-file-detection --sign-url URL --dry-run
    cloudmedia nta create-file-detection --sign-url URL --wait --query Result

Nothing is listed by hand: services are the ``cloudmedia`` subpackages with a ``_service`` module, operations
and parameters come from their service models (``--project-name`` for ``project_name``, also ``--ProjectName``,
the vendor's name; lists take the flag repeated or one JSON array; integers, numbers, booleans and enums are
parsed and checked as their schema says), and the client options (``--domain-id``, ``--signature-algorithm``...)
from the service model's client options. Global options resolve flag, environment, profile, default
(:mod:`._globals`); ``--query`` takes JMESPath; ``--output`` is json, table or text; commands that start a job
a waiter follows take ``--wait``. Validation beyond that is the client's own. See ``cloudmedia --help`` for
the global options and the exit codes.
"""

from ._main import main

__all__ = ["main"]
