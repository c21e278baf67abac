// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// libFuzzer target: the three-way merge that keeps unsaved edits on top of another program's change, and the
// unified diff. The input is three texts separated by NUL bytes. Properties: when one side did not change, the
// merge is the other side; when both made the same change, it is that change; nothing crashes on any input.

#include "FuzzProperty.h"
#include "ini/LineDiff.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QList<QByteArray> parts = QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)).split('\0');
    const QByteArray base = parts.value(0);
    const QByteArray ours = parts.value(1);
    const QByteArray theirs = parts.value(2);
    REQUIRE(apm::LineDiff::merge(base, base, theirs) == theirs);
    REQUIRE(apm::LineDiff::merge(base, ours, base) == ours);
    REQUIRE(apm::LineDiff::merge(base, ours, ours) == ours);
    (void)apm::LineDiff::merge(base, ours, theirs); // must not crash
    (void)apm::LineDiff::unified(base, ours, QStringLiteral("a"), QStringLiteral("b"));
    return 0;
}
