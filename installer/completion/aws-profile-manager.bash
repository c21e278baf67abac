# SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
# SPDX-License-Identifier: GPL-3.0-or-later
# bash completion for aws-profile-manager: commands, options, --format values, and profile names from the user's
# files (aws-profile-manager list-profiles, which answers in milliseconds).

_aws_profile_manager()
{
    local cur prev words cword
    _init_completion || return

    local commands="list-profiles get set list export-credentials explain imds whoami rotate sso import use
        shell-init keychain credential-process help"
    local global="--profile --region --output --ca-bundle --version --help --debug --no-cli-pager"

    case $prev in
        --profile)
            COMPREPLY=($(compgen -W "$("${words[0]}" list-profiles 2>/dev/null)" -- "$cur"))
            return ;;
        --format)
            COMPREPLY=($(compgen -W "process env env-no-export powershell windows-cmd" -- "$cur"))
            return ;;
        --output)
            COMPREPLY=($(compgen -W "json text table yaml yaml-stream" -- "$cur"))
            return ;;
        --ca-bundle)
            _filedir
            return ;;
        --region | --name | --sso-session | --block | --mfa-code | --wait)
            return ;;
    esac

    local command="" i
    for ((i = 1; i < cword; i++)); do
        case ${words[i]} in
            --profile | --region | --output | --ca-bundle | --format | --name | --sso-session | --block | \
                --mfa-code | --wait) ((i++)) ;;
            -*) ;;
            *) command=${words[i]}; break ;;
        esac
    done

    if [[ -z $command ]]; then
        if [[ $cur == -* ]]; then
            COMPREPLY=($(compgen -W "$global" -- "$cur"))
        else
            COMPREPLY=($(compgen -W "$commands" -- "$cur"))
        fi
        return
    fi

    local own=""
    case $command in
        export-credentials) own="--format" ;;
        explain | imds) own="--json" ;;
        whoami) own="--json --mfa-code" ;;
        rotate) own="--wait" ;;
        sso) own="--sso-session --name --dry-run --prune --force" ;;
        import) own="--block --dry-run --force" ;;
        use) own="--show --clear" ;;
    esac
    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$own $global" -- "$cur"))
        return
    fi
    case $command in
        use) COMPREPLY=($(compgen -W "$("${words[0]}" list-profiles 2>/dev/null)" -- "$cur")) ;;
        shell-init) COMPREPLY=($(compgen -W "bash zsh fish pwsh" -- "$cur")) ;;
        keychain) COMPREPLY=($(compgen -W "move-in move-out" -- "$cur")) ;;
        sso) COMPREPLY=($(compgen -W "populate" -- "$cur")) ;;
        import) _filedir ;;
        get | set)
            COMPREPLY=($(compgen -W "region output aws_access_key_id aws_secret_access_key aws_session_token
                role_arn source_profile credential_source mfa_serial external_id role_session_name sso_session
                sso_account_id sso_role_name sso_start_url sso_region credential_process
                web_identity_token_file ca_bundle endpoint_url max_attempts retry_mode cli_pager" -- "$cur")) ;;
    esac
}
complete -F _aws_profile_manager aws-profile-manager
