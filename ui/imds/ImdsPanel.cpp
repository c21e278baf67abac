// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImdsPanel.h"
#include "ui_ImdsPanel.h"

#include <QHeaderView>
#include <QIcon>
#include <QTimer>

#include "ThemedIcon.h"
#include "base/DisplayText.h"
#include "config/ProfileStore.h"
#include "imds/ImdsClient.h"
#include "resolve/Resolution.h"

namespace apm {

ImdsPanel::ImdsPanel(ProfileStore* store, const Environment& environment, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ImdsPanel>())
    , m_store(store)
    , m_environment(environment)
    , m_countdown(new QTimer(this))
{
    m_ui->setupUi(this);
    m_ui->probeButton->setIcon(themedIcon(QStringLiteral("action-probe")));
    m_ui->traceView->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, &ImdsPanel::showCountdown);
    connect(m_ui->probeButton, &QPushButton::clicked, this, &ImdsPanel::probe);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &ImdsPanel::cancel);
    connect(store, &ProfileStore::profilesChanged, this, &ImdsPanel::showSettings);
    setRunning(false);
    m_ui->diagnosisLabel->setText(tr("Not probed yet. The probe sends the requests the AWS CLI sends, with its "
                                     "timeouts, and shows each answer."));
    showSettings();
}

ImdsPanel::~ImdsPanel() = default;

void ImdsPanel::setSelectedProfile(const QString& name)
{
    m_profile = name;
    showSettings();
}

void ImdsPanel::showSettings()
{
    const ImdsSettings settings = ImdsSettings::resolve(m_environment, m_store->profile(m_profile));
    QString text;
    if (settings.error)
        text = tr("The AWS CLI refuses these settings: %1").arg(*settings.error);
    else if (settings.disabled)
        text = tr("AWS_EC2_METADATA_DISABLED is true: the AWS CLI never asks the instance metadata service.");
    else
        text = tr("Endpoint %1 · timeout %n s", nullptr, settings.timeoutSeconds).arg(settings.baseUrl)
               + tr(" · %n attempt(s)", nullptr, settings.attempts)
               + (settings.v1Disabled ? tr(" · IMDSv1 disabled") : QString())
               + (settings.proxyNote.isEmpty() ? QString() : u'\n' + settings.proxyNote);
    m_ui->settingsLabel->setText(text);
}

void ImdsPanel::setRunning(bool running)
{
    m_ui->probeButton->setEnabled(!running);
    m_ui->cancelButton->setVisible(running);
    m_ui->progressBar->setVisible(running);
}

void ImdsPanel::probe()
{
    if (m_probe)
        return;
    const ImdsSettings settings = ImdsSettings::resolve(m_environment, m_store->profile(m_profile));
    m_ui->traceView->clear();
    m_ui->diagnosisLabel->setText(tr("Probing %1…").arg(settings.baseUrl));
    m_probe = new ImdsProbe(settings, ImdsProbe::Scope::Both, this);
    connect(m_probe, &ImdsProbe::finished, this, [this](const ImdsResult& result) {
        m_probe->deleteLater();
        m_probe = nullptr;
        setRunning(false);
        showResult(result);
        Q_EMIT probeFinished();
    });
    setRunning(true);
    m_probe->start(); // may finish at once (disabled, refused settings)
}

void ImdsPanel::cancel()
{
    if (!m_probe)
        return;
    m_probe->cancel(); // stops without a result
    m_probe->deleteLater();
    m_probe = nullptr;
    setRunning(false);
    m_ui->diagnosisLabel->setText(tr("Cancelled before the metadata service answered. The AWS CLI would have "
                                     "waited %n second(s) per request before moving on.",
                                     nullptr,
                                     ImdsSettings::resolve(m_environment, m_store->profile(m_profile)).timeoutSeconds));
    Q_EMIT probeFinished();
}

void ImdsPanel::showResult(const ImdsResult& result)
{
    m_ui->diagnosisLabel->setText(result.diagnosis);
    m_ui->roleLabel->setText(result.roleName.value_or(tr("none")));
    m_ui->versionLabel->setText(result.trace.isEmpty() ? tr("no request sent")
                                : result.usedToken     ? tr("IMDSv2 (session token)")
                                                       : tr("IMDSv1 (no token)"));
    m_ui->regionLabel->setText(result.region.value_or(tr("unknown")));
    const auto& credentials = result.credentials;
    // Masked as `aws configure list` masks it: the access key is the key to the secret in logs and tickets.
    m_ui->accessKeyLabel->setText(credentials ? maskSecret(credentials->accessKey) : tr("none"));
    m_expiry.reset();
    if (credentials && credentials->expiry)
        m_expiry = credentials->expiry->instant;
    showCountdown();
    if (m_expiry)
        m_countdown->start();
    else
        m_countdown->stop();
    for (const ImdsStep& step : result.trace) {
        auto* item = new QTreeWidgetItem(m_ui->traceView);
        item->setText(0, step.method + u' ' + step.path);
        item->setText(1, step.status > 0 ? QString::number(step.status) : step.error);
        item->setText(2, tr("%1 ms").arg(step.elapsedMs));
        item->setText(3, step.withToken ? tr("yes") : tr("no"));
    }
}

void ImdsPanel::showCountdown()
{
    if (!m_expiry) {
        m_ui->expiryLabel->setText(tr("no credentials"));
        return;
    }
    const qint64 left = QDateTime::currentDateTimeUtc().secsTo(*m_expiry);
    const QString when = QLocale().toString(m_expiry->toLocalTime(), QLocale::ShortFormat);
    m_ui->expiryLabel->setText(
        left > 0 ? tr("in %1 (%2)").arg(duration(left), when)
                 : tr("expired %1 ago (%2); the AWS CLI extends and uses them anyway").arg(duration(-left), when));
}

} // namespace apm
