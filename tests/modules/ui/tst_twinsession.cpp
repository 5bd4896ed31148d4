// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "twinsession.h"

#include "ct/pluginapi/domainplugin.h"
#include "ct/pluginapi/pluginregistry.h"
#include "ct/store/twinstore.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using ct::geo::Geometry;
using ct::geo::GeometryType;
using ct::store::FieldDefinition;
using ct::store::LayerDefinition;
using ct::store::TwinStore;
using ct::ui::LayerListModel;
using ct::ui::TwinSession;

namespace {

/// A twin with three shelters, two buildings and a layer no plugin describes.
QString makeTwin(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("small.gpkg"));
    auto created = TwinStore::create(path);
    if (!created)
        qFatal("%s", qPrintable(created.error().toString()));
    auto &store = *created.value();
    LayerDefinition shelters{QStringLiteral("shelters"), GeometryType::Point, 6677, QStringLiteral("Shelters"), {},
                             {{QStringLiteral("name"), FieldDefinition::Type::Text},
                              {QStringLiteral("capacity"), FieldDefinition::Type::Integer}}, {}};
    LayerDefinition buildings{QStringLiteral("buildings"), GeometryType::Polygon, 6677, QStringLiteral("Buildings"), {},
                              {{QStringLiteral("height_m"), FieldDefinition::Type::Real}}, {}};
    LayerDefinition custom{QStringLiteral("my_survey"), GeometryType::LineString, 6677, QStringLiteral("My survey"), {},
                           {}, {}};
    for (const auto &definition : {shelters, buildings, custom}) {
        if (!store.createLayer(definition))
            qFatal("createLayer failed");
    }
    store.setMetadata(QStringLiteral("twin.name"), QStringLiteral("Test town"));
    (void)store.begin();
    {
        auto writer = store.writer(QStringLiteral("shelters"), {QStringLiteral("name"), QStringLiteral("capacity")});
        (void)writer->insert(Geometry::point({100, 200}), {QStringLiteral("桜中学校"), 500});
        (void)writer->insert(Geometry::point({300, 400}), {QStringLiteral("竹園公民館"), 120});
        (void)writer->insert(Geometry::point({-50, 10}), {QStringLiteral("中央公園"), 2000});
        (void)writer->finish();
        auto houses = store.writer(QStringLiteral("buildings"), {QStringLiteral("height_m")});
        (void)houses->insert(Geometry::polygon({{{0, 0}, {10, 0}, {10, 20}, {0, 20}, {0, 0}}}), {12.5});
        (void)houses->insert(Geometry::polygon({{{50, 50}, {60, 50}, {60, 60}, {50, 60}, {50, 50}}}), {30.0});
        (void)houses->finish();
        auto lines = store.writer(QStringLiteral("my_survey"), {});
        (void)lines->insert(Geometry::lineString({{0, 0}, {100, 100}}), {});
        (void)lines->finish();
    }
    if (!store.commit())
        qFatal("commit failed");
    return path;
}

} // namespace

class TestTwinSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void opensATwinWithThePluginsLayers();
    void inspectorAndPanelReads();
    void refusalKeepsTheOpenTwin_data();
    void refusalKeepsTheOpenTwin();
    void closeEmptiesTheLayers();
    void reloadKeepsTheUsersLayerChoices();

private:
    QTemporaryDir m_dir;
    QString m_twin;
    std::unique_ptr<ct::plugin::PluginRegistry> m_plugins;
};

void TestTwinSession::initTestCase()
{
    m_twin = makeTwin(m_dir);
    m_plugins = std::make_unique<ct::plugin::PluginRegistry>(ct::plugin::PluginContext{});
    m_plugins->loadDirectories({QStringLiteral(CITYTWIN_PLUGIN_DIR)});
    QCOMPARE(int(m_plugins->loaded().size()), 7); // shelters, hydrogen, safety, sensors, fleets, damage, assets
}

