// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QHash>
#include <QProcessEnvironment>
#include <QString>

namespace apm {

/**
 * A snapshot of what the AWS CLI would see: environment variables plus the global options --profile, --region
 * and --output. Built from the real process or edited freely (what-if); a value type, cheap to copy.
 * A variable that is set but empty is a value: value() returns an empty string, not nullopt.
 */
class Environment final
{
public:
    Environment() = default;
    [[nodiscard]] static Environment fromProcess();

    [[nodiscard]] std::optional<QString> value(const QString& name) const;
    [[nodiscard]] bool contains(const QString& name) const { return m_vars.contains(name); }
    void set(const QString& name, const QString& value) { m_vars.insert(name, value); }
    void unset(const QString& name) { m_vars.remove(name); }
    [[nodiscard]] const QHash<QString, QString>& variables() const { return m_vars; }
    // The variables, for a child process (which sees these and nothing else).
    [[nodiscard]] QProcessEnvironment toProcessEnvironment() const;

    // Global options; an empty option counts as not given, as in the AWS CLI.
    std::optional<QString> profileOption;
    std::optional<QString> regionOption;
    std::optional<QString> outputOption;

    // The profile the CLI uses: --profile, then AWS_PROFILE, then AWS_DEFAULT_PROFILE (present, even empty).
    [[nodiscard]] std::optional<QString> selectedProfile() const;
    // os.path.expanduser and os.path.expandvars, as Python applies them with this environment.
    [[nodiscard]] QString expandUser(const QString& path) const;
    [[nodiscard]] QString expandVars(const QString& path) const;
    // The proxy urllib picks for a URL of `scheme` ("http" or "https") to `host`: http_proxy or https_proxy (the lower
    // case first), unless NO_PROXY (no_proxy first) exempts the host. `variable` says which one was set; an empty
    // proxy with a variable named means NO_PROXY exempted the host.
    struct ProxyChoice {
        QString proxy;    // the variable's value, or empty: go directly
        QString variable; // HTTPS_PROXY / HTTP_PROXY, as a person would name it; empty when none is set
    };
    [[nodiscard]] ProxyChoice proxyFor(const QString& scheme, const QString& host) const;

    bool operator==(const Environment& other) const;

private:
    QHash<QString, QString> m_vars;
};

} // namespace apm
