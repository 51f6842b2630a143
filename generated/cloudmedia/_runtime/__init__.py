# Rendered from overlays/package/_runtime/__init__.py by scripts/regenerate.py. Do not edit: change the overlay and regenerate.
"""The runtime shared by every generated client: signing, wire format, credentials, retries, errors."""

__version__ = "0.1.0"
