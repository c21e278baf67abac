// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace apm {

// Where one of this program's modules (the keychain's, the network's) is looked for: beside the program in a build
// tree; in the package's library folder once installed, reached from the commands' folder (bin) or from the window's
// (libexec). Each path relative to the program's folder.
[[nodiscard]] QStringList moduleCandidates(const char* name, const char* fromBindir, const char* fromWindow);

// The entry point named `entry` in the first candidate that exists (the module stays loaded), or why there is none:
// the loader's words, or `notInstalled` with the candidates in place of %1.
struct ModuleEntry {
    QFunctionPointer entry = nullptr;
    QString failure;
};
[[nodiscard]] ModuleEntry loadModuleEntry(const QStringList& candidates, const char* entry,
                                          const QString& notInstalled);

} // namespace apm
