// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/fleets/fixedroutemodelfactory.h"

#include "ct/fleets/fixedroutemodel.h"
#include "ct/fleets/gtfstimetable.h"
#include "ct/sim/scenario.h"
#include "ct/sim/simulationworld.h"
#include "ct/store/twinstore.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace ct::fleets {

using core::Error;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Fleets", text);
}

//! The feed ids imported into the twin (empty when it has no GTFS tables).
QStringList feedsOf(const store::TwinStore &twin)
{
    QStringList feeds;
    sqlite3_stmt *s = nullptr;
    if (sqlite3_prepare_v2(twin.handle(), "SELECT feed_id FROM gtfs_feed ORDER BY feed_id", -1, &s, nullptr) == SQLITE_OK)
        while (sqlite3_step(s) == SQLITE_ROW)
            feeds << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, 0)));
    sqlite3_finalize(s);
    return feeds;
}

} // namespace

QList<Error> FixedRouteModelFactory::validate(const QJsonObject &section, const QString &path, const sim::SimulationWorld &world) const
{
    QList<Error> errors;
    for (auto it = section.begin(); it != section.end(); ++it)
        if (it.key() != QLatin1String("feed") && it.key() != QLatin1String("date"))
            errors << Error::invalidInput(tr("unknown key (expected: feed, date)"), path + QLatin1Char('.') + it.key());
    const QJsonValue date = section.value(QStringLiteral("date"));
    if (!date.isUndefined() && (!date.isString() || !QDate::fromString(date.toString(), QStringLiteral("yyyyMMdd")).isValid()))
        errors << Error::invalidInput(tr("expected a date like \"20260610\""), path + QStringLiteral(".date"));
    auto twin = store::TwinStore::open(world.twinPath(), store::TwinStore::OpenMode::ReadOnly);
    if (!twin) {
        errors << Error::invalidInput(twin.error().toString(), path);
        return errors;
    }
    const QStringList feeds = feedsOf(*twin.value());
    const QJsonValue feed = section.value(QStringLiteral("feed"));
    if (feeds.isEmpty())
        errors << Error::invalidInput(tr("the twin has no imported GTFS feed (citytwin-cli import TWIN FEED.zip)"), path);
    else if (!feed.isUndefined() && (!feed.isString() || !feeds.contains(feed.toString())))
        errors << Error::invalidInput(tr("unknown feed (the twin has: %1)").arg(feeds.join(QStringLiteral(", "))), path + QStringLiteral(".feed"));
    return errors;
}

std::unique_ptr<sim::Model> FixedRouteModelFactory::create(const sim::ModelContext &context) const
{
    const QJsonObject &s = context.section;
    const QDateTime start = context.scenario.start;
    QDate date = QDate::fromString(s.value(QStringLiteral("date")).toString(), QStringLiteral("yyyyMMdd"));
    double startOfDay = 0.0;
    if (start.isValid()) {
        if (!date.isValid())
            date = start.date();
        if (date == start.date())
            startOfDay = start.time().msecsSinceStartOfDay() / 1000.0;
    }
    if (!date.isValid())
        return std::make_unique<FixedRouteModel>(context.id, nullptr, 0.0, tr("no service date: give models.fixedroute.date or the scenario's start"));
    auto twin = store::TwinStore::open(context.world.twinPath(), store::TwinStore::OpenMode::ReadOnly);
    if (!twin)
        return std::make_unique<FixedRouteModel>(context.id, nullptr, startOfDay, twin.error().toString());
    auto timetable = GtfsTimetable::load(*twin.value(), date, s.value(QStringLiteral("feed")).toString());
    if (!timetable)
        return std::make_unique<FixedRouteModel>(context.id, nullptr, startOfDay, timetable.error().toString());
    return std::make_unique<FixedRouteModel>(context.id, std::make_shared<const GtfsTimetable>(std::move(timetable.value())), startOfDay);
}

} // namespace ct::fleets
