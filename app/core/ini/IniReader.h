// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <QSet>
#include <QString>
#include <QStringList>

#include "ini/IniDocument.h"

namespace apm {

/**
 * botocore's reading rules, one line at a time: CPython's RawConfigParser with the CLI's settings, then botocore's
 * nested values. The one implementation of those rules, with two consumers: IniDocument hands it every line to
 * build its model, IniIndex hands it the lines of the raw bytes to check a file and find its sections without
 * building them. Either way a file is refused at the same line for the same reason.
 */
class IniReader final
{
public:
    class Sink
    {
    public:
        virtual ~Sink() = default;
        // A [name] header other than [DEFAULT]: the line of an earlier header of that name, or -1 for a new one.
        virtual int section(QStringView name, int line) = 0;
        // A [DEFAULT] header (there may be several; their keys add up).
        virtual void defaults(int line) = 0;
        // An option once it is complete (its continuation lines joined, a nested value split). Only called when
        // the sink asked for options.
        virtual void option(IniEntry entry) = 0;
    };
    enum class Options { Build, Skip };

    // Lines are numbered from `firstLine` (a block read on its own keeps the numbers it has in its file).
    explicit IniReader(Sink& sink, Options options = Options::Build, int firstLine = 0);

    // Reads the next line, without its ending. False once the file is refused: read no further.
    bool read(QStringView line);
    // After the last line: why the file is refused, if it is.
    [[nodiscard]] std::optional<IniError> finish();

    // Why a file whose bytes are not UTF-8 is refused (Python decodes the whole file before reading a line).
    [[nodiscard]] static QString notUtf8();

private:
    enum class Current { None, Defaults, Section };
    bool header(QStringView name, int line);
    bool option(QStringView text, QStringView value, int line);
    void closeOption();
    void splitNested(IniEntry& entry);
    template <typename F> void nestedSettings(QStringView piece, int line, F&& f);

    Sink& m_sink;
    const Options m_options;
    int m_line;
    Current m_current = Current::None;
    bool m_anySection = false;
    std::optional<IniError> m_error;
    // The option being read, which further lines may continue. configparser collects a value as pieces (one per
    // line, blank lines as empty pieces) and joins them at the end; almost every value is one line, so pieces are
    // only kept for options that do continue.
    bool m_open = false;
    IniEntry m_pending;
    QStringList m_pieces;
    std::vector<int> m_pieceLines;
    int m_blanksSince = 0; // blank lines after the option's last line, not yet part of it
    qsizetype m_indentLevel = 0;
    // The keys seen in one section, to refuse a repeated one: a short list whose buffers are kept from section to
    // section (no allocation per key), and a hash set once a section has many keys.
    class KeySet
    {
    public:
        bool add(QStringView key); // false when it was there already
        void clear();

    private:
        static constexpr size_t kFew = 16;
        std::vector<std::u16string> m_few;
        size_t m_count = 0;
        QSet<QString> m_many;
    };
    std::u16string
        m_key;     // the key of an option whose value starts empty, perhaps nested (a buffer kept from line to line)
    KeySet m_keys; // of the current section
    KeySet m_defaultKeys; // of every [DEFAULT] block
    // The first bad nested value in a section, and in [DEFAULT] (refused only when the file has a section).
    std::optional<IniError> m_nestedError;
    std::optional<IniError> m_defaultNestedError;
};

} // namespace apm
