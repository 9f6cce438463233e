#!/usr/bin/env bash
# The suite never reads the real clock (tests/conftest.py pins the office's clock). This proves
# it: the whole suite under libfaketime (Debian: apt-get install faketime) on a Monday morning,
# at 23:45, on 29 February and on New Year's Eve at 23:50, office time. Arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
python=.venv/bin/python
for moment in "2026-11-30 08:05:00" "2026-11-25 23:45:00" "2028-02-29 12:00:00" \
              "2026-12-31 23:50:00"; do
    echo "== the PC's clock at $moment (Asia/Shanghai)"
    TZ=Asia/Shanghai faketime -f "@$moment" \
        "$python" -m pytest -q -p no:cacheprovider "$@"
done
