// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "shelltestsetup.h"

#include "fakedomainplugin.h"

#include "importcontroller.h"
#include "timelinecontroller.h"

#include "ct/citygen/citygenerator.h"
#include "languagecontroller.h"
#include "operatorsession.h"
#include "pluginlistmodel.h"
#include "twinsession.h"

#include "ct/pluginapi/pluginregistry.h"
#include "ct/sim/runrecorder.h"
#include "ct/sim/simulation.h"
#include "ct/sim/simulationworld.h"
#include "ct/store/twinstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QTranslator>
#include <QUrl>

namespace ct::tests {

namespace {

using geo::Geometry;
using geo::GeometryType;
using store::FieldDefinition;
using store::LayerDefinition;

const QString kTwinName = QStringLiteral("つくば試験町");

[[noreturn]] void fixtureFailed(const QString &what)
{
    qFatal("QML test fixture: %s", qPrintable(what));
}

/// Stops on a failed store call (a Status or a Result).
template<typename Outcome>
void check(const Outcome &status, const char *what)
{
    if (!status)
        fixtureFailed(QStringLiteral("%1: %2").arg(QLatin1String(what), status.error().toString()));
}

} // namespace

ShellTestSetup::ShellTestSetup()
{
    // LanguageController remembers the user's choice with QSettings: keep the tests' choices out
    // of the real configuration. Set before the application exists, so before any QSettings.
    if (!m_dir.isValid())
        fixtureFailed(QStringLiteral("no temporary folder"));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("config"))));
}

ShellTestSetup::~ShellTestSetup()
{
    releaseServices();
}

void ShellTestSetup::applicationAvailable()
{
    QCoreApplication::setOrganizationName(QStringLiteral("CityTwinTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_shell_qml"));
    QQuickStyle::setStyle(QStringLiteral("Fusion")); // as the console does
    createTwin();

    m_registry = std::make_unique<plugin::PluginRegistry>(plugin::PluginContext{});
    // A plugin from a future API, registered first (as one from --plugin-path would be): the
    // registry keeps it as failed, with the reason, and it must not hide the others' panels.
    m_brokenPlugin = std::make_unique<QObject>();
    m_registry->addInstance(m_brokenPlugin.get(),
                            QJsonObject{{QStringLiteral("id"), QStringLiteral("broken")},
                                        {QStringLiteral("name"), QStringLiteral("Broken")},
                                        {QStringLiteral("version"), QStringLiteral("0.0.1")},
                                        {QStringLiteral("apiVersion"), 99},
                                        {QStringLiteral("capabilities"), QJsonArray{QStringLiteral("panel")}}});
    m_fakePlugin = std::make_unique<FakeDomainPlugin>();
    m_registry->addInstance(m_fakePlugin.get(), FakeDomainPlugin::metaData());
    if (!m_fakePlugin->isInitialised() || m_registry->plugins().size() != 2)
        fixtureFailed(QStringLiteral("the fake plugin was not registered"));
}

