// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "UserEnvironment.h"

#include <QCoreApplication>

#ifdef Q_OS_WIN
#include <QSettings>

#include <windows.h>
#endif

namespace apm::cli {

std::optional<QString> setUserEnvironmentProfile(const std::optional<QString>& profile)
{
#ifdef Q_OS_WIN
    QSettings environment(QStringLiteral("HKEY_CURRENT_USER\\Environment"), QSettings::NativeFormat);
    if (profile)
        environment.setValue(QStringLiteral("AWS_PROFILE"), *profile);
    else
        environment.remove(QStringLiteral("AWS_PROFILE"));
    environment.sync();
    if (environment.status() != QSettings::NoError)
        return QCoreApplication::translate("apm::cli", "Could not change AWS_PROFILE in your user environment.");
    // As the System control panel does: programs that listen (Explorer) pass the new environment on.
    DWORD_PTR result = 0;
    SendMessageTimeoutW(HWND_BROADCAST, WM_SETTINGCHANGE, 0, reinterpret_cast<LPARAM>(L"Environment"), SMTO_ABORTIFHUNG,
                        2000, &result);
    return std::nullopt;
#else
    Q_UNUSED(profile)
    return QCoreApplication::translate("apm::cli",
                                       "--user-environment is for Windows only; here, shells follow the active "
                                       "profile through the hook of `aws-profile-manager shell-init`.");
#endif
}

} // namespace apm::cli
