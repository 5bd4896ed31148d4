// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/fleets/adherenceentry.h"

#include <QAbstractListModel>
#include <QPointer>

#include <vector>

namespace ct::fleets {

/// \brief Schedule adherence (ScheduleAdherence::compute) of the open twin's timetabled vehicles
/// for the fleets panel, re-read by refresh(); exportCsv() writes the same rows as CSV.
class AdherenceModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(QObject *twin READ twin WRITE setTwin NOTIFY twinChanged)
    Q_PROPERTY(int count READ count NOTIFY refreshed)
    Q_PROPERTY(int lateCount READ lateCount NOTIFY refreshed)
    Q_PROPERTY(int lateThresholdSeconds READ lateThresholdSeconds WRITE setLateThresholdSeconds NOTIFY refreshed)
    Q_PROPERTY(QString errorString READ errorString NOTIFY refreshed)

public:
    enum Role {
        VehicleIdRole = Qt::UserRole + 1,
        LabelRole,
        TripIdRole,
        RouteIdRole,
        ScheduledRole,   //!< "HH:MM:SS" (hours past 24 kept)
        DelaySecondsRole,
        DelayTextRole,   //!< "3 min late", "1 min early", "on time", or the problem
        NextStopRole,
        KnownRole,
        LateRole,
    };

    explicit AdherenceModel(QObject *parent = nullptr);

    QObject *twin() const { return m_twin; }
    void setTwin(QObject *twin);
    int count() const { return int(m_entries.size()); }
    int lateCount() const;
    int lateThresholdSeconds() const { return m_lateThreshold; }
    void setLateThresholdSeconds(int seconds);
    QString errorString() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE void refresh();
    /// Writes the rows as CSV to `file` (a path or file: URL); false with errorString on failure.
    Q_INVOKABLE bool exportCsv(const QUrl &file);

    /// "3 min late" / "2 min early" / "on time" (within a minute).
    static QString delayText(int delaySeconds);

signals:
    void twinChanged();
    void refreshed();

private:
    QPointer<QObject> m_twin;
    std::vector<AdherenceEntry> m_entries;
    QString m_error;
    int m_lateThreshold = 180;
};

} // namespace ct::fleets
