// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "damagequeuemodel.h"

#include "ct/core/result.h"
#include "ct/pluginapi/twinbinding.h"

#include <QObject>
#include <QVariantList>
#include <QVariantMap>

namespace ct::damage {

class DamageRegistry;

/// \brief What the damage panel works with: the triage queue, the selected report with its
/// photo, steps, closures and likely duplicates, the new-report form's submission, and the
/// triage actions — each enabled by the operator's grants and checked again by the store.
///
/// Reaches the twin through the session the console gives the panel (`twin`, which implements
/// plugin::TwinAccess); re-reads when the session opens another twin. After a change it emits
/// changed(), and the panel asks the session to reload the map's layers.
class DamageController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QObject *twin READ twin WRITE setTwin NOTIFY twinChanged)
    Q_PROPERTY(bool available READ isAvailable NOTIFY changed)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)
    Q_PROPERTY(ct::damage::DamageQueueModel *queue READ queue CONSTANT)
    Q_PROPERTY(QString categoryFilter READ categoryFilter WRITE setCategoryFilter NOTIFY filtersChanged)
    Q_PROPERTY(QString stateFilter READ stateFilter WRITE setStateFilter NOTIFY filtersChanged)
    Q_PROPERTY(QVariantList categories READ categories CONSTANT)
    Q_PROPERTY(QVariantList states READ states CONSTANT)
    Q_PROPERTY(QVariantList reporterKinds READ reporterKinds CONSTANT)
    Q_PROPERTY(bool mayReport READ mayReport NOTIFY changed)
    Q_PROPERTY(bool mayTriage READ mayTriage NOTIFY changed)
    Q_PROPERTY(bool mayResolve READ mayResolve NOTIFY changed)
    Q_PROPERTY(qint64 selectedFid READ selectedFid NOTIFY selectionChanged)
    Q_PROPERTY(QVariantMap selected READ selected NOTIFY selectionChanged)
    Q_PROPERTY(QVariantList suggestions READ suggestions NOTIFY selectionChanged)
    Q_PROPERTY(double roadBlockedRadius READ roadBlockedRadius CONSTANT)
    Q_PROPERTY(double floodingRadius READ floodingRadius CONSTANT)

public:
    explicit DamageController(QObject *parent = nullptr);
    ~DamageController() override;

    QObject *twin() const { return m_session.twin(); }
    void setTwin(QObject *twin);
    bool isAvailable() const { return m_available; }
    QString errorString() const { return m_errorString; }
    DamageQueueModel *queue() const { return m_queue; }
    QString categoryFilter() const { return m_categoryFilter; }
    void setCategoryFilter(const QString &category);
    QString stateFilter() const { return m_stateFilter; }
    void setStateFilter(const QString &state);
    QVariantList categories() const;
    QVariantList states() const;
    QVariantList reporterKinds() const;
    bool mayReport() const { return m_mayReport; }
    bool mayTriage() const { return m_mayTriage; }
    bool mayResolve() const { return m_mayResolve; }
    qint64 selectedFid() const { return m_selectedFid; }
    QVariantMap selected() const { return m_selected; }
    QVariantList suggestions() const { return m_suggestions; }
    double roadBlockedRadius() const;
    double floodingRadius() const;

    /// Re-reads the queue, the grants and the selected report.
    Q_INVOKABLE void reload();
    /// Shows report `fid` in the detail view (0 clears it).
    Q_INVOKABLE void select(qint64 fid);
    /// Enters a report from the form: {x, y} (EPSG:6677) or {longitude, latitude}, category,
    /// severity, description, reporterKind, reporterName, photo (a local file path or file: URL,
    /// optional). Returns the new fid, or 0 with errorString saying what is wrong.
    Q_INVOKABLE qint64 submit(const QVariantMap &form);
    Q_INVOKABLE bool verify(qint64 fid);
    Q_INVOKABLE bool assign(qint64 fid, const QString &assignee);
    Q_INVOKABLE bool resolve(qint64 fid);
    Q_INVOKABLE bool markDuplicate(qint64 fid, qint64 originalFid);
    /// A point of the twin as {longitude, latitude, text} for display; empty on failure.
    Q_INVOKABLE QVariantMap lonLat(double x, double y) const;
    /// A WGS84 position as {x, y} in the twin's CRS, or {error} when it cannot be.
    Q_INVOKABLE QVariantMap fromLonLat(double longitude, double latitude) const;
    Q_INVOKABLE void clearError();

signals:
    void twinChanged();
    void changed();
    void errorStringChanged();
    void filtersChanged();
    void selectionChanged();
    /// A report was entered or moved: the panel reloads the map's layers.
    void reportChanged(qint64 fid);

private:
    std::unique_ptr<DamageRegistry> registry() const;
    bool finish(const core::Status &status, qint64 fid);
    void setError(const QString &message);
    void refreshSelection();

    plugin::TwinBinding m_session; //!< the console's session
    DamageQueueModel *m_queue;
    bool m_available = false;
    bool m_mayReport = false, m_mayTriage = false, m_mayResolve = false;
    QString m_errorString;
    QString m_categoryFilter, m_stateFilter;
    qint64 m_selectedFid = 0;
    QVariantMap m_selected;
    QVariantList m_suggestions;
};

} // namespace ct::damage
