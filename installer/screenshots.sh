#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Retakes the README's screenshots from a real window under Xvfb: resources/screenshots/*.png.
# Look at them before committing them.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${APM_BUILD_DIR:-$here/build}
if ! command -v xvfb-run >/dev/null; then
    sudo=(); [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends xvfb xauth fonts-dejavu-core fonts-ipafont-gothic
fi
cmake -S "$here" -B "$build_dir" -G Ninja -DAPM_BUILD_TESTS=ON >/dev/null
cmake --build "$build_dir" --target Screenshots
mkdir -p "$here/resources/screenshots"
QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1600x900x24" "$build_dir/tests/Screenshots" "$here/resources/screenshots"
ls -l "$here/resources/screenshots"
