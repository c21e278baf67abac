// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
// `sso populate` against the loopback portal (tests/support/fake_sso_portal.py): the time to list an organisation
// and write its profiles, for 1,000 and 5,000 accounts, with a quiet portal and with one that throttles every
// 20th request. Prints figures; asserts nothing.
#include <algorithm>
#include <cstdio>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>

#include "support/FakeSsoPortal.h"
#include "support/SideBySide.h"
#include "support/TempAws.h"

namespace {

constexpr int kRuns = 3;

struct Figures {
    qint64 medianMs = 0;
    int requests = 0;
    bool ok = true;
};

Figures measure(int accounts, const QJsonObject& settings)
{
    const QJsonArray organisation = apm::test::organisation(accounts);
    apm::test::FakeSsoPortal portal(organisation, settings);
    QList<qint64> times;
    Figures figures;
    for (int run = 0; run < kRuns; ++run) {
        apm::test::TempAws aws("[sso-session corp]\nsso_start_url = https://example.awsapps.com/start\n"
                               "sso_region = eu-west-1\n",
                               {});
        apm::test::writeSsoToken(aws.home(), QStringLiteral("corp"), 3600);
        QElapsedTimer timer;
        timer.start();
        const apm::test::Run r =
            apm::test::finish(apm::test::start(QStringLiteral(APM_BINARY), {"sso", "populate", "--sso-session", "corp"},
                                               aws.home(), {{"AWS_ENDPOINT_URL_SSO", portal.url()}}));
        times.append(timer.elapsed());
        figures.ok = figures.ok && r.status == 0;
        figures.requests = int(portal.requests().size());
    }
    std::sort(times.begin(), times.end());
    figures.medianMs = times[kRuns / 2];
    return figures;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    std::printf("sso populate, loopback portal (pages of 100, 6 requests in flight at most), median of %d runs\n",
                kRuns);
    std::printf("%-10s %-28s %10s %10s\n", "accounts", "portal", "requests", "time");
    for (const int accounts : {1000, 5000}) {
        for (const auto& [label, settings] :
             {std::pair{"answers at once", QJsonObject{}},
              std::pair{"throttles 1 request in 20", QJsonObject{{"throttle_every", 20}}}}) {
            const Figures f = measure(accounts, settings);
            std::printf("%-10d %-28s %10d %8lld ms%s\n", accounts, label, f.requests, f.medianMs,
                        f.ok ? "" : "  (a run failed)");
            std::fflush(stdout);
        }
    }
    return 0;
}
