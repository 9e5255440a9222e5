#!/bin/sh
# Puts the Node.js archive that frontend-maven-plugin expects into the local Maven repository, taking
# Node from the npm registry (package node-<os>-<arch>) instead of nodejs.org, which some build machines
# cannot reach. The plugin looks for com.github.eirslett:node:<version>:tar.gz:<os>-<arch> there first
# and, when found, downloads nothing.
#
# Usage: ensure-node.sh <node version without v> <local Maven repository>
# Registry: $NPM_CONFIG_REGISTRY, else `npm config get registry` when npm is installed, else npmjs.org.
set -eu

version="$1"
repo="$2"

case "$(uname -s)" in
  Linux) os=linux ;;
  Darwin) os=darwin ;;
  *) echo "ensure-node: $(uname -s) not handled; frontend-maven-plugin downloads Node itself"; exit 0 ;;
esac
case "$(uname -m)" in
  x86_64 | amd64) arch=x64 ;;
  aarch64 | arm64) arch=arm64 ;;
  *) echo "ensure-node: $(uname -m) not handled; frontend-maven-plugin downloads Node itself"; exit 0 ;;
esac

platform="$os-$arch"
target="$repo/com/github/eirslett/node/$version/node-$version-$platform.tar.gz"
if [ -s "$target" ]; then
  echo "ensure-node: $target present"
  exit 0
fi

registry="${NPM_CONFIG_REGISTRY:-}"
if [ -z "$registry" ] && command -v npm >/dev/null 2>&1; then
  registry="$(npm config get registry 2>/dev/null || true)"
fi
registry="${registry:-https://registry.npmjs.org/}"
registry="${registry%/}"
package="node-$platform"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT INT TERM

echo "ensure-node: fetching $package@$version from $registry"
curl -fsSL --retry 3 -o "$work/meta.json" "$registry/$package/$version"
# The version document is flat JSON; pull out dist.integrity ("sha512-<base64>") and dist.tarball.
integrity="$(tr ',{}' '\n\n\n' <"$work/meta.json" | sed -n 's/^ *"integrity" *: *"sha512-\([^"]*\)".*/\1/p' | head -n 1)"
tarball="$(tr ',{}' '\n\n\n' <"$work/meta.json" | sed -n 's/^ *"tarball" *: *"\([^"]*\)".*/\1/p' | head -n 1)"
if [ -z "$integrity" ] || [ -z "$tarball" ]; then
  echo "ensure-node: no sha512 integrity or tarball for $package@$version in $registry" >&2
  exit 1
fi

curl -fsSL --retry 3 -o "$work/package.tgz" "$tarball"
expected="$(printf '%s' "$integrity" | base64 -d | od -An -v -tx1 | tr -d ' \n')"
actual="$(sha512sum "$work/package.tgz" | cut -d' ' -f1)"
if [ "$expected" != "$actual" ]; then
  echo "ensure-node: integrity check failed for $tarball" >&2
  exit 1
fi

# npm packs Node as package/bin/node; the plugin expects node-v<version>-<platform>/bin/node.
mkdir "$work/unpacked"
tar -xzf "$work/package.tgz" -C "$work/unpacked"
mv "$work/unpacked/package" "$work/unpacked/node-v$version-$platform"
mkdir -p "$(dirname "$target")"
tar -czf "$target.part" -C "$work/unpacked" "node-v$version-$platform"
mv "$target.part" "$target"
echo "ensure-node: installed $target"
