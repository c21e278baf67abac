// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WelcomePane.h"
#include "ui_WelcomePane.h"

#include <QKeyEvent>

#include "config/ProfileFields.h"
#include "config/ProfileStore.h"

namespace apm {

WelcomePane::WelcomePane(ProfileStore* store, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::WelcomePane>())
    , m_store(store)
{
    m_ui->setupUi(this);
    m_ui->regionCombo->addItems(ProfileFields::regions());
    m_ui->outputCombo->addItems(ProfileFields::field(QStringLiteral("output")).choices);
    m_ui->whereLabel->setText(
        tr("The access key ID and the secret access key go to %1 under [default]; the region and the output "
           "format to %2 under [default]. Both files are created readable by you only. Leave a field empty to "
           "skip it, as `aws configure` does.")
            .arg(store->path(FileKind::Credentials), store->path(FileKind::Config)));
    connect(m_ui->accessKeyEdit, &QLineEdit::textChanged, this, &WelcomePane::validate);
    connect(m_ui->secretKeyEdit, &QLineEdit::textChanged, this, &WelcomePane::validate);
    connect(m_ui->regionCombo, &QComboBox::currentTextChanged, this, &WelcomePane::validate);
    connect(m_ui->createButton, &QPushButton::clicked, this, &WelcomePane::create);
    connect(m_ui->skipButton, &QPushButton::clicked, this, &WelcomePane::skipped);
    validate();
}

WelcomePane::~WelcomePane() = default;

void WelcomePane::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // What the pane asks for first is typed at once, as in `aws configure`.
    m_ui->accessKeyEdit->setFocus(Qt::OtherFocusReason);
}

void WelcomePane::keyPressEvent(QKeyEvent* event)
{
    // Enter in any field creates the profile, as a dialog's default button would (fields pass Enter on).
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && event->modifiers() == Qt::NoModifier
        && m_ui->createButton->isEnabled()) {
        create();
        return;
    }
    QWidget::keyPressEvent(event);
}

void WelcomePane::validate()
{
    QString problem;
    const QString key = m_ui->accessKeyEdit->text().trimmed();
    const QString secret = m_ui->secretKeyEdit->text().trimmed();
    if (const auto p =
            ProfileFields::check(*m_store, QStringLiteral("default"), QStringLiteral("aws_access_key_id"), key))
        problem = *p;
    else if (const auto r = ProfileFields::check(*m_store, QStringLiteral("default"), QStringLiteral("region"),
                                                 m_ui->regionCombo->currentText().trimmed()))
        problem = *r;
    else if (const auto together = ProfileFields::checkTogether(
                 {{QStringLiteral("aws_access_key_id"), key}, {QStringLiteral("aws_secret_access_key"), secret}}))
        problem = *together;
    m_ui->problemLabel->setText(problem);
    m_ui->problemLabel->setVisible(!problem.isEmpty());
    m_ui->createButton->setEnabled(problem.isEmpty());
}

void WelcomePane::create()
{
    const QList<QPair<QString, QString>> answers{
        {QStringLiteral("aws_access_key_id"), m_ui->accessKeyEdit->text().trimmed()},
        {QStringLiteral("aws_secret_access_key"), m_ui->secretKeyEdit->text().trimmed()},
        {QStringLiteral("region"), m_ui->regionCombo->currentText().trimmed()},
        {QStringLiteral("output"), m_ui->outputCombo->currentText()},
    };
    std::optional<QString> error;
    bool any = false;
    for (const auto& [key, value] : answers) {
        if (value.isEmpty() || error)
            continue;
        any = true;
        error = m_store->setValue(QStringLiteral("default"), key, value);
    }
    if (!any && !error)
        error = m_store->createProfile(QStringLiteral("default"));
    // `aws configure` writes at once; so does the first profile (the credentials file first, 0600).
    if (!error)
        error = m_store->save(ConfigFiles::Overwrite::RefuseIfChanged, FileKind::Credentials);
    if (error) {
        m_ui->problemLabel->setText(*error);
        m_ui->problemLabel->setVisible(true);
        return;
    }
    m_ui->secretKeyEdit->clear();
    Q_EMIT created(tr("The default profile is saved in %1 and %2.")
                       .arg(m_store->path(FileKind::Config), m_store->path(FileKind::Credentials)));
}

} // namespace apm
