#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The README's two commands on a fresh Debian 12 machine:
#   installer/dev.sh run    install what is missing, build, start the application
#   installer/dev.sh test   install what is missing, build from a clean build directory, run every test
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
mode=${1:-}
build_dir=${APM_BUILD_DIR:-$here/build}

packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev libgl-dev
    qtkeychain-qt6-dev
)
# What the tests drive for real: the AWS CLI v2 (Debian's awscli, /usr/bin/aws), and botocore as the reference
# for the instance metadata client.
test_packages=(awscli python3-botocore zsh fish dbus gnome-keyring)

install_missing() {
    local missing=()
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

configure_and_build() {
    cmake -S "$here" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
    cmake --build "$build_dir" --parallel "$(nproc)"
}

case "$mode" in
run)
    install_missing "${packages[@]}"
    configure_and_build -DAPM_BUILD_TESTS=OFF
    exec "$build_dir/aws-profile-manager"
    ;;
test)
    install_missing "${packages[@]}" "${test_packages[@]}"
    rm -rf "$build_dir"
    configure_and_build -DAPM_BUILD_TESTS=ON
    cd "$build_dir"
    ctest --output-on-failure --parallel "$(nproc)" --timeout 1500
    ;;
*)
    echo "usage: $0 run|test" >&2
    exit 2
    ;;
esac
