// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/pluginapi/domainplugin.h"
#include "ct/pluginapi/pluginregistry.h"
#include "ct/store/twinstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using ct::plugin::PluginInfo;

// The domain plugins this build ships: shelters, hydrogen, safety, sensors, fleets, damage, assets.
constexpr int kDomainPlugins = 7;
using ct::plugin::PluginRegistry;

namespace {

bool tableExists(ct::store::TwinStore &store, const QString &table)
{
    sqlite3_stmt *statement = nullptr;
    sqlite3_prepare_v2(store.handle(), "SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", -1, &statement, nullptr);
    const QByteArray name = table.toUtf8();
    sqlite3_bind_text(statement, 1, name.constData(), -1, SQLITE_TRANSIENT);
    const bool found = sqlite3_step(statement) == SQLITE_ROW;
    sqlite3_finalize(statement);
    return found;
}

} // namespace

class TestPluginRegistry : public QObject
{
    Q_OBJECT

private slots:
    void domainPluginsLoad_data();
    void domainPluginsLoad();
    void brokenPluginsAreListedWithTheirError_data();
    void brokenPluginsAreListedWithTheirError();
    void migrationsCreateTheDomainTablesOnce();
    void failingMigrationFailsOnlyItsPlugin();
    void metaDataValidation_data();
    void metaDataValidation();
};

void TestPluginRegistry::domainPluginsLoad_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QStringList>("tables");
    QTest::newRow("shelters") << "shelters" << QStringList{"shelters"};
    QTest::newRow("hydrogen") << "hydrogen" << QStringList{"hydrogen_stations", "fuel_cell_buses", "power_plan_route", "power_plan_stop"};
    QTest::newRow("safety") << "safety" << QStringList{"schools", "school_districts", "police_boxes", "streetlights", "safety_areas"};
    QTest::newRow("sensors") << "sensors" << QStringList{"sensor_sites"};
    QTest::newRow("fleets") << "fleets" << QStringList{"bus_routes", "bus_stops", "gtfs_shapes", "gtfs_stops", "no_fly_zones"};
    QTest::newRow("damage") << "damage" << QStringList{"damage_report"};
    QTest::newRow("assets") << "assets" << QStringList{"asset", "asset_grade_1", "asset_grade_2", "asset_grade_3", "asset_grade_4", "asset_planned"};
}

void TestPluginRegistry::domainPluginsLoad()
{
    QFETCH(QString, id);
    QFETCH(QStringList, tables);
    PluginRegistry registry({});
    registry.loadDirectories({QStringLiteral(CITYTWIN_PLUGIN_DIR)});
    const PluginInfo *info = registry.find(id);
    QVERIFY2(info, qPrintable(QStringLiteral("plugin %1 not found in %2").arg(id, CITYTWIN_PLUGIN_DIR)));
    QVERIFY2(info->isLoaded(), qPrintable(info->error));
    QVERIFY(!info->version.isEmpty());
    QVERIFY(info->has(QStringLiteral("layers")));
    QStringList declared;
    for (const auto &layer : info->instance->layers()) {
        declared << layer.table;
        QCOMPARE(layer.owner, id);
        QVERIFY(!layer.title.isEmpty());
    }
    QCOMPARE(declared, tables);
    // The panel is compiled into the plugin's own resources and reachable once it is loaded.
    QVERIFY(info->has(QStringLiteral("panel")));
    const QUrl panel = info->instance->panel();
    QCOMPARE(panel.scheme(), QStringLiteral("qrc"));
    QVERIFY2(QFile::exists(QLatin1Char(':') + panel.path()), qPrintable(panel.toString()));
}

void TestPluginRegistry::brokenPluginsAreListedWithTheirError_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("expectedError");
    QTest::newRow("initialise fails") << "broken-initialise"
                                      << "initialisation failed: broken.ini: the broker address is not configured";
    QTest::newRow("api version") << "broken-api" << "plugin API version 99 is not supported";
    QTest::newRow("unresolved symbol") << "broken-symbol" << "citytwin_symbol_that_does_not_exist";
    QTest::newRow("not a library") << "garbage_plugin" << "not a Qt plugin";
}

void TestPluginRegistry::brokenPluginsAreListedWithTheirError()
{
    QFETCH(QString, id);
    QFETCH(QString, expectedError);
    PluginRegistry registry({});
    registry.loadDirectories({QStringLiteral(CITYTWIN_BROKEN_PLUGIN_DIR), QStringLiteral(CITYTWIN_PLUGIN_DIR)});
    const PluginInfo *info = registry.find(id);
    QVERIFY2(info, qPrintable(id));
    QVERIFY(!info->isLoaded());
    QVERIFY(info->instance == nullptr);
    QVERIFY2(info->error.contains(expectedError), qPrintable(info->error));
    QVERIFY(!info->file.isEmpty());
    // The good plugins load beside the broken ones.
    QCOMPARE(int(registry.loaded().size()), kDomainPlugins + 1); // the domains + broken-migration (fails only on a twin)
}

