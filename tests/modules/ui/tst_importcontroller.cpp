// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "importcontroller.h"
#include "twinsession.h"

#include "ct/pluginapi/domainplugin.h"
#include "ct/pluginapi/pluginregistry.h"
#include "ct/store/twinstore.h"

#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using ct::ui::ImportController;
using ct::ui::TwinSession;

namespace {

/// A domain format the built-in importers do not know: "BEACONS" then one "x y name" line per
/// feature, in EPSG:6677 metres.
class BeaconImporter : public ct::plugin::Importer
{
public:
    QString id() const override { return QStringLiteral("beacons"); }
    QString title() const override { return QStringLiteral("Beacon list"); }
    int confidence(const QString &path) const override
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) && file.readLine().trimmed() == "BEACONS" ? 90 : 0;
    }
    ct::core::Result<ct::plugin::ImportSummary> import(ct::store::TwinStore &store, const QString &path) override
    {
        if (!store.hasLayer(QStringLiteral("beacons"))) {
            const ct::store::LayerDefinition layer{QStringLiteral("beacons"), ct::geo::GeometryType::Point, 6677,
                                                   QStringLiteral("Beacons"), {},
                                                   {{QStringLiteral("name"), ct::store::FieldDefinition::Type::Text}}, {}};
            if (const auto created = store.createLayer(layer); !created)
                return created.error();
        }
        QFile file(path);
        file.open(QIODevice::ReadOnly);
        file.readLine();
        auto writer = store.writer(QStringLiteral("beacons"), {QStringLiteral("name")});
        ct::plugin::ImportSummary summary{path, QStringLiteral("beacons"), 0, 0, 0, {}};
        int line = 1;
        while (!file.atEnd()) {
            ++line;
            const QList<QByteArray> parts = file.readLine().trimmed().split(' ');
            if (parts.size() != 3) {
                return ct::core::Error::invalidInput(QStringLiteral("expected \"x y name\""),
                                                     QStringLiteral("%1:%2").arg(path).arg(line));
            }
            (void)writer->insert(ct::geo::Geometry::point({parts[0].toDouble(), parts[1].toDouble()}),
                                 {QString::fromUtf8(parts[2])});
            ++summary.imported;
        }
        (void)writer->finish();
        return summary;
    }
};

class BeaconPlugin : public QObject, public ct::plugin::DomainPlugin
{
    Q_OBJECT
    Q_INTERFACES(ct::plugin::DomainPlugin)

public:
    std::vector<std::shared_ptr<ct::plugin::Importer>> importers() const override
    {
        return {std::make_shared<BeaconImporter>()};
    }
    static QJsonObject metaData()
    {
        return {{"id", "beacons"}, {"name", "Beacons"}, {"version", "1.0"}, {"apiVersion", 1},
                {"capabilities", QJsonArray{"importers"}}};
    }
};

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    QFile file(dir.filePath(name));
    file.open(QIODevice::WriteOnly);
    file.write(content);
    return file.fileName();
}

} // namespace

class TestImportController : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void importsIntoTheOpenTwinOnAWorker();
    void badFileLeavesTheTwinUnchanged();
    void refusedWithoutAnOpenTwin();
    void pluginImporterTakesItsOwnFormat();
    void refusedToTheViewer();

private:
    BeaconPlugin m_beaconPlugin;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ct::plugin::PluginRegistry> m_plugins;
    std::unique_ptr<TwinSession> m_session;
};

void TestImportController::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const QString path = m_dir->filePath(QStringLiteral("twin.gpkg"));
    QVERIFY(ct::store::TwinStore::create(path));
    m_plugins = std::make_unique<ct::plugin::PluginRegistry>(ct::plugin::PluginContext{});
    m_plugins->addInstance(&m_beaconPlugin, BeaconPlugin::metaData());
    m_session = std::make_unique<TwinSession>(*m_plugins);
    QVERIFY(m_session->open(path));
    // Imports are actions of a signed-in operator whose role may import.
    m_session->setOperator(ct::core::Actor{QStringLiteral("planner1"), ct::core::Role::Planner, {}});
}

void TestImportController::importsIntoTheOpenTwinOnAWorker()
{
    ImportController importer(*m_session, *m_plugins);
    QSignalSpy finished(&importer, &ImportController::finished);
    QSignalSpy busy(&importer, &ImportController::busyChanged);
    const QString file = QStringLiteral(CITYTWIN_TEST_DATA_DIR "/import/national_shelters_utf8.csv");
    QVERIFY(importer.importFiles({QUrl::fromLocalFile(file)}));
    QVERIFY(importer.busy());
    QVERIFY(!importer.importFiles({QUrl::fromLocalFile(file)})); // one import at a time
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().at(0).toBool(), true);
    QVERIFY(!importer.busy());
    QCOMPARE(busy.count(), 2);

    const QVariantList summaries = importer.summaries();
    QCOMPARE(summaries.size(), 1);
    const QVariantMap summary = summaries.first().toMap();
    QVERIFY2(summary.value(QStringLiteral("error")).toString().isEmpty(), qPrintable(summary.value(QStringLiteral("error")).toString()));
    QCOMPARE(summary.value(QStringLiteral("layer")).toString(), QStringLiteral("shelters"));
    QVERIFY(summary.value(QStringLiteral("imported")).toInt() > 0);

    // The session sees the new layer after a reload, and the import was audited as one action.
    QSignalSpy reloaded(m_session.get(), &TwinSession::layersReloaded);
    m_session->reload();
    QCOMPARE(reloaded.count(), 1);
    const auto *shelters = m_session->layers()->entry(QStringLiteral("shelters"));
    QVERIFY(shelters);
    QCOMPARE(shelters->featureCount, summary.value(QStringLiteral("imported")).toLongLong());
    const auto audit = m_session->store()->auditLog(10);
    QVERIFY(!audit.empty());
    QCOMPARE(audit.front().action, QStringLiteral("layer.import"));
    QCOMPARE(audit.front().operatorName, QStringLiteral("planner1"));
    QCOMPARE(audit.front().role, ct::core::Role::Planner);
}

