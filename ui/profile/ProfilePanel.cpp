// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfilePanel.h"
#include "ui_ProfilePanel.h"

#include <limits>

#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QPointer>
#include <QStyledItemDelegate>

#include "Prompts.h"
#include "SecretClipboard.h"
#include "config/ProfileFields.h"
#include "config/ProfileStore.h"
#include "models/ProfileSettingsModel.h"
#include "profile/IdentityCheck.h"
#include "profile/ProfileForm.h"
#include "profile/SsoSignIn.h"
#include "resolve/SsoToken.h"
#include "secrets/CredentialVault.h"

namespace apm {

namespace {

// Secrets are typed blind in the keys table unless the user asked to see them.
class SettingDelegate final : public QStyledItemDelegate
{
public:
    SettingDelegate(const QCheckBox* reveal, QObject* parent)
        : QStyledItemDelegate(parent)
        , m_reveal(reveal)
    {}

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QWidget* editor = QStyledItemDelegate::createEditor(parent, option, index);
        auto* line = qobject_cast<QLineEdit*>(editor);
        if (line)
            line->setMaxLength(std::numeric_limits<int>::max()); // not 32,767: a long value must not be cut
        if (line && index.data(ProfileSettingsModel::IsSecretRole).toBool() && !m_reveal->isChecked())
            line->setEchoMode(QLineEdit::Password);
        return editor;
    }

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        // A value the other file overrides is struck out and dimmed: it is in the file, and unused.
        if (index.data(ProfileSettingsModel::IsOverriddenRole).toBool()) {
            option->font.setStrikeOut(true);
            option->palette.setBrush(QPalette::Text, option->palette.brush(QPalette::Disabled, QPalette::Text));
        }
    }

private:
    QPointer<const QCheckBox> m_reveal;
};

// The [sso-session] keys the box edits, with their fields.
QList<std::pair<QLineEdit*, QLatin1String>> ssoFields(const Ui::ProfilePanel& ui)
{
    return {{ui.ssoStartUrlEdit, QLatin1String("sso_start_url")},
            {ui.ssoRegionEdit, QLatin1String("sso_region")},
            {ui.ssoScopesEdit, QLatin1String("sso_registration_scopes")}};
}

// A key the rotation can replace: the profile's own (not lent by [DEFAULT]), in the files or in the keychain.
bool hasOwnKey(const Profile* profile)
{
    if (!profile)
        return false;
    const ProfileSetting* id = profile->setting(QStringLiteral("aws_access_key_id"));
    if (id && !id->inherited)
        return !profile->value(QStringLiteral("aws_session_token"));
    const auto process = profile->value(QStringLiteral("credential_process"));
    return process && CredentialVault::isKeychainBacked(*process);
}

} // namespace

ProfilePanel::ProfilePanel(ProfileStore* store, CredentialVault* vault, SecretClipboard* clipboard,
                           IdentityCheck* identity, SsoSignIn* signIn, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ProfilePanel>())
    , m_store(store)
    , m_vault(vault)
    , m_clipboard(clipboard)
    , m_identity(identity)
    , m_signIn(signIn)
    , m_settings(new ProfileSettingsModel(store, this))
    , m_form(new ProfileForm(this))
{
    m_ui->setupUi(this);
    // The form fitted to the kind, then every key in an editable table.
    m_form->setObjectName(QStringLiteral("profileForm"));
    m_ui->formHostLayout->addWidget(m_form);
    for (ProfileKind kind : ProfileFields::creatableKinds())
        m_ui->profileKindCombo->addItem(Profile::kindName(kind), int(kind));
    connect(m_ui->profileKindCombo, &QComboBox::activated, this,
            [this] { m_form->setKind(ProfileKind(m_ui->profileKindCombo->currentData().toInt())); });
    connect(m_form, &ProfileForm::valueCommitted, this, &ProfilePanel::commitFormValue);
    connect(m_ui->revealSecretsCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_form->setSecretsRevealed(on);
        m_settings->setSecretsRevealed(on);
        for (QLineEdit* e : {m_ui->keychainSecretEdit, m_ui->keychainTokenEdit})
            e->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
    });
    setUpKeysTable();
    setUpSsoSession();
    setUpKeychain();
    setUpIdentityCheck();
    setUpKeyRotation();
    setUpSsoSignIn();
    showProfile({});
}

