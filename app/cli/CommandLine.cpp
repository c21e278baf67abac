// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"

#include <algorithm>
#include <variant>

#include <QCoreApplication>
#include <QRegularExpression>

#include "ArgumentParser.h"
#include "ConfigureCommands.h"
#include "IdentityCommands.h"
#include "ImdsCommand.h"
#include "KeychainCommands.h"
#include "ResolveCommands.h"
#include "RotateCommand.h"
#include "ShellCommands.h"
#include "SsoCommands.h"
#include "config/ProfileStore.h"

namespace apm::cli {

namespace {

// This file's messages, in one context whichever function asks: lupdate files an unqualified Messages::tr() under the
// enclosing class or namespace, which is not the context asked for at run time.
struct Messages {
    Q_DECLARE_TR_FUNCTIONS(apm::cli)
};

QString usage()
{
    return Messages::tr(
        "Usage: aws-profile-manager [COMMAND] [ARGUMENTS] [--profile NAME]\n"
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
        "  whoami [--json] [--mfa-code CODE]   the account, ARN and user id of the credentials the AWS CLI\n"
        "                             would use (STS GetCallerIdentity where the CLI would; a role is\n"
        "                             assumed and cached for the CLI, asking for its MFA code if it has one)\n"
        "  rotate [--wait SECONDS]    replace the profile's access key with a new one: IAM creates it, STS must\n"
        "                             accept it (up to 30 s), it is written where the old one was, then the old\n"
        "                             one is deleted; any failure on the way deletes the new key again\n"
        "  sso populate --sso-session NAME [--name TEMPLATE] [--region REGION] [--dry-run] [--prune] [--force]\n"
        "                             one profile per account and role of your IAM Identity Center user, in a\n"
        "                             marked block of the config file that a re-run brings up to date; names\n"
        "                             from TEMPLATE over {account_name} {account_id} {role_name} {sso_session}\n"
        "                             (default {account_name}.{role_name}); --prune removes profiles whose\n"
        "                             assignment has gone; --force replaces a block edited by hand\n"
        "  import FILE|URL [--block NAME] [--dry-run] [--force]\n"
        "                             a team's profile set (profiles, sso-sessions, services; no keys) into a\n"
        "                             marked block of the config file named NAME (default: the file's name);\n"
        "                             importing again replaces the block; your own profiles win on a clash;\n"
        "                             URLs: https://, or http:// to a loopback address\n"
        "\n"
        "Options:\n"
        "  --profile NAME             the profile to use (otherwise AWS_PROFILE, AWS_DEFAULT_PROFILE, default)\n"
        "  --region NAME, --output FORMAT   what-if global options, for explain and list (--region: also the\n"
        "                             region sso populate writes)\n"
        "  --version                  print the version\n"
        "  --help, -h                 print this help (COMMAND help: the same)\n"
        "  The AWS CLI's other global options (--debug, --query, --no-cli-pager, --color, ...) are accepted\n"
        "  and ignored, as `aws configure` ignores them; anything else is refused (status 252).\n"
        "\n"
        "Files: AWS_CONFIG_FILE and AWS_SHARED_CREDENTIALS_FILE, as for the AWS CLI.\n"
        "Exit status: 0 success, 1 `get` found nothing, 252 wrong usage, 253 no credentials, 254 AWS refused\n"
        "the call (whoami, rotate), 255 error.\n");
}

Outcome usageError(const QString& message)
{
    return Outcome{252, {}, (message + QStringLiteral("\n\n") + usage()).toUtf8()};
}

// An error of the AWS CLI's argument parsers: status 252, the message after a usage line, as argparse words it.
Outcome parseError(const QString& message)
{
    return Outcome{252,
                   {},
                   QStringLiteral("\nusage: aws-profile-manager [options] <command> [parameters]\n"
                                  "To see help text, you can run:\n\n  aws-profile-manager --help\n\n"
                                  "aws-profile-manager: error: %1\n\n")
                       .arg(message)
                       .toUtf8()};
}

using Takes = OptionSpec::Takes;

// The AWS CLI's first look at the command line (FirstPassGlobalArgParser), before anything else: --profile and
// --debug, and argparse's own -h/--help.
const QList<OptionSpec>& firstPassOptions()
{
    static const QList<OptionSpec> options{{QStringLiteral("-h"), Takes::Help, {}},
                                           {QStringLiteral("--help"), Takes::Help, {}},
                                           {QStringLiteral("--profile"), Takes::Value, {}},
                                           {QStringLiteral("--debug"), Takes::Flag, {}}};
    return options;
}

// The AWS CLI's global options (awscli/data/cli.json), accepted anywhere on every command.
const QList<OptionSpec>& globalOptions()
{
    static const QList<OptionSpec> options{
        {QStringLiteral("--debug"), Takes::Flag, {}},
        {QStringLiteral("--endpoint-url"), Takes::Value, {}},
        {QStringLiteral("--no-verify-ssl"), Takes::Flag, {}},
        {QStringLiteral("--no-paginate"), Takes::Flag, {}},
        {QStringLiteral("--output"),
         Takes::Value,
         {QStringLiteral("json"), QStringLiteral("text"), QStringLiteral("table"), QStringLiteral("yaml"),
          QStringLiteral("yaml-stream")}},
        {QStringLiteral("--query"), Takes::Value, {}},
        {QStringLiteral("--profile"), Takes::Value, {}},
        {QStringLiteral("--region"), Takes::Value, {}},
        {QStringLiteral("--version"), Takes::Version, {}},
        {QStringLiteral("--color"),
         Takes::Value,
         {QStringLiteral("on"), QStringLiteral("off"), QStringLiteral("auto")}},
        {QStringLiteral("--no-sign-request"), Takes::Flag, {}},
        {QStringLiteral("--ca-bundle"), Takes::Value, {}},
        {QStringLiteral("--cli-read-timeout"), Takes::Value, {}},
        {QStringLiteral("--cli-connect-timeout"), Takes::Value, {}},
        {QStringLiteral("--cli-binary-format"),
         Takes::Value,
         {QStringLiteral("base64"), QStringLiteral("raw-in-base64-out")}},
        {QStringLiteral("--no-cli-pager"), Takes::Flag, {}},
        {QStringLiteral("--cli-auto-prompt"), Takes::Flag, {}},
        {QStringLiteral("--no-cli-auto-prompt"), Takes::Flag, {}},
    };
    return options;
}

// What each command takes besides the global options.
struct CommandSpec {
    QString name;
    QList<OptionSpec> options;
    QList<PositionalSpec> positionals;
};

const QList<CommandSpec>& commands()
{
    static const QList<CommandSpec> table{
        {QStringLiteral("list-profiles"), {}, {}},
        {QStringLiteral("get"), {}, {{QStringLiteral("varname"), false, {}}}},
        {QStringLiteral("set"), {}, {{QStringLiteral("varname"), false, {}}, {QStringLiteral("value"), false, {}}}},
        {QStringLiteral("list"), {}, {}},
        {QStringLiteral("export-credentials"),
         {{QStringLiteral("--format"),
           Takes::Value,
           {QStringLiteral("process"), QStringLiteral("env"), QStringLiteral("env-no-export"),
            QStringLiteral("powershell"), QStringLiteral("windows-cmd")}}},
         {}},
        {QStringLiteral("explain"), {{QStringLiteral("--json"), Takes::Flag, {}}}, {}},
        {QStringLiteral("imds"), {{QStringLiteral("--json"), Takes::Flag, {}}}, {}},
        {QStringLiteral("whoami"),
         {{QStringLiteral("--json"), Takes::Flag, {}}, {QStringLiteral("--mfa-code"), Takes::Value, {}}},
         {}},
        {QStringLiteral("rotate"), {{QStringLiteral("--wait"), Takes::Value, {}}}, {}},
        {QStringLiteral("sso"),
         {{QStringLiteral("--sso-session"), Takes::Value, {}},
          {QStringLiteral("--name"), Takes::Value, {}},
          {QStringLiteral("--dry-run"), Takes::Flag, {}},
          {QStringLiteral("--prune"), Takes::Flag, {}},
          {QStringLiteral("--force"), Takes::Flag, {}}},
         {{QStringLiteral("action"), false, {QStringLiteral("populate")}}}},
        {QStringLiteral("import"),
         {{QStringLiteral("--block"), Takes::Value, {}},
          {QStringLiteral("--dry-run"), Takes::Flag, {}},
          {QStringLiteral("--force"), Takes::Flag, {}}},
         {{QStringLiteral("source"), false, {}}}},
        {QStringLiteral("use"),
         {{QStringLiteral("--show"), Takes::Flag, {}},
          {QStringLiteral("--clear"), Takes::Flag, {}},
          {QStringLiteral("--user-environment"), Takes::Flag, {}}},
         {{QStringLiteral("profile"), true, {}}}},
        {QStringLiteral("shell-init"), {}, {{QStringLiteral("shell"), false, {}}}},
        {QStringLiteral("credential-process"), {}, {}},
        {QStringLiteral("keychain"),
         {},
         {{QStringLiteral("action"), false, {QStringLiteral("move-in"), QStringLiteral("move-out")}}}},
    };
    return table;
}

// Python's int() of a string: what --cli-read-timeout and --cli-connect-timeout must hold.
bool isPythonInt(const QString& text)
{
    static const QRegularExpression integer(QStringLiteral("^\\s*[+-]?\\d+(_\\d+)*\\s*$"));
    return integer.match(text).hasMatch();
}

// The command word: the first word that is not an option (SubCommandArgParser), and the arguments without it.
std::optional<QString> takeCommand(QStringList& words)
{
    bool separated = false;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString& word = words[i];
        if (!separated && word == u"--") {
            separated = true;
            continue;
        }
        if (separated || !word.startsWith(u'-') || word.size() == 1) {
            const QString command = word;
            words.removeAt(i);
            return command;
        }
    }
    return std::nullopt;
}

// A command line the parsers accepted: the command word, the global options and the command's own.
struct Invocation {
    QString command;
    ParsedArguments global;
    ParsedArguments own;
};

// The AWS CLI's parsers in its order: the first pass, the global options, then the command's own table. Each
// error is argparse's (252); what no table knows is "Unknown options" (252). Gives the invocation, or what to
// print instead (an error, the help, the version).
std::variant<Invocation, Outcome> parseInvocation(const QStringList& arguments)
{
    const ParsedArguments first = parseKnownArguments(arguments, firstPassOptions());
    if (first.error)
        return parseError(*first.error);
    if (first.help)
        return Outcome{0, usage().toUtf8(), {}};
    const ParsedArguments global = parseKnownArguments(arguments, globalOptions());
    if (global.error)
        return parseError(*global.error);
    if (global.version)
        return Outcome{0, QStringLiteral("aws-profile-manager %1\n").arg(QStringLiteral(APM_VERSION)).toUtf8(), {}};
    if (global.has(QStringLiteral("--cli-auto-prompt")) && global.has(QStringLiteral("--no-cli-auto-prompt"))) {
        return Outcome{252,
                       {},
                       QByteArrayLiteral("\nBoth --cli-auto-prompt and --no-cli-auto-prompt cannot be specified at "
                                         "the same time.\n")};
    }
    for (const QString& name : {QStringLiteral("--cli-read-timeout"), QStringLiteral("--cli-connect-timeout")}) {
        if (global.has(name) && !isPythonInt(global.options.value(name)))
            return Outcome{255,
                           {},
                           QStringLiteral("\ninvalid literal for int() with base 10: '%1'\n")
                               .arg(global.options.value(name))
                               .toUtf8()};
    }

    QStringList rest = global.extras;
    const std::optional<QString> command = takeCommand(rest);
    if (!command)
        return usageError(Messages::tr("No command given."));
    if (*command == u"help")
        return Outcome{0, usage().toUtf8(), {}};
    const auto spec =
        std::find_if(commands().begin(), commands().end(), [&](const CommandSpec& c) { return c.name == *command; });
    if (spec == commands().end())
        return usageError(Messages::tr("Unknown command: %1").arg(*command));
    // `aws configure get help` is the help page; `aws configure set region help` sets "help".
    if (rest == QStringList{QStringLiteral("help")})
        return Outcome{0, usage().toUtf8(), {}};
    ParsedArguments own = parseKnownArguments(rest, spec->options, spec->positionals);
    if (own.error)
        return parseError(*own.error);
    if (!own.extras.isEmpty())
        return Outcome{252, {}, (QStringLiteral("\nUnknown options: %1\n").arg(own.extras.join(u','))).toUtf8()};
    return Invocation{*command, global, std::move(own)};
}

// The environment with --profile, --region and --output applied; the AWS CLI ignores an empty one.
Environment withGlobalOptions(Environment environment, const ParsedArguments& global)
{
    for (const auto& [flag, target] : {std::pair{QStringLiteral("--profile"), &environment.profileOption},
                                       std::pair{QStringLiteral("--region"), &environment.regionOption},
                                       std::pair{QStringLiteral("--output"), &environment.outputOption}}) {
        const QString value = global.options.value(flag);
        if (!value.isEmpty())
            *target = value;
    }
    return environment;
}

UseAction useActionOf(const ParsedArguments& own)
{
    if (own.has(QStringLiteral("--show")))
        return UseAction::Show;
    if (own.has(QStringLiteral("--clear")))
        return UseAction::Clear;
    return UseAction::Switch;
}

// The commands that read the files. What the CLI does first, whatever the command: read both files (a file it
// refuses stops everything), then build its metadata client (a setting it refuses stops the commands that answer
// as it does; imds and explain show the problem instead).
Outcome runOnFiles(const Invocation& call, const Environment& environment, ProfileStore& store)
{
    const QString& command = call.command;
    const QStringList& positional = call.own.positionals;
    const bool json = call.own.has(QStringLiteral("--json"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (const std::optional<Outcome> refused = refusedFiles(store))
        return *refused;
    const Profile* selected = store.profile(environment.selectedProfile().value_or(QStringLiteral("default")));
    const bool asTheCli = command != u"imds" && command != u"explain" && command != u"keychain";
    if (const auto imdsError = asTheCli ? ImdsSettings::resolve(environment, selected).error : std::nullopt)
        return Outcome{255, {}, (u'\n' + *imdsError + u'\n').toUtf8()};
    if (command == u"list-profiles")
        return listProfiles(store);
    if (command == u"get")
        return get(positional[0], store, environment);
    if (command == u"set")
        return set(positional[0], positional[1], store, environment);
    if (command == u"list")
        return list(store, environment, now,
                    call.global.has(QStringLiteral("--profile")) && !environment.profileOption);
    if (command == u"imds")
        return imds(store, environment, json);
    if (command == u"whoami") {
        WhoamiOptions options;
        options.json = json;
        if (call.global.has(QStringLiteral("--ca-bundle")))
            options.caBundle = call.global.options.value(QStringLiteral("--ca-bundle"));
        if (call.own.has(QStringLiteral("--mfa-code")))
            options.mfaCode = call.own.options.value(QStringLiteral("--mfa-code"));
        return whoami(store, environment, options, now);
    }
    if (command == u"rotate") {
        RotateOptions options;
        if (call.global.has(QStringLiteral("--ca-bundle")))
            options.caBundle = call.global.options.value(QStringLiteral("--ca-bundle"));
        if (call.own.has(QStringLiteral("--wait"))) {
            bool ok = false;
            options.waitSeconds = call.own.options.value(QStringLiteral("--wait")).toInt(&ok);
            if (!ok || options.waitSeconds < 0)
                return usageError(Messages::tr("--wait takes a number of seconds."));
        }
        return rotate(store, environment, options);
    }
    if (command == u"sso") {
        SsoPopulateOptions options;
        options.session = call.own.options.value(QStringLiteral("--sso-session"));
        if (options.session.isEmpty())
            return usageError(Messages::tr("sso populate: name the session with --sso-session NAME."));
        if (call.own.has(QStringLiteral("--name")))
            options.nameTemplate = call.own.options.value(QStringLiteral("--name"));
        if (call.global.has(QStringLiteral("--region")))
            options.region = call.global.options.value(QStringLiteral("--region"));
        if (call.global.has(QStringLiteral("--ca-bundle")))
            options.caBundle = call.global.options.value(QStringLiteral("--ca-bundle"));
        options.dryRun = call.own.has(QStringLiteral("--dry-run"));
        options.prune = call.own.has(QStringLiteral("--prune"));
        options.force = call.own.has(QStringLiteral("--force"));
        return ssoPopulate(store, environment, options);
    }
    if (command == u"import") {
        ImportOptions options;
        options.source = positional[0];
        if (call.own.has(QStringLiteral("--block")))
            options.block = call.own.options.value(QStringLiteral("--block"));
        options.dryRun = call.own.has(QStringLiteral("--dry-run"));
        options.force = call.own.has(QStringLiteral("--force"));
        return importSet(store, environment, options);
    }
    if (command == u"use")
        return use(store, environment, useActionOf(call.own), call.own.has(QStringLiteral("--user-environment")),
                   positional.value(0));
    if (command == u"keychain")
        return keychain(store, environment, positional[0]);
    if (command == u"export-credentials")
        return exportCredentials(store, environment,
                                 call.own.options.value(QStringLiteral("--format"), QStringLiteral("process")), now);
    return explain(store, environment, json, now);
}

} // namespace

bool isHeadless(const QStringList& arguments)
{
    return !arguments.isEmpty();
}

Outcome run(const QStringList& arguments, const Environment& baseEnvironment, TearDown tearDown)
{
    auto parsed = parseInvocation(arguments);
    if (const Outcome* answer = std::get_if<Outcome>(&parsed))
        return *answer;
    const Invocation& call = std::get<Invocation>(parsed);
    const Environment environment = withGlobalOptions(baseEnvironment, call.global);
    const QStringList& positional = call.own.positionals;

    if (call.command == u"credential-process") // run by the AWS CLI on every command: it reads the keychain only
        return credentialProcess(environment);
    if (call.command == u"shell-init")
        return shellInit(environment, positional[0]);
    const UseAction useAction = useActionOf(call.own);
    if (call.command == u"use" && (useAction == UseAction::Switch) == positional.isEmpty())
        return usageError(useAction == UseAction::Switch
                              ? Messages::tr("use: name the profile, or say --show or --clear")
                              : Messages::tr("use: --show and --clear take no profile"));

    auto store = std::make_unique<ProfileStore>(environment, Reading::Indexed);
    Outcome outcome = runOnFiles(call, environment, *store);
    if (tearDown == TearDown::LeaveToProcessExit)
        (void)store.release(); // deliberately not freed: the process ends right after printing
    return outcome;
}

} // namespace apm::cli
