// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QAbstractButton>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QMenu>
#include <QProcess>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include "fakes/FakeSecretStore.h"
#include "support/AppWindow.h"
#include "support/Dialogs.h"
#include "support/Mnemonics.h"
#include "support/TempAws.h"

using apm::test::TempAws;

namespace {

// Every label, button and combo box shown in `top` that is narrower than its text needs (labels that wrap, or elide
// by design, fit whatever the room and are left out); `checked` counts those looked at.
QStringList clippedIn(const QWidget* top, const QString& where, int& checked)
{
    QStringList clipped;
    for (const QWidget* w : top->findChildren<QWidget*>()) {
        if (!w->isVisible() || w->width() <= 0)
            continue;
        QString text;
        if (const auto* label = qobject_cast<const QLabel*>(w)) {
            if (label->wordWrap() || label->text().isEmpty()
                || label->sizePolicy().horizontalPolicy() == QSizePolicy::Ignored)
                continue;
            text = label->text();
        } else if (const auto* button = qobject_cast<const QAbstractButton*>(w)) {
            text = button->text();
            if (text.isEmpty())
                continue;
        } else if (const auto* combo = qobject_cast<const QComboBox*>(w)) {
            if (combo->isEditable() || combo->count() == 0)
                continue;
            text = combo->currentText();
        } else {
            continue;
        }
        ++checked;
        if (w->width() < w->sizeHint().width()) {
            clipped.append(QStringLiteral("%1: %2 \"%3\" is %4 px wide, needs %5")
                               .arg(where, QString::fromLatin1(w->metaObject()->className()), text)
                               .arg(w->width())
                               .arg(w->sizeHint().width()));
        }
    }
    return clipped;
}

// An assume-role profile and its source, for the form's labels.
const QByteArray kConfig =
    "[profile deploy]\nrole_arn = arn:aws:iam::123456789012:role/Deploy\nsource_profile = dev\n\n"
    "[profile dev]\nregion = eu-west-1\n";
const QByteArray kCredentials =
    "[dev]\naws_access_key_id = AKIAFAKETRANSLATE01\naws_secret_access_key = fake/Translate/01\n";

// The built translation of a language (none for English), installed while this lives.
class Speaking
{
public:
    explicit Speaking(const QString& language)
    {
        if (!language.isEmpty()) {
            m_ok = m_translator.load(QStringLiteral(APM_QM_DIR "/aws-profile-manager_%1.qm").arg(language))
                   && QCoreApplication::installTranslator(&m_translator);
        }
    }
    ~Speaking() { QCoreApplication::removeTranslator(&m_translator); }
    Speaking(const Speaking&) = delete;
    Speaking& operator=(const Speaking&) = delete;
    [[nodiscard]] bool ok() const { return m_ok; }

private:
    QTranslator m_translator;
    bool m_ok = true;
};

} // namespace

