// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ArgumentParser.h"

#include <algorithm>

namespace apm::cli {

namespace {

// What argparse makes of one word before it consumes anything (ArgumentParser._parse_optional).
struct Token {
    enum class Type { Option, Word, Separator };
    Type type = Type::Word;
    const OptionSpec* spec = nullptr; // Option: the table's entry, or null for an option the table does not know
    std::optional<QString> explicitValue;
};

// argparse's _negative_number_matcher, '^-\\d+$|^-\\d*\\.\\d+$', read as Python reads it: \\d is any decimal digit
// (Unicode's Nd, beyond the BMP too), and $ also matches before a final newline.
bool looksLikeNegativeNumber(QStringView word)
{
    if (word.endsWith(u'\n'))
        word.chop(1);
    if (!word.startsWith(u'-'))
        return false;
    const QList<uint> rest = word.mid(1).toUcs4();
    const qsizetype dot = rest.indexOf(uint('.'));
    const auto digits = [&rest](qsizetype from, qsizetype to) {
        return std::all_of(rest.begin() + from, rest.begin() + to, [](uint c) { return QChar::isDigit(char32_t(c)); });
    };
    if (dot < 0)
        return !rest.isEmpty() && digits(0, rest.size());
    return dot + 1 < rest.size() && digits(0, dot) && digits(dot + 1, rest.size());
}

// Every option a word could stand for (ArgumentParser._get_option_tuples): long options by unique prefix, short
// ones by their two characters with the rest as the value.
QList<Token> candidates(const QString& word, const QList<OptionSpec>& options)
{
    QList<Token> found;
    if (word.startsWith(QStringLiteral("--"))) {
        const qsizetype equals = word.indexOf(u'=');
        const QString prefix = equals < 0 ? word : word.left(equals);
        const auto value = equals < 0 ? std::nullopt : std::optional(word.mid(equals + 1));
        for (const OptionSpec& option : options) {
            if (option.name.startsWith(prefix))
                found.append(Token{Token::Type::Option, &option, value});
        }
    } else if (word.size() >= 2 && word[1] != u'-') {
        for (const OptionSpec& option : options) {
            if (option.name == word.left(2))
                found.append(Token{Token::Type::Option, &option, word.mid(2)});
            else if (option.name.startsWith(word))
                found.append(Token{Token::Type::Option, &option, std::nullopt});
        }
    }
    return found;
}

std::optional<Token> classify(const QString& word, const QList<OptionSpec>& options, QString* error)
{
    if (word.isEmpty() || word[0] != u'-')
        return Token{};
    for (const OptionSpec& option : options) {
        if (option.name == word)
            return Token{Token::Type::Option, &option, std::nullopt};
    }
    if (word.size() == 1)
        return Token{};
    if (const qsizetype equals = word.indexOf(u'='); equals > 0) {
        for (const OptionSpec& option : options) {
            if (option.name == word.left(equals))
                return Token{Token::Type::Option, &option, word.mid(equals + 1)};
        }
    }
    const QList<Token> found = candidates(word, options);
    if (found.size() > 1) {
        QStringList names;
        for (const Token& t : found)
            names.append(t.spec->name);
        *error = QStringLiteral("ambiguous option: %1 could match %2").arg(word, names.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    if (found.size() == 1)
        return found.first();
    if (looksLikeNegativeNumber(word) || word.contains(u' '))
        return Token{};
    return Token{Token::Type::Option, nullptr, std::nullopt};
}

QString invalidChoice(const QString& name, const QStringList& choices)
{
    return QStringLiteral("argument %1: Invalid choice, valid choices are: %2")
        .arg(name, choices.join(QStringLiteral(" | ")));
}

} // namespace

ParsedArguments parseKnownArguments(const QStringList& args, const QList<OptionSpec>& options,
                                    const QList<PositionalSpec>& positionals)
{
    ParsedArguments parsed;
    QList<Token> tokens;
    bool separated = false;
    for (const QString& word : args) {
        if (separated) {
            tokens.append(Token{});
        } else if (word == u"--") {
            tokens.append(Token{Token::Type::Separator, nullptr, std::nullopt});
            separated = true;
        } else {
            QString error;
            const auto token = classify(word, options, &error);
            if (!token) {
                parsed.error = error;
                return parsed;
            }
            tokens.append(*token);
        }
    }

    auto positionalsLeft = [&] {
        return parsed.positionals.size() < positionals.size();
    };
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const Token& token = tokens[i];
        const QString& word = args[i];
        if (token.type == Token::Type::Separator) {
            // Dropped when a positional takes the word after it (argparse's '-*A-*'); else left over.
            const bool absorbed = positionalsLeft() && i + 1 < tokens.size() && tokens[i + 1].type == Token::Type::Word;
            if (!absorbed)
                parsed.extras.append(word);
            continue;
        }
        if (token.type == Token::Type::Word) {
            if (!positionalsLeft()) {
                parsed.extras.append(word);
                continue;
            }
            const PositionalSpec& spec = positionals[parsed.positionals.size()];
            if (!spec.choices.isEmpty() && !spec.choices.contains(word)) {
                parsed.error = invalidChoice(spec.name, spec.choices);
                return parsed;
            }
            parsed.positionals.append(word);
            if (i + 1 < tokens.size() && tokens[i + 1].type == Token::Type::Separator)
                ++i; // the '--' right after the word it ends ('A-')
            continue;
        }
        if (!token.spec) {
            parsed.extras.append(word);
            continue;
        }
        const OptionSpec& spec = *token.spec;
        if (spec.takes != OptionSpec::Takes::Value) {
            if (token.explicitValue) {
                parsed.error =
                    QStringLiteral("argument %1: ignored explicit argument '%2'").arg(spec.name, *token.explicitValue);
                return parsed;
            }
            if (spec.takes == OptionSpec::Takes::Help) {
                parsed.help = true;
                return parsed;
            }
            if (spec.takes == OptionSpec::Takes::Version) {
                parsed.version = true;
                return parsed;
            }
            parsed.options.insert(spec.name, QString());
            continue;
        }
        QString value;
        if (token.explicitValue) {
            value = *token.explicitValue;
        } else if (i + 1 < tokens.size() && tokens[i + 1].type == Token::Type::Word) {
            value = args[++i];
        } else {
            parsed.error = QStringLiteral("argument %1: expected one argument").arg(spec.name);
            return parsed;
        }
        if (!spec.choices.isEmpty() && !spec.choices.contains(value)) {
            parsed.error = invalidChoice(spec.name, spec.choices);
            return parsed;
        }
        parsed.options.insert(spec.name, value);
    }

    QStringList missing;
    for (qsizetype p = parsed.positionals.size(); p < positionals.size(); ++p) {
        if (!positionals[p].optional)
            missing.append(positionals[p].name);
    }
    if (!missing.isEmpty())
        parsed.error =
            QStringLiteral("the following arguments are required: %1").arg(missing.join(QStringLiteral(", ")));
    return parsed;
}

} // namespace apm::cli
