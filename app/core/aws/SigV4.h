// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include "base/Credentials.h"

namespace apm {

/**
 * Signature Version 4, as botocore's SigV4Auth signs a request (the query APIs: STS, IAM): the canonical request
 * (path without dot segments and doubled slashes, percent-encoded; the query sorted; every header but Expect,
 * User-Agent and X-Amzn-Trace-Id, lower-cased, values trimmed; the body's SHA-256), the string to sign, the key
 * derived from the secret, date, region and service, and the Authorization header.
 */
class SigV4 final
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>; // in the order they are sent

    struct Request {
        QByteArray method = QByteArrayLiteral("POST");
        QUrl url;
        Headers headers;
        QByteArray body;
    };

    SigV4(ResolvedCredentials credentials, QString region, QString service);

    // Sets X-Amz-Date (from `now`), X-Amz-Security-Token when the credentials have a token, and Authorization,
    // replacing any earlier ones (a retry is signed again).
    void sign(Request& request, const QDateTime& now) const;

    // The steps, for tests and for telling a SignatureDoesNotMatch apart.
    [[nodiscard]] static QByteArray canonicalRequest(const Request& request);
    [[nodiscard]] QByteArray stringToSign(const Request& request, const QByteArray& timestamp) const;
    [[nodiscard]] QByteArray signature(const QByteArray& stringToSign, const QByteArray& timestamp) const;

    // 20260102T030405Z, as botocore's SIGV4_TIMESTAMP.
    [[nodiscard]] static QByteArray timestampOf(const QDateTime& now);

private:
    [[nodiscard]] QByteArray credentialScope(const QByteArray& timestamp) const;

    ResolvedCredentials m_credentials;
    QString m_region;
    QString m_service;
};

} // namespace apm
