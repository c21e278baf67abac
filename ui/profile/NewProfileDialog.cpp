// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "NewProfileDialog.h"
#include "ui_NewProfileDialog.h"

#include <QPushButton>

#include "config/ProfileStore.h"
#include "profile/ProfileForm.h"

namespace apm {

NewProfileDialog::NewProfileDialog(const ProfileStore& store, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::NewProfileDialog>())
    , m_store(store)
    , m_form(new ProfileForm(this))
{
    m_ui->setupUi(this);
    m_form->setObjectName(QStringLiteral("form"));
    m_ui->fieldsLayout->addWidget(m_form);
    for (ProfileKind kind : ProfileFields::creatableKinds())
        m_ui->kindCombo->addItem(Profile::kindName(kind), int(kind));
    m_form->setContext(&store, QString());
    m_form->setKind(ProfileKind::StaticKeys);
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_form->setKind(ProfileKind(m_ui->kindCombo->currentData().toInt()));
        validate();
    });
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &NewProfileDialog::validate);
    connect(m_form, &ProfileForm::valuesEdited, this, &NewProfileDialog::validate);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

NewProfileDialog::~NewProfileDialog() = default;

void NewProfileDialog::validate()
{
    const QString name = m_ui->nameEdit->text();
    m_form->setContext(&m_store, name);
    const auto nameProblem =
        name.isEmpty() ? std::optional(tr("Give the profile a name.")) : m_store.checkNewName(name);
    m_ui->problemLabel->setText(nameProblem.value_or(m_form->firstProblem()));
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(!nameProblem);

    // Where `aws configure` would put each value.
    const QString config = m_store.files().file(FileKind::Config).readPath;
    const QString credentials = m_store.files().file(FileKind::Credentials).readPath;
    const QString section = name.isEmpty() ? tr("[profile NAME]") : u'[' + ProfileStore::configSectionFor(name) + u']';
    const bool hasKeys = m_form->kind() == ProfileKind::StaticKeys;
    m_ui->whereLabel->setText(hasKeys ? tr("The keys go to %1 under [%2]; the other settings to %3 under %4.")
                                            .arg(credentials, name.isEmpty() ? tr("NAME") : name, config, section)
                                      : tr("Everything goes to %1 under %2.").arg(config, section));
}

NewProfile NewProfileDialog::result() const
{
    NewProfile profile{m_ui->nameEdit->text(), {}};
    // In the form's order, which is the order `aws configure` asks in.
    const QHash<QString, QString> values = m_form->values();
    for (const FieldSpec& spec : ProfileFields::fieldsFor(m_form->kind())) {
        const QString value = values.value(spec.key);
        if (!value.isEmpty())
            profile.values.append({spec.key, value});
    }
    return profile;
}

} // namespace apm
