// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SsoPopulate.h"

#include <algorithm>
#include <map>

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include "aws/Endpoints.h"
#include "config/ManagedBlock.h"
#include "config/ProfileStore.h"
#include "resolve/SsoToken.h"

namespace apm::ssopopulate {

namespace {

// This file's messages, in one context whichever function asks: lupdate files an unqualified Messages::tr() under the
// enclosing class or namespace, which is not the context asked for at run time.
struct Messages {
    Q_DECLARE_TR_FUNCTIONS(apm::ssopopulate)
};

const QStringList& fields()
{
    static const QStringList names{QStringLiteral("account_name"), QStringLiteral("account_id"),
                                   QStringLiteral("role_name"), QStringLiteral("sso_session")};
    return names;
}

QString blockId(const QString& session)
{
    return QStringLiteral("sso-session ") + session;
}

// A name the AWS CLI takes in a header and on its command line as it is: letters, digits and _-/.%@:+ (what
// `aws configure` accepts in a section name); every run of other characters becomes one '-'.
QString safeName(const QString& raw)
{
    QString out;
    out.reserve(raw.size());
    for (const QChar c : raw) {
        if (c.isLetterOrNumber() || QStringView(u"_-/.%@:+").contains(c))
            out += c;
        else if (!out.endsWith(u'-'))
            out += u'-';
    }
    while (out.startsWith(u'-'))
        out.remove(0, 1);
    while (out.endsWith(u'-'))
        out.chop(1);
    return out;
}

QString expand(const QString& nameTemplate, const SsoAccount& account, const QString& role, const QString& session)
{
    QString name = nameTemplate;
    name.replace(QStringLiteral("{account_name}"), account.name.isEmpty() ? account.id : account.name)
        .replace(QStringLiteral("{account_id}"), account.id)
        .replace(QStringLiteral("{role_name}"), role)
        .replace(QStringLiteral("{sso_session}"), session);
    const QString safe = safeName(name);
    return safe.isEmpty() ? safeName(account.id + u'.' + role) : safe;
}

// One profile of the block, as the command writes it.
QByteArray section(const QString& name, const QString& session, const QString& accountId, const QString& role,
                   const QString& region)
{
    QString text = u'[' + ProfileStore::configSectionFor(name) + QStringLiteral("]\n");
    text += QStringLiteral("sso_session = %1\nsso_account_id = %2\nsso_role_name = %3\n").arg(session, accountId, role);
    if (!region.isEmpty())
        text += QStringLiteral("region = %1\n").arg(region);
    return (text + u'\n').toUtf8();
}

// What the block held: its remembered settings, and each profile's lines as they are.
struct OldBlock {
    std::optional<QString> nameTemplate;
    std::optional<QString> region;
    std::map<QString, QByteArray> sections; // by profile name
};

OldBlock readBlock(const QByteArray& body)
{
    OldBlock old;
    QString current;
    QList<QByteArray> lines = body.split('\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast(); // what follows the last \n
    for (const QByteArray& line : std::as_const(lines)) {
        const QString text = QString::fromUtf8(line);
        const QString trimmed = text.trimmed();
        if (trimmed.startsWith(u'[') && trimmed.contains(u']')) {
            current = trimmed.mid(1, trimmed.lastIndexOf(u']') - 1).trimmed();
            if (current.startsWith(QStringLiteral("profile ")))
                current = current.mid(8).trimmed();
        }
        if (current.isEmpty()) {
            if (trimmed.startsWith(QStringLiteral("# name: ")))
                old.nameTemplate = trimmed.mid(8);
            else if (trimmed.startsWith(QStringLiteral("# region: ")))
                old.region = trimmed.mid(10);
            continue;
        }
        old.sections[current] += line + '\n';
    }
    return old;
}

// "account/role" of a profile the block holds, from its lines; empty when they do not say.
QString assignmentOf(const QByteArray& lines)
{
    QString account;
    QString role;
    for (const QByteArray& line : lines.split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq < 0)
            continue;
        const QByteArray key = line.left(eq).trimmed();
        if (key == "sso_account_id")
            account = QString::fromUtf8(line.mid(eq + 1).trimmed());
        else if (key == "sso_role_name")
            role = QString::fromUtf8(line.mid(eq + 1).trimmed());
    }
    return account.isEmpty() || role.isEmpty() ? QString() : account + u'/' + role;
}

// The block's first lines, in English whatever the user's language: they are part of the file, and the same run in
// another language must write the same bytes.
QByteArray preamble(const QString& session, const QString& nameTemplate, const QString& region)
{
    QString text =
        QStringLiteral("# Written by `aws-profile-manager sso populate --sso-session %1`: one profile per account and "
                       "role.\n# Run it again to bring them up to date. Edit outside these markers: a change between "
                       "them is noticed.\n")
            .arg(session);
    text += QStringLiteral("# name: %1\n").arg(nameTemplate);
    if (!region.isEmpty())
        text += QStringLiteral("# region: %1\n").arg(region);
    return (text + u'\n').toUtf8();
}

} // namespace

Remembered remembered(const ProfileStore& store, const QString& session)
{
    const ManagedBlock::Found found = ManagedBlock::find(store.text(FileKind::Config), blockId(session));
    if (!found.block)
        return {};
    const OldBlock old = readBlock(found.block->body);
    return {old.nameTemplate, old.region};
}

std::optional<QString> checkTemplate(const QString& nameTemplate)
{
    static const QRegularExpression field(QStringLiteral("\\{([^{}]*)\\}"));
    bool any = false;
    for (auto it = field.globalMatch(nameTemplate); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (!fields().contains(name)) {
            return Messages::tr(
                       "--name: {%1} is not a field; use {account_name}, {account_id}, {role_name} and {sso_session}.")
                .arg(name);
        }
        any = true;
    }
    if (!any || (!nameTemplate.contains(QStringLiteral("{account")) || !nameTemplate.contains(u"{role_name}"))) {
        return Messages::tr(
                   "--name must tell accounts and roles apart: use {account_name} or {account_id}, and {role_name} "
                   "(the default is %1).")
            .arg(QLatin1String(kDefaultTemplate));
    }
    return std::nullopt;
}

Start prepare(const ProfileStore& store, const Environment& environment, const QString& session,
              const std::optional<QString>& caBundle, const QDateTime& now)
{
    Start start;
    const auto block = store.ssoSession(session);
    if (!block) {
        start.error =
            Messages::tr("There is no [sso-session %1] in %2. Add it (aws configure sso-session does), sign in with "
                         "`aws sso login --sso-session %1`, and run this again.")
                .arg(session, store.path(FileKind::Config));
        return start;
    }
    QString startUrl;
    for (const auto& [key, value] : *block) {
        if (key == u"sso_region")
            start.ssoRegion = value.scalar.trimmed();
        else if (key == u"sso_start_url")
            startUrl = value.scalar.trimmed();
    }
    if (start.ssoRegion.isEmpty()) {
        start.error =
            Messages::tr("[sso-session %1] has no sso_region: set it to the region of your IAM Identity Center "
                         "(the region in your start page's settings).")
                .arg(session);
        return start;
    }
    const SsoToken token = SsoToken::read(environment, session, startUrl, now);
    const QString login = QStringLiteral("aws sso login --sso-session %1").arg(session);
    switch (token.state) {
    case SsoToken::State::Valid: break;
    case SsoToken::State::Missing:
        start.error =
            Messages::tr("You are not signed in to the sso-session \"%1\" (no token at %2): run `%3`, then run this "
                         "again.")
                .arg(session, token.path, login);
        return start;
    case SsoToken::State::Malformed:
    case SsoToken::State::Incomplete:
        start.error =
            Messages::tr("The token cached for the sso-session \"%1\" (%2) cannot be used: run `%3`, then run this "
                         "again.")
                .arg(session, token.path, login);
        return start;
    case SsoToken::State::Expired:
    case SsoToken::State::Refreshable:
        start.error =
            Messages::tr("Your sign-in to the sso-session \"%1\" expired at %2: run `%3`, then run this again.")
                .arg(session, token.expiresAt ? token.expiresAt->isoFormat : QString(), login);
        return start;
    }
    QFile file(token.path);
    if (file.open(QIODevice::ReadOnly))
        start.portal.accessToken = QJsonDocument::fromJson(file.readAll()).object().value(u"accessToken").toString();
    if (start.portal.accessToken.isEmpty()) {
        start.error =
            Messages::tr("The token cached for the sso-session \"%1\" (%2) cannot be used: run `%3`, then run this "
                         "again.")
                .arg(session, token.path, login);
        return start;
    }

    // The profile the AWS CLI would run as decides the configured endpoints, the CA bundle and max_attempts.
    const QString profileName = environment.selectedProfile().value_or(QStringLiteral("default"));
    const Profile* profile = store.profile(profileName);
    const ServiceEndpoint endpoint = endpoints::ssoPortal(store, environment, profileName, start.ssoRegion);
    start.portal.endpoint = endpoint.url;
    start.endpointOrigin = endpoint.origin;
    start.portal.caBundle =
        caBundle ? std::optional(environment.expandUser(*caBundle)) : transport::caBundle(environment, profile);
    start.portal.maxAttempts = transport::maxAttempts(environment, profile).value_or(start.portal.maxAttempts);
    return start;
}

std::optional<QString> checkBlock(const ProfileStore& store, const Request& request, bool* handEdited)
{
    const ManagedBlock::Found found = ManagedBlock::find(store.text(FileKind::Config), blockId(request.session));
    if (found.error) {
        return QStringLiteral("%1:%2: %3")
            .arg(store.path(FileKind::Config))
            .arg(found.error->line + 1)
            .arg(found.error->message);
    }
    const bool edited = found.block && found.block->handEdited;
    if (handEdited)
        *handEdited = edited;
    if (edited && !request.replaceHandEdited) {
        return Messages::tr(
                   "The profiles written for the sso-session \"%1\" (%2, lines %3–%4) were edited by hand since "
                   "they were written. Replacing them would lose those edits: move what you want to keep outside "
                   "the block, or confirm the replacement.")
            .arg(request.session, store.path(FileKind::Config))
            .arg(found.block->firstLine + 1)
            .arg(found.block->lastLine + 1);
    }
    return std::nullopt;
}

Plan plan(ProfileStore& store, const SsoListing& listing, const Request& request)
{
    Plan result;
    store.readWhole();
    const QByteArray& text = store.text(FileKind::Config);
    result.text = text;
    if (auto problem = checkBlock(store, request, &result.handEdited)) {
        result.error = std::move(problem);
        return result;
    }
    const QString id = blockId(request.session);
    const ManagedBlock::Found found = ManagedBlock::find(text, id);
    const OldBlock old = found.block ? readBlock(found.block->body) : OldBlock{};
    const QString nameTemplate =
        request.nameTemplate.value_or(old.nameTemplate.value_or(QLatin1String(kDefaultTemplate)));
    if (const auto problem = checkTemplate(nameTemplate)) {
        result.error = *problem;
        return result;
    }
    const QString region = request.region.value_or(old.region.value_or(QString()));

    // Every assignment's name; names that several share get each one's account id.
    struct Wanted {
        const SsoAccount* account;
        QString role;
    };
    std::map<QString, QList<Wanted>> byName;
    for (const SsoAccount& account : listing.accounts) {
        for (const QString& role : account.roles) {
            byName[expand(nameTemplate, account, role, request.session)].append({&account, role});
            ++result.assignments;
        }
    }
    std::map<QString, Wanted> wanted;
    for (const auto& [name, pairs] : byName) {
        if (pairs.size() == 1) {
            wanted.emplace(name, pairs.front());
            continue;
        }
        for (const Wanted& pair : pairs) {
            const QString unique = safeName(name + u'-' + pair.account->id);
            result.renamed.append(Messages::tr("%1 → %2 (account %3, role %4): %5 assignments would share the name")
                                      .arg(name, unique, pair.account->id, pair.role)
                                      .arg(pairs.size()));
            wanted.emplace(unique, pair);
        }
    }

    // A profile defined outside the block keeps its name.
    const auto outside = [&](const QString& name) {
        const QList<ProfileStore::SectionSpan> spans = store.sectionSpans(name);
        return std::any_of(spans.begin(), spans.end(), [&](const ProfileStore::SectionSpan& span) {
            return span.file == FileKind::Credentials || !found.block || span.firstLine < found.block->firstLine
                   || span.firstLine > found.block->lastLine;
        });
    };
    std::map<QString, QByteArray> sections;
    for (const auto& [name, pair] : wanted) {
        if (outside(name)) {
            result.skipped.append(
                Messages::tr("%1 (account %2 %3, role %4): a profile of that name exists outside the block")
                    .arg(name, pair.account->id, pair.account->name, pair.role));
            continue;
        }
        QByteArray lines = section(name, request.session, pair.account->id, pair.role, region);
        const auto before = old.sections.find(name);
        if (before == old.sections.end())
            result.added.append(name);
        else if (before->second != lines)
            result.updated.append(name);
        sections.emplace(name, std::move(lines));
    }
    // A profile of the block whose account and role are still assigned, now under another name (the template
    // changed), has been replaced, --prune or not.
    QHash<QString, QString> written; // "account/role" → its name now
    for (const auto& [name, pair] : wanted)
        written.insert(pair.account->id + u'/' + pair.role, name);
    for (const auto& [name, lines] : old.sections) {
        if (sections.count(name) != 0)
            continue;
        const QString pair = assignmentOf(lines);
        if (const auto now = written.constFind(pair); !pair.isEmpty() && now != written.cend()) {
            result.removed.append(name);
            result.moved.append(QStringLiteral("%1 → %2").arg(name, *now));
        } else if (request.prune) {
            result.removed.append(name);
        } else {
            result.kept.append(name);
            sections.emplace(name, lines);
        }
    }

    QList<QPair<QString, QByteArray>> ordered(sections.begin(), sections.end());
    std::sort(ordered.begin(), ordered.end(), [](const auto& a, const auto& b) {
        const int folded = a.first.compare(b.first, Qt::CaseInsensitive);
        return folded != 0 ? folded < 0 : a.first < b.first;
    });
    QByteArray body = preamble(request.session, nameTemplate, region);
    for (const auto& [name, lines] : ordered)
        body += lines;
    if (found.block && found.block->body == body && !found.block->handEdited)
        return result; // nothing changes: not a byte is written
    result.text = ManagedBlock::replace(text, found.block, id, body);
    result.changed = result.text != text;
    return result;
}

} // namespace apm::ssopopulate
