// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Secrets never shown: every secret here contains "fakeLEAK" (in the credentials file, the environment, a
// credential_process's answer, the keychain), and every command and every tab of the window, for every profile,
// is searched for it. Only the commands whose purpose is to hand out credentials (export-credentials,
// credential-process, get of a secret key, as the AWS CLI's) are left out.
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>
#include <QTextEdit>

#include "support/SideBySide.h"
#include "support/WindowFixture.h"

using apm::test::Fixture;

namespace {

const QByteArray kMarker = "fakeLEAK";

const QByteArray kConfig = "[default]\nregion = eu-west-1\n"
                           "[profile proc]\ncredential_process = \"%1\"\n"
                           "[profile role]\nrole_arn = arn:aws:iam::111122223333:role/Admin\nsource_profile = default\n"
                           "[profile vault]\ncredential_process = \"/usr/bin/aws-profile-manager\" credential-process "
                           "--profile vault\n";
const QByteArray kCredentials = "[default]\naws_access_key_id = AKIAFAKELEAKFILE0001\n"
                                "aws_secret_access_key = fakeLEAKfileSecret000000000000000000000001\n"
                                "aws_session_token = fakeLEAKfileToken0001\n";
const QByteArray kProcess = "#!/bin/sh\nprintf '%s' '{\"Version\": 1, \"AccessKeyId\": \"AKIAFAKELEAKPROC0042\", "
                            "\"SecretAccessKey\": \"fakeLEAKprocSecret00000000000000000000042\", "
                            "\"SessionToken\": \"fakeLEAKprocToken0042\"}'\n";

QStringList modelText(const QAbstractItemModel* model, const QModelIndex& parent = {})
{
    QStringList parts;
    for (int r = 0; r < model->rowCount(parent); ++r) {
        for (int c = 0; c < model->columnCount(parent); ++c) {
            const QModelIndex index = model->index(r, c, parent);
            for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::AccessibleTextRole),
                             int(Qt::AccessibleDescriptionRole), int(Qt::StatusTipRole)})
                parts << index.data(role).toString();
            if (c == 0 && model->hasChildren(index))
                parts << modelText(model, index);
        }
    }
    for (int c = 0; c < model->columnCount(parent); ++c)
        parts << model->headerData(c, Qt::Horizontal).toString();
    return parts;
}

// Everything a person can read in the window: texts, shown field contents, items, tooltips, accessible names.
QString readableText(QMainWindow& window)
{
    QStringList parts{window.windowTitle(), window.statusBar()->currentMessage()};
    for (QWidget* w : window.findChildren<QWidget*>()) {
        parts << w->toolTip() << w->accessibleName() << w->accessibleDescription() << w->statusTip();
        if (auto* label = qobject_cast<QLabel*>(w))
            parts << label->text();
        else if (auto* edit = qobject_cast<QLineEdit*>(w))
            parts << edit->displayText();
        else if (auto* button = qobject_cast<QAbstractButton*>(w))
            parts << button->text();
        else if (auto* plain = qobject_cast<QPlainTextEdit*>(w))
            parts << plain->toPlainText();
        else if (auto* rich = qobject_cast<QTextEdit*>(w))
            parts << rich->toPlainText();
        else if (auto* combo = qobject_cast<QComboBox*>(w))
            for (int i = 0; i < combo->count(); ++i)
                parts << combo->itemText(i);
        else if (auto* view = qobject_cast<QAbstractItemView*>(w); view && view->model())
            parts << modelText(view->model());
    }
    return parts.join(u'\n');
}

QString around(const QString& text, const QByteArray& marker)
{
    const qsizetype at = text.indexOf(QLatin1String(marker));
    return text.mid(std::max<qsizetype>(0, at - 120), 240);
}

} // namespace

class SecretLeakTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void commandsNeverPrintSecrets()
    {
        QTemporaryDir home;
        const QString script = home.path() + QStringLiteral("/creds.sh");
        apm::test::writeFile(script, kProcess, true);
        apm::test::writeFile(home.path() + QStringLiteral("/.aws/config"),
                             QString::fromUtf8(kConfig).arg(script).toUtf8());
        apm::test::writeFile(home.path() + QStringLiteral("/.aws/credentials"), kCredentials);
        const apm::test::EnvList quiet{{QStringLiteral("AWS_EC2_METADATA_DISABLED"), QStringLiteral("true")}};
        const apm::test::EnvList shadowing =
            quiet
            + apm::test::EnvList{
                {QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("AKIAFAKELEAKENV00007")},
                {QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("fakeLEAKenvSecret00000000000000000000007")},
                {QStringLiteral("AWS_SESSION_TOKEN"), QStringLiteral("fakeLEAKenvToken0007")}};
        QList<QStringList> commands{{"list-profiles"},
                                    {"get", "region"},
                                    {"get", "aws_access_key_id"},
                                    {"explain"},
                                    {"explain", "--json"},
                                    {"imds"},
                                    {"imds", "--json"},
                                    {"use", "--show"},
                                    {"--help"},
                                    {"get", "help"},
                                    {"set", "region", "x", "--bogus"}};
        for (const char* profile : {"default", "proc", "role", "vault", "missing"}) {
            commands.append({"list", "--profile", profile});
            commands.append({"explain", "--profile", profile});
            commands.append({"explain", "--json", "--profile", profile});
        }
        int runs = 0;
        for (const apm::test::EnvList& env : {quiet, shadowing}) {
            for (const QStringList& args : commands) {
                const apm::test::Run run =
                    apm::test::finish(apm::test::start(QStringLiteral(APM_BINARY), args, home.path(), env));
                QVERIFY2(run.status >= 0, qPrintable(args.join(u' ')));
                const QByteArray all = run.out + run.err;
                QVERIFY2(!all.contains(kMarker),
                         qPrintable(args.join(u' ') + u'\n' + around(QString::fromUtf8(all), kMarker)));
                ++runs;
            }
        }
        QCOMPARE(runs, 2 * int(commands.size()));
    }

    void windowNeverShowsSecrets()
    {
        QTemporaryDir scripts;
        const QString script = scripts.path() + QStringLiteral("/creds.sh");
        apm::test::writeFile(script, kProcess, true);
        Fixture f(QString::fromUtf8(kConfig).arg(script).toUtf8(), kCredentials);
        f.keychain.items.insert(QStringLiteral("vault"),
                                QStringLiteral("{\"Version\": 1, \"AccessKeyId\": \"AKIAFAKELEAKVAULT003\", "
                                               "\"SecretAccessKey\": \"fakeLEAKvaultSecret0000000000000000000003\"}"));
        auto* tabs = f.child<QTabWidget>("tabs");
        // The precedence table follows the selection, so that it resolves (and runs the process of) each profile.
        f.child<QCheckBox>("followSelectionCheck")->setChecked(true);
        for (const char* profile : {"default", "proc", "role", "vault"}) {
            f.select(QLatin1String(profile));
            for (int tab = 0; tab < tabs->count(); ++tab) {
                tabs->setCurrentIndex(tab);
                QCoreApplication::processEvents();
                const QString text = readableText(f.window);
                QVERIFY2(!text.contains(QLatin1String(kMarker)),
                         qPrintable(QStringLiteral("%1, tab %2:\n%3")
                                        .arg(QLatin1String(profile), tabs->tabText(tab), around(text, kMarker))));
            }
        }
        // The process answered (its key shows, masked, in the precedence table) and still no secret is readable.
        f.select(QStringLiteral("proc"));
        tabs->setCurrentWidget(f.child<QWidget>("precedencePanel"));
        QTRY_VERIFY(readableText(f.window).contains(QStringLiteral("****************0042")));
        QVERIFY(!readableText(f.window).contains(QLatin1String(kMarker)));

        // The search does find a secret that is shown on purpose (the Files tab's "Show secrets").
        tabs->setCurrentWidget(f.child<QWidget>("filesPanel"));
        auto* file = f.child<QComboBox>("fileCombo");
        file->setCurrentIndex(file->findData(int(apm::FileKind::Credentials)));
        f.child<QCheckBox>("showSecretsCheck")->setChecked(true);
        QTRY_VERIFY(readableText(f.window).contains(QLatin1String(kMarker)));
    }
};

QTEST_MAIN(SecretLeakTest)
#include "SecretLeakTest.moc"
