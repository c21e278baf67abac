# SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
# SPDX-License-Identifier: GPL-3.0-or-later
# fish completion for aws-profile-manager: commands, options, --format values, and profile names from the user's
# files (aws-profile-manager list-profiles).

set -l commands list-profiles get set list export-credentials explain imds whoami rotate sso import use shell-init keychain credential-process

function __apm_profiles
    aws-profile-manager list-profiles 2>/dev/null
end

complete -c aws-profile-manager -f
complete -c aws-profile-manager -n "not __fish_seen_subcommand_from $commands" -a "list-profiles" -d "The profiles of both files"
complete -c aws-profile-manager -n "not __fish_seen_subcommand_from $commands" -a "get" -d "A value from the files"
complete -c aws-profile-manager -n "not __fish_seen_subcommand_from $commands" -a "set" -d "Write a value as aws configure set does"
complete -c aws-profile-manager -n "not __fish_seen_subcommand_from $commands" -a "list" -d "What the AWS CLI would use"
complete -c aws-profile-manager -n "not __fish_seen_subcommand_from $commands" -a "export-credentials" -d "The credentials"
complete -c aws-profile-manager -n "not __fish_seen_subcommand_from $commands" -a "explain" -d "Which source wins, and why"
complete -c aws-profile-manager -n "not __fish_seen_subcommand_from $commands" -a "imds" -d "Probe the instance metadata service"
complete -c aws-profile-manager -n "not __fish_seen_subcommand_from $commands" -a "whoami" -d "The account and ARN of the credentials"
complete -c aws-profile-manager -n "not __fish_seen_subcommand_from $commands" -a "rotate" -d "Replace the access key"
complete -c aws-profile-manager -n "not __fish_seen_subcommand_from $commands" -a "sso" -d "sso populate: profiles from SSO"
complete -c aws-profile-manager -n "not __fish_seen_subcommand_from $commands" -a "import" -d "A team profile set"
complete -c aws-profile-manager -n "not __fish_seen_subcommand_from $commands" -a "use" -d "Switch the active profile"
complete -c aws-profile-manager -n "not __fish_seen_subcommand_from $commands" -a "shell-init" -d "Print a shell hook"
complete -c aws-profile-manager -n "not __fish_seen_subcommand_from $commands" -a "keychain" -d "Keys into the keychain and back"
complete -c aws-profile-manager -n "not __fish_seen_subcommand_from $commands" -a "credential-process" -d "Keychain credentials for the AWS CLI"

complete -c aws-profile-manager -l profile -x -a "(__apm_profiles)" -d "The profile to use"
complete -c aws-profile-manager -l region -x -d "The region"
complete -c aws-profile-manager -l output -x -a "json text table yaml yaml-stream"
complete -c aws-profile-manager -l ca-bundle -r -F -d "Certificates to trust"
complete -c aws-profile-manager -l version -d "Print the version"
complete -c aws-profile-manager -l help -s h -d "Print the usage"
complete -c aws-profile-manager -n "__fish_seen_subcommand_from export-credentials" -l format -x -a "process env env-no-export powershell windows-cmd"
complete -c aws-profile-manager -n "__fish_seen_subcommand_from explain imds whoami" -l json -d "Print JSON"
complete -c aws-profile-manager -n "__fish_seen_subcommand_from whoami" -l mfa-code -x -d "The MFA code"
complete -c aws-profile-manager -n "__fish_seen_subcommand_from rotate" -l wait -x -d "Seconds STS may take"
complete -c aws-profile-manager -n "__fish_seen_subcommand_from sso; and not __fish_seen_subcommand_from populate" -a populate
complete -c aws-profile-manager -n "__fish_seen_subcommand_from sso" -l sso-session -x -d "The sso-session"
complete -c aws-profile-manager -n "__fish_seen_subcommand_from sso" -l name -x -d "Profile name template"
complete -c aws-profile-manager -n "__fish_seen_subcommand_from sso" -l prune -d "Remove what is no longer assigned"
complete -c aws-profile-manager -n "__fish_seen_subcommand_from sso import" -l dry-run -d "Print the diff only"
complete -c aws-profile-manager -n "__fish_seen_subcommand_from sso import" -l force -d "Replace a hand-edited block"
complete -c aws-profile-manager -n "__fish_seen_subcommand_from import" -l block -x -d "Block name"
complete -c aws-profile-manager -n "__fish_seen_subcommand_from import" -F
complete -c aws-profile-manager -n "__fish_seen_subcommand_from use" -x -a "(__apm_profiles)"
complete -c aws-profile-manager -n "__fish_seen_subcommand_from use" -l show -d "Print the active profile"
complete -c aws-profile-manager -n "__fish_seen_subcommand_from use" -l clear -d "Forget it"
complete -c aws-profile-manager -n "__fish_seen_subcommand_from shell-init" -x -a "bash zsh fish pwsh"
complete -c aws-profile-manager -n "__fish_seen_subcommand_from keychain" -x -a "move-in move-out"
