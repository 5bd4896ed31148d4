// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ingestor.h"

#include "feedparser.h"
#include "ct/store/sqlstatement.h"
#include "walcheckpointer.h"
#include "writescope.h"

#include "ct/store/twinstore.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <gdal.h>
#include <ogr_api.h>
#include <sqlite3.h>

#include <cmath>
#include <map>

Q_LOGGING_CATEGORY(lcIngest, "ct.sensors.ingest")

namespace ct::sensors {

using core::Error;
using store::SqlStatement;

Ingestor::Ingestor(store::TwinStore &twin) : m_twin(twin), m_registry(twin), m_readings(twin), m_alarms(twin) {}

Ingestor::~Ingestor() = default;

namespace {

//! synchronous=NORMAL for the lifetime of the object (one ingest transaction), then the store's own.
class SynchronousOverride
{
public:
    SynchronousOverride(store::TwinStore &twin, bool active) : m_db(active ? twin.handle() : nullptr)
    {
        if (!m_db)
            return;
        SqlStatement q(m_db, "PRAGMA synchronous");
        m_previous = q.next() ? int(q.int64(0)) : 2;
        sqlite3_exec(m_db, "PRAGMA synchronous = NORMAL", nullptr, nullptr, nullptr);
    }
    ~SynchronousOverride()
    {
        if (m_db)
            sqlite3_exec(m_db, QByteArray("PRAGMA synchronous = ").append(QByteArray::number(m_previous)).constData(), nullptr, nullptr, nullptr);
    }
    SynchronousOverride(const SynchronousOverride &) = delete;
    SynchronousOverride &operator=(const SynchronousOverride &) = delete;

private:
    sqlite3 *m_db;
    int m_previous = 2;
};

} // namespace

bool Ingestor::setDurability(Durability durability)
{
    if (durability == Durability::Batched && !(m_checkpointer && m_checkpointer->isRunning())) {
        m_durability = Durability::Full;
        return false;
    }
    m_durability = durability;
    return true;
}

bool Ingestor::startBackgroundCheckpoints()
{
    if (m_checkpointer)
        return m_checkpointer->isRunning();
    m_checkpointer = std::make_unique<WalCheckpointer>(m_twin.handle(), m_twin.path());
    if (!m_checkpointer->start()) {
        m_checkpointer.reset();
        return false;
    }
    return true;
}

const Sensor *Ingestor::sensorFor(const QString &key)
{
    auto it = m_cache.find(key);
    if (it == m_cache.end()) {
        std::optional<Sensor> sensor;
        if (auto id = m_registry.resolve(key); id && id->has_value())
            if (auto found = m_registry.find(**id); found)
                sensor = found.value();
        it = m_cache.emplace(key, std::move(sensor)).first;
    }
    return it->second.has_value() ? &*it->second : nullptr;
}

core::Result<IngestReport> Ingestor::ingest(const ParsedPayload &payload, qint64 nowMs)
{
    IngestReport report;
    auto refuse = [&](RejectReason reason, const QString &where, const QString &detail) {
        ++report.rejected[std::size_t(reason)];
        qCWarning(lcIngest).noquote() << where << reasonName(reason) << detail;
    };
    for (const Rejection &r : payload.rejections)
        refuse(r.reason, r.where, r.detail);

    double toleranceS = 300.0;
    {
        SqlStatement q(m_twin.handle(), "SELECT value FROM sensor_setting WHERE key = 'future_tolerance_s'");
        if (q.next())
            toleranceS = q.real(0);
    }
    std::map<qint64, std::pair<const Sensor *, std::vector<Reading>>> perSensor;
    std::vector<Reading> all;
    for (const Observation &o : payload.observations) {
        const Sensor *sensor = sensorFor(o.key);
        if (!sensor) {
            refuse(RejectReason::UnknownSensor, o.where, o.key);
            continue;
        }
        if (!std::isfinite(o.value)) {
            refuse(RejectReason::NotANumber, o.where, o.key);
            continue;
        }
        if (!o.unit.isEmpty() && FeedParser::canonicalUnit(o.unit) != FeedParser::canonicalUnit(sensor->unit)) {
            refuse(RejectReason::WrongUnit, o.where, QStringLiteral("%1 instead of %2").arg(o.unit, sensor->unit));
            continue;
        }
        if (o.tMs > nowMs + qint64(toleranceS * 1000.0)) {
            refuse(RejectReason::FutureTimestamp, o.where, QStringLiteral("%1 ms ahead").arg(o.tMs - nowMs));
            continue;
        }
        const Reading r{sensor->id, o.tMs, o.value, o.quality};
        auto &slot = perSensor[sensor->id];
        slot.first = sensor;
        slot.second.push_back(r);
        all.push_back(r);
    }
    if (all.empty())
        return report;
    // Batched durability: this transaction alone without fsync (see setDurability()).
    SynchronousOverride normal(m_twin, m_durability == Durability::Batched && !m_twin.inTransaction());
    WriteScope tx(m_twin);
    if (!tx.status())
        return tx.status().error();
    if (auto s = m_readings.write(all); !s)
        return s.error();
    for (auto &[id, slot] : perSensor) {
        if (auto s = m_alarms.evaluate(*slot.first, std::move(slot.second)); !s)
            return s.error();
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    report.stored = qint64(all.size());
    return report;
}

core::Result<IngestReport> Ingestor::ingestCsv(const QString &path, qint64 nowMs)
{
    const char *const drivers[] = {"CSV", nullptr};
    const char *const options[] = {"AUTODETECT_TYPE=NO", "HEADERS=YES", nullptr};
    GDALAllRegister();
    GDALDatasetH ds = GDALOpenEx(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, options, nullptr);
    if (!ds)
        return Error::invalidInput(QCoreApplication::translate("Sensors", "GDAL cannot read this as CSV: %1").arg(QString::fromUtf8(CPLGetLastErrorMsg())), path);
    OGRLayerH layer = GDALDatasetGetLayer(ds, 0);
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
    const int sensorCol = OGR_FD_GetFieldIndex(defn, "sensor"), timeCol = OGR_FD_GetFieldIndex(defn, "time"),
              valueCol = OGR_FD_GetFieldIndex(defn, "value"), unitCol = OGR_FD_GetFieldIndex(defn, "unit"),
              qualityCol = OGR_FD_GetFieldIndex(defn, "quality");
    if (sensorCol < 0 || timeCol < 0 || valueCol < 0) {
        GDALClose(ds);
        return Error::invalidInput(QCoreApplication::translate("Sensors", "the columns sensor, time and value are required"), path);
    }
    ParsedPayload payload;
    int line = 1;
    OGR_L_ResetReading(layer);
    while (OGRFeatureH f = OGR_L_GetNextFeature(layer)) {
        ++line;
        const QString where = QStringLiteral("%1:%2").arg(path).arg(line);
        const QString key = QString::fromUtf8(OGR_F_GetFieldAsString(f, sensorCol)).trimmed();
        const QString timeText = QString::fromUtf8(OGR_F_GetFieldAsString(f, timeCol));
        const QString valueText = QString::fromUtf8(OGR_F_GetFieldAsString(f, valueCol)).trimmed();
        const QString unit = unitCol >= 0 ? QString::fromUtf8(OGR_F_GetFieldAsString(f, unitCol)).trimmed() : QString();
        const int quality = qualityCol >= 0 ? QString::fromUtf8(OGR_F_GetFieldAsString(f, qualityCol)).toInt() : 0;
        OGR_F_Destroy(f);
        bool ok = false;
        double value = valueText.toDouble(&ok);
        if (!ok && valueText.compare(QLatin1String("nan"), Qt::CaseInsensitive) == 0) {
            ok = true;
            value = std::nan("");
        }
        if (valueText.isEmpty()) {
            payload.rejections.push_back({RejectReason::MissingValue, where, QStringLiteral("empty value")});
            continue;
        }
        if (!ok) {
            payload.rejections.push_back({RejectReason::Malformed, where, QStringLiteral("value \"%1\" is not a number").arg(valueText)});
            continue;
        }
        const auto t = FeedParser::parseTime(timeText);
        if (!t) {
            payload.rejections.push_back({RejectReason::BadTimestamp, where, QStringLiteral("unreadable time \"%1\"").arg(timeText)});
            continue;
        }
        payload.observations.push_back({key, *t, value, unit, quality, where});
    }
    GDALClose(ds);
    return ingest(payload, nowMs);
}

} // namespace ct::sensors
