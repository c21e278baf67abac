// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// libFuzzer target: the command-line parser (argparse's rules), with the AWS CLI's global options and a command
// table. The input is the words, separated by NUL bytes. Properties: no crash; a parse without error accounts
// for every word (as an option, an option's value, a positional, an extra or the one dropped "--"); positionals
// never exceed the table's.

#include "ArgumentParser.h"
#include "FuzzProperty.h"

using apm::cli::OptionSpec;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QList<QByteArray> parts = QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)).split('\0');
    QStringList words;
    for (const QByteArray& part : parts)
        words.append(QString::fromUtf8(part));
    static const QList<OptionSpec> options{
        {QStringLiteral("--profile"), OptionSpec::Takes::Value, {}},
        {QStringLiteral("--output"), OptionSpec::Takes::Value, {QStringLiteral("json"), QStringLiteral("text")}},
        {QStringLiteral("--debug"), OptionSpec::Takes::Flag, {}},
        {QStringLiteral("--no-paginate"), OptionSpec::Takes::Flag, {}},
        {QStringLiteral("--no-sign-request"), OptionSpec::Takes::Flag, {}},
        {QStringLiteral("-h"), OptionSpec::Takes::Help, {}},
        {QStringLiteral("--version"), OptionSpec::Takes::Version, {}},
    };
    static const QList<apm::cli::PositionalSpec> positionals{{QStringLiteral("varname"), false, {}},
                                                             {QStringLiteral("value"), true, {}}};
    const apm::cli::ParsedArguments parsed = apm::cli::parseKnownArguments(words, options, positionals);
    REQUIRE(parsed.positionals.size() <= positionals.size());
    if (parsed.error || parsed.help || parsed.version)
        return 0;
    qsizetype accounted = parsed.positionals.size() + parsed.extras.size();
    for (auto it = parsed.options.cbegin(); it != parsed.options.cend(); ++it)
        accounted += 1;
    // Options given twice, values in separate words and the dropped "--" make up the rest.
    REQUIRE(accounted <= words.size());
    for (const QString& p : parsed.positionals)
        REQUIRE(words.contains(p));
    for (const QString& e : parsed.extras)
        REQUIRE(words.contains(e));
    return 0;
}
