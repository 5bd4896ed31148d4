// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "mapcontroller.h"
#include "overlaylistmodel.h"
#include "pluginlistmodel.h"

#include "ct/pluginapi/overlaysource.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <memory>
#include <vector>

namespace ct::ui {

/// \brief Brings the plugins' overlays (OverlaySource: layers computed for the signed-in
/// operator, e.g. the safety alerts and their hotspot surface) to the main map and the layer
/// panel.
///
/// Reads every source with the session's store, operator and the plugin's view settings when a
/// twin opens or closes, the operator signs in or out, a panel changes its view settings, and
/// every `refreshIntervalMs` while a twin is open if the twin changed since the last read (alerts
/// recorded meanwhile, by this console or another process: SQLite's data_version and this
/// connection's change count tell) or kRereadAfterMs passed (overlays that fade with age);
/// hands the results to the map and the model. What it reads stays in memory: nothing is
/// written to the twin.
class MapOverlays : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    /// The console's session (a plugin::TwinAccess with openedChanged / operatorChanged /
    /// viewSettingsChanged signals).
    Q_PROPERTY(QObject *twin READ twin WRITE setTwin NOTIFY twinChanged)
    /// Where the sources come from: the loaded plugins declaring "overlays".
    Q_PROPERTY(ct::ui::PluginListModel *plugins READ plugins WRITE setPlugins NOTIFY pluginsChanged)
    Q_PROPERTY(ct::ui::MapController *map READ map WRITE setMap NOTIFY mapChanged)
    Q_PROPERTY(ct::ui::OverlayListModel *model READ model CONSTANT)
    Q_PROPERTY(int refreshIntervalMs READ refreshIntervalMs WRITE setRefreshIntervalMs NOTIFY refreshIntervalMsChanged)
    /// How many times the sources were read (tests wait on it).
    Q_PROPERTY(int revision READ revision NOTIFY refreshed)

public:
    explicit MapOverlays(QObject *parent = nullptr);
    ~MapOverlays() override;

    QObject *twin() const { return m_twin; }
    void setTwin(QObject *twin);
    PluginListModel *plugins() const { return m_plugins; }
    void setPlugins(PluginListModel *plugins);
    MapController *map() const;
    void setMap(MapController *map);
    OverlayListModel *model() const { return m_model; }
    int refreshIntervalMs() const { return m_timer.interval(); }
    void setRefreshIntervalMs(int milliseconds);
    int revision() const { return m_revision; }

    /// The sources directly (tests); replaces those of `plugins`.
    void setSources(std::vector<std::shared_ptr<plugin::OverlaySource>> sources);
    /// The last overlay read of source `name` (empty before the first read or after a failure).
    const plugin::Overlay *overlay(const QString &name) const;
    /// QML / tests: the symbols of the last read of overlay `name`, as [{id, x, y}] (EPSG:6677).
    Q_INVOKABLE QVariantList symbols(const QString &name) const;

    //! Even an unchanged twin is read again this often (recency fading moves with the clock).
    static constexpr qint64 kRereadAfterMs = 10 * 60 * 1000;

public slots:
    /// Reads every source now.
    void refresh();
    /// Reads them if the twin changed since the last read (or kRereadAfterMs passed).
    void refreshIfChanged();
    /// A click picked symbol `featureId` of overlay `overlay` (MapController::overlayClicked):
    /// the owner plugin's view setting `picked` becomes {overlay, id, serial} (serial grows with
    /// every pick, so picking the same symbol again is news too) and picked() is emitted.
    /// Returns false for an overlay no source declares or without a twin session.
    bool pick(const QString &overlay, const QString &featureId);

signals:
    void twinChanged();
    void pluginsChanged();
    void mapChanged();
    void refreshIntervalMsChanged();
    void refreshed();
    /// After pick(): the console raises `owner`'s panel.
    void picked(const QString &owner, const QString &overlay, const QString &featureId);

private:
    void describe();
    void applyStyle(const QString &name);
    void applyAll();
    static QString changeToken(const store::TwinStore &twin);

    QPointer<QObject> m_twin;
    QPointer<PluginListModel> m_plugins;
    QPointer<QObject> m_map;
    OverlayListModel *m_model;
    std::vector<std::shared_ptr<plugin::OverlaySource>> m_sources;
    std::vector<std::pair<QString, plugin::Overlay>> m_overlays;
    QTimer m_timer;
    QString m_readToken;        //!< the twin's change token at the last read
    qint64 m_readAtMs = 0;      //!< when (QDateTime::currentMSecsSinceEpoch)
    int m_revision = 0;
    qint64 m_pickSerial = 0;
};

} // namespace ct::ui
