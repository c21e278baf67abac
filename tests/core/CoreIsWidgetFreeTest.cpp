// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
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

    // The commands' program maps neither Qt Gui nor Qt Widgets nor QtKeychain (with Qt D-Bus under it) nor Qt Network
    // when it starts: the window is a program of its own, the keychain and the network modules loaded when a command
    // needs them. The dynamic loader lists what it maps (LD_TRACE_LOADED_OBJECTS, as ldd does); the window's program
    // is the control.
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
        const QRegularExpression heavy(
            QStringLiteral("libQt6Gui|libQt6Widgets|libqt6keychain|libQt6DBus|libQt6Network|libgssapi|libproxy"));
        const QString commands = loaded(QStringLiteral(APM_BINARY));
        QVERIFY2(commands.contains(QLatin1String("libQt6Core")), qPrintable(commands));
        QVERIFY2(!heavy.match(commands).hasMatch(), qPrintable(commands));
        const QString window = loaded(QStringLiteral(APM_WINDOW_BINARY));
        QVERIFY2(window.contains(QLatin1String("libQt6Widgets")), qPrintable(window));
        QVERIFY2(window.contains(QLatin1String("libQt6Network")), qPrintable(window));
    }

    // A command that goes on the network loads the module, and Qt Network with it (the loader names each file it
    // opens: LD_DEBUG=files); one that does not, does not.
    void onlyCommandsThatGoOnlineLoadTheNetwork()
    {
        QTemporaryDir home;
        auto opened = [&home](const QStringList& arguments) {
            QProcess p;
            QProcessEnvironment env;
            env.insert(QStringLiteral("HOME"), home.path());
            env.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("files"));
            env.insert(QStringLiteral("AWS_EC2_METADATA_SERVICE_ENDPOINT"), QStringLiteral("http://127.0.0.1:9/"));
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(APM_BINARY), arguments);
            if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit)
                qFatal("could not run the commands' program");
            return QString::fromLocal8Bit(p.readAllStandardError());
        };
        const QString offline = opened({QStringLiteral("list-profiles")});
        QVERIFY2(offline.contains(QLatin1String("libQt6Core")), qPrintable(offline)); // the loader did speak
        QVERIFY2(!offline.contains(QLatin1String("apm-network")), qPrintable(offline));
        QVERIFY2(!offline.contains(QLatin1String("libQt6Network")), qPrintable(offline));
        const QString online = opened({QStringLiteral("imds")});
        QVERIFY2(online.contains(QLatin1String("apm-network.so")), qPrintable(online));
        QVERIFY2(online.contains(QLatin1String("libQt6Network")), qPrintable(online));
    }

    // Without its module the commands' program still answers, and says what is missing where a request was needed.
    void aMissingNetworkModuleIsNamed()
    {
        QTemporaryDir folder;
        const QString program = folder.filePath(QStringLiteral("aws-profile-manager"));
        QVERIFY(QFile::copy(QStringLiteral(APM_BINARY), program));
        QProcess p;
        QProcessEnvironment env;
        env.insert(QStringLiteral("HOME"), folder.path());
        env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("AKIDEXAMPLE"));
        env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("fake-secret"));
        env.insert(QStringLiteral("AWS_ENDPOINT_URL_STS"), QStringLiteral("http://127.0.0.1:9"));
        p.setProcessEnvironment(env);
        p.start(program, {QStringLiteral("whoami")});
        QVERIFY(p.waitForFinished(30000));
        const QString err = QString::fromLocal8Bit(p.readAllStandardError());
        QCOMPARE(p.exitCode(), 255);
        QVERIFY2(err.contains(QLatin1String("the network module is not installed (looked for ")
                              + folder.filePath(QStringLiteral("apm-network.so"))),
                 qPrintable(err));
        QVERIFY2(err.contains(QLatin1String("Reinstall aws-profile-manager")), qPrintable(err));
    }
};

QTEST_GUILESS_MAIN(CoreIsWidgetFreeTest)
#include "CoreIsWidgetFreeTest.moc"
