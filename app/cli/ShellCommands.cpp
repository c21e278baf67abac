// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ShellCommands.h"
#include "UserEnvironment.h"

#include "config/ActiveProfile.h"
#include "config/ProfileStore.h"

namespace apm::cli {

namespace {

QString singleQuoted(QString text) // POSIX shells
{
    return u'\'' + text.replace(u'\'', QStringLiteral("'\\''")) + u'\'';
}

// Each hook reads the state file with the shell's own builtins (no process at a prompt), exports AWS_PROFILE
// from it, and marks what it set in AWS_PROFILE_MANAGER_SET: a value the user exported by hand differs from the
// mark, and is left alone.
const char* kPosixHook = R"(# aws-profile-manager: follow the active AWS profile at each prompt.
__apm_state=@STATE@
__apm_sync() {
    local want=
    if [ -r "$__apm_state" ]; then IFS= read -r want < "$__apm_state" || :; fi
    if [ -n "${AWS_PROFILE+x}" ] && [ "$AWS_PROFILE" != "${AWS_PROFILE_MANAGER_SET-}" ]; then return 0; fi
    if [ -n "$want" ]; then
        export AWS_PROFILE="$want" AWS_PROFILE_MANAGER_SET="$want"
    elif [ -n "${AWS_PROFILE_MANAGER_SET+x}" ]; then
        unset AWS_PROFILE AWS_PROFILE_MANAGER_SET
    fi
}
# For your prompt, if you like: PS1='$(aws_profile_manager_prompt)'"$PS1"
aws_profile_manager_prompt() { if [ -n "${AWS_PROFILE-}" ]; then printf '(aws:%s) ' "$AWS_PROFILE"; fi; }
)";

const char* kBashTail = R"(case ";${PROMPT_COMMAND-};" in
    *";__apm_sync;"*) ;;
    *) PROMPT_COMMAND="__apm_sync${PROMPT_COMMAND:+;$PROMPT_COMMAND}" ;;
esac
__apm_sync
)";

const char* kZshTail = R"(autoload -Uz add-zsh-hook
add-zsh-hook precmd __apm_sync
__apm_sync
)";

const char* kFishHook = R"(# aws-profile-manager: follow the active AWS profile at each prompt.
set -g __apm_state @STATE@
function __apm_sync --on-event fish_prompt
    set -l want
    if test -r $__apm_state
        read -l line < $__apm_state; and set want $line
    end
    if set -q AWS_PROFILE; and test "$AWS_PROFILE" != "$AWS_PROFILE_MANAGER_SET"
        return 0
    end
    if test -n "$want"
        set -gx AWS_PROFILE $want
        set -gx AWS_PROFILE_MANAGER_SET $want
    else if set -q AWS_PROFILE_MANAGER_SET
        set -e AWS_PROFILE
        set -e AWS_PROFILE_MANAGER_SET
    end
end
# For your prompt, if you like: call aws_profile_manager_prompt in fish_prompt.
function aws_profile_manager_prompt
    if set -q AWS_PROFILE; and test -n "$AWS_PROFILE"
        printf '(aws:%s) ' $AWS_PROFILE
    end
end
__apm_sync
)";

const char* kPwshHook = R"(# aws-profile-manager: follow the active AWS profile at each prompt.
$global:__apmState = @STATE@
function global:__apmSync {
    $want = $null
    if (Test-Path -LiteralPath $global:__apmState) { $want = Get-Content -LiteralPath $global:__apmState -TotalCount 1 }
    if ($env:AWS_PROFILE -and $env:AWS_PROFILE -ne $env:AWS_PROFILE_MANAGER_SET) { return }
    if ($want) { $env:AWS_PROFILE = $want; $env:AWS_PROFILE_MANAGER_SET = $want }
    elseif ($env:AWS_PROFILE_MANAGER_SET) {
        Remove-Item Env:AWS_PROFILE -ErrorAction SilentlyContinue
        Remove-Item Env:AWS_PROFILE_MANAGER_SET -ErrorAction SilentlyContinue
    }
}
if (-not $global:__apmPrompt) { $global:__apmPrompt = $function:prompt }
function global:prompt { __apmSync; & $global:__apmPrompt }
__apmSync
)";

} // namespace

Outcome use(const ProfileStore& store, const Environment& environment, UseAction action, bool userEnvironment,
            const QString& profile)
{
    const ActiveProfile active(environment);
    auto failure = [](const QString& message) {
        return Outcome{255, {}, (u'\n' + message + u'\n').toUtf8()};
    };
    if (userEnvironment && action == UseAction::Show)
        return Outcome{252, {}, QByteArrayLiteral("--user-environment goes with a profile or --clear, not --show\n")};
    if (userEnvironment && action == UseAction::Switch && !store.profile(profile))
        return failure(QStringLiteral("The config profile (%1) could not be found").arg(profile));
    if (userEnvironment) {
        // First, so that a refusal (not Windows, no access) leaves the state file as it was.
        if (auto error = setUserEnvironmentProfile(action == UseAction::Clear ? std::nullopt : std::optional(profile)))
            return failure(*error);
    }
    switch (action) {
    case UseAction::Show: {
        const auto name = active.read();
        return name ? Outcome{0, (*name + u'\n').toUtf8(), {}} : Outcome{1, {}, {}};
    }
    case UseAction::Clear:
        if (auto error = active.clear())
            return failure(*error);
        return Outcome{};
    case UseAction::Switch: break;
    }
    if (!store.profile(profile))
        return failure(QStringLiteral("The config profile (%1) could not be found").arg(profile));
    if (auto error = active.write(profile))
        return failure(*error);
    return Outcome{};
}

Outcome shellInit(const Environment& environment, const QString& shell)
{
    const QString state = ActiveProfile(environment).path();
    QString script;
    if (shell == u"bash")
        script = QLatin1String(kPosixHook) + QLatin1String(kBashTail);
    else if (shell == u"zsh")
        script = QLatin1String(kPosixHook) + QLatin1String(kZshTail);
    else if (shell == u"fish")
        script = QLatin1String(kFishHook);
    else if (shell == u"pwsh" || shell == u"powershell")
        script = QLatin1String(kPwshHook);
    else
        return Outcome{
            252, {}, QStringLiteral("shell-init: unknown shell '%1' (bash, zsh, fish or pwsh)\n").arg(shell).toUtf8()};
    QString quoted = singleQuoted(state);
    if (shell == u"fish")
        quoted =
            u'\'' + QString(state).replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("\\'")) + u'\'';
    else if (shell != u"bash" && shell != u"zsh")
        quoted = u'\'' + QString(state).replace(u'\'', QStringLiteral("''")) + u'\'';
    return Outcome{0, script.replace(QStringLiteral("@STATE@"), quoted).toUtf8(), {}};
}

} // namespace apm::cli
