#!/bin/sh
# build-deb.sh BINARY VERSION OUTDIR: builds OUTDIR/tillsyn_<debian version>_amd64.deb with
# dpkg-deb from a built tillsyn binary and the files beside this script, and prints its path.
# VERSION is the program's version (git describe): v1.2.0 or 1.2.0-3-gabc1234 become 1.2.0
# and 1.2.0+3.gabc1234; a bare commit (abc1234, abc1234-dirty) becomes 0~gitDATE.abc1234.
# SOURCE_DATE_EPOCH (default: the last commit's time) fixes every timestamp in the package.
set -eu
umask 022

if [ $# -ne 3 ]; then
	echo "usage: $0 BINARY VERSION OUTDIR" >&2
	exit 2
fi
bin=$1
version=$2
out=$3
here=$(cd "$(dirname "$0")" && pwd)

if [ -z "${SOURCE_DATE_EPOCH:-}" ]; then
	SOURCE_DATE_EPOCH=$(git -C "$here" log -1 --format=%ct 2>/dev/null || date +%s)
fi
export SOURCE_DATE_EPOCH

case $version in
v[0-9]* | [0-9]*)
	debversion=$(printf '%s\n' "${version#v}" | sed 's/-/+/; s/-/./g')
	;;
*)
	debversion=0~git$(date -u -d "@$SOURCE_DATE_EPOCH" +%Y%m%d%H%M%S).$(printf '%s' "$version" | tr -c 'A-Za-z0-9.+~' '.')
	;;
esac
if ! printf '%s\n' "$debversion" | grep -Eq '^[0-9][A-Za-z0-9.+~]*$'; then
	echo "$0: cannot make a Debian version of $version" >&2
	exit 1
fi

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
chmod 0755 "$stage"

install -D -m 0755 "$bin" "$stage/usr/bin/tillsyn"
for u in tillsyn.service tillsyn-backup.service tillsyn-backup.timer; do
	install -D -m 0644 "$here/$u" "$stage/lib/systemd/system/$u"
done
install -D -m 0644 "$here/default" "$stage/etc/default/tillsyn"
install -D -m 0644 "$here/README.Debian" "$stage/usr/share/doc/tillsyn/README.Debian"
install -D -m 0644 "$here/copyright" "$stage/usr/share/doc/tillsyn/copyright"
mkdir -p "$stage/usr/share/man/man8"
gzip -9n <"$here/tillsyn.8" >"$stage/usr/share/man/man8/tillsyn.8.gz"
printf 'tillsyn (%s) unstable; urgency=medium\n\n  * Built from %s.\n\n -- Tillsyn maintainers <tillsyn@localhost>  %s\n' \
	"$debversion" "$version" "$(date -u -R -d "@$SOURCE_DATE_EPOCH")" |
	gzip -9n >"$stage/usr/share/doc/tillsyn/changelog.Debian.gz"
chmod 0644 "$stage/usr/share/man/man8/tillsyn.8.gz" "$stage/usr/share/doc/tillsyn/changelog.Debian.gz"

mkdir -p "$stage/DEBIAN"
size=$(du -sk --apparent-size "$stage" | cut -f1)
sed -e "s/@VERSION@/$debversion/" -e "s/@SIZE@/$size/" "$here/debian/control.in" >"$stage/DEBIAN/control"
echo /etc/default/tillsyn >"$stage/DEBIAN/conffiles"
for s in postinst prerm postrm; do
	install -m 0755 "$here/debian/$s" "$stage/DEBIAN/$s"
done
(cd "$stage" && find usr lib -type f -print0 | LC_ALL=C sort -z | xargs -0 md5sum) >"$stage/DEBIAN/md5sums"
chmod 0644 "$stage/DEBIAN/control" "$stage/DEBIAN/conffiles" "$stage/DEBIAN/md5sums"

mkdir -p "$out"
deb="$out/tillsyn_${debversion}_amd64.deb"
dpkg-deb --root-owner-group -Zgzip --build "$stage" "$deb" >/dev/null
echo "$deb"
