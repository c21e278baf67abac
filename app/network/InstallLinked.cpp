// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "network/QtHttpBackend.h"

// Linked into a program (the window, the tests), this makes its requests go through Qt Network directly, instead of
// through the module the commands load.
namespace {
const bool installed = [] {
    apm::installHttpBackend(&apm::qtHttpBackend());
    return true;
}();
} // namespace
