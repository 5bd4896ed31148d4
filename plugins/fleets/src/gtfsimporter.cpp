// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/fleets/gtfsimporter.h"

#include "ct/fleets/fleetschema.h"
#include "ct/fleets/gtfstable.h"
#include "ct/fleets/gtfstime.h"
#include "ct/geo/crs.h"
#include "ct/geo/crstransform.h"
#include "ct/store/twinstore.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <cpl_string.h>
#include <cpl_vsi.h>
#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>

namespace ct::fleets {

using core::Error;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Fleets", text);
}

enum class Kind { Text, Integer, Real, Time, Date };

struct FieldSpec
{
    const char *name;
    Kind kind = Kind::Text;
    bool required = false;
    double minimum = -1e18;
    double maximum = 1e18;
};

struct FileSpec
{
    const char *file;
    const char *table;   // nullptr: not stored as a table (shapes become the layer)
    bool required;
    std::vector<FieldSpec> fields;
};

const std::vector<FileSpec> &fileSpecs()
{
    static const std::vector<FileSpec> specs = {
        {"agency.txt", "gtfs_agency", true,
         {{"agency_id"}, {"agency_name", Kind::Text, true}, {"agency_url", Kind::Text, true},
          {"agency_timezone", Kind::Text, true}, {"agency_lang"}, {"agency_phone"}, {"agency_fare_url"}, {"agency_email"}}},
        {"agency_jp.txt", "gtfs_agency_jp", false,
         {{"agency_id", Kind::Text, true}, {"agency_official_name"}, {"agency_zip_number"}, {"agency_address"},
          {"agency_president_pos"}, {"agency_president_name"}}},
        {"office_jp.txt", "gtfs_office_jp", false,
         {{"office_id", Kind::Text, true}, {"office_name", Kind::Text, true}, {"office_url"}, {"office_phone"}}},
        {"stops.txt", "gtfs_stop", true,
         {{"stop_id", Kind::Text, true}, {"stop_code"}, {"stop_name"}, {"stop_desc"},
          {"stop_lat", Kind::Real, false, -90, 90}, {"stop_lon", Kind::Real, false, -180, 180}, {"zone_id"}, {"stop_url"},
          {"location_type", Kind::Integer, false, 0, 4}, {"parent_station"}, {"stop_timezone"},
          {"wheelchair_boarding", Kind::Integer, false, 0, 2}, {"platform_code"}}},
        {"routes.txt", "gtfs_route", true,
         {{"route_id", Kind::Text, true}, {"agency_id"}, {"route_short_name"}, {"route_long_name"}, {"route_desc"},
          {"route_type", Kind::Integer, true, 0, 1702}, {"route_url"}, {"route_color"}, {"route_text_color"},
          {"jp_parent_route_id"}}},
        {"trips.txt", "gtfs_trip", true,
         {{"route_id", Kind::Text, true}, {"service_id", Kind::Text, true}, {"trip_id", Kind::Text, true},
          {"trip_headsign"}, {"trip_short_name"}, {"direction_id", Kind::Integer, false, 0, 1}, {"block_id"},
          {"shape_id"}, {"wheelchair_accessible", Kind::Integer, false, 0, 2}, {"bikes_allowed", Kind::Integer, false, 0, 2},
          {"jp_trip_desc"}, {"jp_trip_desc_symbol"}, {"jp_office_id"}}},
        {"stop_times.txt", "gtfs_stop_time", true,
         {{"trip_id", Kind::Text, true}, {"arrival_time", Kind::Time}, {"departure_time", Kind::Time},
          {"stop_id", Kind::Text, true}, {"stop_sequence", Kind::Integer, true, 0}, {"stop_headsign"},
          {"pickup_type", Kind::Integer, false, 0, 3}, {"drop_off_type", Kind::Integer, false, 0, 3},
          {"shape_dist_traveled", Kind::Real, false, 0}, {"timepoint", Kind::Integer, false, 0, 1}}},
        {"calendar.txt", "gtfs_calendar", false,
         {{"service_id", Kind::Text, true}, {"monday", Kind::Integer, true, 0, 1}, {"tuesday", Kind::Integer, true, 0, 1},
          {"wednesday", Kind::Integer, true, 0, 1}, {"thursday", Kind::Integer, true, 0, 1},
          {"friday", Kind::Integer, true, 0, 1}, {"saturday", Kind::Integer, true, 0, 1},
          {"sunday", Kind::Integer, true, 0, 1}, {"start_date", Kind::Date, true}, {"end_date", Kind::Date, true}}},
        {"calendar_dates.txt", "gtfs_calendar_date", false,
         {{"service_id", Kind::Text, true}, {"date", Kind::Date, true}, {"exception_type", Kind::Integer, true, 1, 2}}},
        {"shapes.txt", nullptr, false,
         {{"shape_id", Kind::Text, true}, {"shape_pt_lat", Kind::Real, true, -90, 90},
          {"shape_pt_lon", Kind::Real, true, -180, 180}, {"shape_pt_sequence", Kind::Integer, true, 0},
          {"shape_dist_traveled", Kind::Real, false, 0}}},
        {"frequencies.txt", "gtfs_frequency", false,
         {{"trip_id", Kind::Text, true}, {"start_time", Kind::Time, true}, {"end_time", Kind::Time, true},
          {"headway_secs", Kind::Integer, true, 1}, {"exact_times", Kind::Integer, false, 0, 1}}},
    };
    return specs;
}

