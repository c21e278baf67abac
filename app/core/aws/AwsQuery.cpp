// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AwsQuery.h"

#include <algorithm>

#include <QDateTime>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>
#include <QXmlStreamReader>

namespace apm {

namespace {

// Leaf elements by name (an <Error> block's Code and Message come out as "Code" and "Message"), and those of each
// <member> of a list.
void readLeaves(const QByteArray& xml, QueryAnswer& answer)
{
    QXmlStreamReader reader(xml);
    QString name;
    QString text;
    int memberDepth = -1; // the depth of the <member> being read, or -1
    int depth = 0;
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartElement:
            ++depth;
            name = reader.name().toString();
            text.clear();
            if (name == u"member" && memberDepth < 0) {
                memberDepth = depth;
                answer.members.append(QHash<QString, QString>());
            }
            break;
        case QXmlStreamReader::Characters: text += reader.text(); break;
        case QXmlStreamReader::EndElement:
            if (depth == memberDepth)
                memberDepth = -1;
            else if (!name.isEmpty() && memberDepth >= 0)
                answer.members.last().insert(name, text.trimmed());
            else if (!name.isEmpty() && !answer.values.contains(name))
                answer.values.insert(name, text.trimmed());
            name.clear();
            --depth;
            break;
        default: break;
        }
    }
}

QByteArray formEncoded(const QList<QPair<QString, QString>>& parameters)
{
    QList<QByteArray> pairs;
    for (const auto& [key, value] : parameters)
        pairs.append(key.toUtf8().toPercentEncoding() + '=' + value.toUtf8().toPercentEncoding());
    return pairs.join('&');
}

} // namespace

AwsQueryCall::AwsQueryCall(Settings settings, ResolvedCredentials credentials,
                           QList<QPair<QString, QString>> parameters, const Environment& environment, QObject* parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_credentials(std::move(credentials))
    , m_parameters(std::move(parameters))
    , m_environment(environment)
    , m_network(new QNetworkAccessManager(this))
{}

void AwsQueryCall::start()
{
    m_attempt = 0;
    send();
}

bool AwsQueryCall::retryable(const QueryAnswer& answer)
{
    if (answer.failure == QueryAnswer::Failure::None)
        return false;
    if (answer.failure != QueryAnswer::Failure::Service)
        return true; // botocore retries every connection error
    // botocore.retries.standard: its throttling and transient error codes and statuses.
    static const QStringList codes{
        QStringLiteral("Throttling"),
        QStringLiteral("ThrottlingException"),
        QStringLiteral("ThrottledException"),
        QStringLiteral("RequestThrottledException"),
        QStringLiteral("TooManyRequestsException"),
        QStringLiteral("ProvisionedThroughputExceededException"),
        QStringLiteral("TransactionInProgressException"),
        QStringLiteral("RequestLimitExceeded"),
        QStringLiteral("BandwidthLimitExceeded"),
        QStringLiteral("LimitExceededException"),
        QStringLiteral("RequestThrottled"),
        QStringLiteral("SlowDown"),
        QStringLiteral("PriorRequestNotComplete"),
        QStringLiteral("EC2ThrottledException"),
        QStringLiteral("RequestTimeout"),
        QStringLiteral("RequestTimeoutException"),
    };
    return codes.contains(answer.code) || answer.httpStatus == 429 || answer.httpStatus == 500
           || answer.httpStatus == 502 || answer.httpStatus == 503 || answer.httpStatus == 504;
}

void AwsQueryCall::send()
{
    ++m_attempt;
    SigV4::Request signable;
    signable.url = m_settings.endpoint.url;
    if (signable.url.path().isEmpty())
        signable.url.setPath(QStringLiteral("/"));
    signable.headers = {{"Content-Type", "application/x-www-form-urlencoded; charset=utf-8"}};
    signable.body = formEncoded(m_parameters);
    SigV4(m_credentials, m_settings.endpoint.signingRegion, m_settings.service)
        .sign(signable, QDateTime::currentDateTimeUtc());

    QNetworkRequest request(signable.url);
    for (const auto& [name, value] : signable.headers)
        request.setRawHeader(name, value);
    request.setTransferTimeout(m_settings.timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (m_settings.caBundle) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates(QSslCertificate::fromPath(*m_settings.caBundle, QSsl::Pem));
        request.setSslConfiguration(ssl);
    }
    const Environment::ProxyChoice proxy = m_environment.proxyFor(signable.url.scheme(), signable.url.host());
    if (proxy.proxy.isEmpty()) {
        m_network->setProxy(QNetworkProxy::NoProxy);
    } else {
        const QUrl p = QUrl::fromUserInput(proxy.proxy);
        m_network->setProxy(
            QNetworkProxy(QNetworkProxy::HttpProxy, p.host(), quint16(p.port(80)), p.userName(), p.password()));
    }
    QNetworkReply* reply = m_network->post(request, signable.body);
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
}

void AwsQueryCall::onFinished(QNetworkReply* reply)
{
    reply->deleteLater();
    QueryAnswer answer = readAnswer(reply);
    answer.attempts = m_attempt;
    if (retryable(answer)) {
        if (m_attempt < m_settings.maxAttempts) {
            const double seconds =
                std::min(QRandomGenerator::global()->generateDouble() * double(1 << std::min(m_attempt - 1, 8)), 20.0);
            QTimer::singleShot(qRound(seconds * 1000), this, &AwsQueryCall::send);
            return;
        }
        answer.retriesExhausted = true;
    }
    Q_EMIT finished(answer);
}

QueryAnswer AwsQueryCall::readAnswer(QNetworkReply* reply)
{
    QueryAnswer answer;
    answer.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    if (answer.httpStatus == 0) {
        switch (reply->error()) {
        case QNetworkReply::HostNotFoundError: answer.failure = QueryAnswer::Failure::HostNotFound; break;
        case QNetworkReply::SslHandshakeFailedError: answer.failure = QueryAnswer::Failure::Tls; break;
        case QNetworkReply::OperationCanceledError:
        case QNetworkReply::TimeoutError: answer.failure = QueryAnswer::Failure::Timeout; break;
        default: answer.failure = QueryAnswer::Failure::Network; break;
        }
        answer.message = reply->errorString();
        return answer;
    }
    readLeaves(body, answer);
    if (answer.httpStatus >= 300) {
        answer.failure = QueryAnswer::Failure::Service;
        answer.code = answer.values.value(QStringLiteral("Code"));
        answer.message = answer.values.value(QStringLiteral("Message"));
        if (answer.code.isEmpty())
            answer.message = QStringLiteral("HTTP %1").arg(answer.httpStatus);
    }
    return answer;
}

} // namespace apm
