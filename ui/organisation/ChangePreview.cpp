// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChangePreview.h"

#include "config/ProfileStore.h"
#include "ini/LineDiff.h"

namespace apm {

QString ChangePreview::configDiff(const ProfileStore& store, const QByteArray& text)
{
    const QString path = store.path(FileKind::Config);
    return LineDiff::unified(store.text(FileKind::Config), text, path, path + tr(" (after Apply)"));
}

QString ChangePreview::describeFailure(const QueryAnswer& failure, const QString& operation, const QString& session)
{
    switch (failure.failure) {
    case QueryAnswer::Failure::None: return {};
    case QueryAnswer::Failure::Service:
        if (failure.code == u"UnauthorizedException") {
            return tr("The portal did not accept your sign-in (%1): it expired or was revoked. Run aws sso login "
                      "--sso-session %2, then list again.")
                .arg(failure.message, session);
        }
        if (failure.retriesExhausted) {
            return tr("The portal still refused %1 after %2 attempts (%3: %4). Try again in a minute.")
                .arg(operation)
                .arg(failure.attempts)
                .arg(failure.code.isEmpty() ? QString::number(failure.httpStatus) : failure.code, failure.message);
        }
        return tr("The portal refused %1: %2: %3. Nothing changed.")
            .arg(operation, failure.code.isEmpty() ? QString::number(failure.httpStatus) : failure.code,
                 failure.message);
    case QueryAnswer::Failure::HostNotFound:
        return tr("The portal's host name does not resolve (%1): check your network, or AWS_ENDPOINT_URL_SSO.")
            .arg(failure.message);
    case QueryAnswer::Failure::Tls:
        return tr("The portal's certificate was not accepted (%1): check ca_bundle or AWS_CA_BUNDLE, or your proxy's "
                  "certificate.")
            .arg(failure.message);
    case QueryAnswer::Failure::Timeout: return tr("The portal did not answer in time: check your network or proxy.");
    case QueryAnswer::Failure::NoModule: return failure.message;
    case QueryAnswer::Failure::Network: break;
    }
    return tr("Could not reach the portal (%1): check your network connection, or the proxy in HTTPS_PROXY.")
        .arg(failure.message);
}

} // namespace apm
