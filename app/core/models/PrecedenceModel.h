// SPDX-FileCopyrightText: 2026 AWS Profile Manager authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

#include "resolve/Resolver.h"

namespace apm {

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

private:
    // The candidates of a row that belong in a column.
    [[nodiscard]] QList<int> candidatesIn(const FieldResolution& field, int column) const;

    Resolution m_resolution;
};

} // namespace apm
