"""Development tooling for the hand-written OpenAPI specs in ``specs/``.

``loader`` parses specs (rejecting duplicate YAML keys) and finds them; ``validate`` checks them against
OpenAPI 3.1 and the project convention (``specs/CONVENTION.md``).
"""
