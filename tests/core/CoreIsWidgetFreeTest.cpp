// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDirIterator>
#include <QFile>
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
};

QTEST_GUILESS_MAIN(CoreIsWidgetFreeTest)
#include "CoreIsWidgetFreeTest.moc"
