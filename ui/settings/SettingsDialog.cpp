// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsDialog.h"
#include "ui_SettingsDialog.h"

#include <QFileDialog>

namespace apm {

SettingsDialog::SettingsDialog(const AppSettings& settings, const QString& defaultConfig,
                               const QString& defaultCredentials, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
{
    m_ui->setupUi(this);
    m_ui->configFileEdit->setPlaceholderText(defaultConfig);
    m_ui->credentialsFileEdit->setPlaceholderText(defaultCredentials);
    m_ui->configFileEdit->setText(settings.configFile);
    m_ui->credentialsFileEdit->setText(settings.credentialsFile);
    for (auto [edit, button] : {std::pair{m_ui->configFileEdit, m_ui->configBrowseButton},
                                std::pair{m_ui->credentialsFileEdit, m_ui->credentialsBrowseButton}}) {
        connect(button, &QPushButton::clicked, this, [this, edit = edit] {
            const QString start = edit->text().isEmpty() ? edit->placeholderText() : edit->text();
            const QString chosen = QFileDialog::getOpenFileName(this, tr("Choose a file"), start);
            if (!chosen.isEmpty())
                edit->setText(chosen);
        });
    }
    // Language names in their own language, so they can be found whatever the current one is.
    m_ui->languageCombo->addItem(tr("As the system"), QString());
    m_ui->languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_ui->languageCombo->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_ui->languageCombo->addItem(QStringLiteral("日本語"), QStringLiteral("ja"));
    m_ui->languageCombo->setCurrentIndex(std::max(0, m_ui->languageCombo->findData(settings.language)));
    m_ui->themeCombo->addItem(tr("Follow the system (light or dark)"), int(AppSettings::Theme::System));
    m_ui->themeCombo->addItem(tr("Light"), int(AppSettings::Theme::Light));
    m_ui->themeCombo->addItem(tr("Dark"), int(AppSettings::Theme::Dark));
    m_ui->themeCombo->setCurrentIndex(std::max(0, m_ui->themeCombo->findData(int(settings.theme))));
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

SettingsDialog::~SettingsDialog() = default;

AppSettings SettingsDialog::settings() const
{
    AppSettings s;
    s.configFile = m_ui->configFileEdit->text().trimmed();
    s.credentialsFile = m_ui->credentialsFileEdit->text().trimmed();
    s.language = m_ui->languageCombo->currentData().toString();
    s.theme = AppSettings::Theme(m_ui->themeCombo->currentData().toInt());
    return s;
}

} // namespace apm
