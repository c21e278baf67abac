// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QAbstractTableModel>
#include <QPointer>

#include "resolve/CredentialProcess.h"
#include "resolve/Resolver.h"

namespace apm {

class ProfileStore;
class ResolutionJob;

// The precedence table: one row per field, a column per kind of source. Display text in DisplayRole, why in
// ToolTipRole, and each cell's standing in CellStateRole, so the view can mark winners and strike out losers
// (the core has no colours or fonts).
class PrecedenceModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrecedenceModel)

public:
    enum Column {
        FieldColumn,
        WinnerColumn,
        OptionColumn,
        EnvironmentColumn,
        CredentialsColumn,
        ConfigColumn,
        ProviderColumn,
        MetadataColumn,
        ColumnCount
    };
    enum Role {
        CellStateRole = Qt::UserRole + 1, // CellState as int
        FieldNameRole,
    };
    enum class CellState { Empty, Winner, Overridden, Ignored, Offered };

    explicit PrecedenceModel(QObject* parent = nullptr);
    ~PrecedenceModel() override;

    // Keeps the table current for one environment over `store`, owning the work: the static part is worked out
    // at once on every change, the slow sources (a credential_process, the metadata service, the container
    // endpoint) start only once the changes pause for `pauseMs`. A newer environment replaces the run in progress
    // and kills its process; credential_process answers are kept while they hold (CredentialProcessCache).
    void follow(const ProfileStore* store, int pauseMs = 300);
    void setEnvironment(const Environment& environment);
    // Shows what is still pending as not answered (and kills a process still running).
    void stopWaiting();
    // The sources being asked right now ("custom-process", "iam-role", "container-role").
    [[nodiscard]] QStringList pending() const;

    // A table set from outside (without follow()).
    void setResolution(const Resolution& resolution);
    // Refreshes one row after ResolutionJob::fieldChanged.
    void updateField(const FieldResolution& field);
    [[nodiscard]] const Resolution& resolution() const { return m_resolution; }
    [[nodiscard]] QModelIndex indexOf(const QString& field, int column = FieldColumn) const;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // The table, or what is pending, changed (after follow()).
    void updated();

private:
    // The candidates of a row that belong in a column.
    [[nodiscard]] QList<int> candidatesIn(const FieldResolution& field, int column) const;

    Resolution m_resolution;
    const ProfileStore* m_store = nullptr;
    int m_pauseMs = 300;
    std::unique_ptr<ResolutionJob> m_job;
    CredentialProcessCache m_processCache;
};

} // namespace apm
