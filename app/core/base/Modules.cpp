// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Modules.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLibrary>

namespace apm {

QStringList moduleCandidates(const char* name, const char* fromBindir, const char* fromWindow)
{
    const QString here = QCoreApplication::applicationDirPath() + u'/';
    return {here + QLatin1StringView(name), here + QLatin1StringView(fromBindir), here + QLatin1StringView(fromWindow)};
}

ModuleEntry loadModuleEntry(const QStringList& candidates, const char* entry, const QString& notInstalled)
{
    ModuleEntry result;
    for (const QString& candidate : candidates) {
        if (!QFileInfo::exists(candidate))
            continue;
        QLibrary library(candidate);
        result.entry = library.resolve(entry); // the library stays loaded: QLibrary does not unload on destruction
        if (!result.entry)
            result.failure = library.errorString();
        return result;
    }
    result.failure = notInstalled.arg(candidates.join(u", "));
    return result;
}

} // namespace apm
