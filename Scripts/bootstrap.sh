#!/usr/bin/env bash
# Installs what the package needs from the system, and does nothing when it is all present:
#   libyaml-dev + pkg-config  the generator reads specs through libyaml (pkg-config yaml-0.1)
#   binutils                  GNU as and objcopy, the encoding oracle of the assembler tests
set -euo pipefail

missing=()
if ! command -v pkg-config >/dev/null 2>&1 || ! pkg-config --exists yaml-0.1; then
  missing+=(libyaml-dev pkg-config)
fi
if ! command -v as >/dev/null 2>&1 || ! command -v objcopy >/dev/null 2>&1; then
  missing+=(binutils)
fi
[ ${#missing[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
  echo "bootstrap: missing ${missing[*]}; install them with your package manager" >&2
  exit 1
fi
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "bootstrap: installing ${missing[*]} with apt-get" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
pkg-config --exists yaml-0.1