ProfilePanel::~ProfilePanel() = default;

void ProfilePanel::setUpKeysTable()
{
    m_ui->settingsView->setModel(m_settings);
    m_ui->settingsView->setItemDelegate(new SettingDelegate(m_ui->revealSecretsCheck, this));
    QHeaderView* header = m_ui->settingsView->horizontalHeader();
    header->setSectionResizeMode(ProfileSettingsModel::ValueColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ProfileSettingsModel::KeyColumn, QHeaderView::ResizeToContents);
    connect(m_settings, &ProfileSettingsModel::editFailed, this, &ProfilePanel::message);
    connect(m_ui->addKeyButton, &QPushButton::clicked, this, &ProfilePanel::addKey);
    connect(m_ui->newValueEdit, &QLineEdit::returnPressed, this, &ProfilePanel::addKey);
    connect(m_ui->removeKeyButton, &QPushButton::clicked, this, &ProfilePanel::removeKey);
    m_ui->settingsView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_ui->settingsView->addAction(m_ui->actionCopyValue);
    m_ui->actionCopyValue->setShortcut(QKeySequence::Copy);
    m_ui->actionCopyValue->setShortcutContext(Qt::WidgetShortcut);
    connect(m_ui->actionCopyValue, &QAction::triggered, this, &ProfilePanel::copyValue);
}

void ProfilePanel::setUpSsoSession()
{
    // The [sso-session] block an SSO profile names, edited in place (or created).
    for (auto [edit, key] : ssoFields(*m_ui)) {
        connect(edit, &QLineEdit::editingFinished, this, [this, edit = edit, key = key] {
            if (!edit->isModified() || m_ssoSession.isEmpty())
                return;
            edit->setModified(false);
            report(m_store->setSsoSessionValue(m_ssoSession, key, edit->text().trimmed()));
        });
    }
}

void ProfilePanel::setUpKeychain()
{
    // A keychain-backed profile's keys, edited in the item itself (the files do not change).
    connect(m_vault, &CredentialVault::keysRead, this,
            [this](const QString& name, const std::optional<ResolvedCredentials>& keys, const QString& text) {
                if (name != m_keychainProfile)
                    return; // the selection moved on
                m_ui->keychainAccessKeyEdit->setText(keys ? keys->accessKey : QString());
                m_ui->keychainSecretEdit->setText(keys ? keys->secretKey : QString());
                m_ui->keychainTokenEdit->setText(keys ? keys->token.value_or(QString()) : QString());
                setKeychainEditable(keys.has_value());
                m_ui->keychainStatusLabel->setText(keys ? tr("Read from the keychain.") : text);
            });
    connect(m_ui->keychainSaveButton, &QPushButton::clicked, this, [this] {
        ResolvedCredentials keys;
        keys.accessKey = m_ui->keychainAccessKeyEdit->text().trimmed();
        keys.secretKey = m_ui->keychainSecretEdit->text().trimmed();
        if (!m_ui->keychainTokenEdit->text().trimmed().isEmpty())
            keys.token = m_ui->keychainTokenEdit->text().trimmed();
        m_ui->keychainSaveButton->setEnabled(false);
        m_ui->keychainStatusLabel->setText(tr("Writing to the keychain…"));
        m_vault->writeKeys(m_keychainProfile, keys);
    });
    connect(m_vault, &CredentialVault::keysWritten, this, [this](const QString& name, bool, const QString& text) {
        m_ui->keychainSaveButton->setEnabled(true);
        if (name == m_keychainProfile)
            m_ui->keychainStatusLabel->setText(text);
        Q_EMIT message(text);
    });
    connect(m_ui->keychainCopyButton, &QPushButton::clicked, this, [this] {
        m_clipboard->copy(m_ui->keychainSecretEdit->text());
        Q_EMIT message(tr("Secret copied; the clipboard is cleared in 30 seconds."));
    });
}

