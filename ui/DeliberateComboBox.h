// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QComboBox>

namespace apm {

/**
 * A combo box for a choice that changes something outside the window (the shells' active profile): it changes
 * only when the user picks an entry. A mouse wheel passing over it scrolls what is under it instead, and the
 * arrow keys open the list rather than stepping through it.
 */
class DeliberateComboBox final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeliberateComboBox)

public:
    explicit DeliberateComboBox(QWidget* parent = nullptr);

protected:
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
};

} // namespace apm
