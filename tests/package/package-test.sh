#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The packages as a user meets them: the installed tree validated (desktop entry, AppStream, manual page), the .deb
# checked by lintian and installed with apt-get (so its dependencies are checked), the installed program and its
# bash and fish completion run against a throwaway HOME, then the package purged. The .tar.gz holds the same tree.
#
# usage: package-test.sh BUILD_DIR   (after the build; needs root or passwordless sudo for apt-get)
set -euo pipefail
build=$(cd "$1" && pwd)
work=$(mktemp -d)
sudo=()
if [ "$(id -u)" -ne 0 ]; then
    if sudo -n true 2>/dev/null; then
        sudo=(sudo -n)
    else
        echo "SKIP: installing a package needs root or passwordless sudo"
        exit 77
    fi
fi
installed_by_us=0
cleanup() {
    if [ "$installed_by_us" -eq 1 ]; then
        DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get purge -y -qq aws-profile-manager >/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

echo "== the installed tree"
cmake --install "$build" --prefix "$work/stage/usr" >/dev/null
desktop-file-validate "$work"/stage/usr/share/applications/*.desktop || fail "desktop-file-validate"
appstreamcli validate --no-net "$work"/stage/usr/share/metainfo/*.metainfo.xml || fail "appstreamcli validate"
warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$work"/stage/usr/share/man/man1/aws-profile-manager.1.gz 2>&1 >/dev/null)
[ -z "$warnings" ] || fail "the manual page: $warnings"
zsh -n "$work"/stage/usr/share/zsh/vendor-completions/_aws-profile-manager || fail "zsh completion syntax"

echo "== the packages"
cpack --config "$build/CPackConfig.cmake" -B "$work/packages" >/dev/null
deb=$(ls "$work"/packages/*.deb)
tgz=$(ls "$work"/packages/*.tar.gz)
lintian --fail-on error "$deb" || fail "lintian found errors in $deb"
tar tzf "$tgz" >"$work/tgz.list"
grep -q '/bin/aws-profile-manager$' "$work/tgz.list" || fail "the .tar.gz has no bin/aws-profile-manager"
grep -q '/share/bash-completion/completions/aws-profile-manager$' "$work/tgz.list" || fail "the .tar.gz has no completion"

echo "== installed with apt-get"
if dpkg-query -W -f='${Status}' aws-profile-manager 2>/dev/null | grep -q "install ok installed"; then
    fail "aws-profile-manager is installed already: this test installs and purges its own build"
fi
installed_by_us=1
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "$deb" >/dev/null
[ "$(/usr/bin/aws-profile-manager --version)" = "aws-profile-manager $(dpkg-deb -f "$deb" Version)" ] ||
    fail "--version: $(/usr/bin/aws-profile-manager --version)"
[ -x /usr/libexec/aws-profile-manager/aws-profile-manager-window ] || fail "no window program"
# The commands reach the network through their module (a refused connection, not a missing module).
imds_says=$(env -i HOME="$work" PATH=/usr/bin:/bin AWS_EC2_METADATA_SERVICE_ENDPOINT=http://127.0.0.1:9/ \
    /usr/bin/aws-profile-manager imds 2>&1 || true)
case "$imds_says" in
*"Connection refused"*) ;;
*) fail "imds from the package did not reach the network: $imds_says" ;;
esac

home="$work/home"
mkdir -p "$home/.aws"
printf '[default]\nregion = eu-west-1\n\n[profile dev]\nregion = us-east-2\n' >"$home/.aws/config"
printf '[ci]\naws_access_key_id = AKIAFAKEPACKAGE0001\n' >"$home/.aws/credentials"
ours=$(env -i HOME="$home" PATH=/usr/bin:/bin /usr/bin/aws-profile-manager list-profiles)
theirs=$(env -i HOME="$home" PATH=/usr/bin:/bin /usr/bin/aws configure list-profiles)
[ "$ours" = "$theirs" ] || fail "list-profiles: '$ours', the AWS CLI: '$theirs'"

echo "== completion"
bash_says=$(env -i HOME="$home" PATH=/usr/bin:/bin bash --norc --noprofile -c '
    source /usr/share/bash-completion/bash_completion
    _completion_loader aws-profile-manager
    COMP_LINE="aws-profile-manager get --profile "
    COMP_POINT=${#COMP_LINE}
    COMP_WORDS=(aws-profile-manager get --profile "")
    COMP_CWORD=3
    _aws_profile_manager aws-profile-manager "" --profile
    printf "%s\n" "${COMPREPLY[@]}" | sort')
[ "$bash_says" = "$(printf 'ci\ndefault\ndev')" ] || fail "bash completion of get --profile: '$bash_says'"
fish_says=$(cd "$work" && env -i HOME="$home" PATH=/usr/bin:/bin fish -c \
    'complete -C "aws-profile-manager get --profile "' | cut -f1 | sort)
[ "$fish_says" = "$(printf 'ci\ndefault\ndev')" ] || fail "fish completion of get --profile: '$fish_says'"

echo "== purged"
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get purge -y -qq aws-profile-manager >/dev/null
installed_by_us=0
[ ! -e /usr/bin/aws-profile-manager ] || fail "still installed after purge"
echo "PASS"
