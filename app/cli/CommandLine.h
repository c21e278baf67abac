// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QStringList>

#include "base/Environment.h"

namespace apm::cli {

// What a command printed, and its exit status (the AWS CLI's: 0 ok, 1 nothing found, 252 usage, 255 error).
struct Outcome {
    int status = 0;
    QByteArray out;
    QByteArray err;
};

// True when the arguments name a headless command (anything but no arguments at all).
[[nodiscard]] bool isHeadless(const QStringList& arguments);

// What happens to the loaded files when the command is done. A one-shot process can leave them to the OS,
// which frees 20,000 profiles far faster than their destructors.
enum class TearDown { Free, LeaveToProcessExit };

// Runs one headless command. arguments excludes the program name. Never touches the real process
// environment: everything comes from `environment`.
[[nodiscard]] Outcome run(const QStringList& arguments, const Environment& environment,
                          TearDown tearDown = TearDown::Free);

} // namespace apm::cli
