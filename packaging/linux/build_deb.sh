#!/usr/bin/env bash
# The Debian package (UOS, Kylin, Debian, Ubuntu) from a built one-folder bundle:
#     packaging/linux/build_deb.sh dist/pmdesk VERSION dist/
# installs the bundle under /opt/pmdesk, `pmdesk` on the PATH, a menu entry with its icon and a
# manual page. The office data stays in each user's folder (~/.local/share/pmdesk), which the
# package never touches: removing or upgrading it leaves the database and its backups alone.
# Needs dpkg-dev (dpkg-deb, dpkg-shlibdeps); run by packaging/build.sh.
set -euo pipefail
bundle=$1 version=$2 out=$3
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
work=$root/build/deb
stage=$work/pmdesk_${version}_amd64
rm -rf "$work"
mkdir -p "$stage/DEBIAN" "$stage/opt" "$stage/usr/bin" "$stage/usr/share/applications" \
    "$stage/usr/share/icons/hicolor/256x256/apps" "$stage/usr/share/man/man1" \
    "$stage/usr/share/doc/pmdesk" "$stage/usr/share/lintian/overrides"

cp -a "$bundle" "$stage/opt/pmdesk"
ln -s /opt/pmdesk/pmdesk "$stage/usr/bin/pmdesk"
install -m 644 "$here/pmdesk.desktop" "$stage/usr/share/applications/pmdesk.desktop"
install -m 644 "$root/resources/icons/pmdesk.png" "$stage/usr/share/icons/hicolor/256x256/apps/"
gzip -9n < "$here/pmdesk.1" > "$stage/usr/share/man/man1/pmdesk.1.gz"
install -m 644 "$here/copyright" "$stage/usr/share/doc/pmdesk/copyright"
install -m 644 "$here/lintian-overrides" "$stage/usr/share/lintian/overrides/pmdesk"
maintainer="pmdesk developers <pmdesk@users.noreply.github.com>"
when=${SOURCE_DATE_EPOCH:-$(git -C "$root" log -1 --format=%ct 2>/dev/null || date +%s)}
printf 'pmdesk (%s) stable; urgency=medium\n\n  * pmdesk %s.\n\n -- %s  %s\n' \
    "$version" "$version" "$maintainer" "$(date -R -d "@$when")" \
    | gzip -9n > "$stage/usr/share/doc/pmdesk/changelog.gz"

# Files as dpkg expects them: folders 755, libraries and data 644, programs 755.
find "$stage" -type d -exec chmod 755 {} +
find "$stage" -type f -exec chmod 644 {} +
chmod 755 "$stage/opt/pmdesk/pmdesk"

# The libraries of the desktop the bundle leaves out (packaging/pmdesk.spec): dpkg-shlibdeps
# reads what every program and library in it needs and names the packages that provide them.
# The 网络版's libpq is opened by psycopg at run time, so it is named by hand.
mkdir -p "$work/debian"
printf 'Source: pmdesk\n\nPackage: pmdesk\nArchitecture: amd64\n' > "$work/debian/control"
mapfile -t elves < <(find "$stage/opt/pmdesk" -type f \( -name '*.so*' -o -perm -u+x \) \
    -exec sh -c 'head -c 4 "$1" | grep -q ELF && echo "$1"' _ {} \;)
libdirs=()
while IFS= read -r dir; do libdirs+=("-l$dir"); done < <(
    for elf in "${elves[@]}"; do dirname "$elf"; done | sort -u)
shlibs=$(cd "$work" && dpkg-shlibdeps -O --ignore-missing-info --warnings=0 "${libdirs[@]}" \
    "${elves[@]}" | sed -n 's/^shlibs:Depends=//p')
installed=$(du -sk --exclude=DEBIAN "$stage" | cut -f1)

cat > "$stage/DEBIAN/control" <<EOF
Package: pmdesk
Version: $version
Architecture: amd64
Maintainer: $maintainer
Installed-Size: $installed
Depends: $shlibs, libpq5
Section: misc
Priority: optional
Homepage: https://github.com/pmdesk/pmdesk
Description: front desk of a residential property-management office (物业前台)
 The desktop application for the front desk of a residential property-management
 office (物业服务中心): the household register, property fees, receipts and
 arrears, complaints and repairs, community events, notices and letters to PDF.
 .
 The one-PC office keeps its data in a database file in the user's folder; an
 office with several desks uses a PostgreSQL server (网络版).
EOF
chmod 644 "$stage/DEBIAN/control"
mkdir -p "$out"
dpkg-deb --root-owner-group -Zxz --build "$stage" "$out/pmdesk_${version}_amd64.deb" >/dev/null
echo "$out/pmdesk_${version}_amd64.deb"
