"""pmdesk (物业前台): the front-desk application of a residential property-management office."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("pmdesk")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"
