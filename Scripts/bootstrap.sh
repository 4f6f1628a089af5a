#!/usr/bin/env bash
# Installs what the package needs from the system before its first build: libyaml's headers and
# pkg-config file (Debian: libyaml-dev), found through pkg-config. Does nothing when present.
set -euo pipefail

if command -v pkg-config >/dev/null 2>&1 && pkg-config --exists yaml-0.1; then
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "bootstrap: libyaml (pkg-config yaml-0.1) is missing; install libyaml-dev and pkg-config with your package manager" >&2
  exit 1
fi
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "bootstrap: installing libyaml-dev and pkg-config with apt-get" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq libyaml-dev pkg-config >/dev/null
pkg-config --exists yaml-0.1
