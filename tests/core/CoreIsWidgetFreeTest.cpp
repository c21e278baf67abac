// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

// The core library must stay free of Qt Widgets and Qt Gui (CMake also checks at configure time; this test
// covers files added without touching the CMake list).
class CoreIsWidgetFreeTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noGuiIncludes()
    {
        const QString headers = QStringLiteral("QtWidgets|QtGui|QWidget|QApplication|QGuiApplication|QMainWindow|"
                                               "QDialog|QPainter|QIcon|QPixmap|QColor|QUndoStack|QUndoCommand");
        const QRegularExpression gui(QStringLiteral("^\\s*\\x23\\s*include\\s*[<\"](%1)\\b").arg(headers),
                                     QRegularExpression::MultilineOption);
        QDirIterator it(QStringLiteral(APM_TEST_DATA "/../../app/core"), {"*.h", "*.cpp"}, QDir::Files,
                        QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(f.readAll());
            QVERIFY2(!gui.match(text).hasMatch(), qPrintable(path + " includes a GUI header"));
            ++files;
        }
        QVERIFY(files > 10);
    }

    // The commands' program maps neither Qt Gui nor Qt Widgets nor QtKeychain (with Qt D-Bus under it) when it
    // starts: the window is a program of its own, and the keychain a module loaded when a command needs it. The
    // dynamic loader lists what it maps (LD_TRACE_LOADED_OBJECTS, as ldd does); the window's program is the control.
    void commandsLoadNoWindowOrKeychain()
    {
        auto loaded = [](const QString& program) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("LD_TRACE_LOADED_OBJECTS"), QStringLiteral("1"));
            p.setProcessEnvironment(env);
            p.start(program, {QStringLiteral("--version")});
            if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit)
                qFatal("could not run %s", qPrintable(program));
            return QString::fromLocal8Bit(p.readAllStandardOutput());
        };
        const QRegularExpression heavy(QStringLiteral("libQt6Gui|libQt6Widgets|libqt6keychain|libQt6DBus"));
        const QString commands = loaded(QStringLiteral(APM_BINARY));
        QVERIFY2(commands.contains(QLatin1String("libQt6Core")), qPrintable(commands));
        QVERIFY2(!heavy.match(commands).hasMatch(), qPrintable(commands));
        const QString window = loaded(QStringLiteral(APM_WINDOW_BINARY));
        QVERIFY2(window.contains(QLatin1String("libQt6Widgets")), qPrintable(window));
    }
};

QTEST_GUILESS_MAIN(CoreIsWidgetFreeTest)
#include "CoreIsWidgetFreeTest.moc"
