// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "sensorrow.h"

#include <QAbstractListModel>

#include <vector>

namespace ct::sensors {

/// \brief The sensors of the panel, filtered: by kind ("" for all), to those in alarm (level ≥ 1),
/// to stale ones, and by a piece of the name (case-insensitive). Ordered by level (highest
/// first), then name.
class SensorListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int total READ total NOTIFY countChanged)
    Q_PROPERTY(QString kindFilter READ kindFilter WRITE setKindFilter NOTIFY filterChanged)
    Q_PROPERTY(bool alarmedOnly READ alarmedOnly WRITE setAlarmedOnly NOTIFY filterChanged)
    Q_PROPERTY(bool staleOnly READ staleOnly WRITE setStaleOnly NOTIFY filterChanged)
    Q_PROPERTY(QString search READ search WRITE setSearch NOTIFY filterChanged)

public:
    enum Roles { IdRole = Qt::UserRole + 1, NameRole, KindRole, QuantityRole, UnitRole, LastValueRole, LastTimeRole,
                 LevelRole, StaleRole, HasValueRole, SiteFidRole };

    explicit SensorListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setRows(std::vector<SensorRow> rows);
    int total() const { return int(m_all.size()); }
    QString kindFilter() const { return m_kind; }
    void setKindFilter(const QString &kind);
    bool alarmedOnly() const { return m_alarmedOnly; }
    void setAlarmedOnly(bool on);
    bool staleOnly() const { return m_staleOnly; }
    void setStaleOnly(bool on);
    QString search() const { return m_search; }
    void setSearch(const QString &text);
    //! The row of a sensor id among the shown ones, or -1.
    Q_INVOKABLE int indexOf(qint64 sensorId) const;

signals:
    void countChanged();
    void filterChanged();

private:
    void apply();
    bool accepts(const SensorRow &row) const;

    std::vector<SensorRow> m_all;
    std::vector<SensorRow> m_shown;
    QString m_kind;
    bool m_alarmedOnly = false;
    bool m_staleOnly = false;
    QString m_search;
};

} // namespace ct::sensors
