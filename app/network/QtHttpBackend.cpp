// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "QtHttpBackend.h"

#include <map>
#include <memory>

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>

namespace apm {

namespace {

HttpReply::Error errorOf(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::NoError: return HttpReply::Error::None;
    case QNetworkReply::HostNotFoundError: return HttpReply::Error::HostNotFound;
    case QNetworkReply::SslHandshakeFailedError: return HttpReply::Error::Tls;
    // Only a transfer timeout cancels a request behind our back (an abort() of ours is told apart).
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError: return HttpReply::Error::Timeout;
    default: break;
    }
    return HttpReply::Error::Other;
}

class QtExchange final : public HttpExchange
{
public:
    QtExchange(QNetworkReply* reply, qint64 maxBodyBytes, HttpBackend::Finished finished)
        : m_reply(reply)
        , m_maxBodyBytes(maxBodyBytes)
        , m_finished(std::move(finished))
    {
        m_connections[0] = QObject::connect(reply, &QNetworkReply::requestSent, [this] { m_requestSent = true; });
        if (maxBodyBytes >= 0) {
            m_connections[1] =
                QObject::connect(reply, &QNetworkReply::downloadProgress, [this](qint64 received, qint64) {
                    if (received > m_maxBodyBytes)
                        end(HttpReply::Error::TooLarge);
                });
        }
        m_connections[2] = QObject::connect(reply, &QNetworkReply::finished, [this] { end(HttpReply::Error::None); });
    }

    void abort() override { end(HttpReply::Error::Canceled); }

private:
    // Reports the reply (or `cut`, when this side ended it) and deletes this exchange.
    void end(HttpReply::Error cut)
    {
        HttpReply answer;
        answer.requestSent = m_requestSent;
        QNetworkReply* reply = m_reply;
        if (!reply) { // gone with its manager, as the program ends
            answer.error = HttpReply::Error::Canceled;
            finish(answer);
            return;
        }
        for (const QMetaObject::Connection& connection : m_connections)
            QObject::disconnect(connection); // Qt Network's own stay
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (cut != HttpReply::Error::None) {
            reply->abort();
            answer.error = cut;
            answer.errorText = cut == HttpReply::Error::TooLarge
                                   ? QStringLiteral("the answer is larger than %1 bytes").arg(m_maxBodyBytes)
                                   : QStringLiteral("Operation canceled");
        } else {
            if (reply->isOpen())
                answer.body = reply->readAll();
            answer.headers = reply->rawHeaderPairs();
            // An HTTP status is the answer: Qt's errors for 4xx and 5xx statuses are no network failure.
            if (reply->error() != QNetworkReply::NoError
                && (answer.status == 0 || reply->error() < QNetworkReply::ContentAccessDenied)) {
                answer.error = errorOf(reply->error());
                answer.errorText = reply->errorString();
            }
            if (m_maxBodyBytes >= 0 && answer.body.size() > m_maxBodyBytes) {
                answer.body.clear();
                answer.error = HttpReply::Error::TooLarge;
            }
        }
        reply->deleteLater();
        finish(answer);
    }

    void finish(const HttpReply& answer)
    {
        const HttpBackend::Finished finished = std::move(m_finished);
        delete this;
        finished(answer);
    }

    QPointer<QNetworkReply> m_reply;
    qint64 m_maxBodyBytes;
    HttpBackend::Finished m_finished;
    QMetaObject::Connection m_connections[3];
    bool m_requestSent = false;
};

class QtHttpBackend final : public HttpBackend
{
public:
    HttpExchange* start(const HttpRequest& request, Finished finished) override
    {
        QNetworkRequest out(request.url);
        for (const auto& [name, value] : request.headers)
            out.setRawHeader(name, value);
        out.setTransferTimeout(request.timeoutMs);
        out.setAttribute(QNetworkRequest::RedirectPolicyAttribute, request.redirects == HttpRequest::Redirects::None
                                                                       ? QNetworkRequest::ManualRedirectPolicy
                                                                       : QNetworkRequest::NoLessSafeRedirectPolicy);
        // As the AWS CLI: no cookies kept from one request to the next.
        out.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
        out.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
        QString trust; // whose certificates are trusted: the system's (empty), or a version of a CA bundle
        if (request.caBundle) {
            const QFileInfo file(*request.caBundle);
            trust = *request.caBundle + u'\n' + QString::number(file.lastModified().toMSecsSinceEpoch()) + u'\n'
                    + QString::number(file.size());
            out.setSslConfiguration(tlsFor(*request.caBundle, trust));
        }
        QNetworkAccessManager& network = managerFor(request.proxy, trust);
        QNetworkReply* reply = request.method == "GET"   ? network.get(out)
                               : request.method == "PUT" ? network.put(out, request.body)
                               : request.method == "POST"
                                   ? network.post(out, request.body)
                                   : network.sendCustomRequest(out, request.method, request.body);
        return new QtExchange(reply, request.maxBodyBytes, std::move(finished));
    }

private:
    // A manager keeps its connections open for the next request, which does not check the server's certificate
    // again: requests through another proxy or trusting other certificates get a manager of their own.
    QNetworkAccessManager& managerFor(const std::optional<HttpProxy>& proxy, const QString& trust)
    {
        QString key = trust;
        if (proxy)
            key += QStringLiteral("\n%1:%2:%3:%4").arg(proxy->host).arg(proxy->port).arg(proxy->user, proxy->password);
        std::unique_ptr<QNetworkAccessManager>& manager = m_managers[key];
        if (!manager) {
            if (m_managers.size() == 1) // the first
                qAddPostRoutine(&QtHttpBackend::deleteManagers);
            manager = std::make_unique<QNetworkAccessManager>();
            manager->setProxy(proxy ? QNetworkProxy(QNetworkProxy::HttpProxy, proxy->host, quint16(proxy->port),
                                                    proxy->user, proxy->password)
                                    : QNetworkProxy(QNetworkProxy::NoProxy));
        }
        return *manager;
    }

    // TLS that trusts only the bundle's certificates; a bundle holds hundreds, so it is read once per version.
    QSslConfiguration tlsFor(const QString& caBundle, const QString& version)
    {
        auto found = m_tls.find(version);
        if (found == m_tls.end()) {
            QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
            ssl.setCaCertificates(QSslCertificate::fromPath(caBundle, QSsl::Pem));
            found = m_tls.emplace(version, ssl).first;
        }
        return found->second;
    }

    // Called by the application object's destructor while it still exists: each manager's thread closes its kept
    // connections when the manager goes, and a TLS connection closed any later finds no application to report to.
    static void deleteManagers();

    std::map<QString, std::unique_ptr<QNetworkAccessManager>> m_managers;
    std::map<QString, QSslConfiguration> m_tls;
};

QtHttpBackend& theBackend()
{
    static QtHttpBackend backend;
    return backend;
}

void QtHttpBackend::deleteManagers()
{
    theBackend().m_managers.clear();
}

} // namespace

HttpBackend& qtHttpBackend()
{
    return theBackend();
}

} // namespace apm