void TestPluginRegistry::migrationsCreateTheDomainTablesOnce()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("twin.gpkg"));
    auto created = ct::store::TwinStore::create(path);
    QVERIFY2(created, qPrintable(created ? QString() : created.error().toString()));
    auto &store = *created.value();

    PluginRegistry registry({});
    registry.loadDirectories({QStringLiteral(CITYTWIN_PLUGIN_DIR)});
    QCOMPARE(registry.applyMigrations(store), QStringList());
    for (const char *table : {"shelter_status", "hydrogen_bus_state", "safety_alert", "safety_alert_personal",
                              "sensor_reading_kept", "fleet_vehicle"}) {
        QVERIFY2(tableExists(store, QString::fromLatin1(table)), table);
    }
    // Each plugin's schema is recorded at the version of its newest step.
    for (const char *id : {"shelters", "hydrogen", "safety", "sensors", "fleets", "damage"}) {
        const PluginInfo *info = registry.find(QString::fromLatin1(id));
        QVERIFY2(info && info->isLoaded(), id);
        const auto steps = info->instance->migrations();
        QVERIFY2(!steps.empty(), id);
        QCOMPARE(store.schemaVersion(QString::fromLatin1(id)), steps.back().version);
    }
    QVERIFY(store.operationalTables().contains(QStringLiteral("shelter_status")));

    // Applying again is a no-op, and the plugins stay loaded.
    QCOMPARE(registry.applyMigrations(store), QStringList());
    QCOMPARE(int(registry.loaded().size()), kDomainPlugins);

    // The lifecycle constraint of the shelters table holds in the store itself.
    char *message = nullptr;
    const int rc = sqlite3_exec(store.handle(), "INSERT INTO shelter_status(shelter_fid, status) VALUES (1, 'flying')",
                                nullptr, nullptr, &message);
    QCOMPARE(rc & 0xff, SQLITE_CONSTRAINT); // extended result codes are on: SQLITE_CONSTRAINT_CHECK
    sqlite3_free(message);
}

void TestPluginRegistry::failingMigrationFailsOnlyItsPlugin()
{
    QTemporaryDir dir;
    auto created = ct::store::TwinStore::create(dir.filePath(QStringLiteral("twin.gpkg")));
    QVERIFY(created);
    auto &store = *created.value();

    PluginRegistry registry({});
    registry.loadDirectories({QStringLiteral(CITYTWIN_BROKEN_PLUGIN_DIR), QStringLiteral(CITYTWIN_PLUGIN_DIR)});
    const QStringList errors = registry.applyMigrations(store);
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().startsWith(QStringLiteral("broken-migration: schema migration failed")), qPrintable(errors.first()));
    const PluginInfo *broken = registry.find(QStringLiteral("broken-migration"));
    QVERIFY(broken && !broken->isLoaded());
    // Its half-applied step was rolled back; the other plugins' tables are there.
    QVERIFY(!tableExists(store, QStringLiteral("broken_half")));
    QCOMPARE(store.schemaVersion(QStringLiteral("broken-migration")), 0);
    QVERIFY(tableExists(store, QStringLiteral("shelter_status")));
    QCOMPARE(int(registry.loaded().size()), kDomainPlugins);
}

void TestPluginRegistry::metaDataValidation_data()
{
    QTest::addColumn<QJsonObject>("metaData");
    QTest::addColumn<QString>("problem");
    const QJsonObject good{{"id", "x"}, {"name", "X"}, {"version", "1.0"}, {"apiVersion", 1},
                           {"capabilities", QJsonArray{"layers", "panel"}}};
    QTest::newRow("complete") << good << QString();
    QJsonObject noId = good;
    noId.remove(QStringLiteral("id"));
    QTest::newRow("no id") << noId << "metadata lacks the text field \"id\"";
    QJsonObject noApi = good;
    noApi.remove(QStringLiteral("apiVersion"));
    QTest::newRow("no api version") << noApi << "metadata lacks the number field \"apiVersion\"";
    QJsonObject unknownCapability = good;
    unknownCapability[QStringLiteral("capabilities")] = QJsonArray{"teleport"};
    QTest::newRow("unknown capability") << unknownCapability << "unknown capability \"teleport\"";
    QJsonObject noCapabilities = good;
    noCapabilities.remove(QStringLiteral("capabilities"));
    QTest::newRow("no capabilities") << noCapabilities << "metadata lacks the list \"capabilities\"";
}

void TestPluginRegistry::metaDataValidation()
{
    QFETCH(QJsonObject, metaData);
    QFETCH(QString, problem);
    QCOMPARE(PluginRegistry::validateMetaData(metaData), problem);
}

QTEST_GUILESS_MAIN(TestPluginRegistry)
#include "tst_pluginregistry.moc"
