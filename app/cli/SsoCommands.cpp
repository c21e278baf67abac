// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SsoCommands.h"

#include <cstdio>

#include <unistd.h>

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include "AwsCalls.h"
#include "config/ProfileStore.h"
#include "resolve/ProfileSetImport.h"
#include "resolve/SsoPopulate.h"

namespace apm::cli {

namespace {

// This file's messages, in one context whichever function asks: lupdate files an unqualified Messages::tr() under the
// enclosing class or namespace, which is not the context asked for at run time.
struct Messages {
    Q_DECLARE_TR_FUNCTIONS(apm::cli)
};

QString count(int n)
{
    return QLocale::system().toString(n);
}

// Lists the organisation, showing how far it got on a terminal.
SsoListing list(const SsoPortalListing::Settings& settings, const Environment& environment)
{
    SsoPortalListing listing(settings, environment);
    const bool terminal = isatty(STDERR_FILENO) != 0;
    SsoListing result;
    QEventLoop loop;
    QObject::connect(&listing, &SsoPortalListing::progress, &loop, [&](int accounts, int listed, bool allFound) {
        if (!terminal)
            return;
        const QString line = allFound
                                 ? Messages::tr("Listing roles: %1 of %2 accounts").arg(count(listed), count(accounts))
                                 : Messages::tr("Listing accounts: %1 so far").arg(count(accounts));
        std::fprintf(stderr, "\r%s\033[K", line.toLocal8Bit().constData());
        std::fflush(stderr);
    });
    QObject::connect(&listing, &SsoPortalListing::finished, &loop, [&](const SsoListing& l) {
        result = l;
        loop.quit();
    });
    listing.start();
    loop.exec();
    if (terminal) {
        std::fprintf(stderr, "\r\033[K");
        std::fflush(stderr);
    }
    return result;
}

void section(QString& out, const QString& title, const QStringList& lines)
{
    if (lines.isEmpty())
        return;
    out += title + u'\n';
    for (const QString& line : lines)
        out += QStringLiteral("  ") + line + u'\n';
}

// The config file's new text written (nothing to write when nullopt), or shown as a diff on a dry run, after the
// lines that say what it holds.
Outcome writeBlock(ProfileStore& store, const std::optional<QByteArray>& text, bool dryRun, QString out)
{
    const QString configPath = store.path(FileKind::Config);
    if (!text) {
        out += Messages::tr("Nothing to change in %1.\n").arg(configPath);
        return Outcome{0, out.toUtf8(), {}};
    }
    if (const auto refused = store.replaceText(FileKind::Config, *text))
        return failure(255, *refused);
    if (dryRun) {
        out += store.diffWithDisk(FileKind::Config);
        out += Messages::tr("Dry run: nothing was written to %1.\n").arg(configPath);
        return Outcome{0, out.toUtf8(), {}};
    }
    if (const auto error = store.save())
        return failure(255, *error);
    out += Messages::tr("Wrote %1.\n").arg(configPath);
    return Outcome{0, out.toUtf8(), {}};
}

} // namespace

Outcome ssoPopulate(ProfileStore& store, const Environment& environment, const SsoPopulateOptions& options)
{
    if (options.nameTemplate) {
        if (const auto problem = ssopopulate::checkTemplate(*options.nameTemplate))
            return failure(252, *problem);
    }
    ssopopulate::Request request;
    request.session = options.session;
    request.nameTemplate = options.nameTemplate;
    request.region = options.region;
    request.prune = options.prune;
    request.replaceHandEdited = options.force;
    bool handEdited = false;
    if (const auto problem = ssopopulate::checkBlock(store, request, &handEdited))
        return failure(255, handEdited ? *problem + u'\n' + Messages::tr("Run again with --force to replace it.")
                                       : *problem);
    const ssopopulate::Start start =
        ssopopulate::prepare(store, environment, options.session, options.caBundle, QDateTime::currentDateTimeUtc());
    if (start.error)
        return failure(255, *start.error);

    const SsoListing listing = list(start.portal, environment);
    if (listing.failure.failure != QueryAnswer::Failure::None) {
        AwsQueryCall::Settings described;
        described.endpoint = ServiceEndpoint{start.portal.endpoint, start.endpointOrigin, start.ssoRegion};
        described.service = QStringLiteral("sso");
        Outcome failed = failedCall(listing.failure, described, listing.failedOperation);
        failed.err += Messages::tr("Nothing was written.\n").toUtf8();
        return failed;
    }

    const ssopopulate::Plan plan = ssopopulate::plan(store, listing, request);
    if (plan.error)
        return failure(255, *plan.error);
    int roles = 0;
    for (const SsoAccount& account : listing.accounts)
        roles += int(account.roles.size());
    QString out =
        Messages::tr("sso-session %1: %2 accounts, %3 account and role pairs (%4 requests, %5 throttled and retried)\n")
            .arg(options.session, count(int(listing.accounts.size())), count(roles), count(listing.requests),
                 count(listing.throttled));
    out += Messages::tr("%1 added, %2 updated, %3 removed, %4 kept\n")
               .arg(count(int(plan.added.size())), count(int(plan.updated.size())), count(int(plan.removed.size())),
                    count(int(plan.kept.size())));
    section(out, Messages::tr("Kept, though their assignment has gone (--prune removes them):"), plan.kept);
    section(out, Messages::tr("Not written, the name being taken (choose another with --name):"), plan.skipped);
    section(out, Messages::tr("Renamed:"), plan.renamed);
    section(out, Messages::tr("Replaced under a new name (the name template changed):"), plan.moved);
    return writeBlock(store, plan.changed ? std::optional(plan.text) : std::nullopt, options.dryRun, out);
}

Outcome importSet(ProfileStore& store, const Environment& environment, const ImportOptions& options)
{
    const QString block = options.block.value_or(profileset::blockNameFor(options.source));
    if (const auto problem = profileset::checkBlockName(block))
        return failure(252, *problem);
    const profileset::Source source = profileset::classify(options.source);
    if (source.error)
        return failure(252, *source.error);
    bool handEdited = false;
    if (const auto problem = profileset::checkBlock(store, block, &handEdited); problem && !options.force)
        return failure(255, handEdited ? *problem + u'\n' + Messages::tr("Run again with --force to replace it.")
                                       : *problem);

    QByteArray bytes;
    if (source.url) {
        profileset::Download download(*source.url, environment);
        QString error;
        QEventLoop loop;
        QObject::connect(&download, &profileset::Download::finished, &loop,
                         [&](const QByteArray& fetched, const QString& why) {
                             bytes = fetched;
                             error = why;
                             loop.quit();
                         });
        download.start();
        loop.exec();
        if (!error.isEmpty())
            return failure(255, error + u'\n' + Messages::tr("Nothing was imported."));
    } else {
        QFile file(environment.expandUser(options.source));
        if (!file.open(QIODevice::ReadOnly))
            return failure(255, Messages::tr("Could not read %1: %2").arg(options.source, file.errorString()));
        bytes = file.readAll();
    }

    profileset::Request request;
    request.block = block;
    // A path is remembered whole, so that the block's first lines say what to run again from anywhere.
    request.source = source.url ? options.source : QFileInfo(environment.expandUser(options.source)).absoluteFilePath();
    request.bytes = bytes;
    request.replaceHandEdited = options.force;
    const profileset::Plan plan = profileset::plan(store, request);
    if (plan.error)
        return failure(255, *plan.error);
    QString out =
        Messages::tr("Profile set \"%1\": %2 sections imported, %3 left out, %4 dropped since the last import\n")
            .arg(block, count(int(plan.imported.size())), count(int(plan.clashes.size())),
                 count(int(plan.dropped.size())));
    section(out, Messages::tr("Left out, since you have your own (yours win):"), plan.clashes);
    section(out, Messages::tr("No longer in the set, removed:"), plan.dropped);
    return writeBlock(store, plan.changed ? std::optional(plan.text) : std::nullopt, options.dryRun, out);
}

} // namespace apm::cli
