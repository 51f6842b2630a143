"""The runtime shared by every generated client: signing, wire format, credentials, retries, errors."""

__version__ = "0.1.0"
