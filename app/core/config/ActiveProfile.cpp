// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActiveProfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace apm {

namespace {

// This file's messages, in one context whichever function asks: lupdate files an unqualified Messages::tr() under the
// enclosing class or namespace, which is not the context asked for at run time.
struct Messages {
    Q_DECLARE_TR_FUNCTIONS(apm::ActiveProfile)
};

} // namespace

ActiveProfile::ActiveProfile(const Environment& environment)
{
    QString base = environment.value(QStringLiteral("XDG_CONFIG_HOME")).value_or(QString());
    if (base.isEmpty() || QFileInfo(base).isRelative()) // the XDG rule: ignore a relative value
        base = environment.expandUser(QStringLiteral("~/.config"));
    m_path = base + QStringLiteral("/aws-profile-manager/active-profile");
}

std::optional<QString> ActiveProfile::read() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QString name = QString::fromUtf8(file.readLine()).trimmed();
    return name.isEmpty() ? std::nullopt : std::optional<QString>(name);
}

std::optional<QString> ActiveProfile::write(const QString& profile) const
{
    if (profile.contains(u'\n') || profile.contains(u'\r'))
        return Messages::tr("A profile name cannot contain a line break.");
    const QString folder = QFileInfo(m_path).absolutePath();
    if (!QDir(folder).exists()) {
        if (!QDir().mkpath(folder))
            return Messages::tr("Could not create %1.").arg(folder);
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return Messages::tr("Could not write %1: %2").arg(m_path, file.errorString());
    file.write((profile + u'\n').toUtf8());
    if (!file.commit())
        return Messages::tr("Could not write %1: %2").arg(m_path, file.errorString());
    return std::nullopt;
}

std::optional<QString> ActiveProfile::clear() const
{
    if (QFile::exists(m_path) && !QFile::remove(m_path))
        return Messages::tr("Could not remove %1.").arg(m_path);
    return std::nullopt;
}

} // namespace apm
