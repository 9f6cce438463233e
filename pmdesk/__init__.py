"""pmdesk (物业前台): the front-desk application of a residential property-management office."""

__version__ = "0.1.0"
