// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/actor.h"
#include "ct/pluginapi/twinbinding.h"
#include "ct/safety/alert.h"
#include "ct/safety/recordedalertreader.h"
#include "ct/safety/analysisparameters.h"
#include "ct/safety/densitygrid.h"
#include "ct/safety/hotspot.h"
#include "ct/safety/patrolroute.h"
#include "ct/safety/safetyanalysis.h"
#include "ct/safety/streetlightadvisor.h"
#include "ct/safety/timeprofile.h"

#include <QDateTime>
#include <QObject>
#include <QVariantList>
#include <QVariantMap>

class QTimer;

#include <memory>
#include <optional>

namespace ct::routing {
class RoadGraph;
}
namespace ct::store {
class TwinStore;
}

namespace ct::safety {

/// \brief The safety panel's analysis of the alerts the signed-in operator may see: hotspot
/// surface (kernel density, the bandwidth the user picks), hotspots, weekday × hour profile,
/// near-repeats, streetlight suggestions, the patrol loop and the hotspots without a patrol.
///
/// The analysis parameters (bandwidth, cell, window, near-repeat distance and days, patrol
/// budget) are moved into AnalysisParameters::ranges(), remembered in QSettings (group
/// "safety/analysis") and, when changed, the analysis is redone on a worker thread (`busy`
/// while it runs; `refreshed` when the new result is in place). refresh() and a new twin,
/// operator or `now` redo it at once on the calling thread.
///
/// `twin` is the console's session (plugin::TwinAccess: store and operator); tests call
/// setSource(). Everything is read through AlertReader for that operator, so a planner's
/// analysis runs on generalised locations and a dispatcher gets nothing (errorString says why).
class SafetyController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QObject *twin READ twin WRITE setTwin NOTIFY twinChanged)
    Q_PROPERTY(double bandwidthMetres READ bandwidthMetres WRITE setBandwidthMetres NOTIFY settingsChanged)
    Q_PROPERTY(double cellMetres READ cellMetres WRITE setCellMetres NOTIFY settingsChanged)
    Q_PROPERTY(int windowDays READ windowDays WRITE setWindowDays NOTIFY settingsChanged)
    Q_PROPERTY(double nearRepeatMetres READ nearRepeatMetres WRITE setNearRepeatMetres NOTIFY settingsChanged)
    Q_PROPERTY(int nearRepeatDays READ nearRepeatDays WRITE setNearRepeatDays NOTIFY settingsChanged)
    Q_PROPERTY(int patrolMinutes READ patrolMinutes WRITE setPatrolMinutes NOTIFY settingsChanged)
    Q_PROPERTY(QDateTime now READ now WRITE setNow NOTIFY settingsChanged)
    /// Where the alerts come from: 0 the live alert tables, otherwise a recorded run's generated
    /// alerts (RecordedAlertReader); `recordedRuns` lists the runs that have some:
    /// [{id, name, alerts, start, end}]. `sourceSeconds` is the replay time of that run (seconds
    /// since its start, from the console's timeline while it replays the run), -1 for the whole
    /// run; the analysis' "now" is then that time (or the run's end).
    Q_PROPERTY(qint64 sourceRunId READ sourceRunId WRITE setSourceRunId NOTIFY sourceChanged)
    Q_PROPERTY(double sourceSeconds READ sourceSeconds WRITE setSourceSeconds NOTIFY sourceChanged)
    Q_PROPERTY(QVariantList recordedRuns READ recordedRuns NOTIFY sourceChanged)
    /// {bandwidthMetres: {from, to, step}, cellMetres: …, …}: what the setters accept.
    Q_PROPERTY(QVariantMap ranges READ ranges CONSTANT)
    /// An analysis with changed parameters is running on a worker thread.
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    /// Whether parameter changes are written to QSettings (true; tests may turn it off).
    Q_PROPERTY(bool remembersParameters READ remembersParameters WRITE setRemembersParameters NOTIFY settingsChanged)
    Q_PROPERTY(bool chartsAvailable READ chartsAvailable CONSTANT)
    Q_PROPERTY(QString errorString READ errorString NOTIFY refreshed)
    Q_PROPERTY(int alertCount READ alertCount NOTIFY refreshed)
    Q_PROPERTY(int generalisedCount READ generalisedCount NOTIFY refreshed)
    Q_PROPERTY(QVariantList hotspots READ hotspotList NOTIFY refreshed)
    Q_PROPERTY(QVariantList weekdayHourCounts READ weekdayHourCounts NOTIFY refreshed)
    Q_PROPERTY(int profileMaximum READ profileMaximum NOTIFY refreshed)
    Q_PROPERTY(int nearRepeatCount READ nearRepeatCount NOTIFY refreshed)
    Q_PROPERTY(QVariantList streetlightSuggestions READ streetlightList NOTIFY refreshed)
    Q_PROPERTY(QVariantList unpatrolledHotspots READ unpatrolledList NOTIFY refreshed)
    Q_PROPERTY(QVariantMap patrol READ patrolSummary NOTIFY patrolChanged)
    Q_PROPERTY(QVariantList alertRows READ alertRows NOTIFY refreshed)
    /// The alert selected in the list (0: none); a click on an alert's symbol on the main map
    /// selects it (view setting `picked` of plugin "safety", see MapOverlays::pick()).
    Q_PROPERTY(qint64 selectedAlert READ selectedAlert WRITE setSelectedAlert NOTIFY selectedAlertChanged)
    Q_PROPERTY(QVariantList categories READ categories CONSTANT)
    Q_PROPERTY(QVariantList schools READ schools NOTIFY refreshed)
    Q_PROPERTY(QString operatorRole READ operatorRole NOTIFY refreshed)
    /// The twin's subscription areas: [{areaId, kind, name, nameEn, subscribers}], by name.
    Q_PROPERTY(QVariantList areas READ areaList NOTIFY areasChanged)
    /// Whether the operator may draw and delete areas ("safety.areas.write").
    Q_PROPERTY(bool mayWriteAreas READ mayWriteAreas NOTIFY refreshed)