void ProfilePanel::setUpIdentityCheck()
{
    m_ui->identityLabel->hide();
    connect(m_ui->testButton, &QPushButton::clicked, this, [this] {
        if (m_identity->isRunning()) { // the button reads "Cancel test" meanwhile
            m_identity->cancel();
            showTestRunning(false);
            m_ui->identityLabel->setText(tr("The test was cancelled."));
            return;
        }
        const QString profile = m_settings->profile();
        const Profile* p = m_store->profile(profile);
        if (!p)
            return;
        // A role with an MFA device: the code is asked here, as the CLI asks on its terminal (unused when the
        // role's credentials are still in the CLI's cache).
        std::optional<QString> code;
        if (const auto serial = p->value(QStringLiteral("mfa_serial")); serial && m_prompts) {
            code = m_prompts->askText(window(), tr("MFA code"),
                                      tr("MFA code for %1 (leave it empty if the role is still in the AWS CLI's "
                                         "cache):")
                                          .arg(*serial),
                                      {});
            if (!code)
                return; // cancelled
        }
        showTestRunning(true);
        m_ui->identityLabel->setText(tr("Asking AWS STS whose credentials these are…"));
        m_ui->identityLabel->show();
        m_identity->start(profile, code);
    });
    connect(m_identity, &IdentityCheck::checkFinished, this,
            [this](const QString& profile, bool ok, const QString& text) {
                if (profile != m_settings->profile())
                    return; // the selection moved on
                showTestRunning(false);
                // Said in words first, so that the outcome does not rest on a colour.
                m_ui->identityLabel->setText(ok ? tr("These credentials work: %1").arg(text)
                                                : tr("The test failed: %1").arg(text));
            });
}

void ProfilePanel::showTestRunning(bool running)
{
    m_ui->testButton->setText(running ? tr("Cancel t&est") : tr("Test credent&ials"));
    m_ui->testButton->setAccessibleName(running ? tr("Cancel the credentials test")
                                                : tr("Test the credentials with AWS"));
    m_ui->rotateButton->setEnabled(!running);
}

void ProfilePanel::setUpKeyRotation()
{
    connect(m_ui->rotateButton, &QPushButton::clicked, this, [this] {
        if (m_identity->isRotating()) {
            m_identity->cancel();
            m_ui->rotateButton->setEnabled(false);
            m_ui->identityLabel->setText(tr("Stopping the rotation: the new key is deleted again…"));
            return;
        }
        const QString profile = m_settings->profile();
        if (m_store->isModified()) {
            Q_EMIT message(tr("Save or revert your changes first: the rotation writes the new key into the files."));
            return;
        }
        if (!m_prompts
            || !m_prompts->confirm(window(), tr("Rotate access key"),
                                   tr("Replace the access key of %1 with a new one?\n\nIAM creates a new key; once "
                                      "AWS accepts it (up to 30 seconds) it is written where the old one is, and the "
                                      "old key is deleted in IAM. Anything else that still uses the old key stops "
                                      "working. If a step fails, the new key is deleted again and nothing changes.")
                                       .arg(profile),
                                   tr("Rotate")))
            return;
        m_rotating = profile;
        m_ui->rotateButton->setText(tr("Cancel rotation"));
        m_ui->rotateButton->setAccessibleName(tr("Cancel the key rotation"));
        m_ui->testButton->setEnabled(false);
        m_ui->identityLabel->setText(tr("Rotating the access key…"));
        m_ui->identityLabel->show();
        m_identity->startRotation(profile);
    });
    // The label holds the rotation's latest step whichever profile is shown (Test waits meanwhile), and is shown
    // with the profile being rotated only.
    connect(m_identity, &IdentityCheck::rotationProgressed, m_ui->identityLabel, &QLabel::setText);
    connect(m_identity, &IdentityCheck::rotationFinished, this,
            [this](const QString& profile, bool ok, const QString& text) {
                m_rotating.clear();
                m_ui->rotateButton->setText(tr("R&otate key…"));
                m_ui->rotateButton->setAccessibleName(tr("Rotate the access key"));
                m_ui->rotateButton->setEnabled(true);
                m_ui->testButton->setEnabled(true);
                const QString said = ok ? tr("The key of %1 was rotated: %2").arg(profile, text)
                                        : tr("The rotation of %1's key failed: %2").arg(profile, text);
                m_ui->identityLabel->setText(said);
                m_ui->identityLabel->setVisible(profile == m_settings->profile());
                Q_EMIT message(said.section(u'\n', 0, 0));
            });
}

