#!/bin/sh
# npm-vendor.sh <package> <version> <file in the package> <output folder>
# Copies one file of a pinned npm package into the build's classes (run by Maven at generate-resources), so that
# planmap serves the front-end library itself: never a CDN. npm's own cache makes later builds offline.
set -eu
pkg="$1"; version="$2"; file="$3"; out="$4"
[ -f "$out/$(basename "$file")" ] && exit 0
command -v npm >/dev/null || { echo "npm-vendor: npm is missing (Debian: apt-get install npm)" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent --prefer-offline "$pkg@$version" >/dev/null)
tar -xzf "$work/$pkg-$version.tgz" -C "$work" "package/$file"
mkdir -p "$out"
cp "$work/package/$file" "$out/"