void ShellTestSetup::createTwin()
{
    m_twinPath = m_dir.filePath(QStringLiteral("shell.gpkg"));
    auto created = store::TwinStore::create(m_twinPath);
    if (!created)
        fixtureFailed(created.error().toString());
    store::TwinStore &twin = **created;
    using Type = FieldDefinition::Type;
    const LayerDefinition shelters{QStringLiteral("shelters"), GeometryType::Point, 6677, QStringLiteral("Shelters"), {},
                                   {{QStringLiteral("name"), Type::Text}, {QStringLiteral("capacity"), Type::Integer}}, {}};
    const LayerDefinition buildings{QStringLiteral("buildings"), GeometryType::Polygon, 6677, QStringLiteral("Buildings"), {},
                                    {{QStringLiteral("height_m"), Type::Real}}, {}};
    const LayerDefinition roads{QStringLiteral("roads"), GeometryType::LineString, 6677, QStringLiteral("Roads"), {},
                                {{QStringLiteral("name"), Type::Text}, {QStringLiteral("width_m"), Type::Real}}, {}};
    // No plugin and no core descriptor knows this one: the session gives it a default style.
    const LayerDefinition survey{QStringLiteral("my_survey"), GeometryType::LineString, 6677, QStringLiteral("My survey"),
                                 {}, {}, {}};
    for (const auto &definition : {shelters, buildings, roads, survey})
        check(twin.createLayer(definition), "createLayer");
    check(twin.setMetadata(QStringLiteral("twin.name"), kTwinName), "setMetadata");
    check(twin.begin(), "begin");
    {
        auto writer = twin.writer(QStringLiteral("shelters"), {QStringLiteral("name"), QStringLiteral("capacity")});
        if (!writer)
            fixtureFailed(writer.error().toString());
        // fid 1..4, in this order.
        check(writer->insert(Geometry::point({10300, 20300}), {QStringLiteral("竹園避難所"), 500}), "insert");
        check(writer->insert(Geometry::point({10700, 20300}), {QStringLiteral("並木小学校"), 800}), "insert");
        check(writer->insert(Geometry::point({10500, 20500}), {QStringLiteral("Azuma shelter"), 120}), "insert");
        check(writer->insert(Geometry::point({10500, 20100}), {QStringLiteral("桜中学校"), 2000}), "insert");
        check(writer->finish(), "finish");
    }
    {
        auto writer = twin.writer(QStringLiteral("buildings"), {QStringLiteral("height_m")});
        if (!writer)
            fixtureFailed(writer.error().toString());
        const double corners[][2] = {{10150, 20400}, {10750, 20400}, {10450, 20150}};
        double height = 20.0;
        for (const auto &c : corners) {
            check(writer->insert(Geometry::polygon({{{c[0], c[1]}, {c[0] + 60, c[1]}, {c[0] + 60, c[1] + 60},
                                                     {c[0], c[1] + 60}, {c[0], c[1]}}}),
                                 {height}),
                  "insert");
            height += 15.0;
        }
        check(writer->finish(), "finish");
    }
    {
        auto writer = twin.writer(QStringLiteral("roads"), {QStringLiteral("name"), QStringLiteral("width_m")});
        if (!writer)
            fixtureFailed(writer.error().toString());
        check(writer->insert(Geometry::lineString({{10000, 20300}, {11000, 20300}}), {QStringLiteral("学園東大通り"), 16.0}),
              "insert");
        check(writer->insert(Geometry::lineString({{10500, 20000}, {10500, 20600}}), {QStringLiteral("north road"), 8.0}),
              "insert");
        check(writer->finish(), "finish");
    }
    {
        auto writer = twin.writer(QStringLiteral("my_survey"), {});
        if (!writer)
            fixtureFailed(writer.error().toString());
        check(writer->insert(Geometry::lineString({{10100, 20100}, {10900, 20550}}), {}), "insert");
        check(writer->finish(), "finish");
    }
    check(twin.commit(), "commit");

    // A small generated city (roads, shelters, residents) for the timeline's simulations.
    m_cityPath = m_dir.filePath(QStringLiteral("city.gpkg"));
    citygen::GeneratorOptions options;
    options.scale = 0.01;
    options.seed = 3;
    if (auto generated = citygen::CityGenerator::generate(m_cityPath, options); !generated)
        fixtureFailed(generated.error().toString());

    // Another city with two recorded runs, for Simulation → Compare runs… (the first city stays
    // without runs: the timeline's tests start from none).
    // Scale 0.05: shelters with room enough for half the people to be sheltered within the hour.
    m_runsPath = m_dir.filePath(QStringLiteral("runs.gpkg"));
    citygen::GeneratorOptions runsCity;
    runsCity.scale = 0.05;
    runsCity.seed = 1;
    if (auto generated = citygen::CityGenerator::generate(m_runsPath, runsCity); !generated)
        fixtureFailed(generated.error().toString());
    recordRuns();

    // A file the session must refuse: text with a .gpkg name.
    m_notATwinPath = m_dir.filePath(QStringLiteral("not-a-twin.gpkg"));
    QFile notATwin(m_notATwinPath);
    if (!notATwin.open(QIODevice::WriteOnly) || notATwin.write("this is not a GeoPackage\n") < 0)
        fixtureFailed(QStringLiteral("cannot write %1").arg(m_notATwinPath));
}

void ShellTestSetup::recordRuns()
{
    // The earthquake scenario with seeds 1 and 2, stopped after 60 simulated minutes.
    auto twin = store::TwinStore::open(m_runsPath);
    check(twin, "open runs twin");
    QList<core::Error> errors;
    auto scenario = sim::Scenario::fromFile(QStringLiteral(CITYTWIN_SOURCE_DIR "/data/scenarios/earthquake-bridges.json"), &errors);
    check(scenario, "scenario");
    auto world = sim::SimulationWorld::load(*twin.value());
    check(world, "simulation world");
    for (const std::uint64_t seed : {std::uint64_t(1), std::uint64_t(2)}) {
        sim::SimulationOptions options;
        options.seed = seed;
        options.until = 60 * sim::kMinute;
        sim::Simulation simulation(world.value(), scenario.value(), options);
        const QDateTime started = QDateTime::currentDateTimeUtc();
        simulation.run();
        check(sim::RunRecorder::record(*twin.value(), core::Actor::system(QStringLiteral("tst_shell_qml")), simulation, started,
                                       QDateTime::currentDateTimeUtc()),
              "record run");
    }
}

