// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/fleets/logistics/supermarketetamodel.h"

#include "ct/fleets/logistics/supermarketeta.h"
#include "ct/fleets/logistics/supermarketround.h"
#include "ct/pluginapi/twinaccess.h"
#include "ct/routing/roadgraph.h"
#include "ct/store/sqlstatement.h"
#include "ct/store/twinstore.h"

#include <QTimeZone>

#include <cmath>

namespace ct::fleets {

using store::SqlStatement;

namespace {

QTimeZone japan()
{
    return QTimeZone("Asia/Tokyo");
}

} // namespace

SupermarketEtaModel::SupermarketEtaModel(QObject *parent) : QAbstractListModel(parent) {}
SupermarketEtaModel::~SupermarketEtaModel() = default;

void SupermarketEtaModel::setTwin(QObject *twin)
{
    if (m_twin == twin)
        return;
    m_twin = twin;
    m_graph.reset();
    m_graphTwin = nullptr;
    emit twinChanged();
    refresh();
}

void SupermarketEtaModel::setVehicleId(const QString &id)
{
    if (m_vehicleId == id)
        return;
    m_vehicleId = id;
    emit vehicleIdChanged();
    refresh();
}

void SupermarketEtaModel::refresh()
{
    auto *session = m_twin ? qobject_cast<plugin::TwinAccess *>(m_twin) : nullptr;
    store::TwinStore *twin = session ? session->store() : nullptr;
    beginResetModel();
    m_etas.clear();
    m_headline.clear();
    m_lastReport.clear();
    m_error = twin ? load(*twin) : QString();
    endResetModel();
    emit refreshed();
}

QString SupermarketEtaModel::load(store::TwinStore &twin)
{
    m_vehicles.clear();
    SqlStatement vehicles(twin.handle(), "SELECT vehicle_id FROM fleet_vehicle WHERE kind = 'mobile_supermarket' ORDER BY vehicle_id");
    if (!vehicles.isValid())
        return vehicles.failure(QStringLiteral("fleet_vehicle")).toString();
    while (vehicles.next())
        m_vehicles << vehicles.text(0);
    if (m_vehicleId.isEmpty() && !m_vehicles.isEmpty()) {
        m_vehicleId = m_vehicles.first();
        emit vehicleIdChanged();
    }
    if (m_vehicleId.isEmpty())
        return {};
    auto stops = SupermarketRound::read(twin, m_vehicleId);
    if (!stops)
        return stops.error().toString();
    if (stops->empty())
        return tr("%1 has no stops planned").arg(m_vehicleId);
    if (m_graphTwin != &twin) {
        m_graphTwin = &twin;
        m_graph.reset();
        if (twin.hasLayer(QStringLiteral("roads")))
            if (auto graph = routing::RoadGraph::fromTwin(twin, routing::Mode::Car); graph && graph->nodeCount() > 0)
                m_graph = std::make_shared<const routing::RoadGraph>(std::move(graph.value()));
    }
    SupermarketEta::TravelSeconds travel = m_graph ? SupermarketEta::roadTravel(m_graph)
                                                   : SupermarketEta::TravelSeconds([](geo::Point a, geo::Point b) {
                                                         return std::hypot(b.x - a.x, b.y - a.y) * 1.3 / (20.0 / 3.6);
                                                     });
    SupermarketEta eta(*stops, travel);
    // Today's track (Japan time) in report order; the last report gives the times.
    struct Report { QDateTime at; geo::Point position; };
    std::vector<Report> track;
    SqlStatement last(twin.handle(), "SELECT updated_at, x, y FROM fleet_vehicle WHERE vehicle_id = ? AND x IS NOT NULL AND y IS NOT NULL");
    last.bind(1, m_vehicleId);
    if (!last.isValid() || !last.next() || last.isNull(0))
        return tr("%1 has not reported a position").arg(m_vehicleId);
    const Report latest{last.dateTime(0), {last.real(1), last.real(2)}};
    const QDate today = latest.at.toTimeZone(japan()).date();
    SqlStatement history(twin.handle(), "SELECT at, x, y FROM fleet_position_history WHERE vehicle_id = ? ORDER BY at");
    if (history.isValid()) {
        history.bind(1, m_vehicleId);
        while (history.next()) {
            const QDateTime at = history.dateTime(0);
            if (at.isValid() && at < latest.at && at.toTimeZone(japan()).date() == today)
                track.push_back({at, {history.real(1), history.real(2)}});
        }
    }
    auto secondsOfDay = [](const QDateTime &at) { return at.toTimeZone(japan()).time().msecsSinceStartOfDay() / 1000.0; };
    for (const Report &r : track)
        eta.advance(r.position, secondsOfDay(r.at));
    m_etas = eta.update(latest.position, secondsOfDay(latest.at));
    m_lastReport = latest.at.toTimeZone(japan()).toString(QStringLiteral("HH:mm"));
    if (eta.nextStop() < int(m_etas.size())) {
        const StopEta &next = m_etas[std::size_t(eta.nextStop())];
        m_headline = tr("%1: %2").arg(next.name, SupermarketEta::arrivalText(next));
    } else {
        m_headline = tr("The round is done for today");
    }
    return {};
}

int SupermarketEtaModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_etas.size());
}

QVariant SupermarketEtaModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_etas.size()))
        return {};
    const StopEta &e = m_etas[std::size_t(index.row())];
    switch (role) {
    case SequenceRole: return e.sequence;
    case Qt::DisplayRole:
    case NameRole: return e.name;
    case ScheduledRole: return SupermarketEta::clockText(e.scheduledArrival);
    case EtaTextRole: return SupermarketEta::arrivalText(e);
    case DelayMinutesRole: return int(std::floor(e.delaySeconds / 60.0));
    case StateRole:
        return e.state == StopEta::State::Departed ? QStringLiteral("departed")
             : e.state == StopEta::State::AtStop   ? QStringLiteral("at_stop")
                                                    : QStringLiteral("upcoming");
    default: return {};
    }
}

QHash<int, QByteArray> SupermarketEtaModel::roleNames() const
{
    return {{SequenceRole, "sequence"}, {NameRole, "name"}, {ScheduledRole, "scheduled"},
            {EtaTextRole, "etaText"},   {DelayMinutesRole, "delayMinutes"}, {StateRole, "state"}};
}

} // namespace ct::fleets
