// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AwsQuery.h"

#include <QDateTime>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QXmlStreamReader>

namespace apm {

namespace {

// Leaf elements by name; an <Error> block's Code and Message come out as "Code" and "Message".
QHash<QString, QString> leaves(const QByteArray& xml)
{
    QHash<QString, QString> values;
    QXmlStreamReader reader(xml);
    QString name;
    QString text;
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartElement:
            name = reader.name().toString();
            text.clear();
            break;
        case QXmlStreamReader::Characters: text += reader.text(); break;
        case QXmlStreamReader::EndElement:
            if (!name.isEmpty() && !values.contains(name))
                values.insert(name, text.trimmed());
            name.clear();
            break;
        default: break;
        }
    }
    return values;
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
    SigV4::Request signable;
    signable.url = m_settings.endpoint.url;
    if (signable.url.path().isEmpty())
        signable.url.setPath(QStringLiteral("/"));
    signable.headers = {{"Content-Type", "application/x-www-form-urlencoded; charset=utf-8"}};
    signable.body = formEncoded(m_parameters);
    SigV4(m_credentials, m_settings.signingRegion, m_settings.service).sign(signable, QDateTime::currentDateTimeUtc());

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
        return Q_EMIT finished(answer);
    }
    answer.values = leaves(body);
    if (answer.httpStatus >= 300) {
        answer.failure = QueryAnswer::Failure::Service;
        answer.code = answer.values.value(QStringLiteral("Code"));
        answer.message = answer.values.value(QStringLiteral("Message"));
        if (answer.code.isEmpty())
            answer.message = QStringLiteral("HTTP %1").arg(answer.httpStatus);
    }
    Q_EMIT finished(answer);
}

} // namespace apm
