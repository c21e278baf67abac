// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/Http.h"

namespace apm {

// HttpBackend over Qt Network: one access manager per proxy, so that connections to a host are kept and reused,
// CA bundles read once per version of the file, no cookies kept. Lives as long as the process.
[[nodiscard]] HttpBackend& qtHttpBackend();

} // namespace apm
