"""The core: database, rules and services.

Pure Python: it never imports Qt (tests/test_layering.py).
"""

import sys

# peewee looks for a PostgreSQL driver when it is first imported; with psycopg installed (the
# 网络版's driver) every start of every office would load it, 125 ms. It stays hidden (an
# import of it fails) until a server is first used: safety/pg_engine loads it then.
sys.modules.setdefault("psycopg", None)
