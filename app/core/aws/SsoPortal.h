// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <deque>
#include <optional>

#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>

#include "aws/Transport.h"

namespace apm {

// An account the SSO user is assigned to, with the roles they may take in it.
struct SsoAccount {
    QString id;
    QString name;
    QString email;
    QStringList roles; // in the portal's order
};

// What listing an SSO user's assignments came to.
struct SsoListing {
    QList<SsoAccount> accounts; // in the portal's order
    QueryAnswer failure;        // failure.failure is None when every account and role was listed
    QString failedOperation;    // ListAccounts or ListAccountRoles, when it failed
    bool cancelled = false;
    int requests = 0;  // HTTP requests sent, retries included
    int throttled = 0; // answers that said "too many requests" (each retried)
};

/**
 * Lists every account and role an IAM Identity Center user is assigned to, through the portal API as botocore's
 * `sso` model describes it: GET /assignment/accounts and GET /assignment/roles?account_id=..., the user's token
 * in the x-amz-sso_bearer_token header, pages chained through next_token (max_result per page). start(), then
 * progress() as accounts and roles arrive, then finished() once.
 *
 * Polite at scale: at most `maxInFlight` requests at a time, fewer after the portal says "too many requests"
 * (halved at each throttled answer, one more after each run of successes), and every throttled, transient or
 * failed request retried as botocore's standard mode retries (exponential backoff with jitter) up to
 * `maxAttempts` requests. Any other error stops the listing.
 */
class SsoPortalListing final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SsoPortalListing)

public:
    struct Settings {
        QUrl endpoint;
        QString accessToken; // a secret: it only ever goes into the header
        std::optional<QString> caBundle;
        int timeoutMs = 60000;
        int maxAttempts = 10; // a whole organisation is thousands of requests: more room than a single call's 3
        int maxInFlight = 6;  // what Qt keeps open to one host over HTTP/1.1
        int pageSize = 100;   // the API's largest max_result
    };

    explicit SsoPortalListing(Settings settings, const Environment& environment, QObject* parent = nullptr);

    void start();
    // Stops at once: finished() follows with `cancelled`.
    void cancel();

Q_SIGNALS:
    // `accounts` found so far (`allFound` once the last page of accounts came), `listed` of them have all their roles.
    void progress(int accounts, int listed, bool allFound);
    void finished(const apm::SsoListing& listing);

private:
    struct Page {
        int account = -1; // -1: a page of accounts; else the account whose roles it lists
        QString nextToken;
        int attempt = 1;
    };
    void pump();
    void send(const Page& page);
    void onReply(HttpCall* call, const HttpReply& reply, Page page);
    void finish();

    Settings m_settings;
    Environment m_environment;
    SsoListing m_listing;
    std::deque<Page> m_queue;
    QSet<HttpCall*> m_calls;
    int m_waiting = 0; // pages waiting out a backoff
    int m_window = 1;  // requests allowed in flight now
    int m_successes = 0;
    int m_listed = 0; // accounts whose roles are all in
    bool m_allFound = false;
    bool m_done = false;
};

} // namespace apm

Q_DECLARE_METATYPE(apm::SsoListing)