public:
    explicit SafetyController(QObject *parent = nullptr);
    ~SafetyController() override;

    QObject *twin() const { return m_session.twin(); }
    void setTwin(QObject *twin);
    /// Without a session: a store and an operator directly (tests). The store must outlive this.
    void setSource(store::TwinStore *store, const core::Actor &actor);

    // The setters move a value into its range (AnalysisParameters::ranges()) and remember it.
    double bandwidthMetres() const { return m_params.bandwidthMetres; }
    void setBandwidthMetres(double metres);
    double cellMetres() const { return m_params.cellMetres; }
    void setCellMetres(double metres);
    int windowDays() const { return m_params.windowDays; }
    void setWindowDays(int days);
    double nearRepeatMetres() const { return m_params.nearRepeatMetres; }
    void setNearRepeatMetres(double metres);
    int nearRepeatDays() const { return m_params.nearRepeatDays; }
    void setNearRepeatDays(int days);
    int patrolMinutes() const { return m_params.patrolMinutes; }
    void setPatrolMinutes(int minutes);
    const AnalysisParameters &parameters() const { return m_params; }
    /// All parameters at once (one analysis run).
    void setParameters(const AnalysisParameters &parameters);
    /// The defaults again (and remembered).
    Q_INVOKABLE void resetParameters();
    QVariantMap ranges() const;
    bool busy() const { return m_busy; }
    bool remembersParameters() const { return m_remember; }
    void setRemembersParameters(bool remember);
    QDateTime now() const;
    void setNow(const QDateTime &now);
    qint64 sourceRunId() const { return m_sourceRunId; }
    void setSourceRunId(qint64 runId);
    double sourceSeconds() const { return m_sourceSeconds; }
    void setSourceSeconds(double seconds);
    QVariantList recordedRuns() const { return m_recordedRuns; }
    /// Re-reads the list of recorded runs with generated alerts (after a run was recorded).
    Q_INVOKABLE void refreshRecordedRuns();
    /// Qt Charts draws through QGraphicsView, which needs a QApplication; under a plain
    /// QGuiApplication the panel shows the same counts as a table instead.
    bool chartsAvailable() const;

    QString errorString() const { return m_error; }
    int alertCount() const { return int(m_alerts.size()); }
    int generalisedCount() const;
    QVariantList hotspotList() const;
    QVariantList weekdayHourCounts() const;
    int profileMaximum() const { return m_profile.maximum(); }
    int nearRepeatCount() const { return int(m_nearRepeats.size()); }
    QVariantList streetlightList() const;
    QVariantList unpatrolledList() const;
    QVariantMap patrolSummary() const;
    /// Every alert the operator may see (retracted ones too), newest first, at most 200: id,
    /// status, category, time (JST), detail ("full" / "generalised") and, in full, the place and
    /// personal fields.
    QVariantList alertRows() const;
    QVariantList categories() const;   //!< [{key, ja, en}]
    QVariantList schools() const;      //!< [{fid, name}]
    QString operatorRole() const;
    QVariantList areaList() const { return m_areas; }
    bool mayWriteAreas() const;

    // --- for the map view ------------------------------------------------------------------------
    const std::vector<Alert> &alerts() const { return m_alerts; }
    const std::vector<qint64> &nearRepeats() const { return m_nearRepeats; }
    const DensityGrid &density() const { return m_grid; }
    double threshold() const { return m_threshold; }
    const std::vector<Hotspot> &hotspots() const { return m_hotspots; }
    const std::vector<StreetlightAdvisor::Suggestion> &streetlights() const { return m_streetlights; }
    const std::optional<PatrolRoute> &patrolRoute() const { return m_patrol; }
    const std::vector<std::vector<geo::Point>> &roads() const { return m_roadLines; }
    const std::vector<geo::Point> &policeBoxes() const { return m_policeBoxes; }
    const geo::Envelope &extent() const { return m_extent; }
    /// 1 for an alert of today, fading to 0.15 at the end of the window.
    double recency(const Alert &alert) const;

