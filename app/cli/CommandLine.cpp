// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"

#include <QCoreApplication>

#include "ConfigureCommands.h"
#include "ImdsCommand.h"
#include "KeychainCommands.h"
#include "ResolveCommands.h"
#include "ShellCommands.h"
#include "config/ProfileStore.h"

namespace apm::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("apm::cli", text);
}

QString usage()
{
    return tr("Usage: aws-profile-manager [COMMAND] [ARGUMENTS] [--profile NAME]\n"
              "\n"
              "With no command, opens the window. Commands answer as `aws configure ...` of the AWS CLI v2 does:\n"
              "  list-profiles              the profiles of ~/.aws/config and ~/.aws/credentials, in the CLI's order\n"
              "  get NAME                   a value from the files (NAME as in `aws configure get`)\n"
              "  set NAME VALUE             write a value where `aws configure set` writes it, byte for byte\n"
              "  list                       the profile, keys and region the AWS CLI would use (aws configure list)\n"
              "  export-credentials [--format process|env|env-no-export|powershell|windows-cmd]\n"
              "                             the credentials, as aws configure export-credentials prints them\n"
              "  explain [--json]           every field: what each source offers, which one wins, and why\n"
              "  use PROFILE | --show | --clear   the active profile of shells that load the hook\n"
              "      [--user-environment]         (Windows) also AWS_PROFILE of programs started afterwards\n"
              "  shell-init bash|zsh|fish|pwsh    print that hook, for your shell's rc file\n"
              "  keychain move-in|move-out --profile NAME   move the profile's keys into the OS keychain (and back);\n"
              "                             the AWS CLI keeps working through credential_process\n"
              "  credential-process --profile NAME         print the keychain's credentials for the AWS CLI\n"
              "  imds [--json]              probe the instance metadata service: the trace and a diagnosis\n"
              "                             (status 0 when it gives role credentials, 1 otherwise)\n"
              "\n"
              "Options:\n"
              "  --profile NAME             the profile to use (otherwise AWS_PROFILE, AWS_DEFAULT_PROFILE, default)\n"
              "  --region NAME, --output FORMAT   what-if global options, for explain and list\n"
              "  --version                  print the version\n"
              "  --help                     print this help\n"
              "\n"
              "Files: AWS_CONFIG_FILE and AWS_SHARED_CREDENTIALS_FILE, as for the AWS CLI.\n"
              "Exit status: 0 success, 1 `get` found nothing, 252 wrong usage, 255 error.\n");
}

Outcome usageError(const QString& message)
{
    return Outcome{252, {}, (message + QStringLiteral("\n\n") + usage()).toUtf8()};
}

} // namespace

bool isHeadless(const QStringList& arguments)
{
    return !arguments.isEmpty();
}

