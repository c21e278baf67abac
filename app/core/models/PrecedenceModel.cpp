// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrecedenceModel.h"

#include "resolve/ResolutionJob.h"

namespace apm {

namespace {

int columnOf(SourceKind kind)
{
    switch (kind) {
    case SourceKind::Option: return PrecedenceModel::OptionColumn;
    case SourceKind::Environment: return PrecedenceModel::EnvironmentColumn;
    case SourceKind::CredentialsFile: return PrecedenceModel::CredentialsColumn;
    case SourceKind::ConfigFile: return PrecedenceModel::ConfigColumn;
    case SourceKind::Provider: return PrecedenceModel::ProviderColumn;
    case SourceKind::Container:
    case SourceKind::InstanceMetadata: return PrecedenceModel::MetadataColumn;
    case SourceKind::Default: return PrecedenceModel::WinnerColumn; // only ever shown as the winner
    }
    return PrecedenceModel::WinnerColumn;
}

// "config:7 [profile ecr]" for "/home/me/.aws/config:7 [profile ecr]": the cell stays readable, the tooltip
// has the whole path.
QString shortOrigin(const Candidate& c)
{
    if (c.kind != SourceKind::CredentialsFile && c.kind != SourceKind::ConfigFile)
        return c.origin;
    const qsizetype bracket = c.origin.indexOf(QStringLiteral(" ["));
    const qsizetype slash = c.origin.lastIndexOf(u'/', bracket < 0 ? -1 : bracket);
    return slash < 0 ? c.origin : c.origin.mid(slash + 1);
}

} // namespace

PrecedenceModel::PrecedenceModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

PrecedenceModel::~PrecedenceModel() = default;

void PrecedenceModel::follow(const ProfileStore* store, int pauseMs)
{
    m_store = store;
    m_pauseMs = pauseMs;
}

void PrecedenceModel::setEnvironment(const Environment& environment)
{
    Q_ASSERT(m_store);
    // The job being replaced goes first, with its process.
    m_job.reset();
    m_job = std::make_unique<ResolutionJob>(*m_store, environment);
    m_job->setLaunchDelay(m_pauseMs);
    m_job->setProcessCache(&m_processCache);
    connect(m_job.get(), &ResolutionJob::resolved, this, [this] {
        setResolution(m_job->resolution());
        Q_EMIT updated();
    });
    connect(m_job.get(), &ResolutionJob::fieldChanged, this, [this](const QString& name) {
        if (const FieldResolution* f = m_job->resolution().field(name))
            updateField(*f);
    });
    connect(m_job.get(), &ResolutionJob::finished, this, &PrecedenceModel::updated);
    m_job->start();
}

void PrecedenceModel::stopWaiting()
{
    if (m_job)
        m_job->stopWaiting();
}

QStringList PrecedenceModel::pending() const
{
    return m_job ? m_job->pending() : QStringList();
}

void PrecedenceModel::setResolution(const Resolution& resolution)
{
    beginResetModel();
    m_resolution = resolution;
    endResetModel();
}

void PrecedenceModel::updateField(const FieldResolution& field)
{
    for (int row = 0; row < m_resolution.fields.size(); ++row) {
        if (m_resolution.fields[row].name == field.name) {
            m_resolution.fields[row] = field;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            return;
        }
    }
}

QModelIndex PrecedenceModel::indexOf(const QString& field, int column) const
{
    for (int row = 0; row < m_resolution.fields.size(); ++row) {
        if (m_resolution.fields[row].name == field)
            return index(row, column);
    }
    return {};
}

int PrecedenceModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_resolution.fields.size());
}

int PrecedenceModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QList<int> PrecedenceModel::candidatesIn(const FieldResolution& field, int column) const
{
    QList<int> result;
    for (int i = 0; i < field.candidates.size(); ++i) {
        const Candidate& c = field.candidates[i];
        if (columnOf(c.kind) == column && c.kind != SourceKind::Default && (c.value || !c.note.isEmpty()))
            result.append(i);
    }
    return result;
}

QVariant PrecedenceModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FieldResolution& field = m_resolution.fields[index.row()];
    if (role == FieldNameRole)
        return field.name;
    if (index.column() == FieldColumn)
        return role == Qt::DisplayRole   ? QVariant(field.name)
               : role == Qt::ToolTipRole ? QVariant(field.reason)
                                         : QVariant();
    if (index.column() == WinnerColumn) {
        const Candidate* w = field.winning();
        switch (role) {
        case Qt::DisplayRole:
            return w ? tr("%1  (%2)").arg(elided(w->value.value_or(QString())), shortOrigin(*w)) : tr("not set");
        case Qt::ToolTipRole: return w ? tr("%1\n%2").arg(field.reason, w->origin) : field.reason;
        case CellStateRole: return int(w ? CellState::Winner : CellState::Empty);
        default: return {};
        }
    }
    const QList<int> here = candidatesIn(field, index.column());
    if (here.isEmpty())
        return role == CellStateRole ? QVariant(int(CellState::Empty)) : QVariant();
    switch (role) {
    case Qt::DisplayRole: {
        QStringList parts;
        for (int i : here) {
            const Candidate& c = field.candidates[i];
            const QString value = elided(c.value.value_or(QStringLiteral("—")));
            // Several variables can stand in one cell (AWS_REGION, AWS_DEFAULT_REGION): name them.
            parts.append(here.size() > 1 || index.column() == EnvironmentColumn ? c.origin + u'=' + value : value);
        }
        return parts.join(QStringLiteral("; "));
    }
    case Qt::ToolTipRole: {
        QStringList lines;
        for (int i : here) {
            const Candidate& c = field.candidates[i];
            lines.append(c.note.isEmpty() ? c.origin : tr("%1: %2").arg(c.origin, c.note));
        }
        return lines.join(u'\n');
    }
    case CellStateRole: {
        CellState state = CellState::Offered;
        for (int i : here) {
            const Candidate& c = field.candidates[i];
            if (i == field.winner)
                return int(CellState::Winner);
            if (c.ignored)
                state = CellState::Ignored;
            else if (c.value && field.winner >= 0)
                state = CellState::Overridden;
        }
        return int(state);
    }
    case Qt::AccessibleTextRole:
        return data(index, Qt::DisplayRole).toString() + u' ' + data(index, Qt::ToolTipRole).toString();
    default: return {};
    }
}

QVariant PrecedenceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    // Short headers keep every column on screen; the tooltip says each source in full.
    if (role == Qt::DisplayRole) {
        switch (section) {
        case FieldColumn: return tr("Field");
        case WinnerColumn: return tr("Used");
        case OptionColumn: return tr("--option");
        case EnvironmentColumn: return tr("Environment");
        case CredentialsColumn: return tr("credentials");
        case ConfigColumn: return tr("config");
        case ProviderColumn: return tr("Provider");
        case MetadataColumn: return tr("Instance");
        }
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case FieldColumn: return tr("The setting the AWS CLI looks up");
        case WinnerColumn: return tr("The value the AWS CLI uses, and where it comes from");
        case OptionColumn: return tr("A command-line option (--profile, --region, --output, ...)");
        case EnvironmentColumn: return tr("An environment variable (AWS_PROFILE, AWS_REGION, ...)");
        case CredentialsColumn: return tr("The shared credentials file");
        case ConfigColumn: return tr("The config file");
        case ProviderColumn: return tr("A credential provider the profile names: a process, an assumed role, SSO");
        case MetadataColumn: return tr("The container's credentials endpoint or the instance metadata service");
        }
    }
    return {};
}

} // namespace apm
