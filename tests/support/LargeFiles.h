// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <utility>

#include <QByteArray>
#include <QDir>
#include <QFile>

namespace apm::test {

// A deterministic config/credentials pair with `count` profiles of every kind (as SSO tooling generates them),
// about 3 MB for 20,000 profiles. Keys are obviously fake.
inline std::pair<QByteArray, QByteArray> largeProfileFiles(int count)
{
    QByteArray config;
    QByteArray credentials;
    config.reserve(count * 150);
    credentials.reserve(count * 60);
    config +=
        "# generated: " + QByteArray::number(count) + " profiles\n[default]\nregion = us-east-1\noutput = json\n\n";
    for (int i = 0; i < 20; ++i) {
        config += "[sso-session corp" + QByteArray::number(i) + "]\nsso_start_url = https://corp"
                  + QByteArray::number(i) + ".awsapps.com/start\nsso_region = eu-west-1\n\n";
    }
    const char* regions[] = {"us-east-1", "eu-west-1", "ap-northeast-1", "us-west-2", "eu-central-1"};
    for (int i = 1; i < count; ++i) {
        const QByteArray n = QByteArray::number(i);
        const QByteArray account = QByteArray::number(100000000000LL + i);
        const QByteArray region = regions[i % 5];
        switch (i % 4) {
        case 0:
            config += "[profile team-" + n + "-ReadOnly]\nsso_session = corp" + QByteArray::number(i % 20)
                      + "\nsso_account_id = " + account + "\nsso_role_name = ReadOnly\nregion = " + region + "\n\n";
            break;
        case 1:
            config += "[profile role-" + n + "]\nrole_arn = arn:aws:iam::" + account
                      + ":role/Deploy\nsource_profile = default\nregion = " + region + "\n\n";
            break;
        case 2:
            config += "[profile keys-" + n + "]\nregion = " + region + "\noutput = json\n\n";
            credentials += "[keys-" + n + "]\naws_access_key_id = AKIAFAKE" + n.rightJustified(12, '0')
                           + "\naws_secret_access_key = fake/secret/" + n + "\n\n";
            break;
        default:
            config += "[profile proc-" + n + "]\ncredential_process = /usr/local/bin/creds --id " + n
                      + "\ns3 =\n"
                        "  max_concurrent_requests = 10\nregion = "
                      + region + "\n\n";
            break;
        }
    }
    credentials += "[default]\naws_access_key_id = AKIAFAKEDEFAULT00000\naws_secret_access_key = fake/secret/default\n";
    return {config, credentials};
}

// Writes the pair as ~/.aws/config and ~/.aws/credentials under `home`. False when a file cannot be written.
inline bool writeAwsFiles(const QString& home, const QByteArray& config, const QByteArray& credentials)
{
    QDir(home).mkpath(QStringLiteral(".aws"));
    for (const auto& [name, bytes] : {std::pair{"/.aws/config", config}, std::pair{"/.aws/credentials", credentials}}) {
        QFile f(home + QLatin1String(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return false;
    }
    return true;
}

} // namespace apm::test
