// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "importcontroller.h"
#include "twinsession.h"

#include "ct/pluginapi/pluginregistry.h"
#include "ct/store/twinstore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using ct::ui::ImportController;
using ct::ui::TwinSession;

class TestImportController : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void importsIntoTheOpenTwinOnAWorker();
    void badFileLeavesTheTwinUnchanged();
    void refusedWithoutAnOpenTwin();

private:
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
    m_session = std::make_unique<TwinSession>(*m_plugins);
    QVERIFY(m_session->open(path));
}

void TestImportController::importsIntoTheOpenTwinOnAWorker()
{
    ImportController importer(*m_session);
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
    QCOMPARE(audit.front().operatorName, m_session->actor().operatorName);
}

void TestImportController::badFileLeavesTheTwinUnchanged()
{
    ImportController importer(*m_session);
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
    ImportController importer(*m_session);
    QVERIFY(!importer.importFiles({QUrl::fromLocalFile(QStringLiteral(CITYTWIN_TEST_DATA_DIR "/import/generic_points.geojson"))}));
    QVERIFY(!importer.busy());
}

QTEST_GUILESS_MAIN(TestImportController)
#include "tst_importcontroller.moc"
