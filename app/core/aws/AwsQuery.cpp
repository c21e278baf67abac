// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AwsQuery.h"

#include <QDateTime>
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
{}

void AwsQueryCall::start()
{
    m_attempt = 0;
    send();
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

    HttpRequest request = transport::request(signable.url, m_environment, m_settings.caBundle, m_settings.timeoutMs);
    request.method = "POST";
    request.headers = signable.headers;
    request.body = signable.body;
    delete m_call;
    m_call = new HttpCall(request, this);
    connect(m_call, &HttpCall::finished, this, &AwsQueryCall::onFinished);
}

void AwsQueryCall::onFinished(const HttpReply& reply)
{
    QueryAnswer answer = readAnswer(reply);
    answer.attempts = m_attempt;
    if (transport::retryable(answer)) {
        if (m_attempt < m_settings.maxAttempts) {
            QTimer::singleShot(transport::backoffMs(m_attempt), this, &AwsQueryCall::send);
            return;
        }
        answer.retriesExhausted = true;
    }
    Q_EMIT finished(answer);
}

QueryAnswer AwsQueryCall::readAnswer(const HttpReply& reply)
{
    QueryAnswer answer;
    answer.httpStatus = reply.status;
    if (answer.httpStatus == 0) {
        transport::readNetworkFailure(reply, answer);
        return answer;
    }
    readLeaves(reply.body, answer);
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