public slots:
    /// Reads the alerts again and redoes the analysis (also on a new twin or operator).
    void refresh();

public:
    /// Suggests a loop from the police box nearest the top hotspot; false (errorString) without
    /// roads, police boxes or hotspots.
    Q_INVOKABLE bool planPatrol();
    /// Stores the suggested loop for today (police, planners) and re-checks the coverage.
    Q_INVOKABLE bool savePatrol();
    /// Writes one "hotspot-unpatrolled" event per hotspot without a plan today.
    Q_INVOKABLE int raiseUnpatrolled();
    /// Records an alert from the panel's form: occurredFrom / occurredTo ("yyyy-MM-dd HH:mm",
    /// JST), placeKind ("map", "address", "school"), x, y (EPSG:6677), address, placeSchool,
    /// category (key), description, suspect, source, school (the concerned school's fid or -1),
    /// victimAgeGroup, victimGrade, reporterContact. Returns {ok, id} or {ok: false, error, where}.
    Q_INVOKABLE QVariantMap recordAlert(const QVariantMap &form);
    /// One lifecycle step ("verified", "published", "closed", "retracted"); {ok} or {ok: false, error}.
    Q_INVOKABLE QVariantMap transition(qint64 alertId, const QString &status, const QString &reason);
    /// Whether the operator may take `status` for an alert of school `schoolFid` (-1: none),
    /// asked of the store's permissions (the store checks again when it is done).
    Q_INVOKABLE bool may(const QString &status, qint64 schoolFid) const;
    /// Stores a shape drawn with the map's MapDrawTool ({kind: "polygon", points: [{x, y}]} or
    /// {kind: "radius", x, y, radiusMetres}, EPSG:6677) as a subscription area; {ok, areaId} or
    /// {ok: false, error, where}. Checked and audited by DrawnAreas.
    Q_INVOKABLE QVariantMap addDrawnArea(const QVariantMap &shape, const QString &name, const QString &nameEn, int subscribers);
    /// Deletes an area (the panel asks for confirmation first); {ok} or {ok: false, error}.
    Q_INVOKABLE QVariantMap removeArea(const QString &areaId);

