// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// An instance metadata service for tests, on 127.0.0.1 (port 0), with the faults people meet in real life.
// It speaks just enough HTTP/1.1 for Qt and for botocore (urllib3): keep-alive, Content-Length bodies, and
// requests in absolute form when it stands in for a proxy.

#include <QDateTime>
#include <QHostAddress>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace apm::test {

class FakeImdsServer
{
public:
    enum class Mode {
        HealthyV2, // token, role, credentials, zone
        V1Only403, // token PUT answered 403 (IMDSv2 not supported): fall back to v1
        V1Only404,
        V1Only405,
        TokenHangs, // the token PUT never gets an answer (read timeout)
        Slow,       // every answer comes after 3 seconds
        NoRole,     // 404 for the role list
        MalformedDocument,
        OversizedDocument,
        MissingFields,   // the document lacks Token
        Expired,         // Expiration in the past
        ExpiresSoon,     // Expiration two minutes after the request
        Redirect,        // every GET answers 301 to another path
        Error500ThenOk,  // the first two requests get 500
        TokenBadRequest, // 400 on the token PUT
        V2Required,      // GETs without a token get 401
        SwallowingProxy, // a proxy that answers 502 to everything
        Silent,          // accepts connections and never answers
    };

    struct Request {
        QByteArray method;
        QByteArray path;
        bool hasToken = false;
        QByteArray authorization;
    };

    explicit FakeImdsServer(Mode mode)
        : m_mode(mode)
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                socket->setParent(&m_server);
                QObject::connect(socket, &QTcpSocket::readyRead, [this, socket] { serve(socket); });
            }
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }

    quint16 port() const { return m_server.serverPort(); }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1/").arg(port()); }
    const QList<Request>& requests() const { return m_requests; }

    // The same for every server of a test run: tomorrow at noon, UTC.
    static QDateTime validUntil()
    {
        return QDateTime(QDateTime::currentDateTimeUtc().date().addDays(1), QTime(12, 0), Qt::UTC);
    }

    static QByteArray document(const QDateTime& expiration)
    {
        return "{\"Code\": \"Success\", \"LastUpdated\": \"2026-11-29T00:00:00Z\", \"Type\": \"AWS-HMAC\", "
               "\"AccessKeyId\": \"ASIAFAKEIMDS0001\", \"SecretAccessKey\": \"fake-imds-secret\", "
               "\"Token\": \"fake-imds-token\", \"Expiration\": \""
               + expiration.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")).toUtf8() + "\"}";
    }

private:
    void serve(QTcpSocket* socket)
    {
        QByteArray& buffer = m_buffers[socket];
        buffer += socket->readAll();
        qsizetype end;
        while ((end = buffer.indexOf("\r\n\r\n")) >= 0) {
            const QByteArray head = buffer.left(end);
            qsizetype length = 0;
            for (const QByteArray& line : head.split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (buffer.size() < end + 4 + length)
                return;
            buffer.remove(0, end + 4 + length);
            const QList<QByteArray> first = head.left(head.indexOf("\r\n")).split(' ');
            Request request{first.value(0), first.value(1), head.toLower().contains("x-aws-ec2-metadata-token:"), {}};
            for (const QByteArray& line : head.split('\n')) {
                if (line.toLower().startsWith("authorization:"))
                    request.authorization = line.mid(14).trimmed();
            }
            // Absolute form, when we are someone's proxy.
            if (request.path.startsWith("http://"))
                request.path = request.path.mid(request.path.indexOf('/', 7));
            m_requests.append(request);
            respond(socket, request);
        }
    }

    void send(QTcpSocket* socket, int status, const QByteArray& body, const QByteArray& extra = {})
    {
        const QByteArray reason = status == 200 ? "OK" : status == 301 ? "Moved Permanently" : "Error";
        const QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + " " + reason
                                    + "\r\nContent-Type: text/plain\r\nContent-Length: "
                                    + QByteArray::number(body.size()) + "\r\n" + extra + "\r\n" + body;
        if (m_mode == Mode::Slow) {
            QTimer::singleShot(3000, socket, [socket, response] { socket->write(response); });
            return;
        }
        socket->write(response);
    }

    void respond(QTcpSocket* socket, const Request& r)
    {
        const bool put = r.method == "PUT";
        if (m_mode == Mode::Silent || (put && m_mode == Mode::TokenHangs))
            return;
        if (m_mode == Mode::SwallowingProxy)
            return send(socket, 502, "Bad Gateway: the proxy cannot reach the metadata service");
        if (m_mode == Mode::Error500ThenOk && m_requests.size() <= 2)
            return send(socket, 500, "Internal Server Error");
        if (put) {
            switch (m_mode) {
            case Mode::V1Only403: return send(socket, 403, "");
            case Mode::V1Only404: return send(socket, 404, "");
            case Mode::V1Only405: return send(socket, 405, "");
            case Mode::TokenBadRequest: return send(socket, 400, "");
            default: return send(socket, 200, "FAKE-IMDS-TOKEN");
            }
        }
        if (m_mode == Mode::V2Required && !r.hasToken)
            return send(socket, 401, "");
        if (m_mode == Mode::Redirect)
            return send(socket, 301, "", "Location: " + url().toUtf8() + "elsewhere\r\n");
        // The container credentials endpoint (AWS_CONTAINER_CREDENTIALS_FULL_URI), with the same faults.
        if (r.path == "/container-credentials") {
            switch (m_mode) {
            case Mode::NoRole: return send(socket, 404, "no task role");
            case Mode::MalformedDocument: return send(socket, 200, "{\"AccessKeyId\": ");
            case Mode::MissingFields: {
                QByteArray doc = document(validUntil());
                doc.replace("\"Token\"", "\"NotToken\"");
                return send(socket, 200, doc);
            }
            default: return send(socket, 200, document(validUntil()).replace("ASIAFAKEIMDS", "ASIAFAKECONT"));
            }
        }
        if (r.path == "/latest/meta-data/iam/security-credentials/")
            return m_mode == Mode::NoRole ? send(socket, 404, "") : send(socket, 200, "fake-role");
        if (r.path == "/latest/meta-data/iam/security-credentials/fake-role") {
            switch (m_mode) {
            case Mode::MalformedDocument: return send(socket, 200, "{\"AccessKeyId\": ");
            case Mode::OversizedDocument: return send(socket, 200, QByteArray(2 * 1024 * 1024, ' ') + "{}");
            case Mode::MissingFields: {
                QByteArray doc = document(validUntil());
                doc.replace("\"Token\"", "\"NotToken\"");
                return send(socket, 200, doc);
            }
            case Mode::Expired: return send(socket, 200, document(QDateTime::currentDateTimeUtc().addSecs(-3600)));
            case Mode::ExpiresSoon: return send(socket, 200, document(QDateTime::currentDateTimeUtc().addSecs(120)));
            default: return send(socket, 200, document(validUntil()));
            }
        }
        if (r.path == "/latest/meta-data/placement/availability-zone/")
            return send(socket, 200, "eu-north-1b");
        send(socket, 404, "");
    }

    Mode m_mode;
    QTcpServer m_server;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    QList<Request> m_requests;
};

} // namespace apm::test