// The built translations (the .qm files the programs carry) change the window's language: its menus, tabs, a form's
// labels and a finding of the precedence engine (a credentials file others can read). Expected words come from
// translations/*.ts. And the catalogues are complete.
class TranslationTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void windowSpeaksTheLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("fileMenu");
        QTest::addColumn<QString>("profileTab");
        QTest::addColumn<QString>("precedenceTab");
        QTest::addColumn<QString>("roleArnLabel");
        QTest::addColumn<QString>("sourceProfileLabel");
        QTest::addColumn<QString>("finding");
        QTest::newRow("English") << QString() << "&File"
                                 << "Profile"
                                 << "Precedence"
                                 << "Role ARN:"
                                 << "Source profile:"
                                 << "can be read by other users (mode 644). Run chmod 600";
        QTest::newRow("German") << "de"
                                << "&Datei"
                                << "Profil"
                                << "Vorrang"
                                << "Rollen-ARN:"
                                << "Quellprofil:"
                                << "kann von anderen Benutzern gelesen werden (Modus 644). Führen Sie chmod 600";
        QTest::newRow("Japanese") << "ja" << QStringLiteral("ファイル(&F)") << QStringLiteral("プロファイル")
                                  << QStringLiteral("優先順位") << QStringLiteral("ロール ARN:")
                                  << QStringLiteral("ソースプロファイル:")
                                  << QStringLiteral("は他のユーザーから読み取れます（モード 644）。chmod 600");
    }

    void windowSpeaksTheLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, fileMenu);
        QFETCH(QString, profileTab);
        QFETCH(QString, precedenceTab);
        QFETCH(QString, roleArnLabel);
        QFETCH(QString, sourceProfileLabel);
        QFETCH(QString, finding);
        const Speaking speaking(language);
        QVERIFY(speaking.ok());

        TempAws aws(kConfig, kCredentials);
        // A credentials file others can read: a finding, whatever the umask the tests run with.
        QVERIFY(QFile::setPermissions(aws.credentialsPath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                                 | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        apm::test::FakeSecretStore keychain;
        apm::test::AppWindow parts{aws.environment, &keychain};
        parts.window.show();

        QCOMPARE(parts.window.findChild<QMenu*>(QStringLiteral("menuFile"))->title(), fileMenu);
        auto* tabs = parts.window.findChild<QTabWidget*>(QStringLiteral("tabs"));
        QCOMPARE(tabs->tabText(0), profileTab);
        QCOMPARE(tabs->tabText(1), precedenceTab);

        QVERIFY(apm::test::selectProfile(parts.window, QStringLiteral("deploy")));
        const QList<QLabel*> labels = parts.window.findChildren<QLabel*>();
        for (const QString& wanted : {roleArnLabel, sourceProfileLabel}) {
            QVERIFY2(std::any_of(labels.begin(), labels.end(), [&](QLabel* l) { return l->text() == wanted; }),
                     qPrintable(wanted));
        }

        QVERIFY(apm::test::selectProfile(parts.window, QStringLiteral("dev")));
        auto* findings = parts.window.findChild<QLabel*>(QStringLiteral("findingsLabel"));
        QTRY_VERIFY2(findings->text().contains(finding), qPrintable(findings->text()));
    }

    // Every label, button and combo box the window shows has the room its text needs, in every language, on every
    // tab, at the window's first size: no clipped label, no cut-off combo entry. (Labels that wrap, or that elide by
    // design, are left out: they fit whatever the room.) And every Alt+letter of the translation reaches one control.
    void layoutsHold_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QString();
        QTest::newRow("German") << "de";
        QTest::newRow("Japanese") << "ja";
    }

    void layoutsHold()
    {
        QFETCH(QString, language);
        const Speaking speaking(language);
        QVERIFY(speaking.ok());
        TempAws aws(kConfig, kCredentials);
        apm::test::FakeSecretStore keychain;
        apm::test::AppWindow parts{aws.environment, &keychain};
        parts.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&parts.window));
        QVERIFY(apm::test::selectProfile(parts.window, QStringLiteral("deploy")));
        auto* tabs = parts.window.findChild<QTabWidget*>(QStringLiteral("tabs"));
        QStringList clipped;
        int checked = 0;
        auto check = [&](const QString& where) {
            QCoreApplication::processEvents(); // the layouts of what was just shown
            clipped += clippedIn(&parts.window, where, checked);
        };
        QStringList clashes;
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            check(tabs->tabText(tab));
            for (const QString& clash : apm::test::mnemonicClashes(&parts.window))
                clashes << tabs->tabText(tab) + QStringLiteral(": ") + clash;
        }
        // The Files tab while its text is edited (Apply and Cancel shown).
        auto* edit = parts.window.findChild<QAbstractButton*>(QStringLiteral("editTextButton"));
        tabs->setCurrentWidget(tabs->findChild<QWidget*>(QStringLiteral("filesPanel")));
        QVERIFY(edit->isVisible());
        edit->click();
        QVERIFY(parts.window.findChild<QAbstractButton*>(QStringLiteral("applyTextButton"))->isVisible());
        check(QStringLiteral("editing the text"));
        for (const QString& clash : apm::test::mnemonicClashes(&parts.window))
            clashes << QStringLiteral("editing the text: ") + clash;
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(u'\n')));
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral("; "))));
        QVERIFY2(checked > 40, qPrintable(QString::number(checked)));
    }

    // The dialogs the menus open hold too, in every language: each audited while it is shown.
    void dialogsHold_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("action");
        for (const char* language : {"", "de", "ja"}) {
            for (const char* action : {"actionSettings", "actionNewProfile", "actionPopulateSso", "actionImportSet"}) {
                QTest::addRow("%s %s", *language ? language : "en", action)
                    << QString::fromLatin1(language) << QString::fromLatin1(action);
            }
        }
    }

    void dialogsHold()
    {
        QFETCH(QString, language);
        QFETCH(QString, action);
        const Speaking speaking(language);
        QVERIFY(speaking.ok());
        TempAws aws("[default]\nregion = eu-west-1\n\n[sso-session corp]\nsso_start_url = "
                    "https://example.awsapps.com/start\nsso_region = eu-west-1\n",
                    "[default]\naws_access_key_id = AKIAFAKETRANSLATE01\naws_secret_access_key = fake/Translate/01\n");
        apm::test::FakeSecretStore keychain;
        apm::test::AppWindow parts{aws.environment, &keychain}; // the window's own prompts: the real dialogs
        parts.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&parts.window));
        QStringList problems;
        int checked = 0;
        QVERIFY(apm::test::lookAtDialog(parts.window.findChild<QAction*>(action), [&](QDialog* dialog) {
            problems = clippedIn(dialog, dialog->windowTitle(), checked) + apm::test::mnemonicClashes(dialog);
        }));
        QVERIFY2(checked >= 3, qPrintable(QString::number(checked)));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // lupdate over the sources finds no text the catalogue lacks, and no entry is unfinished, vanished (its text is
    // gone from the sources) or obsolete. A translation is its English source only where the words are not English
    // to begin with: names of options, variables and keys, key sequences, placeholders, the AWS CLI's own output
    // (which stays as the CLI prints it), and words the language shares.
    void catalogueIsComplete_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("sameAsEnglish");
        const QStringList everywhere{"%1\n%2",
                                     "%1 · %2",
                                     "%1 — %2",
                                     "%1: %2",
                                     "--option",
                                     "--output",
                                     "--profile",
                                     "--region",
                                     "AKIA…",
                                     "AWS Profile Manager",
                                     "AWS Profile Manager: %1",
                                     "AWS_ACCESS_KEY_ID",
                                     "AWS_PROFILE",
                                     "AWS_REGION",
                                     "Ctrl+,",
                                     "Ctrl+F",
                                     "Ctrl+N",
                                     "Ctrl+Q",
                                     "Ctrl+S",
                                     "Del",
                                     "F2",
                                     "F5",
                                     "SSO",
                                     "The config profile (%1) could not be found",
                                     "Provided region_name '%1' doesn't match a supported format.",
                                     "The source_profile \"%1\" referenced in the profile \"%2\" does not exist.",
                                     "The profile \"%1\" contains both source_profile and credential_source.",
                                     "The credential source \"%1\" referenced in profile \"%2\" is not valid.",
                                     "aws sso login: %1",
                                     "config",
                                     "credentials",
                                     "https://my-sso-portal.awsapps.com/start",
                                     "sso:account:access"};
        QTest::newRow("German") << "de" << everywhere + QStringList{"%1  (%2)",       "%1 ms",     "%1 s",   ", %1",
                                                                    "&Name:",         "&Region:",  "NAME",   "Provider",
                                                                    "Region",         "Region:",   "Status", "Token",
                                                                    "[profile NAME]", "in %1 (%2)"};
        QTest::newRow("Japanese") << "ja" << everywhere;
    }

    void catalogueIsComplete()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, sameAsEnglish);
        const QString catalogue =
            QStringLiteral(APM_SOURCE_DIR "/translations/aws-profile-manager_%1.ts").arg(language);
        QTemporaryDir scratch;
        const QString copy = scratch.filePath(QStringLiteral("check.ts"));
        QVERIFY(QFile::copy(catalogue, copy));
        QVERIFY(QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(APM_SOURCE_DIR));
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(APM_LUPDATE), {"-locations", "none", "app", "ui", "-ts", copy});
        QVERIFY(lupdate.waitForFinished(120000));
        const QString said = QString::fromUtf8(lupdate.readAll());
        QVERIFY2(lupdate.exitCode() == 0, qPrintable(said));
        const QRegularExpressionMatch found =
            QRegularExpression(QStringLiteral("Found (\\d+) source text\\(s\\) \\((\\d+) new")).match(said);
        QVERIFY2(found.hasMatch(), qPrintable(said));
        QVERIFY(found.captured(1).toInt() > 500);
        QVERIFY2(found.captured(2) == u"0",
                 qPrintable(found.captured(2) + " texts of the sources are not in " + catalogue
                            + ": run `cmake --build build --target update_translations` and translate them"));

        QFile file(copy);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QStringList problems;
        int messages = 0;
        QString source;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == u"source") {
                source = xml.readElementText();
            } else if (xml.name() == u"translation") {
                ++messages;
                const QString type = xml.attributes().value(QStringLiteral("type")).toString();
                QStringList forms;
                while (xml.readNext() != QXmlStreamReader::EndElement || xml.name() != u"translation") {
                    if (xml.isStartElement() && xml.name() == u"numerusform")
                        forms.append(xml.readElementText());
                    else if (xml.isCharacters() && !xml.isWhitespace())
                        forms.append(xml.text().toString());
                }
                if (!type.isEmpty())
                    problems.append(type + ": " + source);
                for (const QString& form : std::as_const(forms)) {
                    if (form.trimmed().isEmpty())
                        problems.append("empty: " + source);
                    else if (form == source && !sameAsEnglish.contains(source))
                        problems.append("same as the English: " + source);
                }
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(messages, found.captured(1).toInt());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
};

QTEST_MAIN(TranslationTest)
#include "TranslationTest.moc"
