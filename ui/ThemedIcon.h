// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>

namespace apm {

// One of our toolbar icons (":/icons/<name>.svg"), drawn in the application's palette each time it is painted:
// its neutral grey takes the text colour, and the disabled icon is drawn whole in the disabled text colour. So
// an enabled icon reads on a dark theme as on a light one, and a disabled one always looks dimmer, never
// brighter (a fixed grey does neither on a dark background).
[[nodiscard]] QIcon themedIcon(const QString& name);

} // namespace apm