Error rowError(const GtfsTable &table, const GtfsTable::Row &row, const QString &field, const QString &message)
{
    return Error::invalidInput(tr("field \"%1\": %2").arg(field, message), table.where(row));
}

/// Checks one cell against its spec; the parsed value (null for an empty optional cell).
core::Result<QVariant> parseCell(const GtfsTable &table, const GtfsTable::Row &row, const FieldSpec &spec)
{
    const QString name = QString::fromLatin1(spec.name);
    const QString text = table.value(row, name);
    if (text.isEmpty()) {
        if (spec.required)
            return rowError(table, row, name, tr("a value is required"));
        return QVariant();
    }
    switch (spec.kind) {
    case Kind::Text: return QVariant(text);
    case Kind::Integer: {
        bool ok = false;
        const qint64 v = text.toLongLong(&ok);
        if (!ok)
            return rowError(table, row, name, tr("\"%1\" is not a whole number").arg(text));
        if (double(v) < spec.minimum || double(v) > spec.maximum)
            return rowError(table, row, name, tr("%1 is out of range").arg(text));
        return QVariant(v);
    }
    case Kind::Real: {
        bool ok = false;
        const double v = text.toDouble(&ok);
        if (!ok || !std::isfinite(v))
            return rowError(table, row, name, tr("\"%1\" is not a number").arg(text));
        if (v < spec.minimum || v > spec.maximum)
            return rowError(table, row, name, tr("%1 is out of range").arg(text));
        return QVariant(v);
    }
    case Kind::Time: {
        const int seconds = GtfsTime::parse(text);
        if (seconds < 0)
            return rowError(table, row, name, tr("\"%1\" is not a time HH:MM:SS (hours may pass 24, minutes and seconds stay below 60)").arg(text));
        return QVariant(seconds);
    }
    case Kind::Date: {
        if (text.size() != 8 || !QDate::fromString(text, QStringLiteral("yyyyMMdd")).isValid())
            return rowError(table, row, name, tr("\"%1\" is not a date YYYYMMDD").arg(text));
        return QVariant(text);
    }
    }
    return QVariant();
}

struct ParsedFile
{
    const FileSpec *spec = nullptr;
    GtfsTable table;
    std::vector<std::vector<QVariant>> values; // per row, in spec field order
};

