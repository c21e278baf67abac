// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Http.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

#include "base/Modules.h"

namespace apm {

namespace {

// This file's messages, in one context whichever function asks: lupdate files an unqualified Messages::tr() under the
// enclosing class or namespace, which is not the context asked for at run time.
struct Messages {
    Q_DECLARE_TR_FUNCTIONS(apm::HttpCall)
};

HttpBackend* g_installed = nullptr;

// The module, loaded once per process: its backend, or why it could not be loaded.
struct LoadedModule {
    HttpBackend* backend = nullptr;
    QString failure;
};

const LoadedModule& loadModule()
{
    static const LoadedModule loaded = [] {
        const QStringList candidates =
            moduleCandidates(APM_NETWORK_MODULE_NAME, APM_NETWORK_FROM_BINDIR, APM_NETWORK_FROM_WINDOW);
        const ModuleEntry module = loadModuleEntry(candidates, kHttpBackendEntry,
                                                   Messages::tr("the network module is not installed (looked for %1)"));
        return LoadedModule{module.entry ? reinterpret_cast<HttpBackendEntry>(module.entry)() : nullptr,
                            module.failure};
    }();
    return loaded;
}

} // namespace

HttpProxy HttpProxy::fromUrl(const QString& url)
{
    const QUrl parsed = QUrl::fromUserInput(url);
    return HttpProxy{parsed.host(), parsed.port(80), parsed.userName(), parsed.password()};
}

QByteArray HttpReply::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

void installHttpBackend(HttpBackend* backend)
{
    g_installed = backend;
}

HttpCall::HttpCall(const HttpRequest& request, QObject* parent)
    : QObject(parent)
{
    HttpBackend* backend = g_installed ? g_installed : loadModule().backend;
    if (!backend) {
        HttpReply reply;
        reply.error = HttpReply::Error::NoModule;
        reply.errorText =
            Messages::tr("No request can be sent: %1. Reinstall aws-profile-manager.").arg(loadModule().failure);
        QTimer::singleShot(0, this, [this, reply] { Q_EMIT finished(reply); });
        return;
    }
    m_exchange = backend->start(request, [self = QPointer<HttpCall>(this)](const HttpReply& reply) {
        if (!self)
            return;
        self->m_exchange = nullptr;
        if (!self->m_silent)
            Q_EMIT self->finished(reply);
    });
}

HttpCall::~HttpCall()
{
    m_silent = true;
    abort();
}

void HttpCall::abort()
{
    if (m_exchange)
        m_exchange->abort();
}

} // namespace apm
