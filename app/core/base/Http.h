// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <optional>

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QUrl>

namespace apm {

// An HTTP proxy, from the URL an environment variable gives (http://user:password@host:port; port 80 if none).
struct HttpProxy {
    QString host;
    int port = 80;
    QString user;
    QString password;

    [[nodiscard]] static HttpProxy fromUrl(const QString& url);
};

// One HTTP request, with the way out decided by the caller: nothing comes from the system's proxy settings.
struct HttpRequest {
    enum class Redirects { None, FollowUnlessToHttp }; // never from https to http

    QByteArray method = "GET";
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    std::optional<HttpProxy> proxy;  // none: directly
    std::optional<QString> caBundle; // trust only the certificates in this PEM file
    int timeoutMs = 0;               // the request fails when nothing moves for this long; 0: never
    Redirects redirects = Redirects::None;
    qint64 maxBodyBytes = -1; // a longer answer is abandoned (Error::TooLarge); -1: no limit
};

// What came back. Without an HTTP status, `error` says why.
struct HttpReply {
    // NoModule: this program cannot make requests at all (the network module is missing); errorText says so.
    enum class Error { None, HostNotFound, Tls, Timeout, Canceled, TooLarge, NoModule, Other };

    int status = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    Error error = Error::None;
    QString errorText;        // the network's words, for people
    bool requestSent = false; // the request had gone out: a timeout after it is a read timeout

    // The first header of that name, compared without case; empty when there is none.
    [[nodiscard]] QByteArray header(const QByteArray& name) const;
};

/**
 * One exchange in flight, as the network module runs it. abort() ends it at once: `finished` is called with
 * Error::Canceled before abort() returns. The exchange deletes itself after calling `finished`.
 */
class HttpExchange
{
public:
    virtual void abort() = 0;

protected:
    ~HttpExchange() = default;
};

/**
 * HTTP as the module apm-network offers it. Only that module links Qt Network (and with it Kerberos, libproxy,
 * brotli and their kin), so the commands that never go on the network never load them: HttpCall loads the module
 * on the first request. The window and the tests link the same implementation in (installHttpBackend). The interface
 * is this header's structures alone.
 */
class HttpBackend
{
public:
    using Finished = std::function<void(const HttpReply&)>;
    // Sends `request`; `finished` is called once, from the event loop (or from abort()).
    virtual HttpExchange* start(const HttpRequest& request, Finished finished) = 0;

protected:
    ~HttpBackend() = default;
};

// The module's one entry point, looked up by this name.
using HttpBackendEntry = HttpBackend* (*)();
inline constexpr const char* kHttpBackendEntry = "apm_http_backend";

// Uses `backend` for every request from now on instead of loading the module (a program that links it in).
void installHttpBackend(HttpBackend* backend);

/**
 * One request, sent when constructed: finished() follows once, from the event loop, also when the network module
 * cannot be loaded (Error::NoModule, saying so). abort() ends it with Error::Canceled, finished() included; deleting
 * the call abandons the request without a signal.
 */
class HttpCall final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpCall)

public:
    explicit HttpCall(const HttpRequest& request, QObject* parent = nullptr);
    ~HttpCall() override;

    void abort();
    [[nodiscard]] bool isRunning() const { return m_exchange != nullptr; }

Q_SIGNALS:
    void finished(const apm::HttpReply& reply);

private:
    HttpExchange* m_exchange = nullptr;
    bool m_silent = false; // being deleted: the exchange's end is nobody's business
};

} // namespace apm