void ShellTestSetup::releaseServices()
{
    // Views first, then the session they read, as the console tears down; the importer's worker
    // holds the session's twin path.
    m_timeline.reset();
    m_importer.reset();
    m_languages.reset();
    m_pluginList.reset();
    m_operator.reset();
    m_session.reset();
}

void ShellTestSetup::qmlEngineAvailable(QQmlEngine *engine)
{
    // Qt 6.4 places the static modules' qmldir files at qrc:/<URI path>/, as in the console.
    engine->addImportPath(QStringLiteral("qrc:/"));

    // The previous file's engine is gone by now: start this file with fresh services.
    releaseServices();
    m_session = std::make_unique<ui::TwinSession>(*m_registry);
    if (!m_session->open(m_twinPath))
        fixtureFailed(QStringLiteral("cannot open the test twin: %1").arg(m_session->errorString()));
    m_operator = std::make_unique<ui::OperatorSession>(*m_session);
    m_pluginList = std::make_unique<ui::PluginListModel>(*m_registry);
    m_importer = std::make_unique<ui::ImportController>(*m_session, *m_registry);
    m_timeline = std::make_unique<ui::TimelineController>(*m_session, QString());
    m_languages = std::make_unique<ui::LanguageController>(QStringLiteral(CITYTWIN_TRANSLATIONS_DIR), engine);
    // As the console does at start: a language is always in effect (English here), so plural
    // forms come from the catalogue.
    m_languages->applyForSession(QStringLiteral("en"));

    // What the Japanese catalogue says for the layer panel's heading; empty while untranslated.
    QString japaneseLayers;
    QTranslator japanese;
    if (japanese.load(QStringLiteral("citytwin_ja"), QStringLiteral(CITYTWIN_TRANSLATIONS_DIR)))
        japaneseLayers = japanese.translate("LayerPanel", "Layers");

    QQmlContext *context = engine->rootContext();
    context->setContextProperty(QStringLiteral("testSession"), m_session.get());
    context->setContextProperty(QStringLiteral("testPlugins"), m_pluginList.get());
    context->setContextProperty(QStringLiteral("testImporter"), m_importer.get());
    context->setContextProperty(QStringLiteral("testTimeline"), m_timeline.get());
    context->setContextProperty(QStringLiteral("testLanguages"), m_languages.get());
    context->setContextProperty(QStringLiteral("testOperator"), m_operator.get());
    // A twin without accounts, new for each file: its first start asks for an administrator.
    const QString accountsTwin = m_dir.filePath(QStringLiteral("accounts-%1.gpkg").arg(++m_accountsTwins));
    if (auto created = store::TwinStore::create(accountsTwin); !created)
        fixtureFailed(created.error().toString());
    context->setContextProperty(QStringLiteral("testAccountsTwinUrl"), QUrl::fromLocalFile(accountsTwin).toString());
    context->setContextProperty(QStringLiteral("testTwinName"), kTwinName);
    context->setContextProperty(QStringLiteral("testTwinPath"), m_twinPath);
    context->setContextProperty(QStringLiteral("testCityPath"), m_cityPath);
    context->setContextProperty(QStringLiteral("testRunsTwinPath"), m_runsPath);
    context->setContextProperty(QStringLiteral("testScenarioUrl"),
                                QUrl::fromLocalFile(QStringLiteral(CITYTWIN_SOURCE_DIR "/data/scenarios/earthquake-bridges.json")));
    context->setContextProperty(QStringLiteral("testBadScenarioUrl"), QUrl::fromLocalFile(m_notATwinPath));
    context->setContextProperty(QStringLiteral("testNotATwinUrl"), QUrl::fromLocalFile(m_notATwinPath).toString());
    context->setContextProperty(QStringLiteral("testSheltersColor"), QString::fromLatin1(FakeDomainPlugin::kSheltersColor));
    context->setContextProperty(QStringLiteral("testJapaneseLayersHeading"), japaneseLayers);
}

void ShellTestSetup::cleanupTestCase()
{
    releaseServices();
}

} // namespace ct::tests