void ProfilePanel::setUpSsoSignIn()
{
    connect(m_ui->ssoSignInButton, &QPushButton::clicked, this, [this] {
        if (m_settings->profile().isEmpty())
            return;
        m_ui->ssoSignInButton->setEnabled(false);
        m_ui->ssoStatusLabel->setText(tr("Signing in with aws sso login: confirm in the page it opens in your "
                                         "browser…"));
        m_signIn->start(m_settings->profile());
    });
    // What the AWS CLI prints (the page to open and the code to confirm) is shown as it comes.
    connect(m_signIn, &SsoSignIn::linePrinted, this,
            [this](const QString& line) { m_ui->ssoStatusLabel->setText(tr("aws sso login: %1").arg(line)); });
    connect(m_signIn, &SsoSignIn::signInFinished, this, [this](const QString& profile, bool ok, const QString& text) {
        if (profile != m_settings->profile())
            return; // the selection moved on
        m_ui->ssoSignInButton->setEnabled(true);
        showSsoStatus(m_store->profile(profile));
        if (!ok)
            m_ui->ssoStatusLabel->setText(tr("The sign-in failed: %1").arg(text));
    });
}

void ProfilePanel::refreshSsoStatus()
{
    showSsoStatus(m_store->profile(m_settings->profile()));
}

void ProfilePanel::showSsoStatus(const Profile* profile)
{
    const auto token =
        profile ? SsoToken::forProfile(*m_store, m_store->environment(), profile->name, QDateTime::currentDateTimeUtc())
                : std::nullopt;
    m_ui->ssoStatusLabel->setVisible(token.has_value());
    m_ui->ssoSignInButton->setVisible(token.has_value());
    if (!token)
        return;
    m_ui->ssoSignInButton->setEnabled(!m_signIn->isRunning());
    const QString until = token->expiresAt
                              ? QLocale().toString(token->expiresAt->instant.toLocalTime(), QLocale::ShortFormat)
                              : QString();
    // Said in words, so that the state does not rest on a colour or an icon.
    switch (token->state) {
    case SsoToken::State::Valid:
        m_ui->ssoStatusLabel->setText(tr("Signed in to SSO (%1) until %2.").arg(token->cachedAs, until));
        break;
    case SsoToken::State::Refreshable:
        m_ui->ssoStatusLabel->setText(
            tr("The SSO sign-in (%1) ended at %2; the AWS CLI renews it by itself.").arg(token->cachedAs, until));
        break;
    case SsoToken::State::Expired:
        m_ui->ssoStatusLabel->setText(
            tr("The SSO sign-in (%1) expired at %2: sign in again.").arg(token->cachedAs, until));
        break;
    case SsoToken::State::Missing:
        m_ui->ssoStatusLabel->setText(tr("Not signed in to SSO (%1): sign in.").arg(token->cachedAs));
        break;
    case SsoToken::State::Malformed:
    case SsoToken::State::Incomplete:
        m_ui->ssoStatusLabel->setText(
            tr("The SSO sign-in of %1 cannot be read (%2): sign in again.").arg(token->cachedAs, token->path));
        break;
    }
}

