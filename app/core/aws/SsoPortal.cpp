// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SsoPortal.h"

#include <algorithm>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QUrlQuery>

namespace apm {

namespace {

// After this many answers in a row without throttling, one more request may be in flight.
constexpr int kSuccessesToWiden = 10;

// An error answer of a REST-JSON API, read as botocore's parser reads it: the code from the x-amzn-ErrorType
// header (up to a ':'), else the body's __type (after a '#') or code; the message from the body.
void readError(const HttpReply& reply, const QJsonObject& body, QueryAnswer& answer)
{
    answer.failure = QueryAnswer::Failure::Service;
    QString code = QString::fromLatin1(reply.header("x-amzn-ErrorType")).section(u':', 0, 0).trimmed();
    if (code.isEmpty())
        code = body.value(QStringLiteral("__type")).toString().section(u'#', -1);
    if (code.isEmpty())
        code = body.value(QStringLiteral("code")).toString();
    answer.code = code;
    answer.message = body.value(QStringLiteral("message")).toString(body.value(QStringLiteral("Message")).toString());
    if (answer.message.isEmpty())
        answer.message = QStringLiteral("HTTP %1").arg(answer.httpStatus);
}

} // namespace

SsoPortalListing::SsoPortalListing(Settings settings, const Environment& environment, QObject* parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_environment(environment)
{
    qRegisterMetaType<apm::SsoListing>();
}

void SsoPortalListing::start()
{
    m_window = std::max(1, m_settings.maxInFlight);
    m_queue.push_back(Page{});
    pump();
}

void SsoPortalListing::cancel()
{
    if (m_done)
        return;
    m_listing.cancelled = true;
    finish();
}

void SsoPortalListing::pump()
{
    while (!m_done && m_calls.size() < m_window && !m_queue.empty()) {
        const Page page = m_queue.front();
        m_queue.pop_front();
        send(page);
    }
}

void SsoPortalListing::send(const Page& page)
{
    QUrl url = m_settings.endpoint;
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    QUrlQuery query;
    if (page.account < 0) {
        url.setPath(path + QStringLiteral("/assignment/accounts"));
    } else {
        url.setPath(path + QStringLiteral("/assignment/roles"));
        query.addQueryItem(QStringLiteral("account_id"), m_listing.accounts[page.account].id);
    }
    query.addQueryItem(QStringLiteral("max_result"), QString::number(m_settings.pageSize));
    if (!page.nextToken.isEmpty())
        query.addQueryItem(QStringLiteral("next_token"), page.nextToken);
    url.setQuery(query);

    HttpRequest request = transport::request(url, m_environment, m_settings.caBundle, m_settings.timeoutMs);
    request.headers = {{"x-amz-sso_bearer_token", m_settings.accessToken.toUtf8()}, {"Accept", "application/json"}};
    auto* call = new HttpCall(request, this);
    ++m_listing.requests;
    m_calls.insert(call);
    connect(call, &HttpCall::finished, this,
            [this, call, page](const HttpReply& reply) { onReply(call, reply, page); });
}

void SsoPortalListing::onReply(HttpCall* call, const HttpReply& reply, Page page)
{
    m_calls.remove(call);
    call->deleteLater();
    if (m_done)
        return;
    QueryAnswer answer;
    answer.attempts = page.attempt;
    answer.httpStatus = reply.status;
    QJsonObject body;
    if (answer.httpStatus == 0) {
        transport::readNetworkFailure(reply, answer);
    } else {
        const QJsonDocument document = QJsonDocument::fromJson(reply.body);
        body = document.object();
        if (answer.httpStatus >= 300) {
            readError(reply, body, answer);
        } else if (!document.isObject()) {
            answer.failure = QueryAnswer::Failure::Service;
            answer.message = QStringLiteral("the portal's answer is not a JSON object");
        }
    }

    if (answer.failure != QueryAnswer::Failure::None) {
        if (transport::throttled(answer)) {
            ++m_listing.throttled;
            m_window = std::max(1, m_window / 2);
            m_successes = 0;
        }
        if (transport::retryable(answer) && page.attempt < m_settings.maxAttempts) {
            ++m_waiting;
            QTimer::singleShot(transport::backoffMs(page.attempt), this, [this, page]() mutable {
                --m_waiting;
                ++page.attempt;
                m_queue.push_front(page);
                pump();
            });
            pump(); // the others go on meanwhile
            return;
        }
        answer.retriesExhausted = transport::retryable(answer);
        m_listing.failure = answer;
        m_listing.failedOperation =
            page.account < 0 ? QStringLiteral("ListAccounts") : QStringLiteral("ListAccountRoles");
        finish();
        return;
    }

    if (++m_successes >= kSuccessesToWiden && m_window < m_settings.maxInFlight) {
        ++m_window;
        m_successes = 0;
    }
    const QString nextToken = body.value(QStringLiteral("nextToken")).toString();
    if (page.account < 0) {
        for (const QJsonValue& value : body.value(QStringLiteral("accountList")).toArray()) {
            const QJsonObject account = value.toObject();
            m_listing.accounts.append(SsoAccount{account.value(QStringLiteral("accountId")).toString(),
                                                 account.value(QStringLiteral("accountName")).toString(),
                                                 account.value(QStringLiteral("emailAddress")).toString(),
                                                 {}});
            m_queue.push_back(Page{int(m_listing.accounts.size() - 1), {}, 1});
        }
        // The next page of accounts goes first: every account is known early, for the progress shown.
        if (nextToken.isEmpty())
            m_allFound = true;
        else
            m_queue.push_front(Page{-1, nextToken, 1});
    } else {
        QStringList& roles = m_listing.accounts[page.account].roles;
        for (const QJsonValue& value : body.value(QStringLiteral("roleList")).toArray())
            roles.append(value.toObject().value(QStringLiteral("roleName")).toString());
        if (nextToken.isEmpty())
            ++m_listed;
        else
            m_queue.push_front(Page{page.account, nextToken, 1});
    }
    Q_EMIT progress(int(m_listing.accounts.size()), m_listed, m_allFound);
    if (m_allFound && m_queue.empty() && m_calls.isEmpty() && m_waiting == 0)
        finish();
    else
        pump();
}

void SsoPortalListing::finish()
{
    m_done = true;
    const QSet<HttpCall*> calls = m_calls;
    for (HttpCall* call : calls)
        call->abort();
    Q_EMIT finished(m_listing);
}

} // namespace apm