void TestTwinSession::opensATwinWithThePluginsLayers()
{
    TwinSession session(*m_plugins);
    QSignalSpy opened(&session, &TwinSession::openedChanged);
    QVERIFY(session.open(QUrl::fromLocalFile(m_twin).toString()));
    QCOMPARE(opened.count(), 1);
    QVERIFY(session.isOpen());
    QCOMPARE(session.name(), QStringLiteral("Test town"));
    QCOMPARE(session.crs(), QStringLiteral("EPSG:6677"));
    QVERIFY(session.warnings().isEmpty());

    LayerListModel *layers = session.layers();
    // The twin's three layers, damage_report, fleets' no_fly_zones and the assets plugin's six layers
    // (plugin tables created by their migrations even where the twin has nothing to put in them).
    QCOMPARE(layers->rowCount(), 11);
    const auto *shelters = layers->entry(QStringLiteral("shelters"));
    QVERIFY(shelters);
    QCOMPARE(shelters->descriptor.owner, QStringLiteral("shelters")); // described by the plugin
    QCOMPARE(shelters->featureCount, 3);
    const auto *buildings = layers->entry(QStringLiteral("buildings"));
    QCOMPARE(buildings->descriptor.kind, ct::plugin::LayerDescriptor::Kind::Buildings);
    QCOMPARE(buildings->descriptor.heightField, QStringLiteral("height_m"));
    const auto *survey = layers->entry(QStringLiteral("my_survey"));
    QCOMPARE(survey->descriptor.kind, ct::plugin::LayerDescriptor::Kind::Lines); // default style by geometry
    QCOMPARE(layers->data(layers->index(layers->indexOf(QStringLiteral("my_survey"))), LayerListModel::TitleRole).toString(),
             QStringLiteral("My survey"));
    // Shelters draw above buildings.
    QVERIFY(layers->indexOf(QStringLiteral("shelters")) < layers->indexOf(QStringLiteral("buildings")));
    // Opening read-write ran the plugins' migrations.
    const auto *sheltersPlugin = m_plugins->find(QStringLiteral("shelters"));
    QVERIFY(sheltersPlugin && sheltersPlugin->isLoaded());
    QCOMPARE(session.store()->schemaVersion(QStringLiteral("shelters")), sheltersPlugin->instance->migrations().back().version);
}

void TestTwinSession::inspectorAndPanelReads()
{
    TwinSession session(*m_plugins);
    QVERIFY(session.open(m_twin));
    const QVariantList rows = session.features(QStringLiteral("shelters"), {QStringLiteral("name"), QStringLiteral("capacity")});
    QCOMPARE(rows.size(), 3);
    const QVariantMap first = rows.first().toMap();
    QCOMPARE(first.value(QStringLiteral("name")).toString(), QStringLiteral("桜中学校"));
    QCOMPARE(first.value(QStringLiteral("capacity")).toInt(), 500);
    QCOMPARE(session.features(QStringLiteral("shelters"), {QStringLiteral("name")}, 2).size(), 2);
    QVERIFY(session.features(QStringLiteral("no_such_layer"), {}).isEmpty());

    const qint64 fid = first.value(QStringLiteral("fid")).toLongLong();
    const QVariantList attributes = session.attributes(QStringLiteral("shelters"), fid);
    QStringList names;
    for (const auto &a : attributes)
        names << a.toMap().value(QStringLiteral("name")).toString();
    QVERIFY2(names.contains(QStringLiteral("name")) && names.contains(QStringLiteral("capacity")), qPrintable(names.join(',')));
    QVERIFY(!names.contains(QStringLiteral("geom")));

    const QVariantMap centre = session.featureCentre(QStringLiteral("shelters"), fid);
    QCOMPARE(centre.value(QStringLiteral("x")).toDouble(), 100.0);
    QCOMPARE(centre.value(QStringLiteral("y")).toDouble(), 200.0);
    const QVariantList buildings = session.features(QStringLiteral("buildings"), {QStringLiteral("height_m")});
    const QVariantMap buildingCentre
        = session.featureCentre(QStringLiteral("buildings"), buildings.first().toMap().value(QStringLiteral("fid")).toLongLong());
    QCOMPARE(buildingCentre.value(QStringLiteral("x")).toDouble(), 5.0);
    QCOMPARE(buildingCentre.value(QStringLiteral("y")).toDouble(), 10.0);
    QVERIFY(session.featureCentre(QStringLiteral("shelters"), 999).isEmpty());
}

void TestTwinSession::refusalKeepsTheOpenTwin_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("directory");
    QTest::addColumn<QString>("expected");
    QTest::newRow("missing file") << QByteArray() << false << "";
    QTest::newRow("text file") << QByteArray("name,lat,lon\nA,36.1,140.1\n") << false << "not a SQLite database";
    QTest::newRow("directory") << QByteArray() << true << "";
}

