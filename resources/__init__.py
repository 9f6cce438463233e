"""Bundled resources (translations, fonts, icons), installed as the package `pmdesk.resources`."""
