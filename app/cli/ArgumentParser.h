// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QHash>
#include <QList>
#include <QStringList>

namespace apm::cli {

// One option of a parser's table.
struct OptionSpec {
    enum class Takes {
        Flag,    // --debug
        Value,   // --profile NAME, --profile=NAME
        Help,    // prints the help and ends the parse
        Version, // prints the version and ends the parse
    };
    QString name; // "--profile", "-h"
    Takes takes = Takes::Value;
    QStringList choices; // a Value's allowed values; empty: any
};

// One positional argument: takes exactly one word, or at most one when optional.
struct PositionalSpec {
    QString name;
    bool optional = false;
    QStringList choices;
};

struct ParsedArguments {
    QHash<QString, QString> options; // by the option's full name; a flag maps to an empty string; the last one wins
    QStringList positionals;
    QStringList extras;           // what the table does not know, in order, for the next parser or "Unknown options"
    bool help = false;            // a Help option was met (nothing after it was looked at)
    bool version = false;         // likewise a Version option
    std::optional<QString> error; // the parse failed: argparse's message (the AWS CLI exits 252)

    [[nodiscard]] bool has(const QString& option) const { return options.contains(option); }
};

/**
 * Python argparse's parse_known_args, as the AWS CLI's parsers use it, for tables whose options take no value or
 * one and whose positionals take one word: options anywhere, `--opt value` and `--opt=value`, unique prefixes of
 * long options (`--prof`), an ambiguous prefix refused, a value that looks like an option refused (negative
 * numbers and words with a space are values), `--` ending the options (the first one is dropped next to the
 * positional it stands by), unknown options and surplus words returned in `extras`.
 */
[[nodiscard]] ParsedArguments parseKnownArguments(const QStringList& args, const QList<OptionSpec>& options,
                                                  const QList<PositionalSpec>& positionals = {});

} // namespace apm::cli
