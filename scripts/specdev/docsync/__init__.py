"""Doc sync: from a changed or new documentation page to a regenerated client in one command.

``python scripts/docsync.py PAGE [PAGE ...] [--dry-run]`` reads each saved page with docdiff's reader and

- for an operation a spec has: writes every drift docdiff reports (parameters and response fields added,
  removed or retyped, required flags, limits, enums, defaults, descriptions, examples, error codes, the page's
  JSON examples) into the spec YAML in place (``update``); what the page does not contradict stays as written:
  comments, key order, ``x-cloudmedia``, fields and parameters the spec carries from the official SDK models;
- for an operation no spec has: drafts it into its product's spec, found from the page (product, API version,
  style), or into a new spec file whose service metadata comes from the vendor family's defaults (``draft``,
  ``families``), listing what the page cannot tell as "check by hand";
- validates the result together with every other spec and re-runs docdiff on each page (no drift may remain),
  writes the specs, regenerates the clients and keeps each page as its operation's snapshot
  ``specs/snapshots/<spec stem>/<OperationId>.txt``. A failure at any step changes nothing.

Modules: ``yamlio`` (round-trip YAML), ``model`` (page -> schemas), ``families``, ``draft``, ``update``,
``sync`` (plan, verify, write), ``cli``.
"""

from .sync import PageProblem, SpecPlan, SyncError, SyncResult, plan, sync

__all__ = ["PageProblem", "SpecPlan", "SyncError", "SyncResult", "plan", "sync"]
