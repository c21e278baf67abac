// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Real shells source the hook, `use` switches, and AWS_PROFILE is checked after the next prompt. The prompt is
// simulated as each shell runs it (bash: PROMPT_COMMAND, zsh: the precmd hooks, fish: the fish_prompt event), with
// PATH emptied first: the hook must do its work with builtins, spawning nothing.
#include <QFile>
#include <QProcess>
#include <QTest>

#include "support/TempAws.h"

namespace {

struct Shell {
    const char* name;
    const char* program;
    QStringList args;   // before the script text
    const char* source; // how the hook is loaded
    const char* prompt; // what the shell does at a prompt, with PATH emptied
    const char* show;   // print "N:value" or "N:<unset>"
};

const Shell kShells[] = {
    {"bash",
     "/usr/bin/bash",
     {"--norc", "--noprofile", "-c"},
     R"x(eval "$("$APM" shell-init bash)")x",
     R"x(__p=$PATH; PATH=; eval "$PROMPT_COMMAND"; PATH=$__p)x",
     R"x(echo "%1:${AWS_PROFILE-<unset>}")x"},
    {"zsh",
     "/usr/bin/zsh",
     {"-f", "-c"},
     R"x(eval "$("$APM" shell-init zsh)")x",
     R"x(__p=$PATH; PATH=; for f in $precmd_functions; do $f; done; PATH=$__p)x",
     R"x(echo "%1:${AWS_PROFILE-<unset>}")x"},
    {"fish",
     "/usr/bin/fish",
     {"--no-config", "-c"},
     R"x($APM shell-init fish | source)x",
     R"x(set -l __p $PATH; set PATH; emit fish_prompt; set PATH $__p)x",
     R"x(if set -q AWS_PROFILE; echo "%1:$AWS_PROFILE"; else; echo "%1:<unset>"; end)x"},
};

} // namespace

class ShellHookTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followsSwitches_data()
    {
        QTest::addColumn<int>("shell");
        for (int i = 0; i < int(std::size(kShells)); ++i)
            QTest::newRow(kShells[i].name) << i;
    }

    void followsSwitches()
    {
        QFETCH(int, shell);
        const Shell& sh = kShells[shell];
        if (!QFile::exists(QLatin1String(sh.program)))
            QFAIL(qPrintable(
                QStringLiteral("%1 is not installed (the README's test command installs it)x").arg(sh.program)));
        apm::test::TempAws aws("[profile dev]\n[profile prod]\n", QByteArray());
        const QString prompt = QLatin1String(sh.prompt);
        auto show = [&](int n) {
            return QString::fromLatin1(sh.show).arg(n);
        };
        QStringList lines{QLatin1String(sh.source),
                          show(1),
                          QStringLiteral("$APM use dev"),
                          prompt,
                          show(2), // a switch reaches the next prompt
                          QStringLiteral("$APM use prod"),
                          prompt,
                          show(3), // and the next one
                          QStringLiteral("$APM use --clear"),
                          prompt,
                          show(4), // cleared: unset
                          QStringLiteral("$APM use dev"),
                          prompt,
                          show(5)};
        if (QLatin1String(sh.name) == u"fish")
            lines << QStringLiteral("set -gx AWS_PROFILE byhand");
        else
            lines << QStringLiteral("export AWS_PROFILE=byhand");
        lines << QStringLiteral("$APM use prod") << prompt << show(6); // a hand-exported value survives a switch
        QProcess process;
        QProcessEnvironment env;
        env.insert("HOME", aws.home());
        env.insert("PATH", "/usr/bin:/bin");
        env.insert("APM", QStringLiteral(APM_BINARY));
        process.setProcessEnvironment(env);
        process.start(QLatin1String(sh.program), sh.args + QStringList{lines.join(u'\n')});
        QVERIFY(process.waitForFinished(30000));
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QCOMPARE(out, QStringLiteral("1:<unset>\n2:dev\n3:prod\n4:<unset>\n5:dev\n6:byhand\n")
                          + QString(err.isEmpty() ? "" : err));
    }

    void missingProfileIsRefused()
    {
        apm::test::TempAws aws("[profile dev]\n[profile prod]\n", QByteArray());
        QProcess process;
        QProcessEnvironment env;
        env.insert("HOME", aws.home());
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(APM_BINARY), {"use", "dev"});
        QVERIFY(process.waitForFinished(10000));
        const QString state = aws.home() + "/.config/aws-profile-manager/active-profile";
        QCOMPARE(apm::test::TempAws::read(state), QByteArray("dev\n"));
        process.start(QStringLiteral(APM_BINARY), {"use", "ghost"});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 255);
        QVERIFY(process.readAllStandardError().contains("The config profile (ghost) could not be found"));
        QCOMPARE(apm::test::TempAws::read(state), QByteArray("dev\n"));
        // The Windows user-environment switch is refused elsewhere, before anything changes.
        process.start(QStringLiteral(APM_BINARY), {"use", "prod", "--user-environment"});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 255);
        QVERIFY(process.readAllStandardError().contains("--user-environment is for Windows only"));
        QCOMPARE(apm::test::TempAws::read(state), QByteArray("dev\n"));
        process.start(QStringLiteral(APM_BINARY), {"use", "--show"});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.readAllStandardOutput(), QByteArray("dev\n"));
    }

    void xdgConfigHome()
    {
        apm::test::TempAws aws("[profile dev]\n", QByteArray());
        QProcess process;
        QProcessEnvironment env;
        env.insert("HOME", aws.home());
        env.insert("XDG_CONFIG_HOME", aws.home() + "/xdg");
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(APM_BINARY), {"use", "dev"});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(apm::test::TempAws::read(aws.home() + "/xdg/aws-profile-manager/active-profile"), QByteArray("dev\n"));
        process.start(QStringLiteral(APM_BINARY), {"shell-init", "bash"});
        QVERIFY(process.waitForFinished(10000));
        QVERIFY(process.readAllStandardOutput().contains(
            QString(aws.home() + "/xdg/aws-profile-manager/active-profile").toUtf8()));
    }
};

QTEST_GUILESS_MAIN(ShellHookTest)
#include "ShellHookTest.moc"
