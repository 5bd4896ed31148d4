// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// The live fleet on the main map, end to end: a twin made by the real citytwin-cli generate (the
// fleets schema seeds the demo fleet), the real console under Xvfb (--screenshot), and the
// screenshot's pixels where each vehicle's symbol should be. The vehicles are first spread on a
// grid over the city and turned north (as a GTFS-Realtime feed would report them; the demo's own
// positions crowd along two routes at this scale), then moved half a row north and turned east,
// and a second screenshot must show the symbols at the new places, gone from the old ones, and
// the arrows pointing the other way.
//
// Links the domain library only for the kinds' colours; the plugin runs in the console's process.

#include "ct/fleets/vehiclekind.h"

#include <QColor>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

#include <cmath>

using namespace ct::fleets;

namespace {

const QString kBin = QStringLiteral(CITYTWIN_BINARY_DIR "/bin/");

struct Vehicle
{
    QString id;
    QString kind;
    double x = 0, y = 0;
};

struct Shot
{
    QImage image;
    QJsonObject view;
    //! Pixel of an EPSG:6677 position (a 2D, unrotated view, checked by the test).
    QPointF pixel(double x, double y) const
    {
        const QJsonObject map = view[QStringLiteral("map")].toObject(), centre = view[QStringLiteral("centre")].toObject();
        const double mpp = view[QStringLiteral("metresPerPixel")].toDouble();
        const double ratio = view[QStringLiteral("window")].toObject()[QStringLiteral("devicePixelRatio")].toDouble(1.0);
        return QPointF((map[QStringLiteral("x")].toDouble() + map[QStringLiteral("width")].toDouble() / 2
                        + (x - centre[QStringLiteral("x")].toDouble()) / mpp) * ratio,
                       (map[QStringLiteral("y")].toDouble() + map[QStringLiteral("height")].toDouble() / 2
                        - (y - centre[QStringLiteral("y")].toDouble()) / mpp) * ratio);
    }
};

bool close(QRgb pixel, const QColor &color, int tolerance = 40)
{
    return std::abs(qRed(pixel) - color.red()) + std::abs(qGreen(pixel) - color.green()) + std::abs(qBlue(pixel) - color.blue())
           <= tolerance;
}

/// Pixels of `color` within `radius` of `at`, split by side: [above, below, left, right] of it.
struct Mass
{
    int total = 0, above = 0, below = 0, left = 0, right = 0;
};

Mass mass(const QImage &image, QPointF at, const QColor &color, int radius)
{
    Mass m;
    const int cx = int(std::lround(at.x())), cy = int(std::lround(at.y()));
    for (int y = cy - radius; y <= cy + radius; ++y)
        for (int x = cx - radius; x <= cx + radius; ++x) {
            if (!image.rect().contains(x, y) || (x - cx) * (x - cx) + (y - cy) * (y - cy) > radius * radius)
                continue;
            if (!close(image.pixel(x, y), color))
                continue;
            ++m.total;
            m.above += y < cy;
            m.below += y > cy;
            m.left += x < cx;
            m.right += x > cx;
        }
    return m;
}

QColor kindColor(const QString &kind)
{
    const auto k = VehicleKinds::fromId(kind);
    return k ? QColor(VehicleKinds::color(*k)) : QColor();
}

bool isArrow(const QString &kind)
{
    return kind == QLatin1String("on_demand_bus") || kind == QLatin1String("community_bus") || kind == QLatin1String("autonomous_shuttle")
           || kind == QLatin1String("mobile_supermarket");
}

} // namespace

