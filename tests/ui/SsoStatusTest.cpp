// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "MainWindow.h"
#include "models/ProfileListModel.h"
#include "support/AppWindow.h"
#include "support/TempAws.h"

// The Profile tab says, in words, whether an SSO profile's sign-in (the token `aws sso login` cached) holds, and
// "Sign in" runs `aws sso login --profile P` (here a stand-in `aws` on the window's PATH that writes a token as
// the CLI does), following what it prints, then shows the new state.
class SsoStatusTest : public QObject
{
    Q_OBJECT

    static constexpr char kConfig[] = "[profile corp]\nsso_session = corp\nsso_account_id = 111122223333\n"
                                      "sso_role_name = Admin\n[sso-session corp]\n"
                                      "sso_start_url = https://example.awsapps.com/start\nsso_region = eu-west-1\n"
                                      "[profile legacy]\nsso_start_url = https://legacy.awsapps.com/start\n"
                                      "sso_region = eu-west-1\nsso_account_id = 111122223333\nsso_role_name = Admin\n"
                                      "[profile keys]\nregion = eu-west-1\n";

    static QString tokenPath(const QString& home, const QString& name)
    {
        return home + QStringLiteral("/.aws/sso/cache/")
               + QString::fromLatin1(QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha1).toHex())
               + QStringLiteral(".json");
    }

    static void writeToken(const QString& path, const QByteArray& json)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(json);
    }

    static QByteArray isoIn(qint64 seconds)
    {
        return QDateTime::currentDateTimeUtc().addSecs(seconds).toString(Qt::ISODate).toUtf8();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void saysWhetherTheSignInHolds_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("cachedAs");
        QTest::addColumn<QByteArray>("token"); // empty: no file
        QTest::addColumn<QString>("says");
        QTest::newRow("valid") << "corp"
                               << "corp"
                               << QByteArray("{\"accessToken\": \"fake-token\", \"expiresAt\": \"") + isoIn(7200)
                                      + "\"}"
                               << "Signed in to SSO (corp) until";
        QTest::newRow("expired") << "corp"
                                 << "corp"
                                 << QByteArray("{\"accessToken\": \"fake-token\", \"expiresAt\": \"") + isoIn(-60)
                                        + "\"}"
                                 << "expired at";
        QTest::newRow("renewed by the CLI")
            << "corp"
            << "corp"
            << QByteArray("{\"accessToken\": \"fake-token\", \"expiresAt\": \"") + isoIn(-60)
                   + "\", \"refreshToken\": \"fake-refresh\", \"clientId\": \"fake-client\", \"clientSecret\": "
                     "\"fake-client-secret\", \"registrationExpiresAt\": \""
                   + isoIn(86400) + "\"}"
            << "renews it by itself";
        QTest::newRow("missing") << "corp"
                                 << "corp" << QByteArray() << "Not signed in to SSO (corp)";
        QTest::newRow("unreadable") << "corp"
                                    << "corp" << QByteArray("not json") << "cannot be read";
        QTest::newRow("legacy, by start URL")
            << "legacy"
            << "https://legacy.awsapps.com/start"
            << QByteArray("{\"accessToken\": \"fake-token\", \"expiresAt\": \"") + isoIn(3600) + "\"}"
            << "Signed in to SSO (https://legacy.awsapps.com/start) until";
    }

    void saysWhetherTheSignInHolds()
    {
        QFETCH(QString, profile);
        QFETCH(QString, cachedAs);
        QFETCH(QByteArray, token);
        QFETCH(QString, says);
        apm::test::TempAws aws(kConfig, {});
        if (!token.isEmpty())
            writeToken(tokenPath(aws.home(), cachedAs), token);
        apm::test::AppWindow parts(aws.environment);
        parts.window.show();
        QVERIFY(apm::test::selectProfile(parts.window, profile));
        auto* label = parts.window.findChild<QLabel*>(QStringLiteral("ssoStatusLabel"));
        auto* button = parts.window.findChild<QPushButton*>(QStringLiteral("ssoSignInButton"));
        QVERIFY(label && button && !label->accessibleName().isEmpty() && !button->accessibleName().isEmpty());
        QVERIFY(label->isVisible() && button->isVisible());
        QVERIFY2(label->text().contains(says), qPrintable(label->text()));
        QVERIFY(!label->text().contains(QStringLiteral("fake-token")));

        QVERIFY(apm::test::selectProfile(parts.window,
                                         QStringLiteral("keys"))); // not an SSO profile: nothing to sign in to
        QVERIFY(label->isHidden() && button->isHidden());
    }

    void signInRunsTheCliAndShowsTheNewState()
    {
        apm::test::TempAws aws(kConfig, {});
        QTemporaryDir bin;
        const QString token = tokenPath(aws.home(), QStringLiteral("corp"));
        QFile script(bin.path() + QStringLiteral("/aws"));
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/sh\n"
                     "[ \"$*\" = \"sso login --profile corp\" ] || { echo \"unexpected: $*\" >&2; exit 2; }\n"
                     "echo 'Attempting to automatically open the SSO authorization page in your default browser.'\n"
                     "mkdir -p \"$(dirname '"
                     + token.toUtf8() + "')\"\nprintf '{\"accessToken\": \"fake-token\", \"expiresAt\": \""
                     + isoIn(28800) + "\"}' > '" + token.toUtf8()
                     + "'\n"
                       "echo 'Successfully logged into Start URL: https://example.awsapps.com/start'\n");
        script.close();
        script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        aws.environment.set(QStringLiteral("PATH"), bin.path() + QStringLiteral(":/usr/bin:/bin"));
        apm::test::AppWindow parts(aws.environment);
        parts.window.show();
        QVERIFY(apm::test::selectProfile(parts.window, QStringLiteral("corp")));
        auto* label = parts.window.findChild<QLabel*>(QStringLiteral("ssoStatusLabel"));
        auto* button = parts.window.findChild<QPushButton*>(QStringLiteral("ssoSignInButton"));
        QVERIFY(label->text().contains(QStringLiteral("Not signed in")));
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(!button->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 30000);
        QVERIFY2(label->text().contains(QStringLiteral("Signed in to SSO (corp) until")), qPrintable(label->text()));
        QVERIFY(QFile::exists(token));

        // A sign-in that fails says what the CLI said last.
        script.remove();
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/sh\necho 'Error when retrieving token from sso: the device code expired' >&2\nexit 255\n");
        script.close();
        script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 30000);
        QVERIFY2(label->text().contains(QStringLiteral("The sign-in failed: Error when retrieving token from sso")),
                 qPrintable(label->text()));
    }

    // The list says it too (text in the Kind column, the problem icon and its tooltip), and a sign-in made outside
    // the window (aws sso login in a terminal writes the token) reaches the list and the tab with no click.
    void theListFollowsASignInMadeElsewhere()
    {
        apm::test::TempAws aws(kConfig, {});
        apm::test::AppWindow parts(aws.environment);
        parts.window.show();
        QVERIFY(apm::test::selectProfile(parts.window, QStringLiteral("corp")));
        auto* list = parts.window.findChild<QTableView*>(QStringLiteral("profileView"));
        auto* label = parts.window.findChild<QLabel*>(QStringLiteral("ssoStatusLabel"));
        QVERIFY(list && label);
        const auto row = [list](const QString& name) {
            const QModelIndexList found = list->model()->match(
                list->model()->index(0, 0), apm::ProfileListModel::ProfileNameRole, name, 1, Qt::MatchExactly);
            return found.value(0);
        };
        const QModelIndex corp = row(QStringLiteral("corp"));
        QVERIFY(corp.isValid());
        const auto kind = [&] {
            return corp.siblingAtColumn(apm::ProfileListModel::KindColumn).data().toString();
        };
        QVERIFY2(kind().endsWith(QStringLiteral("· not signed in")), qPrintable(kind()));
        QVERIFY(corp.data(apm::ProfileListModel::ProblemRole)
                    .toString()
                    .contains(QStringLiteral("run aws sso login --profile corp")));
        QVERIFY(corp.data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("not signed in")));
        QVERIFY(row(QStringLiteral("keys")).siblingAtColumn(1).data().toString().indexOf(u'·') < 0);

        writeToken(tokenPath(aws.home(), QStringLiteral("corp")),
                   QByteArray("{\"accessToken\": \"fake-token\", \"expiresAt\": \"") + isoIn(7200) + "\"}");
        QTRY_VERIFY_WITH_TIMEOUT(kind().contains(QStringLiteral("· signed in until")), 10000);
        QVERIFY(corp.data(apm::ProfileListModel::ProblemRole).toString().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(label->text().contains(QStringLiteral("Signed in to SSO (corp) until")), 10000);
    }
};

QTEST_MAIN(SsoStatusTest)
#include "SsoStatusTest.moc"