void TestImportController::badFileLeavesTheTwinUnchanged()
{
    ImportController importer(*m_session, *m_plugins);
    QSignalSpy finished(&importer, &ImportController::finished);
    QTemporaryDir scratch;
    const QString bad = scratch.filePath(QStringLiteral("broken.geojson"));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"type\": \"FeatureCollection\", \"features\": [ {\"type\": \"Feat");
    file.close();
    QVERIFY(importer.importFiles({QUrl::fromLocalFile(bad)}));
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().at(0).toBool(), false);
    const QVariantMap summary = importer.summaries().first().toMap();
    QVERIFY2(summary.value(QStringLiteral("error")).toString().contains(QStringLiteral("broken.geojson")),
             qPrintable(summary.value(QStringLiteral("error")).toString()));
    m_session->reload();
    QCOMPARE(m_session->layers()->rowCount(), 0);
    QVERIFY(m_session->store()->auditLog(10).empty());
}

void TestImportController::refusedWithoutAnOpenTwin()
{
    m_session->close();
    ImportController importer(*m_session, *m_plugins);
    QVERIFY(!importer.importFiles({QUrl::fromLocalFile(QStringLiteral(CITYTWIN_TEST_DATA_DIR "/import/generic_points.geojson"))}));
    QVERIFY(!importer.busy());
}

void TestImportController::pluginImporterTakesItsOwnFormat()
{
    QTemporaryDir scratch;
    const QString good = writeFile(scratch, QStringLiteral("site.txt"), "BEACONS\n100 200 east\n300 400 west\n");
    const QString bad = writeFile(scratch, QStringLiteral("broken.txt"), "BEACONS\n100 200 east\n300\n");
    ImportController importer(*m_session, *m_plugins);
    QSignalSpy finished(&importer, &ImportController::finished);
    QVERIFY(importer.importFiles({QUrl::fromLocalFile(good), QUrl::fromLocalFile(bad)}));
    QVERIFY(finished.wait(60000));
    const QVariantList summaries = importer.summaries();
    QCOMPARE(summaries.size(), 2);
    const QVariantMap first = summaries[0].toMap();
    QCOMPARE(first.value(QStringLiteral("format")).toString(), QStringLiteral("beacons"));
    QCOMPARE(first.value(QStringLiteral("layer")).toString(), QStringLiteral("beacons"));
    QCOMPARE(first.value(QStringLiteral("imported")).toInt(), 2);
    QVERIFY(first.value(QStringLiteral("error")).toString().isEmpty());
    const QVariantMap second = summaries[1].toMap();
    QVERIFY2(second.value(QStringLiteral("error")).toString().contains(QStringLiteral("broken.txt:3")),
             qPrintable(second.value(QStringLiteral("error")).toString()));

    // The good file is in, audited once; the bad one left nothing (its feature on line 2 rolled back).
    m_session->reload();
    QCOMPARE(m_session->layers()->entry(QStringLiteral("beacons"))->featureCount, 2);
    const auto audit = m_session->store()->auditLog(10);
    QCOMPARE(int(audit.size()), 1);
    QCOMPARE(audit.front().target, QStringLiteral("site.txt"));
    QCOMPARE(audit.front().after.value(QStringLiteral("importer")).toString(), QStringLiteral("beacons"));
}

QTEST_GUILESS_MAIN(TestImportController)
void TestImportController::refusedToTheViewer()
{
    // Nobody signed in: the session acts as a viewer, whom the store refuses imports.
    m_session->clearOperator();
    QCOMPARE(m_session->actor().role, ct::core::Role::Viewer);
    QVERIFY(!m_session->may(QStringLiteral("layer.import")));
    QCOMPARE(m_session->refusal(QStringLiteral("layer.import"), QStringLiteral("a.csv")),
             QStringLiteral("viewer may not layer.import (a.csv)"));
    ImportController importer(*m_session, *m_plugins);
    QSignalSpy finished(&importer, &ImportController::finished);
    QVERIFY(importer.importFiles({QUrl::fromLocalFile(QStringLiteral(CITYTWIN_TEST_DATA_DIR "/import/national_shelters_utf8.csv"))}));
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().at(0).toBool(), false);
    const QVariantMap summary = importer.summaries().first().toMap();
    QCOMPARE(summary.value(QStringLiteral("error")).toString(),
             QStringLiteral("viewer may not layer.import (national_shelters_utf8.csv)"));
    m_session->reload();
    QVERIFY(!m_session->layers()->entry(QStringLiteral("shelters")));
    QVERIFY(m_session->store()->auditLog().empty());

    // A planner may; a shelter staff member may not.
    m_session->setOperator(ct::core::Actor{QStringLiteral("p"), ct::core::Role::Planner, {}});
    QVERIFY(m_session->may(QStringLiteral("layer.import")));
    m_session->setOperator(ct::core::Actor{QStringLiteral("s"), ct::core::Role::ShelterStaff, {QStringLiteral("shelter:1")}});
    QVERIFY(!m_session->may(QStringLiteral("layer.import")));
    QCOMPARE(m_session->operatorBindings(), QStringList{QStringLiteral("shelter:1")});
}

#include "tst_importcontroller.moc"
