// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretClipboard.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QMimeData>
#include <QTimer>

namespace apm {

namespace {

QByteArray fingerprint(const QString& text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}

} // namespace

SecretClipboard::SecretClipboard(QObject* parent, std::chrono::milliseconds clearAfter)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(clearAfter);
    connect(m_timer, &QTimer::timeout, this, &SecretClipboard::clear);
}

std::chrono::milliseconds SecretClipboard::clearAfter() const
{
    return m_timer->intervalAsDuration();
}

void SecretClipboard::copy(const QString& secret)
{
    auto* data = new QMimeData;
    data->setText(secret);
    // KDE's Klipper and others keep no history of data carrying this hint.
    data->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    QGuiApplication::clipboard()->setMimeData(data);
    m_fingerprint = fingerprint(secret); // not the secret itself
    m_timer->start();
}

void SecretClipboard::clear()
{
    QClipboard* clipboard = QGuiApplication::clipboard();
    if (fingerprint(clipboard->text()) == m_fingerprint)
        clipboard->clear();
    m_fingerprint.clear();
    Q_EMIT cleared();
}

} // namespace apm