class Statement
{
public:
    Statement(sqlite3 *db, const QString &sql)
    {
        m_ok = sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &m_statement, nullptr) == SQLITE_OK;
    }
    ~Statement() { sqlite3_finalize(m_statement); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    bool ok() const { return m_ok; }
    void bind(int index, const QVariant &v)
    {
        if (!v.isValid() || v.isNull()) {
            sqlite3_bind_null(m_statement, index);
        } else if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int) {
            sqlite3_bind_int64(m_statement, index, v.toLongLong());
        } else if (v.typeId() == QMetaType::Double) {
            sqlite3_bind_double(m_statement, index, v.toDouble());
        } else {
            const QByteArray utf8 = v.toString().toUtf8();
            sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        }
    }
    bool run()
    {
        const int rc = sqlite3_step(m_statement);
        sqlite3_reset(m_statement);
        return rc == SQLITE_DONE;
    }

private:
    sqlite3_stmt *m_statement = nullptr;
    bool m_ok = false;
};

core::Status exec(sqlite3 *db, const QString &sql, const QVariantList &values, const QString &where)
{
    Statement statement(db, sql);
    if (!statement.ok())
        return Error::internal(QString::fromUtf8(sqlite3_errmsg(db)), where);
    for (int i = 0; i < values.size(); ++i)
        statement.bind(i + 1, values[i]);
    if (!statement.run())
        return Error::internal(QString::fromUtf8(sqlite3_errmsg(db)), where);
    return {};
}

/// The /vsizip/ directory that holds the feed's files: the zip's root or its single sub-folder.
std::optional<QString> feedDirectory(const QString &path)
{
    const QString root = QStringLiteral("/vsizip/") + QFileInfo(path).absoluteFilePath();
    VSIStatBufL stat;
    if (VSIStatL((root + QStringLiteral("/stops.txt")).toUtf8().constData(), &stat) == 0)
        return root;
    char **entries = VSIReadDir(root.toUtf8().constData());
    std::optional<QString> found;
    for (char **e = entries; e && *e; ++e) {
        const QString sub = root + QLatin1Char('/') + QString::fromUtf8(*e);
        if (VSIStatL((sub + QStringLiteral("/stops.txt")).toUtf8().constData(), &stat) == 0) {
            found = sub;
            break;
        }
    }
    const bool listed = entries != nullptr;
    CSLDestroy(entries);
    if (!found && !listed && VSIStatL(root.toUtf8().constData(), &stat) != 0)
        return std::nullopt;
    return found ? found : std::optional<QString>(root);
}

bool isZip(const QString &path)
{
    VSIStatBufL stat;
    return VSIStatL((QStringLiteral("/vsizip/") + QFileInfo(path).absoluteFilePath()).toUtf8().constData(), &stat) == 0;
}

} // namespace

QString GtfsImporter::title() const
{
    return tr("GTFS / GTFS-JP timetable feed (zip)");
}

int GtfsImporter::confidence(const QString &path) const
{
    if (!QFileInfo(path).isFile() || !isZip(path))
        return 0;
    const auto dir = feedDirectory(path);
    if (!dir)
        return 0;
    VSIStatBufL stat;
    int found = 0;
    for (const char *member : {"stops.txt", "stop_times.txt", "trips.txt", "routes.txt"})
        found += VSIStatL((*dir + QLatin1Char('/') + QLatin1String(member)).toUtf8().constData(), &stat) == 0 ? 1 : 0;
    return found == 4 ? 95 : found >= 2 ? 60 : 0;
}

