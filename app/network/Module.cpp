// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "network/QtHttpBackend.h"

// The module apm-network: Qt Network behind HttpBackend, loaded by HttpCall on the first request of a program that
// does not link it in (the commands).
extern "C" Q_DECL_EXPORT apm::HttpBackend* apm_http_backend()
{
    return &apm::qtHttpBackend();
}