void ProfilePanel::focusForm()
{
    m_form->focusFirstField();
}

void ProfilePanel::showProfile(const QString& name)
{
    const Profile* profile = name.isEmpty() ? nullptr : m_store->profile(name);
    const bool newSelection = name != m_settings->profile();
    if (newSelection && !m_identity->isRotating()) { // a test of the profile shown before says nothing about this one
        m_identity->cancel();
        showTestRunning(false);
        m_ui->identityLabel->hide();
        m_ui->identityLabel->clear();
    } else if (newSelection) {
        m_ui->identityLabel->setVisible(profile && profile->name == m_rotating);
    }
    m_ui->testButton->setEnabled(profile && !m_identity->isRotating());
    // A rotation goes on when another profile is shown; its button stays with its profile.
    m_ui->rotateButton->setVisible(hasOwnKey(profile) || (profile && profile->name == m_rotating));
    m_ui->rotateButton->setEnabled(m_identity->isRotating() ? profile && profile->name == m_rotating
                                                            : !m_identity->isRunning());
    m_ui->profileTitle->setText(profile ? tr("%1 — %2").arg(profile->name, Profile::kindName(profile->kind()))
                                        : tr("No profile selected"));
    showKeychainKeys(profile);
    showSsoSession(profile);
    if (newSelection)
        m_signIn->cancel();
    showSsoStatus(profile);
    m_settings->setProfile(profile ? name : QString());
    m_ui->formHost->setEnabled(profile);
    m_ui->profileKindCombo->setEnabled(profile);
    const bool editable = m_store->isValid();
    m_form->setReadOnly(!editable);
    for (QWidget* w : {static_cast<QWidget*>(m_ui->newKeyEdit), static_cast<QWidget*>(m_ui->newValueEdit),
                       static_cast<QWidget*>(m_ui->addKeyButton), static_cast<QWidget*>(m_ui->removeKeyButton)})
        w->setEnabled(profile && editable);
    if (profile)
        showForm(*profile, newSelection);
    else
        m_form->setValues({});
}

void ProfilePanel::showForm(const Profile& profile, bool newSelection)
{
    // The kind the user picked stays while the same profile is selected (filling role_arn on a settings-only
    // profile must not swap the form under the cursor). But when the profile changes kind by something else (its
    // keys moved to the keychain and back) while the form shows the kind it had, the form follows.
    const auto shownKind = ProfileKind(m_ui->profileKindCombo->currentData().toInt());
    if (newSelection || (profile.kind() != m_shownKind && shownKind == m_shownKind)) {
        const int kindIndex = m_ui->profileKindCombo->findData(int(profile.kind()));
        m_ui->profileKindCombo->setCurrentIndex(std::max(0, kindIndex));
        m_form->setKind(ProfileKind(m_ui->profileKindCombo->currentData().toInt()));
    }
    m_shownKind = profile.kind();
    m_form->setContext(m_store, profile.name);
    QHash<QString, QString> values;
    for (const ProfileSetting& s : profile.settings) {
        if (!s.value().isNested)
            values.insert(s.key(), s.value().scalar);
    }
    m_form->setValues(values);
}

void ProfilePanel::report(const std::optional<QString>& error)
{
    if (error)
        Q_EMIT message(*error);
}

void ProfilePanel::commitFormValue(const QString& profile, const QString& key, const QString& value)
{
    // The profile the form shows, not the list's current row: a filter typed meanwhile may have hidden it.
    const Profile* p = m_store->profile(profile);
    if (!p)
        return report(tr("Could not set %1: the profile %2 no longer exists.").arg(key, profile));
    const ProfileSetting* setting = p->setting(key);
    if (!value.isEmpty())
        return report(m_store->setValue(p->name, key, value));
    // An emptied field removes the key (`key =` would be an empty value, which the CLI reads as set).
    if (setting && !setting->inherited)
        report(m_store->removeKey(p->name, key));
}

