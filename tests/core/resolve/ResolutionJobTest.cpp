// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include "config/ProfileStore.h"
#include "resolve/ResolutionJob.h"
#include "support/FakeImdsServer.h"
#include "support/TempAws.h"

using apm::test::FakeImdsServer;
using apm::test::TempAws;

class ResolutionJobTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void staticPartIsImmediate()
    {
        TempAws aws("[default]\nregion = eu-west-1\n",
                    "[default]\naws_access_key_id = AKIAFAKE00001111\naws_secret_access_key = s\n");
        aws.environment.set("AWS_EC2_METADATA_DISABLED", "true");
        const apm::ProfileStore store(aws.environment);
        apm::ResolutionJob job(store, aws.environment);
        QSignalSpy resolved(&job, &apm::ResolutionJob::resolved);
        QSignalSpy finished(&job, &apm::ResolutionJob::finished);
        job.start();
        QCOMPARE(resolved.count(), 1);
        QCOMPARE(finished.count(), 1); // nothing slow to wait for
        QVERIFY(job.pending().isEmpty());
        QCOMPARE(job.resolution().field("access_key")->winning()->value,
                 std::optional<QString>("****************1111"));
    }

    void processArrivesLater()
    {
        TempAws aws("[default]\ncredential_process = /bin/sh -c 'sleep 0.3; echo {\\\"Version\\\": 1, "
                    "\\\"AccessKeyId\\\": \\\"AKIAFAKEPROC2222\\\", \\\"SecretAccessKey\\\": \\\"s\\\"}'\n",
                    QByteArray());
        aws.environment.set("AWS_EC2_METADATA_DISABLED", "true");
        const apm::ProfileStore store(aws.environment);
        apm::ResolutionJob job(store, aws.environment);
        QSignalSpy changed(&job, &apm::ResolutionJob::fieldChanged);
        QSignalSpy finished(&job, &apm::ResolutionJob::finished);
        job.start();
        // The window gets the table at once, with the process still running.
        QCOMPARE(job.pending(), QStringList{"custom-process"});
        QVERIFY(!job.resolution().credentials.credentials);
        QVERIFY(finished.wait(10000));
        QCOMPARE(job.resolution().credentials.method, QStringLiteral("custom-process"));
        QCOMPARE(job.resolution().field("access_key")->winning()->value,
                 std::optional<QString>("****************2222"));
        QVERIFY(std::any_of(changed.cbegin(), changed.cend(),
                            [](const QList<QVariant>& args) { return args.first().toString() == u"access_key"; }));
    }

    void instanceMetadataFillsCredentialsAndRegion()
    {
        FakeImdsServer server(FakeImdsServer::Mode::HealthyV2);
        TempAws aws{QByteArray(), QByteArray()};
        aws.environment.unset("AWS_EC2_METADATA_DISABLED");
        aws.environment.set("AWS_EC2_METADATA_SERVICE_ENDPOINT", server.url());
        const apm::ProfileStore store(aws.environment);
        apm::ResolutionJob job(store, aws.environment);
        QSignalSpy finished(&job, &apm::ResolutionJob::finished);
        job.start();
        QCOMPARE(job.pending(), QStringList{"iam-role"});
        QVERIFY(finished.wait(10000));
        QCOMPARE(job.resolution().credentials.method, QStringLiteral("iam-role"));
        const apm::FieldResolution* region = job.resolution().field("region");
        QCOMPARE(region->winning()->value, std::optional<QString>("eu-north-1"));
        QCOMPARE(region->winning()->kind, apm::SourceKind::InstanceMetadata);
        QVERIFY(job.metadata().has_value());
    }

    // A slow credential_process never holds up the window: the table can stop waiting for it, and a job that is
    // thrown away (the table restarts on every edit) does not wait for it either.
    void slowProcessNeverBlocks()
    {
        // A process that runs until the test lets it go (a file appears), so that none is left behind.
        TempAws aws{QByteArray(), QByteArray()};
        const QString stop = aws.home() + "/stop";
        const QString script = aws.home() + "/slow-process.sh";
        TempAws::write(script, "#!/bin/sh\nwhile [ ! -e \"$1\" ]; do sleep 0.05; done\n");
        QFile::setPermissions(script, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        TempAws::write(aws.configPath(), ("[default]\ncredential_process = " + script + " " + stop + "\n").toUtf8());
        aws.environment.set("AWS_EC2_METADATA_DISABLED", "true");
        const apm::ProfileStore store(aws.environment);
        auto job = std::make_unique<apm::ResolutionJob>(store, aws.environment);
        QSignalSpy finished(job.get(), &apm::ResolutionJob::finished);
        job->start();
        QCOMPARE(job->pending(), QStringList{"custom-process"});
        job->stopWaiting();
        QCOMPARE(finished.count(), 1); // at once
        QVERIFY(job->pending().isEmpty());
        QVERIFY(job->resolution().credentials.error.value_or(QString()).contains("Stopped waiting for " + script));

        auto second = std::make_unique<apm::ResolutionJob>(store, aws.environment);
        second->start();
        QElapsedTimer clock;
        clock.start();
        second.reset(); // with the process still running
        job.reset();
        QVERIFY2(clock.elapsed() < 10000, "destroying a job waited for its process");
        // Now the processes end, and their late answers arrive at jobs that are gone: nothing may crash, and no
        // process is left.
        TempAws::write(stop, "");
        QTRY_COMPARE_WITH_TIMEOUT(QProcess::execute("pgrep", {"-f", script}), 1, 10000);
        QCoreApplication::processEvents(); // deliver what the workers queued last
    }

    void restartDropsEarlierAnswers()
    {
        FakeImdsServer server(FakeImdsServer::Mode::Slow);
        TempAws aws{QByteArray(), QByteArray()};
        aws.environment.unset("AWS_EC2_METADATA_DISABLED");
        aws.environment.set("AWS_EC2_METADATA_SERVICE_ENDPOINT", server.url());
        const apm::ProfileStore store(aws.environment);
        apm::ResolutionJob job(store, aws.environment);
        QSignalSpy finished(&job, &apm::ResolutionJob::finished);
        job.start();
        job.start();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.count(), 1); // the first run's answer was dropped
    }
};

QTEST_GUILESS_MAIN(ResolutionJobTest)
#include "ResolutionJobTest.moc"
