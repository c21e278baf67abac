// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SsoPopulateDialog.h"

#include <QFontDatabase>
#include <QLocale>
#include <QPushButton>

#include "ChangePreview.h"
#include "Prompts.h"
#include "config/ProfileStore.h"
#include "ui_SsoPopulateDialog.h"

namespace apm {

SsoPopulateDialog::SsoPopulateDialog(ProfileStore& store, Prompts& prompts, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SsoPopulateDialog>())
    , m_store(store)
    , m_prompts(prompts)
{
    m_ui->setupUi(this);
    m_listButton = m_ui->buttons->addButton(tr("&List accounts"), QDialogButtonBox::ActionRole);
    m_listButton->setObjectName(QStringLiteral("listButton"));
    m_applyButton = m_ui->buttons->addButton(tr("&Apply"), QDialogButtonBox::ApplyRole);
    m_applyButton->setObjectName(QStringLiteral("applyButton"));
    m_applyButton->setEnabled(false);
    m_ui->nameEdit->setPlaceholderText(QLatin1String(ssopopulate::kDefaultTemplate));
    m_ui->previewText->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->progressBar->hide();
    m_ui->sessionCombo->addItems(m_store.ssoSessionNames());

    connect(m_ui->sessionCombo, &QComboBox::currentTextChanged, this, &SsoPopulateDialog::sessionChanged);
    connect(m_listButton, &QPushButton::clicked, this, &SsoPopulateDialog::listOrStop);
    connect(m_applyButton, &QPushButton::clicked, this, &SsoPopulateDialog::apply);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // A change of settings makes the preview stale: list again.
    for (QLineEdit* edit : {m_ui->nameEdit, m_ui->regionEdit}) {
        connect(edit, &QLineEdit::textEdited, this, [this] { m_applyButton->setEnabled(false); });
    }
    connect(m_ui->pruneCheck, &QCheckBox::toggled, this, [this] { m_applyButton->setEnabled(false); });
    sessionChanged();
}

SsoPopulateDialog::~SsoPopulateDialog() = default;

void SsoPopulateDialog::setStatus(const QString& text, bool problem)
{
    m_ui->statusLabel->setText(text);
    m_ui->statusLabel->setStyleSheet(problem ? QStringLiteral("QLabel { color: #c0392b; }") : QString());
}

ssopopulate::Request SsoPopulateDialog::request() const
{
    // What the form shows is what is written: an empty name is the default template, an empty region none.
    ssopopulate::Request r;
    r.session = m_ui->sessionCombo->currentText();
    const QString nameTemplate = m_ui->nameEdit->text().trimmed();
    r.nameTemplate = nameTemplate.isEmpty() ? QLatin1String(ssopopulate::kDefaultTemplate) : nameTemplate;
    r.region = m_ui->regionEdit->text().trimmed();
    r.prune = m_ui->pruneCheck->isChecked();
    r.replaceHandEdited = m_replaceHandEdited;
    return r;
}

void SsoPopulateDialog::sessionChanged()
{
    m_result.reset();
    m_applyButton->setEnabled(false);
    m_ui->previewText->clear();
    m_replaceHandEdited = false;
    const QString session = m_ui->sessionCombo->currentText();
    // The settings the session's profiles were written with, to change or keep.
    const ssopopulate::Remembered before = ssopopulate::remembered(m_store, session);
    m_ui->nameEdit->setText(before.nameTemplate.value_or(QString()));
    m_ui->regionEdit->setText(before.region.value_or(QString()));
    if (session.isEmpty()) {
        m_listButton->setEnabled(false);
        setStatus(tr("The config file has no [sso-session] yet: add one (aws configure sso-session does), sign in "
                     "with aws sso login, and come back."),
                  true);
        return;
    }
    const ssopopulate::Start start =
        ssopopulate::prepare(m_store, m_store.environment(), session, std::nullopt, QDateTime::currentDateTimeUtc());
    m_listButton->setEnabled(!start.error);
    setStatus(start.error ? *start.error
                          : tr("Signed in. The accounts are listed from %1.").arg(start.portal.endpoint.toString()),
              start.error.has_value());
}

void SsoPopulateDialog::listOrStop()
{
    if (m_listing) {
        m_listing->cancel();
        return;
    }
    const ssopopulate::Request wanted = request();
    if (wanted.nameTemplate) {
        if (const auto problem = ssopopulate::checkTemplate(*wanted.nameTemplate)) {
            setStatus(*problem, true);
            return;
        }
    }
    bool handEdited = false;
    if (const auto problem = ssopopulate::checkBlock(m_store, wanted, &handEdited)) {
        if (!handEdited || !m_prompts.confirm(this, tr("Replace hand edits?"), *problem, tr("Replace the block"))) {
            setStatus(*problem, true);
            return;
        }
        m_replaceHandEdited = true;
    }
    const ssopopulate::Start start = ssopopulate::prepare(m_store, m_store.environment(), wanted.session, std::nullopt,
                                                          QDateTime::currentDateTimeUtc());
    if (start.error) {
        setStatus(*start.error, true);
        return;
    }
    m_result.reset();
    m_applyButton->setEnabled(false);
    m_ui->previewText->clear();
    m_listing = new SsoPortalListing(start.portal, m_store.environment(), this);
    connect(m_listing, &SsoPortalListing::progress, this, &SsoPopulateDialog::progress);
    connect(m_listing, &SsoPortalListing::finished, this, &SsoPopulateDialog::listed);
    m_listButton->setText(tr("&Stop"));
    m_ui->progressBar->setRange(0, 0);
    m_ui->progressBar->show();
    setStatus(tr("Listing the accounts…"), false);
    m_listing->start();
}

void SsoPopulateDialog::progress(int accounts, int listed, bool allFound)
{
    const QLocale locale;
    if (!allFound) {
        setStatus(tr("Listing the accounts: %1 so far…").arg(locale.toString(accounts)), false);
        return;
    }
    m_ui->progressBar->setRange(0, accounts);
    m_ui->progressBar->setValue(listed);
    m_ui->progressBar->setFormat(tr("%1 of %2 accounts").arg(locale.toString(listed), locale.toString(accounts)));
    setStatus(tr("Listing the roles: %1 of %2 accounts…").arg(locale.toString(listed), locale.toString(accounts)),
              false);
}

void SsoPopulateDialog::listed(const SsoListing& listing)
{
    m_listing->deleteLater();
    m_listing = nullptr;
    m_listButton->setText(tr("&List accounts"));
    m_ui->progressBar->hide();
    if (listing.cancelled) {
        setStatus(tr("Stopped. Nothing changed."), false);
        return;
    }
    if (listing.failure.failure != QueryAnswer::Failure::None) {
        setStatus(
            ChangePreview::describeFailure(listing.failure, listing.failedOperation, m_ui->sessionCombo->currentText()),
            true);
        return;
    }
    m_result = listing;
    const ssopopulate::Plan plan = ssopopulate::plan(m_store, listing, request());
    if (plan.error) {
        setStatus(*plan.error, true);
        return;
    }
    const QLocale locale;
    int pairs = 0;
    for (const SsoAccount& account : listing.accounts)
        pairs += int(account.roles.size());
    QString summary = tr("%1 accounts, %2 account and role pairs: %3 profiles added, %4 updated, %5 removed, %6 kept.")
                          .arg(locale.toString(int(listing.accounts.size())), locale.toString(pairs),
                               locale.toString(int(plan.added.size())), locale.toString(int(plan.updated.size())),
                               locale.toString(int(plan.removed.size())), locale.toString(int(plan.kept.size())));
    if (!plan.skipped.isEmpty())
        summary += u'\n' + tr("Not written, the name being yours: %1").arg(plan.skipped.join(QStringLiteral("; ")));
    if (!plan.changed)
        summary += u'\n' + tr("Nothing to change.");
    setStatus(summary, false);
    m_ui->previewText->setPlainText(ChangePreview::configDiff(m_store, plan.text));
    m_applyButton->setEnabled(plan.changed);
}

void SsoPopulateDialog::apply()
{
    if (!m_result)
        return;
    // Planned again: the files may have changed since the preview.
    const ssopopulate::Plan plan = ssopopulate::plan(m_store, *m_result, request());
    if (plan.error) {
        setStatus(*plan.error, true);
        m_applyButton->setEnabled(false);
        return;
    }
    if (const auto refused = m_store.replaceText(
            FileKind::Config, plan.text, tr("Profiles from SSO session %1").arg(m_ui->sessionCombo->currentText()))) {
        setStatus(*refused, true);
        return;
    }
    accept();
}

} // namespace apm
