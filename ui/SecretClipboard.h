// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>

#include <QObject>

class QTimer;

namespace apm {

// Puts a secret on the clipboard for a while: after `clearAfter` (30 s) the clipboard is emptied, unless
// something else was copied since. The copy carries the hint clipboard managers use to keep no history of it.
class SecretClipboard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretClipboard)

public:
    explicit SecretClipboard(QObject* parent = nullptr,
                             std::chrono::milliseconds clearAfter = std::chrono::seconds(30));

    void copy(const QString& secret);
    [[nodiscard]] std::chrono::milliseconds clearAfter() const;

Q_SIGNALS:
    void cleared();

private:
    void clear();

    QTimer* m_timer;
    QByteArray m_fingerprint; // of what we copied, to know whether it is still ours
};

} // namespace apm
