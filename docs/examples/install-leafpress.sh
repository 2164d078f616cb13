#!/bin/sh
# Installs a leafpress release binary, checked against a pinned SHA-256, into a folder.
# For build hosts that run a shell command (Netlify, Cloudflare Pages, a server, any CI):
# no Rust, no compiling, a few seconds. Copy this file into the site's repository, set the
# values below (change them together), then:
#
#   sh install-leafpress.sh [folder]        # default folder: $HOME/.local/bin
set -eu

# ---- The leafpress release to install ---------------------------------------------------
LEAFPRESS_REPOSITORY=https://github.com/leafpress/leafpress
LEAFPRESS_VERSION=0.1.0
# x86_64-unknown-linux-musl or aarch64-unknown-linux-musl: static, runs on any Linux.
LEAFPRESS_TARGET=x86_64-unknown-linux-musl
# The SHA-256 of leafpress-<version>-<target>.tar.gz: the first word of the .sha256 file
# published beside it (docs/deploy.md, "Pinning the checksum").
LEAFPRESS_SHA256="paste the archive's SHA-256 here"
# ------------------------------------------------------------------------------------------

if [ "${#LEAFPRESS_SHA256}" -ne 64 ]; then
    echo "install-leafpress.sh: set LEAFPRESS_SHA256 to the archive's 64-character SHA-256" >&2
    exit 2
fi
folder=${1:-"$HOME/.local/bin"}
archive="leafpress-$LEAFPRESS_VERSION-$LEAFPRESS_TARGET.tar.gz"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

curl --fail --silent --show-error --location --output "$scratch/$archive" \
    "$LEAFPRESS_REPOSITORY/releases/download/v$LEAFPRESS_VERSION/$archive"
# Stops here, installing nothing, unless the download is exactly the archive pinned above.
echo "$LEAFPRESS_SHA256  $scratch/$archive" | sha256sum -c -
tar -xzf "$scratch/$archive" -C "$scratch"
mkdir -p "$folder"
cp "$scratch/leafpress" "$folder/leafpress"
chmod 755 "$folder/leafpress"
"$folder/leafpress" --version
