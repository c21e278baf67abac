#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The README's two commands on a fresh Debian 12 machine:
#   installer/dev.sh run    install what is missing, build, start the application
#   installer/dev.sh test   install what is missing, build from a clean build directory, run every test
# And two longer checks (README, "Fuzzing and sanitizers"):
#   installer/dev.sh sanitize        every test against an AddressSanitizer + UndefinedBehaviorSanitizer build
#   installer/dev.sh fuzz [SECONDS]  each libFuzzer target for SECONDS (default 600), two at a time
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
# for the instance metadata client and the signer; openssl makes the loopback servers' throwaway certificates.
# The package test lints, validates and installs the .deb, and runs its completion. A Japanese font, for the
# translation test to measure Japanese labels with real glyphs.
test_packages=(awscli python3-botocore zsh fish dbus gnome-keyring openssl
    lintian desktop-file-utils appstream man-db bash-completion fonts-ipafont-gothic)
sanitizer_packages=(clang libclang-rt-14-dev)

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

fuzz() {
    local seconds=${1:-600} dir="$build_dir-fuzz" work
    CC=clang CXX=clang++ cmake -S "$here" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DAPM_FUZZ=ON \
        -DAPM_BUILD_TESTS=OFF
    local targets=(FuzzIniDocument:ini FuzzMerge:merge FuzzCredentialJson:json FuzzCommandLine:cmdline)
    cmake --build "$dir" --parallel "$(nproc)" --target "${targets[@]%%:*}"
    work=$(mktemp -d)
    local failed=0 pids=() i
    for i in "${!targets[@]}"; do
        local target=${targets[$i]%%:*} seeds=${targets[$i]##*:}
        mkdir -p "$work/$seeds"
        (cd "$work" && "$dir/tests/fuzz/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 \
            -print_final_stats=1 "$work/$seeds" "$here/tests/data/fuzz/$seeds" >"$work/$target.log" 2>&1) &
        pids+=($!)
        if [ ${#pids[@]} -eq 2 ] || [ "$i" -eq $((${#targets[@]} - 1)) ]; then
            for pid in "${pids[@]}"; do wait "$pid" || failed=1; done
            pids=()
        fi
    done
    for log in "$work"/*.log; do
        echo "== $(basename "$log" .log): $(grep -E '^Done|property failed|SUMMARY' "$log" | head -n 3 | tr '\n' ' ')"
    done
    [ "$failed" -eq 0 ] || { echo "a fuzz target failed: inputs and logs in $work" >&2; exit 1; }
    echo "0 failed: every target ran ${seconds} s without a crash or a property failure"
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
    configure_and_build -DAPM_BUILD_TESTS=ON -DAPM_WERROR=ON
    cd "$build_dir"
    ctest --output-on-failure --parallel "$(nproc)" --timeout 1500
    ;;
sanitize)
    install_missing "${packages[@]}" "${test_packages[@]}" "${sanitizer_packages[@]}"
    build_dir="$build_dir-asan"
    rm -rf "$build_dir"
    # Sanitized code runs several times slower: every time limit is stretched (APM_TEST_TIME_FACTOR).
    CC=clang CXX=clang++ configure_and_build -DAPM_BUILD_TESTS=ON -DAPM_SANITIZE=ON -DAPM_TEST_TIME_FACTOR=4
    cd "$build_dir"
    ctest --output-on-failure --parallel "$(nproc)" --timeout 2400
    ;;
fuzz)
    install_missing "${packages[@]}" "${sanitizer_packages[@]}"
    fuzz "${2:-600}"
    ;;
*)
    echo "usage: $0 run|test|sanitize|fuzz [SECONDS]" >&2
    exit 2
    ;;
esac
