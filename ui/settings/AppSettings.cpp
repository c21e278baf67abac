// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppSettings.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QPalette>
#include <QPointer>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QTranslator>

namespace apm {

namespace {

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xdf, 0xe1, 0xe5);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0x35, 0x74, 0xf0));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xa6, 0xff));
    p.setColor(QPalette::PlaceholderText, QColor(0x8c, 0x8f, 0x94));
    for (auto role : {QPalette::Text, QPalette::WindowText, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x7a, 0x7c, 0x80));
    p.setColor(QPalette::Disabled, QPalette::Base, window); // a disabled field must not look like one to type in
    return p;
}

} // namespace

AppSettings AppSettings::load()
{
    const QSettings s;
    AppSettings a;
    a.configFile = s.value(QStringLiteral("files/config")).toString();
    a.credentialsFile = s.value(QStringLiteral("files/credentials")).toString();
    a.language = s.value(QStringLiteral("ui/language")).toString();
    const QString theme = s.value(QStringLiteral("ui/theme")).toString();
    a.theme = theme == u"light" ? Theme::Light : theme == u"dark" ? Theme::Dark : Theme::System;
    return a;
}

void AppSettings::save() const
{
    QSettings s;
    s.setValue(QStringLiteral("files/config"), configFile);
    s.setValue(QStringLiteral("files/credentials"), credentialsFile);
    s.setValue(QStringLiteral("ui/language"), language);
    s.setValue(QStringLiteral("ui/theme"), theme == Theme::Light  ? QStringLiteral("light")
                                           : theme == Theme::Dark ? QStringLiteral("dark")
                                                                  : QStringLiteral("system"));
}

Environment AppSettings::applyTo(Environment environment) const
{
    if (!configFile.isEmpty())
        environment.set(QStringLiteral("AWS_CONFIG_FILE"), configFile);
    if (!credentialsFile.isEmpty())
        environment.set(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), credentialsFile);
    return environment;
}

void AppSettings::applyTo(QApplication& app) const
{
    // One translator of ours at a time: a new language replaces the one installed before.
    static QPointer<QTranslator> installed;
    if (installed) {
        QCoreApplication::removeTranslator(installed);
        delete installed;
    }
    auto* translator = new QTranslator(&app);
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    if (translator->load(locale, QStringLiteral("aws-profile-manager"), QStringLiteral("_"),
                         QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(translator);
        installed = translator;
    } else {
        delete translator;
    }

    // Qt 6.4 has no colour-scheme switch of its own: Fusion with a palette does it everywhere. "System" leaves the
    // platform's style and palette alone, which is how the desktop's light or dark setting comes through.
    static const QString platformStyle = app.style()->name();
    static const QPalette platformPalette = app.palette();
    switch (theme) {
    case Theme::System:
        QApplication::setStyle(QStyleFactory::create(platformStyle));
        QApplication::setPalette(platformPalette);
        break;
    case Theme::Light:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    case Theme::Dark:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
        break;
    }
}

bool AppSettings::operator==(const AppSettings& other) const
{
    return configFile == other.configFile && credentialsFile == other.credentialsFile && language == other.language
           && theme == other.theme;
}

} // namespace apm