private slots:
    /// The session's layers were re-read (after an import): roads, lights, boxes again.
    void rereadLayers();
    /// The session's view settings of `pluginId` changed: a pick of an alert symbol selects it.
    void readPick(const QString &pluginId);

signals:
    void twinChanged();
    void settingsChanged();
    void refreshed();
    void patrolChanged();
    void busyChanged();
    void areasChanged();
    void sourceChanged();
    void selectedAlertChanged();
    /// An alert's symbol was clicked on the main map and is now selected (the panel shows it).
    void pickedOnMap(qint64 alertId);

public:
    qint64 selectedAlert() const { return m_selectedAlert; }
    void setSelectedAlert(qint64 alertId);

private:
    store::TwinStore *store() const { return m_session.store(); }
    //! Without a session or source a nameless Viewer (and no store: nothing is read).
    core::Actor actor() const { return m_session.actor(); }
    void readStaticLayers();
    void setError(const QString &message);
    /// Reads the alerts for the operator and what the analysis needs from the twin; nullopt
    /// (errorString set) when the operator may not read them or no twin is open.
    std::optional<SafetyAnalysis::Input> prepareAnalysis();
    void applyAnalysis(SafetyAnalysis::Result result);
    void analyseLater();
    void startAnalysis();
    void setBusy(bool busy);
    //! Changes one analysis parameter (through setParameters(), which fits it into its range).
    template <typename Value>
    void setParameter(Value AnalysisParameters::*field, Value value);
    void loadParameters();
    void saveParameters() const;
    /// Hands the parameters and `now` to the session as plugin "safety"'s view settings.
    void shareSettings() const;
    void readAreas();

    plugin::TwinBinding m_session; //!< the console's session, or setSource()'s store and operator
    AnalysisParameters m_params;
    bool m_remember = true;
    bool m_busy = false;
    quint64 m_generation = 0;   //!< results of older runs are dropped
    QTimer *m_pending = nullptr;   //!< gathers quick successive changes into one run
    QDateTime m_now;
    QString m_error;
    qint64 m_sourceRunId = 0;
    double m_sourceSeconds = -1;
    QVariantList m_recordedRuns;
    std::optional<RecordedAlertReader::Run> m_sourceRun;   //!< the chosen run as last read

    QString m_layersOf;   //!< the twin whose roads and boxes are cached
    std::vector<std::vector<geo::Point>> m_roadLines;
    std::shared_ptr<const std::vector<StreetlightAdvisor::Road>> m_roads;
    std::shared_ptr<const std::vector<geo::Point>> m_lights;
    std::vector<geo::Point> m_policeBoxes;
    QVariantList m_schools;
    QVariantList m_areas;
    std::vector<Alert> m_allVisible;
    QStringList m_policeBoxNames;
    std::unique_ptr<routing::RoadGraph> m_graph;

    std::vector<Alert> m_alerts;
    std::vector<qint64> m_nearRepeats;
    geo::Envelope m_extent;
    DensityGrid m_grid;
    double m_threshold = 0.0;
    std::vector<Hotspot> m_hotspots;
    TimeProfile m_profile;
    std::vector<StreetlightAdvisor::Suggestion> m_streetlights;
    std::vector<Hotspot> m_unpatrolled;
    std::optional<PatrolRoute> m_patrol;
    QString m_patrolBox;
    qint64 m_selectedAlert = 0;
    qint64 m_pickSerial = 0; //!< of the last map pick handled
};

} // namespace ct::safety
