"""The core: database, rules and services.

Pure Python: it never imports Qt (tests/test_layering.py).
"""