class TestFleetsMapEndToEnd : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_twin;

    bool exec(const QString &sql)
    {
        sqlite3 *db = nullptr;
        if (sqlite3_open(m_twin.toUtf8().constData(), &db) != SQLITE_OK)
            return false;
        const bool ok = sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
        sqlite3_close(db);
        return ok;
    }

    std::vector<Vehicle> vehicles()
    {
        std::vector<Vehicle> list;
        sqlite3 *db = nullptr;
        sqlite3_stmt *s = nullptr;
        sqlite3_open(m_twin.toUtf8().constData(), &db);
        sqlite3_prepare_v2(db, "SELECT vehicle_id, kind, x, y FROM fleet_vehicle WHERE x IS NOT NULL ORDER BY vehicle_id", -1, &s, nullptr);
        while (s && sqlite3_step(s) == SQLITE_ROW)
            list.push_back({QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, 0))),
                            QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, 1))), sqlite3_column_double(s, 2),
                            sqlite3_column_double(s, 3)});
        sqlite3_finalize(s);
        sqlite3_close(db);
        return list;
    }

    Shot screenshot(const QString &name)
    {
        Shot shot;
        const QString png = m_dir.filePath(name + QStringLiteral(".png"));
        QProcess console;
        console.start(kBin + QStringLiteral("citytwin"),
                      {QStringLiteral("--twin"), m_twin, QStringLiteral("--screenshot"), png, QStringLiteral("--size"), QStringLiteral("1600x1000"),
                       QStringLiteral("--view"), QStringLiteral("2d"), QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--panel"),
                       QStringLiteral("fleets"), QStringLiteral("--timeout"), QStringLiteral("120")});
        if (!console.waitForFinished(240000) || console.exitCode() != 0) {
            console.kill();
            qWarning().noquote() << "citytwin failed:" << console.readAllStandardError();
            return shot;
        }
        shot.image = QImage(png).convertToFormat(QImage::Format_RGB32);
        QFile::remove(QStringLiteral(CITYTWIN_BINARY_DIR "/tests/e2e-fleets-%1.png").arg(name));
        QFile::copy(png, QStringLiteral(CITYTWIN_BINARY_DIR "/tests/e2e-fleets-%1.png").arg(name));
        QFile sidecar(png + QStringLiteral(".json"));
        if (sidecar.open(QIODevice::ReadOnly))
            shot.view = QJsonDocument::fromJson(sidecar.readAll()).object();
        return shot;
    }

    /// Vehicles with no other vehicle within `pixels` on screen (their symbols do not overlap).
    static std::vector<Vehicle> isolated(const std::vector<Vehicle> &all, const Shot &shot, double pixels)
    {
        std::vector<Vehicle> result;
        for (const Vehicle &v : all) {
            const QPointF p = shot.pixel(v.x, v.y);
            bool alone = shot.image.rect().adjusted(20, 20, -20, -20).contains(p.toPoint());
            for (const Vehicle &o : all)
                if (o.id != v.id && QLineF(p, shot.pixel(o.x, o.y)).length() < pixels)
                    alone = false;
            if (alone)
                result.push_back(v);
        }
        return result;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_twin = m_dir.filePath(QStringLiteral("demo.gpkg"));
        QProcess generate;
        generate.start(kBin + QStringLiteral("citytwin-cli"), {QStringLiteral("generate"), QStringLiteral("--scale"), QStringLiteral("0.1"),
                                                               QStringLiteral("--seed"), QStringLiteral("3"), QStringLiteral("--quiet"),
                                                               QStringLiteral("-o"), m_twin});
        QVERIFY(generate.waitForFinished(240000));
        QVERIFY2(generate.exitCode() == 0, generate.readAllStandardError().constData());
    }

    void liveFleetOnTheMainMap()
    {
        // The demo fleet: every kind, with positions.
        QCOMPARE(int(vehicles().size()), 45);
        // Spread on a 9 × 5 grid over the middle 80 % of the city's extent, turned north.
        double minX = 0, minY = 0, maxX = 0, maxY = 0;
        {
            sqlite3 *db = nullptr;
            sqlite3_stmt *s = nullptr;
            sqlite3_open(m_twin.toUtf8().constData(), &db);
            sqlite3_prepare_v2(db, "SELECT min_x, min_y, max_x, max_y FROM gpkg_contents WHERE table_name = 'boundary'", -1, &s, nullptr);
            QVERIFY(s && sqlite3_step(s) == SQLITE_ROW);
            minX = sqlite3_column_double(s, 0);
            minY = sqlite3_column_double(s, 1);
            maxX = sqlite3_column_double(s, 2);
            maxY = sqlite3_column_double(s, 3);
            sqlite3_finalize(s);
            sqlite3_close(db);
        }
        const double columnStep = (maxX - minX) * 0.8 / 8, rowStep = (maxY - minY) * 0.8 / 4;
        QVERIFY(exec(QStringLiteral("UPDATE fleet_vehicle SET heading_deg = 0, "
                                    "x = %1 + %2 * ((SELECT count(*) FROM fleet_vehicle AS o WHERE o.vehicle_id < fleet_vehicle.vehicle_id) % 9), "
                                    "y = %3 + %4 * ((SELECT count(*) FROM fleet_vehicle AS o WHERE o.vehicle_id < fleet_vehicle.vehicle_id) / 9)")
                         .arg(minX + (maxX - minX) * 0.1, 0, 'f', 3).arg(columnStep, 0, 'f', 3)
                         .arg(minY + (maxY - minY) * 0.1, 0, 'f', 3).arg(rowStep, 0, 'f', 3)));
        const std::vector<Vehicle> before = vehicles();

        const Shot a = screenshot(QStringLiteral("north"));
        QVERIFY(!a.image.isNull());
        QCOMPARE(a.view[QStringLiteral("headingDegrees")].toDouble(), 0.0);
        QCOMPARE(a.view[QStringLiteral("viewMode")].toString(), QStringLiteral("2d"));

        const std::vector<Vehicle> alone = isolated(before, a, 30.0);
        QVERIFY2(alone.size() >= 8, qPrintable(QStringLiteral("only %1 isolated vehicles").arg(alone.size())));
        int drawn = 0, arrowsChecked = 0, tailBelow = 0;
        QSet<QString> kindsSeen;
        for (const Vehicle &v : alone) {
            const Mass m = mass(a.image, a.pixel(v.x, v.y), kindColor(v.kind), 12);
            if (m.total >= 6) {
                ++drawn;
                kindsSeen.insert(v.kind);
            }
            if (isArrow(v.kind) && m.total >= 20) {
                ++arrowsChecked;
                // Heading north: the tip up, the wide tail below the anchor (about 64 % of the
                // arrow's area against 36 %; an unturned or sideways arrow splits evenly).
                tailBelow += m.below > 1.3 * m.above;
                if (!(m.below > 1.3 * m.above))
                    qInfo() << v.id << "above" << m.above << "below" << m.below << "left" << m.left << "right" << m.right;
            }
        }
        qInfo() << "isolated" << alone.size() << "drawn" << drawn << "kinds" << kindsSeen.size() << "arrows" << arrowsChecked << tailBelow;
        QVERIFY2(drawn >= int(alone.size()) * 9 / 10, qPrintable(QStringLiteral("%1 of %2 symbols found").arg(drawn).arg(alone.size())));
        QVERIFY(kindsSeen.size() >= 4);
        QVERIFY(arrowsChecked >= 3);
        // All but the odd one whose neighbourhood has map colours like its own (water under a blue bus).
        QVERIFY2(tailBelow >= arrowsChecked * 9 / 10, qPrintable(QStringLiteral("%1 of %2 arrows point north").arg(tailBelow).arg(arrowsChecked)));

        // Move every vehicle half a row north and turn it east, as a GTFS-Realtime import or the
        // simulation would: the next picture follows the table.
        QVERIFY(exec(QStringLiteral("UPDATE fleet_vehicle SET y = y + %1, heading_deg = 90, "
                                    "updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '+1 minute')").arg(rowStep / 2, 0, 'f', 3)));
        const Shot b = screenshot(QStringLiteral("east"));
        QVERIFY(!b.image.isNull());
        const std::vector<Vehicle> after = vehicles();
        const std::vector<Vehicle> aloneAfter = isolated(after, b, 30.0);
        int moved = 0, gone = 0, oldChecked = 0, tailWest = 0;
        arrowsChecked = 0;
        for (const Vehicle &v : aloneAfter) {
            const Mass m = mass(b.image, b.pixel(v.x, v.y), kindColor(v.kind), 12);
            moved += m.total >= 6;
            if (isArrow(v.kind) && m.total >= 20) {
                ++arrowsChecked;
                tailWest += m.left > 1.3 * m.right; // heading east: tip right, tail left
                if (!(m.left > 1.3 * m.right))
                    qInfo() << v.id << "above" << m.above << "below" << m.below << "left" << m.left << "right" << m.right;
            }
            // Where it was: nothing of its colour, unless another symbol is there now.
            const QPointF old = b.pixel(v.x, v.y - rowStep / 2);
            bool free = true;
            for (const Vehicle &o : after)
                free = free && QLineF(old, b.pixel(o.x, o.y)).length() >= 30.0;
            if (free) {
                ++oldChecked;
                gone += mass(b.image, old, kindColor(v.kind), 8).total < 3;
            }
        }
        qInfo() << "after move: isolated" << aloneAfter.size() << "drawn" << moved << "old places" << oldChecked << "empty" << gone
                << "arrows" << arrowsChecked << tailWest;
        QVERIFY2(moved >= int(aloneAfter.size()) * 9 / 10, qPrintable(QStringLiteral("%1 of %2 moved symbols found").arg(moved).arg(aloneAfter.size())));
        QVERIFY(oldChecked >= 5);
        QVERIFY2(gone >= oldChecked * 9 / 10, qPrintable(QStringLiteral("%1 of %2 old places empty").arg(gone).arg(oldChecked)));
        QVERIFY(arrowsChecked >= 3);
        QVERIFY2(tailWest >= arrowsChecked * 9 / 10, qPrintable(QStringLiteral("%1 of %2 arrows point east").arg(tailWest).arg(arrowsChecked)));
    }
};

QTEST_MAIN(TestFleetsMapEndToEnd)
#include "tst_fleetsmape2e.moc"
