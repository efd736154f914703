#!/bin/sh
# npm-vendor.sh <package> <version> <output folder> <file in the package>...
# Copies files of a pinned npm package into the build's classes (run by Maven at generate-resources), so that
# planmap serves the front-end library itself: never a CDN. npm's own cache makes later builds offline.
set -eu
pkg="$1"; version="$2"; out="$3"; shift 3
missing=0
for file in "$@"; do
  [ -f "$out/$(basename "$file")" ] || missing=1
done
[ "$missing" = 0 ] && exit 0
command -v npm >/dev/null || { echo "npm-vendor: npm is missing (Debian: apt-get install npm)" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent --prefer-offline "$pkg@$version" >/dev/null)
mkdir -p "$out"
for file in "$@"; do
  tar -xzf "$work/$pkg-$version.tgz" -C "$work" "package/$file"
  cp "$work/package/$file" "$out/"
done