Outcome run(const QStringList& arguments, const Environment& baseEnvironment, TearDown tearDown)
{
    Environment environment = baseEnvironment;
    QStringList positional;
    QString format = QStringLiteral("process");
    bool json = false;
    UseAction useAction = UseAction::Switch;
    bool userEnvironment = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& arg = arguments[i];
        if (arg == u"--help" || arg == u"-h" || arg == u"help")
            return Outcome{0, usage().toUtf8(), {}};
        if (arg == u"--version")
            return Outcome{0, QStringLiteral("aws-profile-manager %1\n").arg(QStringLiteral(APM_VERSION)).toUtf8(), {}};
        if (arg == u"--json") {
            json = true;
            continue;
        }
        if (arg == u"--user-environment") {
            userEnvironment = true;
            continue;
        }
        if (arg == u"--show" || arg == u"--clear") {
            useAction = arg == u"--show" ? UseAction::Show : UseAction::Clear;
            continue;
        }
        if (arg == u"--format" || arg.startsWith(QStringLiteral("--format="))) {
            if (arg.contains(u'='))
                format = arg.mid(9);
            else if (i + 1 < arguments.size())
                format = arguments[++i];
            else
                return usageError(tr("--format needs a value"));
            if (!isExportFormat(format))
                return usageError(tr("argument --format: invalid choice: '%1' (choose from 'process', 'env', "
                                     "'env-no-export', 'powershell', 'windows-cmd')")
                                      .arg(format));
            continue;
        }
        std::optional<QString>* option = nullptr;
        QString name;
        for (const auto& [flag, target] : {std::pair{QStringLiteral("--profile"), &environment.profileOption},
                                           std::pair{QStringLiteral("--region"), &environment.regionOption},
                                           std::pair{QStringLiteral("--output"), &environment.outputOption}}) {
            if (arg == flag || arg.startsWith(flag + u'=')) {
                option = target;
                name = flag;
            }
        }
        if (!option) {
            if (arg.startsWith(QStringLiteral("--")) && arg.size() > 2)
                return usageError(tr("Unknown option: %1").arg(arg));
            positional.append(arg);
            continue;
        }
        if (arg.contains(u'=')) {
            *option = arg.mid(name.size() + 1);
        } else if (i + 1 < arguments.size()) {
            *option = arguments[++i];
        } else {
            return usageError(tr("%1 needs a value").arg(name));
        }
        if ((*option)->isEmpty())
            option->reset(); // the AWS CLI ignores an empty --profile, --region or --output
    }

    if (positional.isEmpty())
        return usageError(tr("No command given."));
    const QString command = positional.takeFirst();
    auto expect = [&](int count, const char* names) -> std::optional<Outcome> {
        if (positional.size() < count)
            return usageError(tr("%1: the following arguments are required: %2").arg(command, QLatin1String(names)));
        if (positional.size() > count)
            return usageError(tr("Unknown options: %1").arg(positional.mid(count).join(QStringLiteral(", "))));
        return std::nullopt;
    };
    if (command == u"credential-process") {
        // Run by the AWS CLI on every command: it reads the keychain only, not the files.
        if (!positional.isEmpty())
            return usageError(tr("Unknown options: %1").arg(positional.join(QStringLiteral(", "))));
        return credentialProcess(environment);
    }
    if (command == u"shell-init") {
        if (positional.size() != 1)
            return usageError(tr("shell-init: name the shell: bash, zsh, fish or pwsh"));
        return shellInit(environment, positional[0]);
    }
    std::optional<Outcome> wrongArguments;
    if (command == u"list-profiles")
        wrongArguments = expect(0, "");
    else if (command == u"get")
        wrongArguments = expect(1, "NAME");
    else if (command == u"set")
        wrongArguments = expect(2, "NAME, VALUE");
    else if (command == u"use")
        wrongArguments = expect(useAction == UseAction::Switch ? 1 : 0, "PROFILE");
    else if (command == u"keychain")
        wrongArguments = positional.size() == 1 && (positional[0] == u"move-in" || positional[0] == u"move-out")
                             ? std::nullopt
                             : std::optional(usageError(tr("keychain: say move-in or move-out, with --profile NAME")));
    else if (command == u"list" || command == u"export-credentials" || command == u"explain" || command == u"imds")
        wrongArguments = expect(0, "");
    else
        return usageError(tr("Unknown command: %1").arg(command));
    if (wrongArguments)
        return *wrongArguments;

    auto store = std::make_unique<ProfileStore>(environment);
    Outcome outcome;
    // What the CLI does first, whatever the command: read both files (a file it refuses stops everything), then
    // build its metadata client (a setting it refuses stops the commands that answer as it does; imds and explain
    // show the problem instead).
    const std::optional<Outcome> refused = refusedFiles(*store);
    const Profile* selected = store->profile(environment.selectedProfile().value_or(QStringLiteral("default")));
    const bool asTheCli = command != u"imds" && command != u"explain" && command != u"keychain";
    const auto imdsError = !asTheCli || refused ? std::nullopt : ImdsSettings::resolve(environment, selected).error;
    if (refused)
        outcome = *refused;
    else if (imdsError)
        outcome = Outcome{255, {}, (u'\n' + *imdsError + u'\n').toUtf8()};
    else if (command == u"list-profiles")
        outcome = listProfiles(*store);
    else if (command == u"get")
        outcome = get(positional[0], *store, environment);
    else if (command == u"set")
        outcome = set(positional[0], positional[1], *store, environment);
    else if (command == u"list")
        outcome = list(*store, environment, QDateTime::currentDateTimeUtc());
    else if (command == u"imds")
        outcome = imds(*store, environment, json);
    else if (command == u"use")
        outcome = use(*store, environment, useAction, userEnvironment, positional.value(0));
    else if (command == u"keychain")
        outcome = keychain(*store, environment, positional[0]);
    else if (command == u"export-credentials")
        outcome = exportCredentials(*store, environment, format, QDateTime::currentDateTimeUtc());
    else
        outcome = explain(*store, environment, json, QDateTime::currentDateTimeUtc());
    if (tearDown == TearDown::LeaveToProcessExit)
        (void)store.release(); // deliberately not freed: the process ends right after printing
    return outcome;
}

} // namespace apm::cli
