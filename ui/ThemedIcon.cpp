// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ThemedIcon.h"

#include <QApplication>
#include <QFile>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QRegularExpression>
#include <QSvgRenderer>

namespace apm {

namespace {

// The grey the icons are drawn in, to be replaced by the palette's text colour.
constexpr QLatin1String kNeutral("#4a5568");

class ThemedIconEngine final : public QIconEngine
{
public:
    explicit ThemedIconEngine(QByteArray svg)
        : m_svg(std::move(svg))
    {}

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State) override
    {
        const QPalette palette = QApplication::palette();
        QByteArray svg = m_svg;
        if (mode == QIcon::Disabled) {
            static const QRegularExpression colour(QStringLiteral("#[0-9a-fA-F]{6}"));
            svg = QString::fromUtf8(svg)
                      .replace(colour, palette.color(QPalette::Disabled, QPalette::WindowText).name())
                      .toUtf8();
        } else {
            const QPalette::ColorRole role = mode == QIcon::Selected ? QPalette::HighlightedText : QPalette::WindowText;
            svg.replace(QByteArray(kNeutral.data(), kNeutral.size()), palette.color(role).name().toLatin1());
        }
        QSvgRenderer renderer(svg);
        renderer.render(painter, rect);
    }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(), size), mode, state);
        return pixmap;
    }

    QIconEngine* clone() const override { return new ThemedIconEngine(m_svg); }

private:
    QByteArray m_svg;
};

} // namespace

QIcon themedIcon(const QString& name)
{
    QFile file(QStringLiteral(":/icons/%1.svg").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QIcon(new ThemedIconEngine(file.readAll()));
}

} // namespace apm