void ProfilePanel::addKey()
{
    const QString key = m_ui->newKeyEdit->text().trimmed();
    if (key.isEmpty() || m_settings->profile().isEmpty())
        return;
    if (const auto error = m_settings->addSetting(key, m_ui->newValueEdit->text()))
        return report(error);
    m_ui->newKeyEdit->clear();
    m_ui->newValueEdit->clear();
    m_ui->settingsView->setCurrentIndex(m_settings->indexOf(key).siblingAtColumn(ProfileSettingsModel::ValueColumn));
}

void ProfilePanel::removeKey()
{
    report(m_settings->removeSetting(m_ui->settingsView->currentIndex().row()));
}

void ProfilePanel::copyValue()
{
    const QModelIndex index = m_ui->settingsView->currentIndex();
    if (!index.isValid())
        return;
    const QString value = index.siblingAtColumn(ProfileSettingsModel::ValueColumn).data(Qt::EditRole).toString();
    if (index.data(ProfileSettingsModel::IsSecretRole).toBool()) {
        m_clipboard->copy(value);
        Q_EMIT message(tr("Secret copied; the clipboard is cleared in 30 seconds."));
        return;
    }
    QGuiApplication::clipboard()->setText(value);
}

void ProfilePanel::setKeychainEditable(bool editable)
{
    for (QWidget* w :
         {static_cast<QWidget*>(m_ui->keychainAccessKeyEdit), static_cast<QWidget*>(m_ui->keychainSecretEdit),
          static_cast<QWidget*>(m_ui->keychainTokenEdit), static_cast<QWidget*>(m_ui->keychainSaveButton),
          static_cast<QWidget*>(m_ui->keychainCopyButton)})
        w->setEnabled(editable);
}

void ProfilePanel::showKeychainKeys(const Profile* profile)
{
    const auto process = profile ? profile->value(QStringLiteral("credential_process")) : std::nullopt;
    const bool backed = process && CredentialVault::isKeychainBacked(*process);
    m_ui->keychainBox->setVisible(backed);
    if (!backed) {
        m_keychainProfile.clear();
        for (QLineEdit* e : {m_ui->keychainAccessKeyEdit, m_ui->keychainSecretEdit, m_ui->keychainTokenEdit})
            e->clear(); // no secret lingers in a hidden field
        return;
    }
    if (profile->name == m_keychainProfile)
        return; // shown (or being read) already
    m_keychainProfile = profile->name;
    setKeychainEditable(false);
    m_ui->keychainStatusLabel->setText(tr("Reading the keychain…"));
    m_vault->readKeys(profile->name);
}

void ProfilePanel::showSsoSession(const Profile* profile)
{
    m_ssoSession = profile ? profile->value(QStringLiteral("sso_session")).value_or(QString()) : QString();
    m_ui->ssoSessionBox->setVisible(!m_ssoSession.isEmpty());
    if (m_ssoSession.isEmpty())
        return;
    const auto block = m_store->ssoSession(m_ssoSession);
    m_ui->ssoSessionBox->setTitle(
        block ? tr("[sso-session %1], which this profile names").arg(m_ssoSession)
              : tr("[sso-session %1] does not exist yet: fill it in to create it").arg(m_ssoSession));
    auto valueOf = [&block](QLatin1String key) {
        if (block) {
            for (const auto& [k, v] : *block) {
                if (k == key)
                    return v.scalar;
            }
        }
        return QString();
    };
    for (auto [edit, key] : ssoFields(*m_ui)) {
        if (!edit->hasFocus() || !edit->isModified()) { // never under the cursor of someone typing
            edit->setText(valueOf(key));
            edit->setModified(false);
        }
        edit->setReadOnly(!m_store->isValid());
    }
}

} // namespace apm
