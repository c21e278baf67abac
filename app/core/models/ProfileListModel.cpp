// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileListModel.h"

#include <QLocale>

#include "base/DisplayText.h"
#include "config/ProfileFields.h"
#include "resolve/SsoToken.h"

namespace apm {

namespace {

// Longer than any name a person tells apart by eye; the delegate cuts what is left in its middle to fit.
constexpr qsizetype kLongestShownName = 1'000;

// The account id inside an ARN such as arn:aws:iam::123456789012:role/x.
QString accountOf(const std::optional<QString>& arn)
{
    if (!arn)
        return {};
    const QStringList parts = arn->split(u':');
    return parts.size() > 4 ? parts.at(4) : QString();
}

// Whether an SSO profile's sign-in holds, in a few words, and the problem when it does not.
std::pair<QString, QString> ssoSignIn(const ProfileStore& store, const QString& profile)
{
    const auto token = SsoToken::forProfile(store, store.environment(), profile, QDateTime::currentDateTimeUtc());
    if (!token)
        return {};
    const QString until = token->expiresAt
                              ? QLocale().toString(token->expiresAt->instant.toLocalTime(), QLocale::ShortFormat)
                              : QString();
    switch (token->state) {
    case SsoToken::State::Valid: return {ProfileListModel::tr("signed in until %1").arg(until), {}};
    case SsoToken::State::Refreshable: return {ProfileListModel::tr("signed in, renewed by the AWS CLI"), {}};
    case SsoToken::State::Expired:
        return {ProfileListModel::tr("sign-in expired"),
                ProfileListModel::tr("The SSO sign-in as %1 expired at %2: run aws sso login --profile %3.")
                    .arg(token->cachedAs, until, profile)};
    case SsoToken::State::Missing:
        return {ProfileListModel::tr("not signed in"),
                ProfileListModel::tr("Not signed in to SSO as %1: run aws sso login --profile %2.")
                    .arg(token->cachedAs, profile)};
    case SsoToken::State::Malformed:
    case SsoToken::State::Incomplete: break;
    }
    return {ProfileListModel::tr("sign-in unreadable"),
            ProfileListModel::tr("The SSO token cached in %1 cannot be read: run aws sso login --profile %2.")
                .arg(token->path, profile)};
}

} // namespace

ProfileListModel::ProfileListModel(ProfileStore* store, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(store, &ProfileStore::profilesChanged, this, &ProfileListModel::refresh);
    m_names = store->profileNames();
    m_rows.assign(size_t(m_names.size()), Row{});
}

void ProfileListModel::refresh()
{
    // Most changes edit values: the same rows, shown again (views keep their selection and scroll position).
    if (m_store->profileNames() == m_names) {
        std::fill(m_rows.begin(), m_rows.end(), Row{});
        if (!m_rows.empty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_names = m_store->profileNames();
    m_rows.assign(size_t(m_names.size()), Row{});
    endResetModel();
}

const ProfileListModel::Row& ProfileListModel::rowAt(int row) const
{
    Row& r = m_rows[size_t(row)];
    if (r.computed)
        return r;
    r.computed = true;
    const Profile* p = m_store->profile(m_names.at(row));
    if (!p)
        return r;
    r.kind = p->kind();
    r.region = p->value(QStringLiteral("region")).value_or(QString());
    // The checks of the form, on the keys that decide whether the profile works at all.
    for (const char* key : {"source_profile", "credential_source", "sso_session", "region", "output"}) {
        const QString name = QLatin1String(key);
        if (const auto value = p->value(name)) {
            if (auto problem = ProfileFields::check(*m_store, p->name, name, *value)) {
                r.problem = *problem;
                break;
            }
        }
    }
    if (r.kind == ProfileKind::Sso) {
        auto [signIn, problem] = ssoSignIn(*m_store, p->name);
        r.ssoSignIn = signIn;
        if (r.problem.isEmpty())
            r.problem = problem;
    }
    return r;
}

void ProfileListModel::ssoCacheChanged()
{
    for (size_t row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].computed && m_rows[row].kind == ProfileKind::Sso) {
            m_rows[row] = Row{};
            const QModelIndex first = index(int(row), 0);
            Q_EMIT dataChanged(first, first.siblingAtColumn(ColumnCount - 1));
        }
    }
}

const QString& ProfileListModel::searchText(int row) const
{
    // Apart from the rest of the row: a filter needs it for every profile, the rest only for rows on screen.
    Row& r = m_rows[size_t(row)];
    if (!r.searchComputed) {
        r.searchComputed = true;
        if (const Profile* p = m_store->profile(m_names.at(row))) {
            r.search = p->name.toLower();
            for (const QString& part : {p->value(QStringLiteral("region")).value_or(QString()),
                                        accountOf(p->value(QStringLiteral("role_arn"))),
                                        p->value(QStringLiteral("sso_account_id")).value_or(QString())}) {
                if (!part.isEmpty())
                    r.search += u' ' + part.toLower();
            }
        }
    }
    return r.search;
}

int ProfileListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_names.size());
}

int ProfileListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Profile* ProfileListModel::profileAt(const QModelIndex& index) const
{
    if (!m_store || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return nullptr;
    return m_store->profile(m_names.at(index.row()));
}

QModelIndex ProfileListModel::indexOf(const QString& name) const
{
    const qsizetype row = m_names.indexOf(name);
    return row < 0 ? QModelIndex() : index(int(row), NameColumn);
}

void ProfileListModel::setActiveProfile(const QString& name)
{
    if (name == m_active)
        return;
    const QModelIndex before = indexOf(m_active);
    m_active = name;
    for (const QModelIndex& changed : {before, indexOf(name)}) {
        if (changed.isValid())
            Q_EMIT dataChanged(changed, changed.siblingAtColumn(ColumnCount - 1));
    }
}

QVariant ProfileListModel::data(const QModelIndex& index, int role) const
{
    const Profile* p = profileAt(index);
    if (!p)
        return {};
    const Row& row = rowAt(index.row());
    const bool active = p->name == m_active;
    // Shown, never used to find the profile (ProfileNameRole): a name or a region of megabytes is cut short, as
    // the view would otherwise lay all of it out to paint a cell.
    auto shownName = [p] {
        return elided(p->name, kLongestShownName);
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return active ? QStringLiteral("★ ") + shownName() : shownName();
        case KindColumn:
            return row.ssoSignIn.isEmpty() ? Profile::kindName(row.kind)
                                           : tr("%1 · %2").arg(Profile::kindName(row.kind), row.ssoSignIn);
        case RegionColumn: return elided(row.region);
        }
        break;
    case Qt::ToolTipRole:
        if (!row.problem.isEmpty())
            return row.problem;
        return data(index, Qt::DisplayRole);
    case Qt::AccessibleTextRole: {
        QString text = active
                           ? tr("Profile %1, %2, active in your shells").arg(shownName(), Profile::kindName(row.kind))
                           : tr("Profile %1, %2").arg(shownName(), Profile::kindName(row.kind));
        if (!row.ssoSignIn.isEmpty())
            text += tr(", %1").arg(row.ssoSignIn);
        if (!row.problem.isEmpty())
            text += tr(", problem: %1").arg(row.problem);
        return text;
    }
    case ProfileNameRole: return p->name;
    case IsActiveRole: return active;
    case KindRole: return int(row.kind);
    case SearchTextRole: return searchText(index.row());
    case ProblemRole: return row.problem;
    case SsoSignInRole: return row.ssoSignIn;
    default: break;
    }
    return {};
}

QVariant ProfileListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Profile");
    case KindColumn: return tr("Kind");
    case RegionColumn: return tr("Region");
    }
    return {};
}

} // namespace apm