core::Result<plugin::ImportSummary> GtfsImporter::import(store::TwinStore &store, const QString &path)
{
    const QString zipName = QFileInfo(path).fileName();
    if (!QFileInfo(path).isFile())
        return Error::notFound(tr("no such file"), path);
    if (!isZip(path))
        return Error::invalidInput(tr("not a zip archive; a GTFS feed is a .zip of .txt files"), zipName);
    const auto directory = feedDirectory(path);
    if (!directory)
        return Error::invalidInput(tr("cannot list the zip archive"), zipName);
    if (store.schemaVersion(QStringLiteral("fleets")) < 2)
        return Error::invalidInput(tr("the twin has no GTFS tables (the fleets plugin's schema is not applied)"), store.path());

    // 1. Read and check every file, before writing anything.
    std::map<QString, ParsedFile> files;
    for (const FileSpec &spec : fileSpecs()) {
        const QString member = QString::fromLatin1(spec.file);
        VSIStatBufL stat;
        if (VSIStatL((*directory + QLatin1Char('/') + member).toUtf8().constData(), &stat) != 0) {
            if (spec.required)
                return Error::invalidInput(tr("the feed has no %1, a required file").arg(member), zipName);
            continue;
        }
        auto table = GtfsTable::read(*directory, member);
        if (!table)
            return Error::invalidInput(table.error().message, zipName + QLatin1Char('/') + member);
        ParsedFile parsed;
        parsed.spec = &spec;
        parsed.table = std::move(table.value());
        for (const FieldSpec &field : spec.fields)
            if (field.required && !parsed.table.hasColumn(QString::fromLatin1(field.name)))
                return Error::invalidInput(tr("the header has no column \"%1\", a required field").arg(QLatin1String(field.name)),
                                           member + QStringLiteral(":1"));
        for (const auto &row : parsed.table.rows()) {
            std::vector<QVariant> values;
            values.reserve(spec.fields.size());
            for (const FieldSpec &field : spec.fields) {
                auto v = parseCell(parsed.table, row, field);
                if (!v)
                    return v.error();
                values.push_back(v.value());
            }
            parsed.values.push_back(std::move(values));
        }
        files.emplace(member, std::move(parsed));
    }
    if (!files.count(QStringLiteral("calendar.txt")) && !files.count(QStringLiteral("calendar_dates.txt")))
        return Error::invalidInput(tr("the feed has neither calendar.txt nor calendar_dates.txt; one of them is required"), zipName);

    auto fieldIndex = [](const ParsedFile &f, const char *name) {
        for (size_t i = 0; i < f.spec->fields.size(); ++i)
            if (qstrcmp(f.spec->fields[i].name, name) == 0)
                return int(i);
        return -1;
    };
    // Unique keys: the set of values of `key`; a repeated value is an error.
    auto keys = [&](const QString &file, const char *key, QSet<QString> &out) -> core::Status {
        auto it = files.find(file);
        if (it == files.end())
            return {};
        const ParsedFile &f = it->second;
        const int k = fieldIndex(f, key);
        for (size_t r = 0; r < f.values.size(); ++r) {
            const QString v = f.values[r][k].toString();
            if (out.contains(v))
                return rowError(f.table, f.table.rows()[r], QLatin1String(key), tr("\"%1\" appears twice").arg(v));
            out.insert(v);
        }
        return {};
    };
    // References: every non-empty `field` of `file` must be in `known`.
    auto references = [&](const QString &file, const char *field, const QSet<QString> &known, const QString &target) -> core::Status {
        auto it = files.find(file);
        if (it == files.end())
            return {};
        const ParsedFile &f = it->second;
        const int k = fieldIndex(f, field);
        for (size_t r = 0; r < f.values.size(); ++r) {
            const QVariant &v = f.values[r][k];
            if (!v.isNull() && !known.contains(v.toString()))
                return rowError(f.table, f.table.rows()[r], QLatin1String(field),
                                tr("\"%1\" is not in %2").arg(v.toString(), target));
        }
        return {};
    };

    QSet<QString> agencies, stops, routes, trips, offices, services, shapes, unused;
    {
        const ParsedFile &agency = files.at(QStringLiteral("agency.txt"));
        if (agency.values.empty())
            return Error::invalidInput(tr("agency.txt has no agency"), QStringLiteral("agency.txt"));
        if (agency.values.size() > 1) {
            for (size_t r = 0; r < agency.values.size(); ++r)
                if (agency.values[r][0].isNull())
                    return rowError(agency.table, agency.table.rows()[r], QStringLiteral("agency_id"),
                                    tr("a value is required when the feed has several agencies"));
            const ParsedFile &route = files.at(QStringLiteral("routes.txt"));
            const int a = fieldIndex(route, "agency_id");
            for (size_t r = 0; r < route.values.size(); ++r)
                if (route.values[r][a].isNull())
                    return rowError(route.table, route.table.rows()[r], QStringLiteral("agency_id"),
                                    tr("a value is required when the feed has several agencies"));
        }
    }
    for (auto [file, key, set] : {std::tuple{"agency.txt", "agency_id", &agencies}, {"stops.txt", "stop_id", &stops},
                                  {"routes.txt", "route_id", &routes}, {"trips.txt", "trip_id", &trips},
                                  {"office_jp.txt", "office_id", &offices}, {"calendar.txt", "service_id", &services},
                                  {"agency_jp.txt", "agency_id", &unused}})
        if (core::Status s = keys(QLatin1String(file), key, *set); !s)
            return s.error();
    if (auto it = files.find(QStringLiteral("calendar_dates.txt")); it != files.end())
        for (const auto &v : it->second.values)
            services.insert(v[0].toString());
    std::map<QString, std::vector<std::pair<qint64, geo::Point>>> shapePoints;
    if (auto it = files.find(QStringLiteral("shapes.txt")); it != files.end()) {
        for (const auto &v : it->second.values) {
            shapes.insert(v[0].toString());
            shapePoints[v[0].toString()].push_back({v[3].toLongLong(), geo::Point{v[2].toDouble(), v[1].toDouble()}});
        }
    }
    // Stops: coordinates required for stops, stations and entrances (location_type 0–2).
    {
        const ParsedFile &f = files.at(QStringLiteral("stops.txt"));
        for (size_t r = 0; r < f.values.size(); ++r) {
            const qint64 type = f.values[r][8].isNull() ? 0 : f.values[r][8].toLongLong();
            for (int c : {4, 5})
                if (type <= 2 && f.values[r][c].isNull())
                    return rowError(f.table, f.table.rows()[r], QLatin1String(f.spec->fields[c].name),
                                    tr("a value is required for location_type %1").arg(type));
        }
    }
    const QString inAgency = QStringLiteral("agency.txt"), inStops = QStringLiteral("stops.txt"),
                  inRoutes = QStringLiteral("routes.txt"), inTrips = QStringLiteral("trips.txt"),
                  inServices = tr("calendar.txt or calendar_dates.txt"), inShapes = QStringLiteral("shapes.txt"),
                  inOffices = QStringLiteral("office_jp.txt");
    for (auto [file, field, set, target] :
         {std::tuple{"routes.txt", "agency_id", &agencies, &inAgency}, {"agency_jp.txt", "agency_id", &agencies, &inAgency},
          {"stops.txt", "parent_station", &stops, &inStops}, {"trips.txt", "route_id", &routes, &inRoutes},
          {"trips.txt", "service_id", &services, &inServices}, {"trips.txt", "shape_id", &shapes, &inShapes},
          {"trips.txt", "jp_office_id", &offices, &inOffices}, {"stop_times.txt", "trip_id", &trips, &inTrips},
          {"stop_times.txt", "stop_id", &stops, &inStops}, {"frequencies.txt", "trip_id", &trips, &inTrips}})
        if (agencies.isEmpty() && qstrcmp(field, "agency_id") == 0)
            continue; // a single agency without an id
        else if (core::Status s = references(QLatin1String(file), field, *set, *target); !s)
            return s.error();

    // stop_times: unique sequence per trip, times never going backwards along a trip.
    {
        const ParsedFile &f = files.at(QStringLiteral("stop_times.txt"));
        std::vector<size_t> order(f.values.size());
        for (size_t i = 0; i < order.size(); ++i)
            order[i] = i;
        std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
            const QString ta = f.values[a][0].toString(), tb = f.values[b][0].toString();
            return ta != tb ? ta < tb : f.values[a][4].toLongLong() < f.values[b][4].toLongLong();
        });
        QString trip;
        qint64 sequence = -1;
        int lastTime = -1;
        // The first and the last stop of each trip must carry times (GTFS: timepoints at both ends),
        // and a trip has at least two stops.
        auto ends = [&](size_t first, size_t last) -> core::Status {
            if (first == last)
                return rowError(f.table, f.table.rows()[first], QStringLiteral("trip_id"),
                                tr("trip \"%1\" has only one stop").arg(f.values[first][0].toString()));
            for (size_t e : {first, last})
                if (f.values[e][1].isNull() && f.values[e][2].isNull())
                    return rowError(f.table, f.table.rows()[e], QStringLiteral("arrival_time"),
                                    tr("the first and the last stop of trip \"%1\" need a time").arg(f.values[e][0].toString()));
            return {};
        };
        size_t tripFirst = 0, previous = 0;
        bool any = false;
        for (size_t i : order) {
            const auto &v = f.values[i];
            const auto &row = f.table.rows()[i];
            if (v[0].toString() != trip) {
                if (any)
                    if (core::Status s = ends(tripFirst, previous); !s)
                        return s.error();
                tripFirst = i;
                any = true;
                trip = v[0].toString();
                sequence = -1;
                lastTime = -1;
            } else if (v[4].toLongLong() == sequence) {
                return rowError(f.table, row, QStringLiteral("stop_sequence"), tr("%1 appears twice in trip \"%2\"").arg(sequence).arg(trip));
            }
            sequence = v[4].toLongLong();
            for (int c : {1, 2}) {
                if (v[c].isNull())
                    continue;
                if (v[c].toInt() < lastTime)
                    return rowError(f.table, row, QLatin1String(f.spec->fields[c].name),
                                    tr("%1 is before the previous stop's time %2 in trip \"%3\"")
                                        .arg(GtfsTime::format(v[c].toInt()), GtfsTime::format(lastTime), trip));
                lastTime = v[c].toInt();
            }
            previous = i;
        }
        if (any)
            if (core::Status s = ends(tripFirst, previous); !s)
                return s.error();
    }
    if (auto it = files.find(QStringLiteral("calendar.txt")); it != files.end())
        for (size_t r = 0; r < it->second.values.size(); ++r)
            if (it->second.values[r][9].toString() < it->second.values[r][8].toString())
                return rowError(it->second.table, it->second.table.rows()[r], QStringLiteral("end_date"), tr("the end is before start_date"));
    if (auto it = files.find(QStringLiteral("frequencies.txt")); it != files.end())
        for (size_t r = 0; r < it->second.values.size(); ++r)
            if (it->second.values[r][2].toInt() <= it->second.values[r][1].toInt())
                return rowError(it->second.table, it->second.table.rows()[r], QStringLiteral("end_time"), tr("the end is not after start_time"));
    for (auto &[id, points] : shapePoints)
        if (points.size() < 2)
            return Error::invalidInput(tr("shape \"%1\" has fewer than two points").arg(id), QStringLiteral("shapes.txt"));

    auto transform = geo::CrsTransform::create(geo::crs::kWgs84, geo::crs::kJgd2011ZoneIX);
    if (!transform)
        return transform.error();

    // 2. Write: the caller's transaction, or ours.
    std::optional<store::Transaction> own;
    if (!store.inTransaction()) {
        own.emplace(store);
        if (!own->status())
            return own->status().error();
    }
    if (core::Status s = FleetSchema::ensureLayers(store); !s)
        return s.error();
    sqlite3 *db = store.handle();
    const QString feedId = QFileInfo(path).completeBaseName();
    for (const char *table : {"gtfs_agency", "gtfs_agency_jp", "gtfs_office_jp", "gtfs_stop", "gtfs_route", "gtfs_trip",
                              "gtfs_stop_time", "gtfs_calendar", "gtfs_calendar_date", "gtfs_frequency", "gtfs_feed",
                              "gtfs_stops", "gtfs_shapes"})
        if (core::Status s = exec(db, QStringLiteral("DELETE FROM %1 WHERE feed_id = ?").arg(QLatin1String(table)), {feedId}, QLatin1String(table)); !s)
            return s.error();
    if (core::Status s = exec(db, QStringLiteral("INSERT INTO gtfs_feed (feed_id, file, imported_at) VALUES (?, ?, ?)"),
                              {feedId, zipName, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}, QStringLiteral("gtfs_feed"));
        !s)
        return s.error();

    plugin::ImportSummary summary;
    summary.file = path;
    summary.layer = QStringLiteral("gtfs_stops");
    for (const auto &[member, f] : files) {
        if (!f.spec->table)
            continue;
        QStringList columns{QStringLiteral("feed_id")};
        for (const FieldSpec &field : f.spec->fields)
            columns << QLatin1String(field.name);
        QString placeholders = QStringLiteral("?");
        for (size_t i = 0; i < f.spec->fields.size(); ++i)
            placeholders += QStringLiteral(", ?");
        Statement insert(db, QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                 .arg(QLatin1String(f.spec->table), columns.join(QStringLiteral(", ")), placeholders));
        if (!insert.ok())
            return Error::internal(QString::fromUtf8(sqlite3_errmsg(db)), QLatin1String(f.spec->table));
        for (size_t r = 0; r < f.values.size(); ++r) {
            insert.bind(1, feedId);
            for (size_t c = 0; c < f.values[r].size(); ++c)
                insert.bind(int(c) + 2, f.values[r][c]);
            if (!insert.run())
                return Error::invalidInput(QString::fromUtf8(sqlite3_errmsg(db)), f.table.where(f.table.rows()[r]));
            ++summary.imported;
        }
    }

    // Layers: located stops and shapes in EPSG:6677.
    {
        const store::LayerDefinition def = FleetSchema::stopLayer();
        QStringList fields;
        for (const auto &field : def.fields)
            fields << field.name;
        auto writer = store.writer(def.name, fields);
        if (!writer)
            return writer.error();
        const ParsedFile &f = files.at(QStringLiteral("stops.txt"));
        for (size_t r = 0; r < f.values.size(); ++r) {
            const auto &v = f.values[r];
            if (v[4].isNull() || v[5].isNull())
                continue;
            geo::Point p{v[5].toDouble(), v[4].toDouble()};
            if (!transform->forward(p))
                return Error::invalidInput(tr("the coordinates cannot be transformed to EPSG:6677"), f.table.where(f.table.rows()[r]));
            auto fid = writer->insert(geo::Geometry::point(p),
                                      {feedId + QLatin1Char('/') + v[0].toString(), feedId, v[0], v[2], v[8], v[11]});
            if (!fid)
                return fid.error();
        }
        if (core::Status s = writer->finish(); !s)
            return s.error();
    }
    if (!shapePoints.empty()) {
        QHash<QString, QStringList> routesOfShape;
        const ParsedFile &t = files.at(QStringLiteral("trips.txt"));
        for (const auto &v : t.values)
            if (!v[7].isNull() && !routesOfShape[v[7].toString()].contains(v[0].toString()))
                routesOfShape[v[7].toString()] << v[0].toString();
        const store::LayerDefinition def = FleetSchema::shapeLayer();
        QStringList fields;
        for (const auto &field : def.fields)
            fields << field.name;
        auto writer = store.writer(def.name, fields);
        if (!writer)
            return writer.error();
        for (auto &[id, points] : shapePoints) {
            std::stable_sort(points.begin(), points.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
            std::vector<geo::Point> line;
            for (const auto &p : points)
                line.push_back(p.second);
            if (!transform->forward(std::span<geo::Point>(line)))
                return Error::invalidInput(tr("shape \"%1\" cannot be transformed to EPSG:6677").arg(id), QStringLiteral("shapes.txt"));
            auto fid = writer->insert(geo::Geometry::lineString(std::move(line)),
                                      {feedId + QLatin1Char('/') + id, feedId, id, routesOfShape.value(id).join(QLatin1Char(','))});
            if (!fid)
                return fid.error();
        }
        if (core::Status s = writer->finish(); !s)
            return s.error();
    }
    if (own)
        if (core::Status s = own->commit(); !s)
            return s.error();
    return summary;
}

} // namespace ct::fleets