void TestTwinSession::refusalKeepsTheOpenTwin()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, directory);
    QFETCH(QString, expected);
    QTemporaryDir scratch;
    QString bad = scratch.filePath(QStringLiteral("bad.gpkg"));
    if (directory) {
        QDir(scratch.path()).mkdir(QStringLiteral("folder.gpkg"));
        bad = scratch.filePath(QStringLiteral("folder.gpkg"));
    } else if (!content.isEmpty()) {
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }

    TwinSession session(*m_plugins);
    QVERIFY(session.open(m_twin));
    QSignalSpy failed(&session, &TwinSession::openFailed);
    QVERIFY(!session.open(bad));
    QCOMPARE(failed.count(), 1);
    QVERIFY2(session.errorString().contains(bad), qPrintable(session.errorString()));
    QVERIFY2(session.errorString().contains(expected), qPrintable(session.errorString()));
    QVERIFY(session.isOpen());
    QCOMPARE(session.path(), m_twin);
    QCOMPARE(session.layers()->rowCount(), 11);
    if (!directory && !content.isEmpty()) {
        QFile file(bad);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), content); // refused files are never touched
    }
}

void TestTwinSession::closeEmptiesTheLayers()
{
    TwinSession session(*m_plugins);
    QVERIFY(session.open(m_twin));
    session.close();
    QVERIFY(!session.isOpen());
    QCOMPARE(session.layers()->rowCount(), 0);
    QVERIFY(session.attributes(QStringLiteral("shelters"), 1).isEmpty());
}

void TestTwinSession::reloadKeepsTheUsersLayerChoices()
{
    // Own copies: this test adds a layer, the shared twin keeps its eleven.
    QTemporaryDir firstDir, secondDir;
    const QString first = makeTwin(firstDir);
    const QString second = makeTwin(secondDir);
    TwinSession session(*m_plugins);
    QVERIFY(session.open(first));
    LayerListModel *layers = session.layers();

    // The user hides a layer shown by default, shows one hidden by default, fades one and moves one.
    const QString shown = QStringLiteral("shelters");
    QVERIFY(layers->entry(shown)->descriptor.visibleByDefault);
    QString hidden;
    for (const auto &e : layers->entries())
        if (!e.descriptor.visibleByDefault)
            hidden = e.descriptor.table;
    QVERIFY2(!hidden.isEmpty(), "the test twin has no layer hidden by default");
    QVERIFY(!layers->entry(hidden)->visible);
    layers->setVisible(layers->indexOf(shown), false);
    layers->setVisible(layers->indexOf(hidden), true);
    layers->setOpacity(layers->indexOf(hidden), 0.4);
    const int row = layers->indexOf(QStringLiteral("buildings"));
    QVERIFY(row + 1 < layers->rowCount());
    const QString below = layers->entries()[std::size_t(row + 1)].descriptor.table;
    layers->moveDown(row);
    QVERIFY(layers->indexOf(QStringLiteral("buildings")) > layers->indexOf(below));

    // Something adds a layer to the open twin (as the first drawn area or an import does) and the
    // session re-reads the list: the new one, rivers, is hidden by default.
    QVERIFY(!layers->entry(QStringLiteral("rivers")));
    LayerDefinition rivers{QStringLiteral("rivers"), GeometryType::LineString, 6677, QStringLiteral("Rivers"), {},
                           {{QStringLiteral("name"), FieldDefinition::Type::Text}}, {}};
    QVERIFY(session.store()->createLayer(rivers));
    QSignalSpy reloaded(&session, &TwinSession::layersReloaded);
    session.reload();
    QCOMPARE(reloaded.count(), 1);
    QCOMPARE(layers->rowCount(), 12);
    QVERIFY(!layers->entry(shown)->visible);
    QVERIFY(layers->entry(hidden)->visible);
    QCOMPARE(layers->entry(hidden)->opacity, 0.4);
    QCOMPARE(layers->entry(shown)->opacity, 1.0);
    QVERIFY(layers->indexOf(QStringLiteral("buildings")) > layers->indexOf(below));
    QVERIFY(layers->entry(QStringLiteral("rivers")));
    QVERIFY(!layers->entry(QStringLiteral("rivers"))->visible); // its own default, not the user's choices
    QCOMPARE(layers->entry(QStringLiteral("rivers"))->order, layers->entry(QStringLiteral("rivers"))->descriptor.order);
    // Layers the user did not touch are unchanged too.
    QVERIFY(layers->entry(QStringLiteral("my_survey"))->visible);

    // Opening another twin starts from the defaults.
    QVERIFY(session.open(second));
    QCOMPARE(layers->rowCount(), 11);
    QVERIFY(layers->entry(shown)->visible);
    QVERIFY(!layers->entry(hidden)->visible);
    QCOMPARE(layers->entry(hidden)->opacity, 1.0);
    QVERIFY(layers->indexOf(QStringLiteral("buildings")) < layers->indexOf(below));
}

QTEST_GUILESS_MAIN(TestTwinSession)
#include "tst_twinsession.moc"
