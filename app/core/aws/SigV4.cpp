// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SigV4.h"

#include <algorithm>
#include <map>

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

namespace apm {

namespace {

QByteArray sha256Hex(const QByteArray& data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QByteArray hmac(const QByteArray& key, const QByteArray& message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

// Python's urllib.parse.quote: every byte but letters, digits, "_.-~" and `safe` percent-encoded, in capitals.
QByteArray quote(const QByteArray& text, const char* safe)
{
    return text.toPercentEncoding(safe);
}

// botocore's remove_dot_segments: RFC 3986 5.2.4, and consecutive slashes made one.
QByteArray removeDotSegments(const QByteArray& path)
{
    if (path.isEmpty())
        return {};
    QList<QByteArray> out;
    for (const QByteArray& segment : path.split('/')) {
        if (segment.isEmpty() || segment == ".")
            continue;
        if (segment == "..") {
            if (!out.isEmpty())
                out.removeLast();
        } else {
            out.append(segment);
        }
    }
    const QByteArray first = path.startsWith('/') ? QByteArrayLiteral("/") : QByteArray();
    const QByteArray last = path.endsWith('/') && !out.isEmpty() ? QByteArrayLiteral("/") : QByteArray();
    return first + out.join('/') + last;
}

// The URL's path as botocore takes it from urlsplit: still percent-encoded as sent, then normalised and quoted.
QByteArray canonicalPath(const QUrl& url)
{
    const QByteArray path = url.path(QUrl::FullyEncoded).toUtf8();
    return quote(path.isEmpty() ? QByteArrayLiteral("/") : removeDotSegments(path), "/~");
}

// _canonical_query_string_url: the pairs as they are in the URL, sorted by key and then value, not re-encoded.
QByteArray canonicalQuery(const QUrl& url)
{
    const QByteArray query = url.query(QUrl::FullyEncoded).toUtf8();
    if (query.isEmpty())
        return {};
    QList<QPair<QByteArray, QByteArray>> pairs;
    for (const QByteArray& pair : query.split('&')) {
        const qsizetype equals = pair.indexOf('=');
        pairs.append(equals < 0 ? qMakePair(pair, QByteArray()) : qMakePair(pair.left(equals), pair.mid(equals + 1)));
    }
    std::sort(pairs.begin(), pairs.end());
    QList<QByteArray> joined;
    for (const auto& [key, value] : pairs)
        joined.append(key + '=' + value);
    return joined.join('&');
}

// _host_from_url: lower-case host, the port only when it is not the scheme's default.
QByteArray hostOf(const QUrl& url)
{
    QByteArray host = url.host(QUrl::FullyEncoded).toLower().toUtf8();
    if (host.contains(':'))
        host = '[' + host + ']';
    const int port = url.port();
    const int standard = url.scheme() == u"https" ? 443 : url.scheme() == u"http" ? 80 : -1;
    if (port >= 0 && port != standard)
        host += ':' + QByteArray::number(port);
    return host;
}

// Python's ' '.join(value.split()): whitespace runs made one space, none at the ends.
QByteArray trimAll(const QByteArray& value)
{
    return value.simplified();
}

// botocore's SIGNED_HEADERS_BLACKLIST, and the signature itself: sign() removes an old one before signing, so a
// signed request reads as it was signed.
bool isSigned(const QByteArray& lowerName)
{
    return lowerName != "expect" && lowerName != "user-agent" && lowerName != "x-amzn-trace-id"
           && lowerName != "authorization";
}

// headers_to_sign: lower-cased names, their values in order (a repeated header keeps every value), Host added.
std::map<QByteArray, QList<QByteArray>> headersToSign(const SigV4::Request& request)
{
    std::map<QByteArray, QList<QByteArray>> headers;
    for (const auto& [name, value] : request.headers) {
        const QByteArray lower = name.toLower();
        if (isSigned(lower))
            headers[lower].append(value);
    }
    if (headers.find("host") == headers.end())
        headers["host"].append(hostOf(request.url));
    return headers;
}

QByteArray signedHeaders(const std::map<QByteArray, QList<QByteArray>>& headers)
{
    QList<QByteArray> names;
    for (const auto& header : headers)
        names.append(header.first.trimmed());
    return names.join(';');
}

void removeHeader(SigV4::Headers& headers, const QByteArray& name)
{
    headers.removeIf([&name](const auto& header) { return header.first.compare(name, Qt::CaseInsensitive) == 0; });
}

} // namespace

SigV4::SigV4(ResolvedCredentials credentials, QString region, QString service)
    : m_credentials(std::move(credentials))
    , m_region(std::move(region))
    , m_service(std::move(service))
{}

QByteArray SigV4::timestampOf(const QDateTime& now)
{
    return now.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

QByteArray SigV4::canonicalRequest(const Request& request)
{
    const auto headers = headersToSign(request);
    QByteArray canonicalHeaders;
    for (const auto& [name, values] : headers) {
        QList<QByteArray> trimmed;
        for (const QByteArray& value : values)
            trimmed.append(trimAll(value));
        canonicalHeaders += name + ':' + trimmed.join(',') + '\n';
    }
    return request.method.toUpper() + '\n' + canonicalPath(request.url) + '\n' + canonicalQuery(request.url) + '\n'
           + canonicalHeaders + '\n' + signedHeaders(headers) + '\n' + sha256Hex(request.body);
}

QByteArray SigV4::credentialScope(const QByteArray& timestamp) const
{
    return timestamp.left(8) + '/' + m_region.toUtf8() + '/' + m_service.toUtf8() + QByteArrayLiteral("/aws4_request");
}

QByteArray SigV4::stringToSign(const Request& request, const QByteArray& timestamp) const
{
    return QByteArrayLiteral("AWS4-HMAC-SHA256\n") + timestamp + '\n' + credentialScope(timestamp) + '\n'
           + sha256Hex(canonicalRequest(request));
}

QByteArray SigV4::signature(const QByteArray& stringToSign, const QByteArray& timestamp) const
{
    const QByteArray date = hmac("AWS4" + m_credentials.secretKey.toUtf8(), timestamp.left(8));
    const QByteArray region = hmac(date, m_region.toUtf8());
    const QByteArray service = hmac(region, m_service.toUtf8());
    const QByteArray signing = hmac(service, QByteArrayLiteral("aws4_request"));
    return hmac(signing, stringToSign).toHex();
}

void SigV4::sign(Request& request, const QDateTime& now) const
{
    const QByteArray timestamp = timestampOf(now);
    for (const QByteArray& name : {QByteArrayLiteral("Authorization"), QByteArrayLiteral("X-Amz-Date"),
                                   QByteArrayLiteral("X-Amz-Security-Token")})
        removeHeader(request.headers, name);
    request.headers.append({QByteArrayLiteral("X-Amz-Date"), timestamp});
    if (m_credentials.token)
        request.headers.append({QByteArrayLiteral("X-Amz-Security-Token"), m_credentials.token->toUtf8()});
    const QByteArray toSign = stringToSign(request, timestamp);
    const QByteArray authorization = QByteArrayLiteral("AWS4-HMAC-SHA256 Credential=")
                                     + m_credentials.accessKey.toUtf8() + '/' + credentialScope(timestamp)
                                     + QByteArrayLiteral(", SignedHeaders=") + signedHeaders(headersToSign(request))
                                     + QByteArrayLiteral(", Signature=") + signature(toSign, timestamp);
    request.headers.append({QByteArrayLiteral("Authorization"), authorization});
}

} // namespace apm
