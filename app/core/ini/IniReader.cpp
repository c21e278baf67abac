// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "IniReader.h"

#include <algorithm>

#include <QCoreApplication>

#include "base/DisplayText.h"
#include "base/PythonText.h"

namespace apm {

namespace {

// This file's messages, in one context whichever function asks: lupdate files an unqualified Messages::tr() under the
// enclosing class or namespace, which is not the context asked for at run time.
struct Messages {
    Q_DECLARE_TR_FUNCTIONS(apm::IniReader)
};

// Why the CLI refuses a line that is neither a header nor a setting (or one before any header), said as what it is.
QString unparsableLine(QStringView line, bool beforeAnySection)
{
    if (line.contains(QChar(0))) {
        return Messages::tr("this line holds NUL bytes (%1 of its %2 characters): the file is damaged or not text, "
                            "and the AWS CLI cannot read it. Restore it from a backup, or remove the line.")
            .arg(line.count(QChar(0)))
            .arg(line.size());
    }
    if (beforeAnySection && line.startsWith(QChar(0xfeff))) {
        return Messages::tr("the file starts with a byte order mark (BOM), which the AWS CLI does not accept. Save "
                            "the file as UTF-8 without BOM.");
    }
    const QStringView trimmed = line.trimmed();
    if (trimmed.startsWith(u'[') && !trimmed.contains(u']')) {
        return Messages::tr("this section header is not closed: \"%1\" needs a \"]\" at its end, and the AWS CLI "
                            "refuses the file until it has one.")
            .arg(elided(trimmed.toString()));
    }
    if (beforeAnySection) {
        return Messages::tr("this line comes before any [section] header, and the AWS CLI refuses the file. Put it "
                            "under a section or remove it.");
    }
    return Messages::tr("this line is neither a [section] header nor a \"key = value\" setting, and the AWS CLI "
                        "refuses the file. Add \"= value\", make it a comment with #, or remove it.");
}

// Sets a kept buffer to `text` without giving up its capacity (and without QString's bookkeeping: once per key).
void assign(std::u16string& buffer, QStringView text)
{
    buffer.resize(size_t(text.size())); // within its capacity nearly always: no allocation, no filling worth the name
    std::char_traits<char16_t>::copy(buffer.data(), reinterpret_cast<const char16_t*>(text.utf16()), buffer.size());
}

} // namespace

bool IniReader::KeySet::add(QStringView key)
{
    if (m_count < kFew) {
        const auto end = m_few.cbegin() + qsizetype(m_count);
        if (std::find_if(m_few.cbegin(), end, [&](const std::u16string& k) { return QStringView(k) == key; }) != end)
            return false;
        if (m_count == m_few.size())
            m_few.emplace_back();
        assign(m_few[m_count++], key);
        return true;
    }
    if (m_many.isEmpty()) {
        for (const std::u16string& k : m_few)
            m_many.insert(QStringView(k).toString());
    }
    const QString k = key.toString();
    if (m_many.contains(k))
        return false;
    m_many.insert(k);
    ++m_count;
    return true;
}

void IniReader::KeySet::clear()
{
    m_count = 0;
    m_many.clear();
}

IniReader::IniReader(Sink& sink, Options options, int firstLine)
    : m_sink(sink)
    , m_options(options)
    , m_line(firstLine - 1)
{}

bool IniReader::read(QStringView line)
{
    ++m_line;
    if (m_error)
        return false;
    const qsizetype indent = python::leadingSpace(line);
    qsizetype end = line.size();
    while (end > indent && python::isSpace(line[end - 1]))
        --end;
    const QStringView value = line.mid(indent, end - indent);
    if (value.isEmpty()) {
        if (m_open)
            ++m_blanksSince;
        return true;
    }
    if (value.front() == u'#' || value.front() == u';')
        return true; // comments never end or join a value
    if (m_current != Current::None && m_open && indent > m_indentLevel) {
        if (m_options == Options::Skip) {
            // Nothing is built: a continued value matters only when it is nested (its first line is empty), for
            // its lines are checked. Every line of a nested value is one of its pieces.
            if (m_pending.value.scalar.isEmpty())
                nestedSettings(value, m_line, [](QStringView, QStringView) {});
            return true;
        }
        if (m_pieces.isEmpty()) {
            m_pieces.append(m_pending.value.scalar);
            m_pieceLines.push_back(m_pending.line);
        }
        for (; m_blanksSince > 0; --m_blanksSince) {
            m_pieces.append(QString());
            m_pieceLines.push_back(m_line);
        }
        m_pieces.append(value.toString());
        m_pieceLines.push_back(m_line);
        m_pending.lastLine = m_line;
        return true;
    }
    m_indentLevel = indent;
    m_blanksSince = 0;
    closeOption();
    if (value.front() == u'[') {
        if (const qsizetype close = value.lastIndexOf(u']'); close > 1)
            return header(value.mid(1, close - 1), m_line);
    }
    return option(line, value, m_line);
}

bool IniReader::header(QStringView name, int line)
{
    if (name == u"DEFAULT") {
        m_current = Current::Defaults;
        m_sink.defaults(line);
        return true;
    }
    if (const int first = m_sink.section(name, line); first >= 0) {
        m_error =
            IniError{line, Messages::tr("the section [%1] appears a second time (first at line %2), and the AWS CLI "
                                        "refuses a file with a repeated section. Merge the two into one.")
                               .arg(elided(name.toString()))
                               .arg(first + 1)};
        return false;
    }
    m_current = Current::Section;
    m_anySection = true;
    m_keys.clear();
    return true;
}

bool IniReader::option(QStringView line, QStringView value, int n)
{
    // The key runs to the first '=' or ':'. Python's str.lower() leaves plain lower-case ASCII (nearly every key)
    // alone: seen on the way.
    qsizetype delimiter = 0;
    bool lower = true;
    for (; delimiter < value.size(); ++delimiter) {
        const char16_t c = value[delimiter].unicode();
        if (c == u'=' || c == u':')
            break;
        lower = lower && c < 128 && !(c >= u'A' && c <= u'Z');
    }
    if (m_current == Current::None || delimiter == value.size()) {
        m_error = IniError{n, unparsableLine(line, m_current == Current::None)};
        return false;
    }
    qsizetype keyEnd = delimiter;
    while (keyEnd > 0 && python::isSpace(value[keyEnd - 1]))
        --keyEnd;
    if (keyEnd == 0) {
        m_error = IniError{n, Messages::tr("this setting has no name before \"%1\", and the AWS CLI refuses the file.")
                                  .arg(value[delimiter])};
        return false;
    }
    QString lowered;
    if (!lower)
        lowered = value.left(keyEnd).toString().toLower();
    const QStringView key = lower ? value.left(keyEnd) : QStringView(lowered);
    if (!(m_current == Current::Defaults ? m_defaultKeys : m_keys).add(key)) {
        m_error = IniError{n, Messages::tr("the key \"%1\" appears twice in this section (key names ignore case), and "
                                           "the AWS CLI refuses the file. Keep one of them.")
                                  .arg(elided(key.toString()))};
        return false;
    }
    const QStringView rest = value.mid(delimiter + 1);
    const QStringView first = rest.mid(python::leadingSpace(rest));
    if (m_options == Options::Build) {
        m_pending = IniEntry{key.toString(), IniValue{first.toString(), {}, false, {}}, n, n};
    } else {
        // Nothing is built: what the value says matters only to tell a nested value, which starts empty.
        m_pending.value.scalar = first.isEmpty() ? QString() : QStringLiteral("-");
    }
    // Kept past this line (whose text goes with it) for a message about a nested value, which starts empty.
    if (first.isEmpty())
        assign(m_key, key);
    m_open = true;
    return true;
}

void IniReader::closeOption()
{
    if (!m_open)
        return;
    m_open = false;
    if (!m_pieces.isEmpty()) {
        m_pending.value.scalar = python::rstrip(m_pieces.join(u'\n'));
        if (m_pending.value.scalar.startsWith(u'\n'))
            splitNested(m_pending);
        m_pieces.clear();
        m_pieceLines.clear();
    }
    if (m_options == Options::Build)
        m_sink.option(std::move(m_pending));
}

// botocore's _parse_nested for one piece of a nested value: each line str.splitlines() finds in it, stripped, must be
// empty or "key = value" (split at the first '='). `f(key, value)` gets those; the first other line is the error.
template <typename F> void IniReader::nestedSettings(QStringView piece, int line, F&& f)
{
    qsizetype start = 0;
    for (qsizetype i = 0; i <= piece.size(); ++i) {
        if (i < piece.size() && !python::isLineBreak(piece[i]))
            continue;
        const QStringView sub = python::stripped(piece.mid(start, i - start));
        start = i + 1; // "\r\n" is one break to Python; here it is two, with an empty line between, which is skipped
        if (sub.isEmpty())
            continue;
        const qsizetype eq = sub.indexOf(u'=');
        if (eq >= 0) {
            f(python::stripped(sub.left(eq)), python::stripped(sub.mid(eq + 1)));
            continue;
        }
        // [DEFAULT] values are only parsed through the sections that inherit them: whether this one is refused is
        // known at the end of the file.
        std::optional<IniError>& error = m_current == Current::Defaults ? m_defaultNestedError : m_nestedError;
        if (!error) {
            error = IniError{line, Messages::tr("this indented line under \"%1 =\" is not \"name = value\", and the "
                                                "AWS CLI refuses the file (nested settings take \"=\" only). Fix the "
                                                "line or remove it.")
                                       .arg(elided(QStringView(m_key).toString()))};
        }
    }
}

void IniReader::splitNested(IniEntry& entry)
{
    entry.value.isNested = true;
    for (qsizetype i = 1; i < m_pieces.size(); ++i) {
        const int line = m_pieceLines[size_t(i)];
        nestedSettings(m_pieces[i], line, [&](QStringView subKey, QStringView subValue) {
            auto& nested = entry.value.nested;
            const auto it =
                std::find_if(nested.begin(), nested.end(), [&](const auto& kv) { return kv.first == subKey; });
            if (it != nested.end()) {
                it->second = subValue.toString();
                entry.value.nestedLines[it - nested.begin()] = line;
            } else {
                nested.append({subKey.toString(), subValue.toString()});
                entry.value.nestedLines.append(line);
            }
        });
    }
}

QString IniReader::notUtf8()
{
    return Messages::tr("the file is not valid UTF-8 text, so the AWS CLI cannot read it either. Save it as UTF-8.");
}

std::optional<IniError> IniReader::finish()
{
    if (m_error)
        return m_error;
    closeOption();
    // configparser reads the whole file before botocore looks at nested values: the first bad one, in file order.
    std::optional<IniError> error = m_nestedError;
    if (m_defaultNestedError && m_anySection && (!error || m_defaultNestedError->line < error->line))
        error = m_defaultNestedError;
    return error;
}

} // namespace apm
