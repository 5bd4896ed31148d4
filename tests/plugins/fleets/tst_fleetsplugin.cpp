// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// The plugin loaded from its file, as the console loads it: its schema, and its importers chosen
// by confidence and run the way File → Import runs them (TwinStore::perform, one transaction).
#include "fleetstestsupport.h"

#include "ct/pluginapi/domainplugin.h"
#include "ct/pluginapi/importer.h"

#include <QPluginLoader>
#include <QtTest>

using namespace ct;
using ct::fleets::test::scalar;

class TstFleetsPlugin : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QPluginLoader m_loader{QStringLiteral(CITYTWIN_BINARY_DIR "/lib/citytwin/plugins/citytwin_plugin_fleets.so")};
    plugin::DomainPlugin *m_plugin = nullptr;

    std::shared_ptr<plugin::Importer> chosen(const QString &path)
    {
        std::shared_ptr<plugin::Importer> best;
        int bestConfidence = plugin::Importer::kConfident - 1;
        for (const auto &importer : m_plugin->importers()) {
            const int c = importer->confidence(path);
            if (c > bestConfidence) {
                best = importer;
                bestConfidence = c;
            }
        }
        return best;
    }

    core::Status importAs(store::TwinStore &twin, plugin::Importer &importer, const QString &path)
    {
        return twin.perform(core::Actor::system(QStringLiteral("tst_fleetsplugin")), QStringLiteral("layer.import"),
                            QFileInfo(path).fileName(), [&](store::TwinStore &t, QJsonObject &, QJsonObject &) -> core::Status {
                                auto result = importer.import(t, path);
                                return result ? core::Status() : core::Status(result.error());
                            });
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_loader.load(), qPrintable(m_loader.errorString()));
        m_plugin = qobject_cast<plugin::DomainPlugin *>(m_loader.instance());
        QVERIFY(m_plugin);
    }

    void importersByConfidence()
    {
        auto created = store::TwinStore::create(m_dir.filePath(QStringLiteral("plugin.gpkg")));
        QVERIFY(created);
        store::TwinStore &twin = *created.value();
        QVERIFY(twin.migrate(QStringLiteral("fleets"), m_plugin->migrations()));
        QVERIFY(!twin.hasLayer(QStringLiteral("gtfs_stops"))); // created by the first import
        QStringList layers;
        for (const auto &layer : m_plugin->layers())
            layers << layer.table;
        QVERIFY(layers.contains(QStringLiteral("gtfs_stops")) && layers.contains(QStringLiteral("gtfs_shapes")));

        const QString zip = m_dir.filePath(QStringLiteral("feed.zip"));
        QVERIFY(fleets::test::writeFeed(QStringLiteral("feed_good"), zip));
        auto gtfs = chosen(zip);
        QVERIFY(gtfs);
        QCOMPARE(gtfs->id(), QStringLiteral("gtfs"));
        QVERIFY(importAs(twin, *gtfs, zip));
        QCOMPARE(scalar(twin, "SELECT count(*) FROM gtfs_stop_time"), QStringLiteral("8"));
        QVERIFY(twin.hasLayer(QStringLiteral("gtfs_stops")));
        QVERIFY(twin.hasLayer(QStringLiteral("gtfs_shapes")));

        fleets::test::OfficialVehicle bus;
        bus.entityId = bus.vehicleId = "bus-1";
        bus.latitude = 36.08f;
        bus.longitude = 140.11f;
        bus.timestamp = 1796000000;
        const QString pb = m_dir.filePath(QStringLiteral("vehicles.pb"));
        {
            QFile out(pb);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(fleets::test::officialFeed({bus}, 1796000000));
        }
        auto realtime = chosen(pb);
        QVERIFY(realtime);
        QCOMPARE(realtime->id(), QStringLiteral("gtfs-realtime"));
        QVERIFY(importAs(twin, *realtime, pb));
        QCOMPARE(scalar(twin, "SELECT count(*) FROM fleet_vehicle"), QStringLiteral("1"));

        // Neither importer claims a plain text file or a corrupt protobuf under another name; a
        // corrupt `.pb` goes to the realtime importer, which refuses it naming the file, and the
        // vehicle table keeps its row.
        QVERIFY(!chosen(QStringLiteral(CITYTWIN_SOURCE_DIR "/tests/plugins/fleets/data/feed_good/stops.txt")));
        const QString broken = m_dir.filePath(QStringLiteral("broken.pb"));
        const QString brokenBin = m_dir.filePath(QStringLiteral("broken.bin"));
        for (const QString &path : {broken, brokenBin}) {
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(fleets::test::officialFeed({bus}, 1796000000).chopped(5));
        }
        QVERIFY(!chosen(brokenBin));
        QVERIFY(chosen(broken));
        QCOMPARE(chosen(broken)->id(), QStringLiteral("gtfs-realtime"));
        const core::Status refused = importAs(twin, *realtime, broken);
        QVERIFY(!refused);
        QVERIFY2(refused.error().toString().contains(QStringLiteral("broken.pb")), qPrintable(refused.error().toString()));
        QCOMPARE(scalar(twin, "SELECT count(*) FROM fleet_vehicle"), QStringLiteral("1"));
    }
};

QTEST_GUILESS_MAIN(TstFleetsPlugin)
#include "tst_fleetsplugin.moc"
