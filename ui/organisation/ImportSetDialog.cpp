// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportSetDialog.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QPushButton>

#include "ChangePreview.h"
#include "Prompts.h"
#include "config/ProfileStore.h"
#include "ui_ImportSetDialog.h"

namespace apm {

ImportSetDialog::ImportSetDialog(ProfileStore& store, Prompts& prompts, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ImportSetDialog>())
    , m_store(store)
    , m_prompts(prompts)
{
    m_ui->setupUi(this);
    m_previewButton = m_ui->buttons->addButton(tr("&Preview"), QDialogButtonBox::ActionRole);
    m_previewButton->setObjectName(QStringLiteral("previewButton"));
    m_applyButton = m_ui->buttons->addButton(tr("&Apply"), QDialogButtonBox::ApplyRole);
    m_applyButton->setObjectName(QStringLiteral("applyButton"));
    m_applyButton->setEnabled(false);
    m_previewButton->setEnabled(false);
    m_ui->previewText->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    connect(m_ui->sourceEdit, &QLineEdit::textChanged, this, &ImportSetDialog::sourceEdited);
    connect(m_ui->blockEdit, &QLineEdit::textEdited, this, [this] { m_applyButton->setEnabled(false); });
    connect(m_ui->browseButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Profile set"), QString(),
                                                          tr("Profile sets (*.ini *.cfg *.conf *.txt);;All files (*)"));
        if (!path.isEmpty())
            m_ui->sourceEdit->setText(path);
    });
    connect(m_previewButton, &QPushButton::clicked, this, &ImportSetDialog::previewOrStop);
    connect(m_applyButton, &QPushButton::clicked, this, &ImportSetDialog::apply);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ImportSetDialog::~ImportSetDialog() = default;

void ImportSetDialog::setStatus(const QString& text, bool problem)
{
    m_ui->statusLabel->setText(text);
    m_ui->statusLabel->setStyleSheet(problem ? QStringLiteral("QLabel { color: #c0392b; }") : QString());
}

QString ImportSetDialog::blockName() const
{
    const QString typed = m_ui->blockEdit->text().trimmed();
    return typed.isEmpty() ? profileset::blockNameFor(m_ui->sourceEdit->text().trimmed()) : typed;
}

profileset::Request ImportSetDialog::request() const
{
    profileset::Request r;
    r.block = blockName();
    const QString source = m_ui->sourceEdit->text().trimmed();
    r.source = profileset::classify(source).url ? source : QFileInfo(source).absoluteFilePath();
    r.bytes = m_bytes;
    r.replaceHandEdited = m_replaceHandEdited;
    return r;
}

void ImportSetDialog::sourceEdited()
{
    const QString source = m_ui->sourceEdit->text().trimmed();
    m_applyButton->setEnabled(false);
    m_previewButton->setEnabled(!source.isEmpty());
    m_ui->blockEdit->setPlaceholderText(source.isEmpty() ? QString() : profileset::blockNameFor(source));
    m_replaceHandEdited = false;
}

void ImportSetDialog::previewOrStop()
{
    if (m_download) {
        m_download->cancel();
        return;
    }
    const QString source = m_ui->sourceEdit->text().trimmed();
    const profileset::Source kind = profileset::classify(source);
    if (kind.error) {
        setStatus(*kind.error, true);
        return;
    }
    if (const auto problem = profileset::checkBlockName(blockName())) {
        setStatus(*problem, true);
        return;
    }
    bool handEdited = false;
    if (const auto problem = profileset::checkBlock(m_store, blockName(), &handEdited)) {
        if (!handEdited || !m_prompts.confirm(this, tr("Replace hand edits?"), *problem, tr("Replace the block"))) {
            setStatus(*problem, true);
            return;
        }
        m_replaceHandEdited = true;
    }
    m_applyButton->setEnabled(false);
    m_ui->previewText->clear();
    if (!kind.url) {
        QFile file(source);
        if (!file.open(QIODevice::ReadOnly)) {
            setStatus(tr("Could not read %1: %2").arg(source, file.errorString()), true);
            return;
        }
        fetched(file.readAll(), {});
        return;
    }
    m_download = new profileset::Download(*kind.url, m_store.environment(), this);
    connect(m_download, &profileset::Download::finished, this, &ImportSetDialog::fetched);
    m_previewButton->setText(tr("&Stop"));
    setStatus(tr("Fetching %1…").arg(kind.url->toDisplayString()), false);
    m_download->start();
}

void ImportSetDialog::fetched(const QByteArray& bytes, const QString& error)
{
    if (m_download) {
        m_download->deleteLater();
        m_download = nullptr;
        m_previewButton->setText(tr("&Preview"));
    }
    if (!error.isEmpty()) {
        setStatus(error, true);
        return;
    }
    m_bytes = bytes;
    const profileset::Plan plan = profileset::plan(m_store, request());
    if (plan.error) {
        setStatus(*plan.error, true);
        return;
    }
    QString summary =
        tr("%n section(s) of the set go into the block \"%1\".", nullptr, int(plan.imported.size())).arg(blockName());
    if (!plan.clashes.isEmpty())
        summary += u'\n' + tr("Left out, since you have your own: %1").arg(plan.clashes.join(QStringLiteral("; ")));
    if (!plan.dropped.isEmpty())
        summary += u'\n' + tr("No longer in the set, removed: %1").arg(plan.dropped.join(QStringLiteral(", ")));
    if (!plan.changed)
        summary += u'\n' + tr("Nothing to change.");
    setStatus(summary, false);
    m_ui->previewText->setPlainText(ChangePreview::configDiff(m_store, plan.text));
    m_applyButton->setEnabled(plan.changed);
}

void ImportSetDialog::apply()
{
    const profileset::Plan plan = profileset::plan(m_store, request());
    if (plan.error) {
        setStatus(*plan.error, true);
        m_applyButton->setEnabled(false);
        return;
    }
    if (const auto refused =
            m_store.replaceText(FileKind::Config, plan.text, tr("Import the profile set %1").arg(blockName()))) {
        setStatus(*refused, true);
        return;
    }
    accept();
}

} // namespace apm
