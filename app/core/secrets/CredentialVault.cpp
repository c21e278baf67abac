// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CredentialVault.h"

#include <QJsonDocument>
#include <QJsonObject>

#include "base/PythonText.h"
#include "config/ProfileStore.h"

namespace apm {

namespace {

const QStringList kKeyNames{QStringLiteral("aws_access_key_id"), QStringLiteral("aws_secret_access_key"),
                            QStringLiteral("aws_session_token"), QStringLiteral("aws_security_token")};

} // namespace

CredentialVault::CredentialVault(ProfileStore* store, SecretStore* secrets, QString helperPath, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_secrets(secrets)
    , m_helperPath(std::move(helperPath))
{}

QString CredentialVault::processCommand(const QString& helperPath, const QString& profile)
{
    // Double quotes keep a path with spaces whole through the CLI's shlex split (Windows' splitter too).
    return u'"' + helperPath + QStringLiteral("\" credential-process --profile ") + python::shlexQuote(profile);
}

bool CredentialVault::isKeychainBacked(const QString& credentialProcess)
{
    const auto argv = python::shlexSplit(credentialProcess);
    return argv && argv->size() == 4 && argv->at(1) == u"credential-process" && argv->at(2) == u"--profile";
}

QString CredentialVault::payload(const ResolvedCredentials& c)
{
    QJsonObject json{{QStringLiteral("Version"), 1},
                     {QStringLiteral("AccessKeyId"), c.accessKey},
                     {QStringLiteral("SecretAccessKey"), c.secretKey}};
    if (c.token)
        json.insert(QStringLiteral("SessionToken"), *c.token);
    if (c.expiry)
        json.insert(QStringLiteral("Expiration"), c.expiry->isoFormat);
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

std::optional<ResolvedCredentials> CredentialVault::parsePayload(const QString& text)
{
    const QJsonObject json = QJsonDocument::fromJson(text.toUtf8()).object();
    if (json.value(QStringLiteral("Version")).toInt() != 1 || !json.value(QStringLiteral("AccessKeyId")).isString()
        || !json.value(QStringLiteral("SecretAccessKey")).isString())
        return std::nullopt;
    ResolvedCredentials c;
    c.method = QStringLiteral("custom-process");
    c.accessKey = json.value(QStringLiteral("AccessKeyId")).toString();
    c.secretKey = json.value(QStringLiteral("SecretAccessKey")).toString();
    if (json.value(QStringLiteral("SessionToken")).isString())
        c.token = json.value(QStringLiteral("SessionToken")).toString();
    if (const QString expiration = json.value(QStringLiteral("Expiration")).toString(); !expiration.isEmpty())
        c.expiry = parseTimestamp(expiration);
    return c;
}

void CredentialVault::moveIn(const QString& name)
{
    if (m_store && m_store->isModified())
        return fail(tr("Save or revert your unsaved changes first: moving keys saves the files."));
    const Profile* p = m_store ? m_store->profile(name) : nullptr;
    if (!p)
        return fail(tr("The config profile (%1) could not be found").arg(name));
    const ProfileSetting* accessKey = p->setting(QStringLiteral("aws_access_key_id"));
    const ProfileSetting* secretKey = p->setting(QStringLiteral("aws_secret_access_key"));
    if (!accessKey || !secretKey || accessKey->file != FileKind::Credentials || secretKey->file != FileKind::Credentials
        || accessKey->inherited || secretKey->inherited)
        return fail(tr("Profile %1 has no access key and secret key of its own in the credentials file: there is "
                       "nothing to move.")
                        .arg(name));
    if (p->setting(QStringLiteral("credential_process")))
        return fail(tr("Profile %1 already has a credential_process; remove it first.").arg(name));
    ResolvedCredentials c;
    c.accessKey = accessKey->value().scalar;
    c.secretKey = secretKey->value().scalar;
    for (const char* tokenKey : {"aws_security_token", "aws_session_token"}) {
        if (const auto token = p->value(QLatin1String(tokenKey)); token && !c.token)
            c.token = token;
    }
    const QString document = payload(c);

    SecretJob* write = m_secrets->write(name, document);
    connect(write, &SecretJob::finished, this, [this, name, document](const SecretResult& written) {
        if (written.status != SecretResult::Status::Ok)
            return fail(tr("Nothing was changed: %1").arg(written.message));
        // Read it back before touching the files.
        SecretJob* read = m_secrets->read(name);
        connect(read, &SecretJob::finished, this, [this, name, document](const SecretResult& item) {
            if (item.status != SecretResult::Status::Ok || item.value != document) {
                const QString reason = tr("The keychain did not give back what was written (%1); the files were not "
                                          "changed.")
                                           .arg(item.message.isEmpty() ? tr("different content") : item.message);
                // Take the item back out before saying so: the keychain is left as it was too.
                SecretJob* remove = m_secrets->remove(name);
                connect(remove, &SecretJob::finished, this, [this, reason] { fail(reason); });
                return remove->start();
            }
            storeIn(name);
        });
        read->start();
    });
    write->start();
}

void CredentialVault::storeIn(const QString& name)
{
    for (const QString& key : kKeyNames) {
        const Profile* p = m_store->profile(name);
        if (p && p->setting(key))
            (void)m_store->removeKey(name, key);
    }
    if (auto error =
            m_store->setValue(name, QStringLiteral("credential_process"), processCommand(m_helperPath, name))) {
        m_store->reload();
        return fail(tr("The keys are in the keychain, but the files could not be changed: %1").arg(*error));
    }
    // The config file first: until the credentials file is saved, its keys still win, so the CLI keeps working.
    if (auto error = m_store->save()) {
        const bool configWritten = !m_store->files().file(FileKind::Config).document.isModified();
        m_store->reload();
        return fail(configWritten ? tr("credential_process was added to the config file, but the credentials file "
                                       "could not be saved (%1); the keys are still there too, and the AWS CLI "
                                       "keeps using them.")
                                        .arg(*error)
                                  : tr("The files could not be saved (%1); nothing was changed in them. The keychain "
                                       "item for %2 is left in place.")
                                        .arg(*error, name));
    }
    Q_EMIT finished(true, tr("The keys of %1 are now in the keychain; the AWS CLI gets them through "
                             "credential_process.")
                              .arg(name));
}

void CredentialVault::readKeys(const QString& name)
{
    SecretJob* read = m_secrets->read(name);
    connect(read, &SecretJob::finished, this, [this, name](const SecretResult& item) {
        if (item.status != SecretResult::Status::Ok)
            return Q_EMIT keysRead(name, std::nullopt, item.message);
        const auto keys = parsePayload(item.value);
        Q_EMIT keysRead(name, keys,
                        keys ? QString()
                             : tr("The keychain item for %1 is not a credential_process document.").arg(name));
    });
    read->start();
}

void CredentialVault::writeKeys(const QString& name, const ResolvedCredentials& keys)
{
    if (keys.accessKey.isEmpty() || keys.secretKey.isEmpty())
        return Q_EMIT keysWritten(name, false, tr("The access key ID and the secret access key cannot be empty."));
    // The item as it was, to put back if the new one does not read back the same.
    SecretJob* before = m_secrets->read(name);
    connect(before, &SecretJob::finished, this, [this, name, keys](const SecretResult& old) {
        if (old.status != SecretResult::Status::Ok)
            return Q_EMIT keysWritten(name, false, tr("Nothing was changed: %1").arg(old.message));
        const QString document = payload(keys);
        SecretJob* write = m_secrets->write(name, document);
        connect(write, &SecretJob::finished, this, [this, name, document, previous = old.value](const SecretResult& w) {
            if (w.status != SecretResult::Status::Ok)
                return Q_EMIT keysWritten(name, false, tr("The keychain item was not changed: %1").arg(w.message));
            SecretJob* check = m_secrets->read(name);
            connect(check, &SecretJob::finished, this, [this, name, document, previous](const SecretResult& r) {
                if (r.status == SecretResult::Status::Ok && r.value == document)
                    return Q_EMIT keysWritten(name, true,
                                              tr("The keys of %1 in the keychain were changed; the AWS CLI gets the "
                                                 "new ones from its next command.")
                                                  .arg(name));
                SecretJob* restore = m_secrets->write(name, previous);
                connect(restore, &SecretJob::finished, this, [this, name](const SecretResult& back) {
                    Q_EMIT keysWritten(name, false,
                                       back.status == SecretResult::Status::Ok
                                           ? tr("The keychain did not give back what was written; the old keys of %1 "
                                                "were put back.")
                                                 .arg(name)
                                           : tr("The keychain did not give back what was written, and the old keys "
                                                "of %1 could not be put back: %2")
                                                 .arg(name, back.message));
                });
                restore->start();
            });
            check->start();
        });
        write->start();
    });
    before->start();
}

void CredentialVault::moveOut(const QString& name)
{
    if (m_store && m_store->isModified())
        return fail(tr("Save or revert your unsaved changes first: moving keys saves the files."));
    const Profile* p = m_store ? m_store->profile(name) : nullptr;
    if (!p)
        return fail(tr("The config profile (%1) could not be found").arg(name));
    const auto process = p->value(QStringLiteral("credential_process"));
    if (!process || !isKeychainBacked(*process))
        return fail(tr("Profile %1 does not keep its keys in the keychain.").arg(name));
    SecretJob* read = m_secrets->read(name);
    connect(read, &SecretJob::finished, this, [this, name](const SecretResult& item) { restoreFrom(name, item); });
    read->start();
}

void CredentialVault::restoreFrom(const QString& name, const SecretResult& item)
{
    if (item.status != SecretResult::Status::Ok)
        return fail(tr("Nothing was changed: %1").arg(item.message));
    const auto c = parsePayload(item.value);
    if (!c)
        return fail(
            tr("The keychain item for %1 is not a credential_process document; nothing was changed.").arg(name));
    std::optional<QString> error = m_store->setValue(name, QStringLiteral("aws_access_key_id"), c->accessKey);
    if (!error)
        error = m_store->setValue(name, QStringLiteral("aws_secret_access_key"), c->secretKey);
    if (!error && c->token)
        error = m_store->setValue(name, QStringLiteral("aws_session_token"), *c->token);
    if (!error)
        error = m_store->removeKey(name, QStringLiteral("credential_process"));
    // The credentials file first: the keys win over credential_process as soon as they are back.
    if (!error)
        error = m_store->save(ConfigFiles::Overwrite::RefuseIfChanged, FileKind::Credentials);
    if (error) {
        m_store->reload();
        return fail(
            tr("Could not move the keys of %1 back: %2. The keychain item is left in place.").arg(name, *error));
    }
    SecretJob* remove = m_secrets->remove(name);
    connect(remove, &SecretJob::finished, this, [this, name](const SecretResult& removed) {
        if (removed.status != SecretResult::Status::Ok && removed.status != SecretResult::Status::NotFound)
            return Q_EMIT finished(true, tr("The keys of %1 are back in the credentials file, but the keychain item "
                                            "could not be deleted: %2")
                                             .arg(name, removed.message));
        Q_EMIT finished(true, tr("The keys of %1 are back in the credentials file.").arg(name));
    });
    remove->start();
}

} // namespace apm
