// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdio>
#include <cstdlib>

// A property of a fuzz target that does not hold: say which, then stop (libFuzzer keeps the input as a crash).
inline void requireProperty(bool condition, int line, const char* text)
{
    if (condition)
        return;
    std::fprintf(stderr, "property failed (line %d): %s\n", line, text);
    std::abort();
}
#define REQUIRE(condition) requireProperty((condition), __LINE__, #condition)
