// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ManagedBlock.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace apm {

namespace {

// This file's messages, in one context whichever function asks: lupdate files an unqualified Messages::tr() under the
// enclosing class or namespace, which is not the context asked for at run time.
struct Messages {
    Q_DECLARE_TR_FUNCTIONS(apm::ManagedBlock)
};

QByteArray opening(const QString& id)
{
    return "# >>> aws-profile-manager " + id.toUtf8() + " [";
}

QByteArray closing(const QString& id)
{
    return "# <<< aws-profile-manager " + id.toUtf8() + " <<<";
}

// The first 16 hex digits of the SHA-256 of the lines between the markers (with \n endings, whatever the file's).
QByteArray checksum(const QByteArray& body)
{
    return QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex().left(16);
}

// The line ending the file uses first (\n for a file without any).
QByteArray lineEnding(const QByteArray& text)
{
    const qsizetype at = text.indexOf('\n');
    const qsizetype cr = text.indexOf('\r');
    if (cr >= 0 && (at < 0 || cr < at))
        return cr + 1 == at ? QByteArray("\r\n") : QByteArray("\r");
    return QByteArray("\n");
}

QByteArray withEnding(const QByteArray& body, const QByteArray& ending)
{
    if (ending == "\n")
        return body;
    QByteArray out = body;
    return out.replace('\n', ending);
}

} // namespace

ManagedBlock::Found ManagedBlock::find(const QByteArray& text, const QString& id)
{
    const QByteArray open = opening(id);
    const QByteArray close = closing(id);
    Found found;
    std::optional<ManagedBlock> current;
    QByteArray recorded;
    int line = 0;
    for (qsizetype at = 0; at < text.size(); ++line) {
        qsizetype end = at;
        while (end < text.size() && text[end] != '\n' && text[end] != '\r')
            ++end;
        qsizetype next = end;
        if (next < text.size())
            next += (text[next] == '\r' && next + 1 < text.size() && text[next + 1] == '\n') ? 2 : 1;
        const QByteArray content = text.mid(at, end - at).trimmed();
        if (content.startsWith(open) && content.endsWith("] >>>")) {
            if (current || found.block) {
                found.error =
                    IniError{line, Messages::tr("a second block \"%1\" starts here (the first at line %2): remove "
                                                "one of them, markers included.")
                                       .arg(id)
                                       .arg((current ? current->firstLine : found.block->firstLine) + 1)};
                return found;
            }
            current = ManagedBlock{};
            current->firstLine = line;
            current->begin = at;
            recorded = content.mid(open.size(), content.size() - open.size() - 5);
        } else if (content == close) {
            if (!current) {
                found.error =
                    IniError{line, Messages::tr("the block \"%1\" closes here but does not open before: restore its "
                                                "first line, or remove this one.")
                                       .arg(id)};
                return found;
            }
            current->lastLine = line;
            current->end = next;
            current->handEdited = checksum(current->body) != recorded;
            found.block = std::move(current);
            current.reset();
        } else if (current) {
            current->body += text.mid(at, end - at) + '\n';
        }
        at = next;
    }
    if (current) {
        found.error = IniError{current->firstLine,
                               Messages::tr("the block \"%1\" that starts here never closes (its last line, \"%2\", is "
                                            "missing): restore that line where the block ends.")
                                   .arg(id, QString::fromUtf8(close))};
    }
    return found;
}

QByteArray ManagedBlock::replace(const QByteArray& text, const std::optional<ManagedBlock>& block, const QString& id,
                                 const QByteArray& body)
{
    const QByteArray ending = lineEnding(text);
    const QByteArray lines = withEnding(opening(id) + checksum(body) + "] >>>\n" + body + closing(id) + '\n', ending);
    if (block) {
        QByteArray out = text;
        // The closing marker keeps the ending it had (none, when it was the file's last line).
        QByteArray replacement = lines;
        if (block->end == text.size() && !text.endsWith('\n') && !text.endsWith('\r'))
            replacement.chop(ending.size());
        return out.replace(block->begin, block->end - block->begin, replacement);
    }
    QByteArray out = text;
    if (!out.isEmpty()) {
        if (!out.endsWith('\n') && !out.endsWith('\r'))
            out += ending;
        if (!out.endsWith(ending + ending) && out != ending)
            out += ending; // a blank line between the user's last section and the block
    }
    return out + lines;
}

} // namespace apm
