// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileSetImport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>

#include "aws/Transport.h"
#include "config/ManagedBlock.h"
#include "config/ProfileStore.h"
#include "ini/IniDocument.h"

namespace apm::profileset {

namespace {

constexpr qint64 kMostBytes = 10 * 1024 * 1024;

// This file's messages, in one context whichever function asks: lupdate files an unqualified Messages::tr() under the
// enclosing class or namespace, which is not the context asked for at run time.
struct Messages {
    Q_DECLARE_TR_FUNCTIONS(apm::profileset)
};

QString blockId(const QString& block)
{
    return QStringLiteral("import ") + block;
}

bool nameCharacter(QChar c)
{
    return c.isLetterOrNumber() || QStringView(u"_-.@+").contains(c);
}

// What a section is, as a key that two spellings of the same thing share: "profile NAME", "sso-session NAME", or
// the header with its blanks folded.
QString identity(const QString& header)
{
    if (const auto profile = ProfileStore::profileOfSection(header))
        return QStringLiteral("profile ") + *profile;
    if (const auto session = ProfileStore::ssoSessionOfSection(header))
        return QStringLiteral("sso-session ") + *session;
    return header.simplified();
}

// The lines of a text (ending with \n), cut where each section's header is; the lines before the first header.
struct Cut {
    QByteArray preamble;
    QList<QPair<QString, QByteArray>> sections; // header, lines
};

Cut cut(const QByteArray& text, const IniDocument& document)
{
    QList<QByteArray> lines = text.split('\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    Cut out;
    const QList<IniSection>& sections = document.sections();
    for (qsizetype i = 0; i < sections.size(); ++i) {
        const int first = sections[i].headerLine;
        const int end = i + 1 < sections.size() ? sections[i + 1].headerLine : int(lines.size());
        QByteArray chunk;
        for (int line = first; line < end; ++line)
            chunk += lines[line] + '\n';
        out.sections.append({sections[i].name, chunk});
    }
    const int firstHeader = sections.isEmpty() ? int(lines.size()) : sections.front().headerLine;
    for (int line = 0; line < firstHeader; ++line)
        out.preamble += lines[line] + '\n';
    return out;
}

QString located(const QString& source, int line, const QString& message)
{
    return QStringLiteral("%1:%2: %3").arg(source).arg(line + 1).arg(message);
}

// Whether a URL's host (as QUrl gives it: addresses in their canonical form) is a loopback address: localhost,
// 127.0.0.0/8, ::1, or 127.0.0.0/8 mapped into IPv6.
bool namesThisComputer(const QString& host)
{
    if (host == u"localhost" || host == u"::1")
        return true;
    const QString v4 = host.startsWith(u"::ffff:", Qt::CaseInsensitive) ? host.mid(7) : host;
    const QStringList parts = v4.split(u'.');
    return parts.size() == 4 && parts.first() == u"127"
           && std::all_of(parts.begin(), parts.end(), [](const QString& part) {
                  bool number = false;
                  return part.toUInt(&number) <= 255 && number;
              });
}

} // namespace

QString blockNameFor(const QString& source)
{
    const Source kind = classify(source);
    const QString file = kind.url ? kind.url->fileName() : QFileInfo(source).fileName();
    QString name;
    for (const QChar c : QFileInfo(file).completeBaseName())
        name += nameCharacter(c) ? c : QChar(u'-');
    return name.isEmpty() ? QStringLiteral("profiles") : name;
}

std::optional<QString> checkBlockName(const QString& name)
{
    if (name.isEmpty() || !std::all_of(name.begin(), name.end(), nameCharacter))
        return Messages::tr("--block: \"%1\" cannot name a block; use letters, digits and - _ . @ +").arg(name);
    return std::nullopt;
}

Source classify(const QString& source)
{
    Source out;
    if (!source.contains(QStringLiteral("://")))
        return out; // a path
    const QUrl url(source);
    const QString scheme = url.scheme().toLower();
    if (scheme == u"https" || (scheme == u"http" && namesThisComputer(url.host()))) {
        out.url = url;
    } else if (scheme == u"http") {
        out.error = Messages::tr(
                        "%1: a profile set is fetched over https:// (plain http:// only from this computer, a loopback "
                        "address), so that nobody on the way can change it.")
                        .arg(source);
    } else {
        out.error = Messages::tr("%1: give a file's path or an https:// URL.").arg(source);
    }
    return out;
}

std::optional<QString> checkBlock(const ProfileStore& store, const QString& block, bool* handEdited)
{
    const ManagedBlock::Found found = ManagedBlock::find(store.text(FileKind::Config), blockId(block));
    if (found.error)
        return located(store.path(FileKind::Config), found.error->line, found.error->message);
    const bool edited = found.block && found.block->handEdited;
    if (handEdited)
        *handEdited = edited;
    if (edited) {
        return Messages::tr(
                   "The profile set \"%1\" (%2, lines %3–%4) was edited by hand since it was imported. Importing "
                   "again would lose those edits: move what you want to keep outside the block, or confirm the "
                   "replacement.")
            .arg(block, store.path(FileKind::Config))
            .arg(found.block->firstLine + 1)
            .arg(found.block->lastLine + 1);
    }
    return std::nullopt;
}

Plan plan(ProfileStore& store, const Request& request)
{
    Plan result;
    store.readWhole();
    const QByteArray& text = store.text(FileKind::Config);
    result.text = text;
    if (auto problem = checkBlock(store, request.block, &result.handEdited);
        problem && !(result.handEdited && request.replaceHandEdited)) {
        result.error = std::move(problem);
        return result;
    }

    // The set, read as the AWS CLI would read it, and refused whole when it carries what a set must not.
    QByteArray set = request.bytes;
    set.replace("\r\n", "\n").replace('\r', '\n');
    const IniDocument document = IniDocument::fromBytes(set);
    if (const auto& error = document.parseError()) {
        result.error =
            located(request.source, error->line,
                    error->message + u' ' + Messages::tr("(The AWS CLI would refuse the set: nothing was imported.)"));
        return result;
    }
    const QList<QByteArray> setLines = set.split('\n');
    for (qsizetype line = 0; line < setLines.size(); ++line) {
        if (setLines[line].trimmed() == "[DEFAULT]") {
            result.error =
                located(request.source, int(line),
                        Messages::tr("a profile set cannot carry [DEFAULT]: its keys would apply to every profile "
                                     "of yours. Nothing was imported."));
            return result;
        }
    }
    if (document.sections().isEmpty()) {
        result.error = Messages::tr("%1 holds no profiles: nothing was imported.").arg(request.source);
        return result;
    }
    for (const IniSection& section : document.sections()) {
        const QString what = identity(section.name);
        if (!what.startsWith(QStringLiteral("profile ")) && !what.startsWith(QStringLiteral("sso-session "))
            && !what.startsWith(QStringLiteral("services "))) {
            result.error =
                located(request.source, section.headerLine,
                        Messages::tr("[%1] is not a profile, an sso-session or a services section, which is all a "
                                     "profile set may hold. Nothing was imported.")
                            .arg(section.name));
            return result;
        }
        for (const IniEntry& entry : section.entries) {
            if (ProfileStore::isCredentialsKey(entry.key)) {
                result.error =
                    located(request.source, entry.line,
                            Messages::tr("[%1] carries %2: a profile set is shared, so it holds no keys or tokens. "
                                         "Remove it from the set; nothing was imported.")
                                .arg(section.name, entry.key));
                return result;
            }
        }
    }

    // What the user defined outside the block wins.
    const QString id = blockId(request.block);
    const ManagedBlock::Found found = ManagedBlock::find(text, id);
    QHash<QString, QString> outside; // identity → where
    const IniDocument& config = store.files().file(FileKind::Config).document;
    for (const IniSection& section : config.sections()) {
        if (found.block && section.headerLine > found.block->firstLine && section.headerLine < found.block->lastLine)
            continue;
        outside.insert(identity(section.name),
                       QStringLiteral("%1:%2").arg(store.path(FileKind::Config)).arg(section.headerLine + 1));
    }
    for (const IniSection& section : store.files().file(FileKind::Credentials).document.sections()) {
        outside.insert(QStringLiteral("profile ") + section.name,
                       QStringLiteral("%1:%2").arg(store.path(FileKind::Credentials)).arg(section.headerLine + 1));
    }

    const Cut pieces = cut(set, document);
    QString source = request.source;
    source.replace(u'\n', u' ');
    // The block's first lines, in English whatever the user's language (see ssopopulate's).
    QByteArray body =
        QStringLiteral("# Imported by `aws-profile-manager import %1 --block %2`: a shared profile set.\n"
                       "# Import it again to bring it up to date. Edit outside these markers: a change between "
                       "them is noticed.\n")
            .arg(source, request.block)
            .toUtf8()
        + '\n' + pieces.preamble;
    for (const auto& [header, lines] : pieces.sections) {
        const QString what = identity(header);
        if (const auto where = outside.constFind(what); where != outside.constEnd()) {
            result.clashes.append(Messages::tr("%1: yours (%2) is kept, the set's is left out").arg(what, *where));
            continue;
        }
        result.imported.append(what);
        body += lines;
    }
    if (!body.endsWith('\n'))
        body += '\n';
    if (!body.endsWith("\n\n"))
        body += '\n'; // a blank line before the closing marker
    if (found.block) {
        const IniDocument before = IniDocument::fromBytes(found.block->body);
        for (const IniSection& section : before.sections()) {
            if (!result.imported.contains(identity(section.name)))
                result.dropped.append(identity(section.name));
        }
    }
    if (found.block && found.block->body == body && !found.block->handEdited)
        return result; // nothing changes: not a byte is written
    const QByteArray written = ManagedBlock::replace(text, found.block, id, body);
    if (const std::optional<IniError> error = IniDocument::fromBytes(written).parseError()) {
        result.error = located(
            store.path(FileKind::Config), error->line,
            Messages::tr("with the set in it the file would read as: %1 Nothing was imported.").arg(error->message));
        return result;
    }
    result.text = written;
    result.changed = written != text;
    return result;
}

Download::Download(QUrl url, const Environment& environment, QObject* parent)
    : QObject(parent)
    , m_url(std::move(url))
    , m_environment(environment)
{}

void Download::start()
{
    HttpRequest request = transport::request(m_url, m_environment, std::nullopt, 30000);
    request.redirects = HttpRequest::Redirects::FollowUnlessToHttp;
    request.maxBodyBytes = kMostBytes;
    delete m_call;
    m_call = new HttpCall(request, this);
    connect(m_call, &HttpCall::finished, this, [this](const HttpReply& reply) {
        const int status = reply.status;
        const QByteArray& bytes = reply.body;
        if (reply.error == HttpReply::Error::TooLarge) {
            Q_EMIT finished({},
                            Messages::tr("%1 is larger than 10 MB: not a profile set.").arg(m_url.toDisplayString()));
        } else if (status == 0) {
            Q_EMIT finished({}, Messages::tr("Could not fetch %1: %2").arg(m_url.toDisplayString(), reply.errorText));
        } else if (status != 200) {
            Q_EMIT finished({}, Messages::tr("Could not fetch %1: the server answered HTTP %2.")
                                    .arg(m_url.toDisplayString())
                                    .arg(status));
        } else {
            Q_EMIT finished(bytes, {});
        }
    });
}

void Download::cancel()
{
    if (m_call)
        m_call->abort();
}

} // namespace apm::profileset
