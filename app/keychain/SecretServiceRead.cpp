// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretServiceRead.h"

#include <memory>

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusVariant>

namespace apm::secretservice {

// The Secret Service's Secret struct, (oayays): session, algorithm parameters, value, content type.
struct Secret {
    QDBusObjectPath session;
    QByteArray parameters;
    QByteArray value;
    QString contentType;
};

const QDBusArgument& operator>>(const QDBusArgument& in, Secret& secret)
{
    in.beginStructure();
    in >> secret.session >> secret.parameters >> secret.value >> secret.contentType;
    in.endStructure();
    return in;
}

QDBusArgument& operator<<(QDBusArgument& out, const Secret& secret)
{
    out.beginStructure();
    out << secret.session << secret.parameters << secret.value << secret.contentType;
    out.endStructure();
    return out;
}

} // namespace apm::secretservice

Q_DECLARE_METATYPE(apm::secretservice::Secret)

namespace apm {

namespace {

using secretservice::Secret;
using Attributes = QMap<QString, QString>;
using Done = std::function<void(const SecretServiceAnswer&)>;

const QString kBusName = QStringLiteral("org.freedesktop.secrets");
const QString kServicePath = QStringLiteral("/org/freedesktop/secrets");
const QString kServiceInterface = QStringLiteral("org.freedesktop.Secret.Service");

// QtKeychain prefers KWallet in KDE sessions and the Secret Service elsewhere (detectKeyringBackend() in its
// keychain_unix.cpp). A session that looks like KDE in any variable it reads is left to QtKeychain.
bool qtKeychainUsesSecretService()
{
    for (const char* name : {"XDG_CURRENT_DESKTOP", "DESKTOP_SESSION"}) {
        const QString desktop = qEnvironmentVariable(name).toLower();
        if (desktop.contains(u"kde") || desktop.contains(u"plasma"))
            return false;
    }
    return qEnvironmentVariableIsEmpty("KDE_FULL_SESSION") && qEnvironmentVariableIsEmpty("KDE_SESSION_VERSION");
}

struct Read {
    QDBusConnection bus = QDBusConnection::sessionBus();
    QString service;
    QString key;
    Done done;
    QDBusObjectPath session;
    QDBusObjectPath item;
};
using ReadPointer = std::shared_ptr<Read>;

void finish(const ReadPointer& read, SecretServiceAnswer answer = {})
{
    if (!read->session.path().isEmpty()) {
        // Nothing waits for the answer: the session would end with the connection anyway.
        read->bus.send(QDBusMessage::createMethodCall(
            kBusName, read->session.path(), QStringLiteral("org.freedesktop.Secret.Session"), QStringLiteral("Close")));
    }
    read->done(answer);
}

// Sends `message` and hands its answer to `next`; an error ends the read with nothing.
void call(const ReadPointer& read, const QDBusMessage& message, void (*next)(const ReadPointer&, const QDBusMessage&))
{
    auto* watcher = new QDBusPendingCallWatcher(read->bus.asyncCall(message));
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, watcher, [read, watcher, next] {
        watcher->deleteLater();
        const QDBusMessage reply = watcher->reply();
        if (reply.type() == QDBusMessage::ReplyMessage)
            next(read, reply);
        else
            finish(read);
    });
}

QDBusMessage serviceCall(const QString& method)
{
    return QDBusMessage::createMethodCall(kBusName, kServicePath, kServiceInterface, method);
}

void gotSecret(const ReadPointer& read, const QDBusMessage& reply)
{
    const auto secrets = qdbus_cast<QMap<QDBusObjectPath, Secret>>(reply.arguments().value(0));
    const auto it = secrets.constFind(read->item);
    if (it == secrets.cend())
        return finish(read);
    finish(read, {QString::fromUtf8(it->value), false}); // as ReadPasswordJob::textData() decodes it
}

void gotAttributes(const ReadPointer& read, const QDBusMessage& reply)
{
    // QtKeychain writes text as "plaintext" and bytes as "base64"; only text is ours to read.
    const QVariant value = reply.arguments().value(0).value<QDBusVariant>().variant();
    if (qdbus_cast<Attributes>(value).value(QStringLiteral("type")) != u"plaintext")
        return finish(read);
    QDBusMessage get = serviceCall(QStringLiteral("GetSecrets"));
    get << QVariant::fromValue(QList<QDBusObjectPath>{read->item}) << QVariant::fromValue(read->session);
    call(read, get, gotSecret);
}

void gotItems(const ReadPointer& read, const QDBusMessage& reply)
{
    const auto unlocked = qdbus_cast<QList<QDBusObjectPath>>(reply.arguments().value(0));
    const auto locked = qdbus_cast<QList<QDBusObjectPath>>(reply.arguments().value(1));
    if (unlocked.size() != 1 || !locked.isEmpty())
        return finish(read, {std::nullopt, unlocked.isEmpty() && !locked.isEmpty()}); // QtKeychain unlocks, or chooses
    read->item = unlocked.first();
    QDBusMessage get = QDBusMessage::createMethodCall(
        kBusName, read->item.path(), QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
    get << QStringLiteral("org.freedesktop.Secret.Item") << QStringLiteral("Attributes");
    call(read, get, gotAttributes);
}

void openedSession(const ReadPointer& read, const QDBusMessage& reply)
{
    read->session = reply.arguments().value(1).value<QDBusObjectPath>();
    // The attributes QtKeychain's libsecret schema looks an item up by.
    QDBusMessage search = serviceCall(QStringLiteral("SearchItems"));
    search << QVariant::fromValue(
        Attributes{{QStringLiteral("user"), read->key}, {QStringLiteral("server"), read->service}});
    call(read, search, gotItems);
}

} // namespace

void readFromSecretService(const QString& service, const QString& key, Done done)
{
    if (!qtKeychainUsesSecretService())
        return done({});
    static const bool registered = [] {
        qDBusRegisterMetaType<Secret>();
        qDBusRegisterMetaType<QMap<QDBusObjectPath, Secret>>();
        qDBusRegisterMetaType<Attributes>();
        return true;
    }();
    Q_UNUSED(registered)
    auto read = std::make_shared<Read>();
    if (!read->bus.isConnected())
        return done({});
    read->service = service;
    read->key = key;
    read->done = std::move(done);
    QDBusMessage open = serviceCall(QStringLiteral("OpenSession"));
    open << QStringLiteral("plain") << QVariant::fromValue(QDBusVariant(QString()));
    call(read, open, openedSession);
}

} // namespace apm
