// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <functional>

#include <QHostAddress>
#include <QProcess>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include "base/Http.h"

// HttpCall through the backend a program links in (the commands' module is the same code, run by the CLI tests):
// what a caller relies on, against a server on 127.0.0.1 that answers each request from what it says (Qt may
// send a GET again on a kept connection, so a server that answered by order would not be what the tests check).
namespace {

class ScriptedServer
{
public:
    // The answer to a request (its bytes); an empty one leaves the request without an answer.
    using Answer = std::function<QByteArray(const QByteArray& request)>;

    explicit ScriptedServer(Answer answer)
        : m_answer(std::move(answer))
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                socket->setParent(&m_server);
                QObject::connect(socket, &QTcpSocket::readyRead, [this, socket] { serve(socket); });
            }
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }

    QString url(const QString& path = QStringLiteral("/")) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path);
    }
    quint16 port() const { return m_server.serverPort(); }
    const QList<QByteArray>& requests() const { return m_requests; }

private:
    void serve(QTcpSocket* socket)
    {
        QByteArray& pending = m_pending[socket];
        pending += socket->readAll();
        int end;
        while ((end = pending.indexOf("\r\n\r\n")) >= 0) {
            const QByteArray head = pending.left(end);
            qsizetype length = 0;
            for (const QByteArray& line : head.split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (pending.size() < end + 4 + length)
                return;
            m_requests.append(pending.left(end + 4 + length));
            pending.remove(0, end + 4 + length);
            socket->write(m_answer(m_requests.last()));
        }
    }

    QTcpServer m_server;
    Answer m_answer;
    QList<QByteArray> m_requests;
    QHash<QTcpSocket*, QByteArray> m_pending;
};

QByteArray answer(const QByteArray& status, const QByteArray& body, const QByteArray& headers = {})
{
    return "HTTP/1.1 " + status + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n" + headers + "\r\n"
           + body;
}

// A self-signed certificate for 127.0.0.1 and its key, as PEM files in `dir`.
bool makeCertificate(const QTemporaryDir& dir, const QString& name)
{
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", dir.filePath(name + "-key.pem"), "-out",
                   dir.filePath(name + ".pem"), "-days", "2", "-subj", "/CN=127.0.0.1", "-addext",
                   "subjectAltName=IP:127.0.0.1"});
    return openssl.waitForFinished(60000) && openssl.exitCode() == 0;
}

ScriptedServer::Answer always(const QByteArray& bytes)
{
    return [bytes](const QByteArray&) {
        return bytes;
    };
}

apm::HttpReply send(const apm::HttpRequest& request)
{
    apm::HttpCall call(request);
    QSignalSpy finished(&call, &apm::HttpCall::finished);
    if (!finished.wait(10000))
        qFatal("no answer");
    return finished.first().first().value<apm::HttpReply>();
}

} // namespace

Q_DECLARE_METATYPE(apm::HttpReply)

class HttpTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<apm::HttpReply>(); }

    void sendsTheRequestAndReadsTheAnswer()
    {
        ScriptedServer server(always(answer("201 Created", "hello", "X-Amzn-ErrorType: Nope:extra\r\n")));
        apm::HttpRequest request;
        request.method = "POST";
        request.url = QUrl(server.url(QStringLiteral("/a?b=c")));
        request.headers = {{"Content-Type", "text/plain"}, {"X-Test", "one"}};
        request.body = "payload";
        const apm::HttpReply reply = send(request);
        QCOMPARE(reply.status, 201);
        QCOMPARE(reply.error, apm::HttpReply::Error::None);
        QCOMPARE(reply.body, QByteArray("hello"));
        QCOMPARE(reply.header("x-amzn-errortype"), QByteArray("Nope:extra")); // without regard to case
        QVERIFY(reply.requestSent);
        QCOMPARE(server.requests().size(), 1);
        const QByteArray sent = server.requests().first();
        QVERIFY2(sent.startsWith("POST /a?b=c HTTP/1.1\r\n"), sent.constData());
        QVERIFY2(sent.contains("\r\nX-Test: one\r\n"), sent.constData());
        QVERIFY2(sent.endsWith("\r\n\r\npayload"), sent.constData());
    }

    // A 4xx or 5xx is an answer, not a network failure: its body is there to be read.
    void anErrorStatusIsAnAnswer()
    {
        ScriptedServer server(always(answer("404 Not Found", "<Error/>")));
        apm::HttpRequest request;
        request.url = QUrl(server.url());
        const apm::HttpReply reply = send(request);
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.error, apm::HttpReply::Error::None);
        QCOMPARE(reply.body, QByteArray("<Error/>"));
    }

    void redirectsAreFollowedOnlyWhenAsked()
    {
        ScriptedServer server([](const QByteArray& request) {
            return request.startsWith("GET /elsewhere ") ? answer("200 OK", "there")
                                                         : answer("301 Moved", "", "Location: /elsewhere\r\n");
        });
        apm::HttpRequest request;
        request.url = QUrl(server.url());
        QCOMPARE(send(request).status, 301);
        request.redirects = apm::HttpRequest::Redirects::FollowUnlessToHttp;
        const apm::HttpReply followed = send(request);
        QCOMPARE(followed.status, 200);
        QCOMPARE(followed.body, QByteArray("there"));
        QVERIFY(server.requests().last().startsWith("GET /elsewhere "));
    }

    // As the AWS CLI: a cookie one answer sets is not sent with the next request.
    void keepsNoCookies()
    {
        ScriptedServer server(always(answer("200 OK", "", "Set-Cookie: session=abc\r\n")));
        apm::HttpRequest request;
        request.url = QUrl(server.url());
        send(request);
        send(request);
        QCOMPARE(server.requests().size(), 2);
        QVERIFY2(!server.requests().last().toLower().contains("cookie"), server.requests().last().constData());
    }

    void goesThroughTheProxyItIsGiven()
    {
        ScriptedServer proxy(always(answer("200 OK", "via proxy")));
        apm::HttpRequest request;
        request.url = QUrl(QStringLiteral("http://service.invalid/path"));
        request.proxy = apm::HttpProxy::fromUrl(QStringLiteral("http://127.0.0.1:%1").arg(proxy.port()));
        const apm::HttpReply reply = send(request);
        QCOMPARE(reply.body, QByteArray("via proxy"));
        QVERIFY2(proxy.requests().first().startsWith("GET http://service.invalid/path HTTP/1.1"),
                 proxy.requests().first().constData());
    }

    void proxyFromAnEnvironmentUrl()
    {
        const apm::HttpProxy proxy = apm::HttpProxy::fromUrl(QStringLiteral("http://user:pa%20ss@proxy.example:3128"));
        QCOMPARE(proxy.host, QStringLiteral("proxy.example"));
        QCOMPARE(proxy.port, 3128);
        QCOMPARE(proxy.user, QStringLiteral("user"));
        QCOMPARE(proxy.password, QStringLiteral("pa ss"));
        QCOMPARE(apm::HttpProxy::fromUrl(QStringLiteral("proxy.example")).port, 80);
    }

    void aLongerAnswerIsAbandoned()
    {
        ScriptedServer server(always(answer("200 OK", QByteArray(5000, 'x'))));
        apm::HttpRequest request;
        request.url = QUrl(server.url());
        request.maxBodyBytes = 1000;
        const apm::HttpReply reply = send(request);
        QCOMPARE(reply.error, apm::HttpReply::Error::TooLarge);
        QVERIFY(reply.body.isEmpty());
    }

    // Nothing comes back: the timeout ends the request, after it went out (a read timeout).
    void silenceTimesOut()
    {
        ScriptedServer server(always({}));
        apm::HttpRequest request;
        request.url = QUrl(server.url());
        request.timeoutMs = 300;
        const apm::HttpReply reply = send(request);
        QCOMPARE(reply.status, 0);
        QCOMPARE(reply.error, apm::HttpReply::Error::Timeout);
        QVERIFY(reply.requestSent);
    }

    void nobodyListening()
    {
        quint16 closed;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            closed = probe.serverPort();
        }
        apm::HttpRequest request;
        request.url = QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(closed));
        const apm::HttpReply reply = send(request);
        QCOMPARE(reply.status, 0);
        QCOMPARE(reply.error, apm::HttpReply::Error::Other);
        QVERIFY(!reply.errorText.isEmpty());
    }

    // A connection kept open after one request is not checked again: a request that trusts other certificates must
    // not ride on it, or a server its CA bundle refuses would be answered.
    void aKeptConnectionServesOnlyTheSameTrust()
    {
        QTemporaryDir dir;
        QVERIFY(makeCertificate(dir, QStringLiteral("server")));
        QVERIFY(makeCertificate(dir, QStringLiteral("other")));
        QFile certificate(dir.filePath(QStringLiteral("server.pem")));
        QFile key(dir.filePath(QStringLiteral("server-key.pem")));
        QVERIFY(certificate.open(QIODevice::ReadOnly) && key.open(QIODevice::ReadOnly));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(QSslCertificate(&certificate, QSsl::Pem));
        tls.setPrivateKey(QSslKey(&key, QSsl::Rsa, QSsl::Pem));
        QSslServer server;
        server.setSslConfiguration(tls);
        int connections = 0;
        connect(&server, &QTcpServer::pendingConnectionAvailable, this, [&] {
            while (QTcpSocket* socket = server.nextPendingConnection()) {
                ++connections;
                socket->setParent(&server);
                connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    if (socket->readAll().contains("\r\n\r\n")) // keep-alive: the connection stays open
                        socket->write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
                });
            }
        });
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));

        apm::HttpRequest request;
        request.url = QUrl(QStringLiteral("https://127.0.0.1:%1/").arg(server.serverPort()));
        request.caBundle = dir.filePath(QStringLiteral("server.pem"));
        QCOMPARE(send(request).status, 200);
        QCOMPARE(send(request).status, 200);
        QCOMPARE(connections, 1); // kept and used again
        request.caBundle = dir.filePath(QStringLiteral("other.pem"));
        const apm::HttpReply refused = send(request);
        QCOMPARE(refused.status, 0);
        QCOMPARE(refused.error, apm::HttpReply::Error::Tls);
        request.caBundle.reset(); // the system's certificates do not know it either
        QCOMPARE(send(request).error, apm::HttpReply::Error::Tls);
    }

    // abort() answers at once, with Canceled; deleting a call says nothing at all.
    void abortAndDelete()
    {
        ScriptedServer server(always({}));
        apm::HttpRequest request;
        request.url = QUrl(server.url());
        apm::HttpCall call(request);
        QSignalSpy finished(&call, &apm::HttpCall::finished);
        QTRY_COMPARE(server.requests().size(), 1);
        QVERIFY(call.isRunning());
        call.abort();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().value<apm::HttpReply>().error, apm::HttpReply::Error::Canceled);
        QVERIFY(!call.isRunning());

        bool said = false;
        auto* deleted = new apm::HttpCall(request);
        connect(deleted, &apm::HttpCall::finished, this, [&said] { said = true; });
        QTRY_COMPARE(server.requests().size(), 2);
        delete deleted;
        // A request after it is answered: the deleted one's end, had it come, would have come first.
        ScriptedServer other(always(answer("200 OK", "")));
        request.url = QUrl(other.url());
        QCOMPARE(send(request).status, 200);
        QVERIFY(!said);
    }
};

QTEST_GUILESS_MAIN(HttpTest)
#include "HttpTest.moc"
