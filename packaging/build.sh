#!/usr/bin/env bash
# Build pmdesk for Linux from this checkout, then test what was built:
#     packaging/build.sh
# run from the repository root. It installs pmdesk and PyInstaller into its own venv
# (build/venv), builds the one-folder bundle dist/pmdesk/ from packaging/pmdesk.spec, runs the
# bundle's smoke test (packaging/smoke_test.py) and makes dist/pmdesk_VERSION_amd64.deb
# (packaging/linux/build_deb.sh), which it checks with lintian when lintian is installed.
# Needs Python 3.11+ with venv, and on Debian-based systems: dpkg-dev, poppler-utils (and
# lintian). See packaging/README.md; Windows builds with the commands given there.
set -euo pipefail
cd "$(dirname "$0")/.."

for tool in dpkg-deb dpkg-shlibdeps pdffonts; do
    if ! command -v "$tool" >/dev/null; then
        echo "packaging/build.sh needs $tool: apt-get install dpkg-dev poppler-utils" >&2
        exit 1
    fi
done

venv=build/venv
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/python" -m pip install --quiet --upgrade . "pyinstaller>=6.10,<7"
version=$("$venv/bin/python" -c "import pmdesk; print(pmdesk.__version__)")

rm -rf dist/pmdesk "dist/pmdesk_${version}_amd64.deb"
"$venv/bin/pyinstaller" packaging/pmdesk.spec --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller
"$venv/bin/python" packaging/smoke_test.py dist/pmdesk

deb=$(packaging/linux/build_deb.sh dist/pmdesk "$version" dist)
if command -v lintian >/dev/null; then
    # overrides, each explained: packaging/linux/lintian-overrides
    lintian --fail-on error,warning "$deb"
fi
echo "built dist/pmdesk/ and $deb"
