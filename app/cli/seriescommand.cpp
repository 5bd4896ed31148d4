// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "seriescommand.h"

#include "feedparser.h"
#include "readingstore.h"
#include "sensorregistry.h"
#include "sensorschema.h"

#include "ct/store/twinstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <limits>

namespace ct::cli {

namespace {

const char *const kUsage = QT_TRANSLATE_NOOP(
    "Cli",
    "Usage: citytwin-cli series TWIN SENSOR [--from T] [--to T] [--bucket DURATION] [--json]\n"
    "The readings of one sensor (its id, source id or a feed alias such as sta:12).\n"
    "  --from T, --to T   ISO 8601 with a zone, or ms since the epoch (default: everything)\n"
    "  --bucket DURATION  exact min/max/mean/count per bucket: 10m, 1h, 1d\n"
    "  --json             one JSON object\n");

QString usage()
{
    return QCoreApplication::translate("Cli", kUsage);
}

qint64 parseBucket(const QString &text)
{
    static const std::pair<QChar, qint64> units[] = {{QLatin1Char('s'), 1000}, {QLatin1Char('m'), 60000},
                                                     {QLatin1Char('h'), 3600000}, {QLatin1Char('d'), 86400000}};
    for (const auto &[suffix, ms] : units)
        if (text.endsWith(suffix)) {
            bool ok = false;
            const double v = text.chopped(1).toDouble(&ok);
            return ok && v > 0 ? qint64(v * double(ms)) : -1;
        }
    return -1;
}

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace

int runSeries(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString tag = QStringLiteral("citytwin-cli series: ");
    QStringList positional;
    qint64 from = std::numeric_limits<qint64>::min() / 2, to = std::numeric_limits<qint64>::max() / 2, bucket = 0;
    bool json = false;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        auto value = [&]() -> QString { return i + 1 < arguments.size() ? arguments[++i] : QString(); };
        if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            out << usage();
            return 0;
        } else if (a == QLatin1String("--json")) {
            json = true;
        } else if (a == QLatin1String("--from") || a == QLatin1String("--to")) {
            const QString text = value();
            const auto t = sensors::FeedParser::parseTime(text);
            if (!t) {
                err << tag << QCoreApplication::translate("Cli", "%1: expected ISO 8601 with a zone or ms since the epoch, got \"%2\"").arg(a, text) << "\n";
                return 2;
            }
            (a == QLatin1String("--from") ? from : to) = *t;
        } else if (a == QLatin1String("--bucket")) {
            const QString text = value();
            bucket = parseBucket(text);
            if (bucket <= 0) {
                err << tag << QCoreApplication::translate("Cli", "--bucket: expected a duration like 10m, 1h or 1d, got \"%1\"").arg(text) << "\n";
                return 2;
            }
        } else if (a.startsWith(QLatin1Char('-'))) {
            err << tag << QCoreApplication::translate("Cli", "unknown option %1").arg(a) << "\n" << usage();
            return 2;
        } else {
            positional << a;
        }
    }
    if (positional.size() != 2) {
        err << tag << QCoreApplication::translate("Cli", "a twin and a sensor") << "\n" << usage();
        return 2;
    }
    auto opened = store::TwinStore::open(positional[0], store::TwinStore::OpenMode::ReadOnly);
    if (!opened) {
        err << tag << opened.error().toString() << "\n";
        return 1;
    }
    auto &twin = *opened.value();
    if (twin.schemaVersion(sensors::SensorSchema::component()) < 2) {
        err << tag << QCoreApplication::translate("Cli", "%1 has no sensor registry yet (run citytwin-cli ingest first)").arg(positional[0]) << "\n";
        return 1;
    }
    sensors::SensorRegistry registry(twin);
    auto id = registry.resolve(positional[1]);
    if (!id || !id->has_value()) {
        err << tag << QCoreApplication::translate("Cli", "no sensor \"%1\"").arg(positional[1]) << "\n";
        return 1;
    }
    const auto sensor = registry.find(**id).value().value();
    sensors::ReadingStore store(twin);
    QJsonObject result{{QStringLiteral("sensor"), double(sensor.id)}, {QStringLiteral("source_id"), sensor.sourceId},
                       {QStringLiteral("name"), sensor.name}, {QStringLiteral("unit"), sensor.unit}};
    QJsonArray rows;
    if (bucket > 0) {
        if (from <= std::numeric_limits<qint64>::min() / 4) {
            err << tag << QCoreApplication::translate("Cli", "--bucket needs --from") << "\n";
            return 2;
        }
        auto buckets = store.aggregate(sensor.id, from, to, bucket);
        if (!buckets) {
            err << tag << buckets.error().toString() << "\n";
            return 1;
        }
        for (const auto &b : buckets.value())
            rows.append(QJsonObject{{QStringLiteral("start"), iso(b.startMs)}, {QStringLiteral("min"), b.min}, {QStringLiteral("max"), b.max},
                                    {QStringLiteral("mean"), b.mean}, {QStringLiteral("count"), double(b.count)}});
        result[QStringLiteral("bucket_ms")] = double(bucket);
        result[QStringLiteral("buckets")] = rows;
    } else {
        auto readings = store.range(sensor.id, from, to);
        if (!readings) {
            err << tag << readings.error().toString() << "\n";
            return 1;
        }
        for (const auto &r : readings.value())
            rows.append(QJsonObject{{QStringLiteral("t"), iso(r.tMs)}, {QStringLiteral("value"), r.value}, {QStringLiteral("quality"), r.quality}});
        result[QStringLiteral("readings")] = rows;
    }
    if (json) {
        out << QJsonDocument(result).toJson(QJsonDocument::Indented);
        return 0;
    }
    out << sensor.name << " (" << sensor.sourceId << ", " << sensor.unit << ")\n";
    for (const auto &row : std::as_const(rows)) {
        const QJsonObject o = row.toObject();
        if (bucket > 0)
            out << o.value(QStringLiteral("start")).toString() << "  min " << o.value(QStringLiteral("min")).toDouble() << "  max "
                << o.value(QStringLiteral("max")).toDouble() << "  mean " << o.value(QStringLiteral("mean")).toDouble() << "  n "
                << qint64(o.value(QStringLiteral("count")).toDouble()) << "\n";
        else
            out << o.value(QStringLiteral("t")).toString() << "  " << o.value(QStringLiteral("value")).toDouble() << "\n";
    }
    return 0;
}

} // namespace ct::cli
