// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/safety/alertvalidator.h"

#include "ct/safety/geometryutil.h"
#include "ct/store/twinstore.h"

#include <QCoreApplication>

#include <cmath>

namespace ct::safety {

using core::Error;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Safety", text);
}
} // namespace

AlertValidator::AlertValidator(CityBoundary boundary, Gazetteer gazetteer, QHash<qint64, geo::Point> schools)
    : m_boundary(std::move(boundary)), m_gazetteer(std::move(gazetteer)), m_schools(std::move(schools))
{
}

core::Result<AlertValidator> AlertValidator::fromTwin(const store::TwinStore &twin)
{
    auto boundary = CityBoundary::fromTwin(twin);
    if (!boundary)
        return boundary.error();
    auto gazetteer = Gazetteer::fromTwin(twin);
    if (!gazetteer)
        return gazetteer.error();
    QHash<qint64, geo::Point> schools;
    if (twin.hasLayer(QStringLiteral("schools"))) {
        auto table = twin.read(QStringLiteral("schools"), {QStringLiteral("name")});
        if (!table)
            return table.error();
        for (std::size_t i = 0; i < table->size(); ++i)
            schools.insert(table->fids[i], representativePoint(table->geometries[i]));
    }
    return AlertValidator(std::move(boundary.value()), std::move(gazetteer.value()), std::move(schools));
}

core::Result<ValidatedAlert> AlertValidator::validate(const AlertDraft &draft, const QDateTime &now) const
{
    ValidatedAlert v;
    // --- time ---------------------------------------------------------------------------------
    if (!draft.occurredFrom.isValid())
        return Error::invalidInput(tr("an alert needs the time it happened"), QStringLiteral("occurred_from"));
    const QDateTime latest = now.addSecs(kFutureToleranceSeconds);
    if (draft.occurredFrom > latest)
        return Error::invalidInput(tr("the time %1 is in the future").arg(draft.occurredFrom.toString(Qt::ISODate)),
                                   QStringLiteral("occurred_from"));
    v.occurredFrom = draft.occurredFrom.toUTC();
    if (draft.occurredTo.isValid()) {
        if (draft.occurredTo < draft.occurredFrom)
            return Error::invalidInput(tr("the time range ends before it starts"), QStringLiteral("occurred_to"));
        if (draft.occurredTo > latest)
            return Error::invalidInput(tr("the time %1 is in the future").arg(draft.occurredTo.toString(Qt::ISODate)),
                                       QStringLiteral("occurred_to"));
        v.occurredTo = draft.occurredTo.toUTC();
    }
    // --- category -----------------------------------------------------------------------------
    if (draft.category.trimmed().isEmpty())
        return Error::invalidInput(tr("an alert needs a category"), QStringLiteral("category"));
    if (!categoryFromText(draft.category, &v.category))
        return Error::invalidInput(tr("unknown category \"%1\"").arg(draft.category), QStringLiteral("category"));
    // --- place --------------------------------------------------------------------------------
    const AlertPlace &place = draft.place;
    v.placeKind = place.kind;
    std::optional<geo::Point> position;
    switch (place.kind) {
    case AlertPlace::Kind::MapPoint:
        if (!place.point)
            return Error::invalidInput(tr("an alert needs a place: pick a point, give an address or a school"), QStringLiteral("place"));
        position = place.point;
        break;
    case AlertPlace::Kind::Address: {
        if (place.address.trimmed().isEmpty() && !place.point)
            return Error::invalidInput(tr("an alert needs a place: pick a point, give an address or a school"), QStringLiteral("place"));
        v.address = place.address.trimmed();
        if (place.point) {
            position = place.point;  // the operator confirmed the address on the map
        } else if (auto match = m_gazetteer.find(v.address)) {
            position = match->point;
        } else {
            return Error::invalidInput(tr("the address \"%1\" is not a place name this twin knows; pick the point on the map")
                                           .arg(v.address),
                                       QStringLiteral("place.address"));
        }
        break;
    }
    case AlertPlace::Kind::School: {
        if (!place.schoolFid)
            return Error::invalidInput(tr("an alert needs a place: pick a point, give an address or a school"), QStringLiteral("place"));
        const auto school = m_schools.constFind(*place.schoolFid);
        if (school == m_schools.constEnd())
            return Error::invalidInput(tr("there is no school %1 in this twin").arg(*place.schoolFid), QStringLiteral("place.school"));
        position = *school;
        v.schoolFid = place.schoolFid;
        break;
    }
    }
    if (!std::isfinite(position->x) || !std::isfinite(position->y))
        return Error::invalidInput(tr("the place has no valid coordinates"), QStringLiteral("place"));
    if (!m_boundary.contains(*position))
        return Error::invalidInput(tr("the place (%1, %2) is outside the city")
                                       .arg(position->x, 0, 'f', 1)
                                       .arg(position->y, 0, 'f', 1),
                                   QStringLiteral("place"));
    v.location = *position;
    if (draft.schoolFid) {
        if (!m_schools.contains(*draft.schoolFid))
            return Error::invalidInput(tr("there is no school %1 in this twin").arg(*draft.schoolFid), QStringLiteral("school"));
        v.schoolFid = draft.schoolFid;
    }
    v.description = draft.description.trimmed();
    v.suspectDescription = draft.suspectDescription.trimmed();
    v.sourceOrganisation = draft.sourceOrganisation.trimmed();
    v.personal = draft.personal;
    return v;
}

} // namespace ct::safety
