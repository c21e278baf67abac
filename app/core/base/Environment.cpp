// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Environment.h"

#include <pwd.h>
#include <unistd.h>

#include <QProcessEnvironment>

namespace apm {

namespace {

QString passwdHome(const QString& user)
{
    struct passwd* pw = user.isEmpty() ? getpwuid(getuid()) : getpwnam(user.toLocal8Bit().constData());
    return pw && pw->pw_dir ? QString::fromLocal8Bit(pw->pw_dir) : QString();
}

bool isWordChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_';
}

} // namespace

Environment Environment::fromProcess()
{
    Environment env;
    const QProcessEnvironment system = QProcessEnvironment::systemEnvironment();
    for (const QString& key : system.keys())
        env.m_vars.insert(key, system.value(key));
    return env;
}

std::optional<QString> Environment::value(const QString& name) const
{
    const auto it = m_vars.constFind(name);
    if (it == m_vars.cend())
        return std::nullopt;
    return *it;
}

std::optional<QString> Environment::selectedProfile() const
{
    if (profileOption && !profileOption->isEmpty())
        return profileOption;
    if (auto v = value(QStringLiteral("AWS_PROFILE")))
        return v;
    return value(QStringLiteral("AWS_DEFAULT_PROFILE"));
}

QString Environment::expandUser(const QString& path) const
{
    if (!path.startsWith(u'~'))
        return path;
    qsizetype slash = path.indexOf(u'/', 1);
    if (slash < 0)
        slash = path.size();
    QString home;
    if (slash == 1)
        home = contains(QStringLiteral("HOME")) ? *value(QStringLiteral("HOME")) : passwdHome(QString());
    else
        home = passwdHome(path.mid(1, slash - 1));
    if (home.isNull() && slash != 1)
        return path;
    while (home.endsWith(u'/'))
        home.chop(1);
    const QString expanded = home + path.mid(slash);
    return expanded.isEmpty() ? QStringLiteral("/") : expanded;
}

QString Environment::expandVars(const QString& path) const
{
    // posixpath.expandvars: $name or ${name}; unknown variables are left as they are.
    if (!path.contains(u'$'))
        return path;
    QString out;
    qsizetype i = 0;
    while (i < path.size()) {
        if (path[i] != u'$') {
            out += path[i++];
            continue;
        }
        qsizetype end = i + 1;
        QString name;
        if (end < path.size() && path[end] == u'{') {
            const qsizetype close = path.indexOf(u'}', end + 1);
            if (close < 0) {
                out += path[i++];
                continue;
            }
            name = path.mid(end + 1, close - end - 1);
            end = close + 1;
        } else {
            while (end < path.size() && isWordChar(path[end]))
                ++end;
            name = path.mid(i + 1, end - i - 1);
            if (name.isEmpty()) {
                out += path[i++];
                continue;
            }
        }
        if (const auto v = value(name))
            out += *v;
        else
            out += path.mid(i, end - i);
        i = end;
    }
    return out;
}

bool Environment::operator==(const Environment& other) const
{
    return m_vars == other.m_vars && profileOption == other.profileOption && regionOption == other.regionOption
           && outputOption == other.outputOption;
}

Environment::ProxyChoice Environment::proxyFor(const QString& scheme, const QString& host) const
{
    const QString variable = scheme == u"https" ? QStringLiteral("https_proxy") : QStringLiteral("http_proxy");
    std::optional<QString> proxy = value(variable);
    if (!proxy || proxy->isEmpty())
        proxy = value(variable.toUpper());
    if (!proxy || proxy->isEmpty())
        return {};
    // urllib's proxy_bypass_environment.
    const auto noProxy =
        contains(QStringLiteral("no_proxy")) ? value(QStringLiteral("no_proxy")) : value(QStringLiteral("NO_PROXY"));
    auto exempt = [&noProxy, &host] {
        if (!noProxy)
            return false;
        if (noProxy->trimmed() == u"*")
            return true;
        for (QString entry : noProxy->split(u',')) {
            entry = entry.trimmed();
            while (entry.startsWith(u'.'))
                entry.remove(0, 1);
            if (entry.isEmpty())
                continue;
            if (host.compare(entry, Qt::CaseInsensitive) == 0 || host.endsWith(u'.' + entry, Qt::CaseInsensitive))
                return true;
        }
        return false;
    };
    return {exempt() ? QString() : *proxy, variable.toUpper()};
}

QProcessEnvironment Environment::toProcessEnvironment() const
{
    QProcessEnvironment child;
    for (auto it = m_vars.cbegin(); it != m_vars.cend(); ++it)
        child.insert(it.key(), it.value());
    return child;
}

} // namespace apm
