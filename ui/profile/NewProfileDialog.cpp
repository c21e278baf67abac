// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "NewProfileDialog.h"
#include "ui_NewProfileDialog.h"

#include <QPushButton>

#include "config/ProfileFields.h"
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
        orderTabs();
        validate();
    });
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &NewProfileDialog::validate);
    connect(m_form, &ProfileForm::valuesEdited, this, &NewProfileDialog::validate);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    orderTabs();
    validate();
}

void NewProfileDialog::orderTabs()
{
    // Tab follows what the eye follows: name, kind, the kind's fields (made anew for each kind), then the buttons.
    QList<QWidget*> chain{m_ui->nameEdit, m_ui->kindCombo};
    chain += m_form->editors();
    for (QAbstractButton* button : m_ui->buttons->buttons())
        chain.append(button);
    for (qsizetype i = 0; i + 1 < chain.size(); ++i)
        setTabOrder(chain[i], chain[i + 1]);
}

NewProfileDialog::~NewProfileDialog() = default;

void NewProfileDialog::validate()
{
    const QString name = m_ui->nameEdit->text();
    m_form->setContext(&m_store, name);
    const auto nameProblem =
        name.isEmpty() ? std::optional(tr("Give the profile a name.")) : m_store.checkNewName(name);
    // What blocks creating it: the name, or values that make no profile together (a key without its secret).
    const auto blocking = nameProblem ? nameProblem : ProfileFields::checkTogether(m_form->values());
    m_ui->problemLabel->setText(blocking.value_or(m_form->firstProblem()));
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(!blocking);

    // Where `aws configure` would put each value.
    const QString config = m_store.path(FileKind::Config);
    const QString credentials = m_store.path(FileKind::Credentials);
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
