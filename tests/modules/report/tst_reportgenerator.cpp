// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// ReportGenerator on a small twin with fake domain plugins: which plugins are asked and in what
// order their sections come; the PDF itself read back with poppler (text, pages, fonts, pixels):
// shelter names, page numbers, a long table broken across pages with its header repeated, the map
// coloured by the plugins' live state, the report time filtering the operator actions, the
// language, and failures that leave no file behind.
#include "fakereportplugin.h"
#include "reporttestsupport.h"

#include "ct/pluginapi/pluginregistry.h"
#include "ct/report/mapsnapshot.h"
#include "ct/report/reportgenerator.h"
#include "ct/store/twinstore.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

using namespace ct;
using ct::tests::FakeReportPlugin;
using ct::tests::pdfPages;

namespace {

const QStringList kShelterNames{QStringLiteral("竹園避難所"), QStringLiteral("並木小学校"), QStringLiteral("Azuma Hall"),
                                QStringLiteral("桜中学校"), QStringLiteral("Kasuga Center"), QStringLiteral("吾妻小学校")};

template<typename Outcome>
bool check(const Outcome &outcome)
{
    if (!outcome)
        qWarning("%s", qPrintable(outcome.error().toString()));
    return bool(outcome);
}

} // namespace

class TestReportGenerator : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_twinPath;
    std::unique_ptr<store::TwinStore> m_twin;

    std::unique_ptr<FakeReportPlugin> m_reporting;
    std::unique_ptr<FakeReportPlugin> m_silent;
    std::unique_ptr<plugin::PluginRegistry> m_registry;

    report::ReportRequest request(const QString &language = QStringLiteral("en")) const
    {
        report::ReportRequest r;
        r.language = language;
        r.actor = core::Actor{QStringLiteral("tanaka"), core::Role::HqCommander, {}};
        return r;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_twinPath = m_dir.filePath(QStringLiteral("twin.gpkg"));
        auto created = store::TwinStore::create(m_twinPath);
        QVERIFY(check(created));
        m_twin = std::move(created.value());
        using Type = store::FieldDefinition::Type;
        using geo::Geometry;
        using geo::GeometryType;
        QVERIFY(check(m_twin->createLayer({QStringLiteral("boundary"), GeometryType::Polygon, 6677, QStringLiteral("City boundary"), {}, {}, {}})));
        QVERIFY(check(m_twin->createLayer({QStringLiteral("roads"), GeometryType::LineString, 6677, QStringLiteral("Roads"), {},
                                           {{QStringLiteral("width_m"), Type::Real}}, {}})));
        QVERIFY(check(m_twin->createLayer({QStringLiteral("rivers"), GeometryType::LineString, 6677, QStringLiteral("Rivers"), {}, {}, {}})));
        QVERIFY(check(m_twin->createLayer({QStringLiteral("shelters"), GeometryType::Point, 6677, QStringLiteral("Shelters"), {},
                                           {{QStringLiteral("name"), Type::Text}}, {}})));
        QVERIFY(check(m_twin->setMetadata(QStringLiteral("twin.name"), QStringLiteral("つくば試験市"))));
        QVERIFY(check(m_twin->begin()));
        {
            auto w = m_twin->writer(QStringLiteral("boundary"), {});
            QVERIFY(check(w));
            QVERIFY(check(w->insert(Geometry::polygon({{{10000, 20000}, {14000, 20000}, {14000, 24000}, {10000, 24000}, {10000, 20000}}}), {})));
            QVERIFY(check(w->finish()));
        }
        {
            auto w = m_twin->writer(QStringLiteral("roads"), {QStringLiteral("width_m")});
            QVERIFY(check(w));
            for (int i = 0; i <= 8; ++i) {
                QVERIFY(check(w->insert(Geometry::lineString({{10000.0 + i * 500, 20000}, {10000.0 + i * 500, 24000}}), {i % 4 == 0 ? 16.0 : 5.0})));
                QVERIFY(check(w->insert(Geometry::lineString({{10000, 20000.0 + i * 500}, {14000, 20000.0 + i * 500}}), {5.0})));
            }
            QVERIFY(check(w->finish()));
        }
        {
            auto w = m_twin->writer(QStringLiteral("rivers"), {});
            QVERIFY(check(w));
            QVERIFY(check(w->insert(Geometry::lineString({{10200, 24000}, {11500, 22000}, {13800, 20000}}), {})));
            QVERIFY(check(w->finish()));
        }
        {
            auto w = m_twin->writer(QStringLiteral("shelters"), {QStringLiteral("name")});
            QVERIFY(check(w));
            const double places[][2] = {{10600, 23300}, {12700, 23400}, {11200, 21900}, {13300, 22100}, {10700, 20600}, {12600, 20500}};
            for (int i = 0; i < kShelterNames.size(); ++i)
                QVERIFY(check(w->insert(Geometry::point({places[i][0], places[i][1]}), {kShelterNames[i]})));
            QVERIFY(check(w->finish()));
        }
        QVERIFY(check(m_twin->commit()));

        m_reporting = std::make_unique<FakeReportPlugin>(QStringLiteral("fakeshelters"), 120);
        m_silent = std::make_unique<FakeReportPlugin>(QStringLiteral("silent"), 5);
        m_registry = std::make_unique<plugin::PluginRegistry>(plugin::PluginContext{});
        m_registry->addInstance(m_reporting.get(), m_reporting->metaData({QStringLiteral("layers"), QStringLiteral("states"),
                                                                          QStringLiteral("report")}));
        // Declares no "report": it must not be asked.
        m_registry->addInstance(m_silent.get(), m_silent->metaData({QStringLiteral("layers")}));
        QCOMPARE(int(m_registry->loaded().size()), 2);
    }

    void sectionsInOrder()
    {
        report::ReportGenerator generator(*m_twin, m_registry->loaded());
        const int silentCalls = m_silent->calls();
        auto r = request(QStringLiteral("en"));
        r.at = QDateTime(QDate(2026, 3, 11), QTime(14, 46), QTimeZone(9 * 3600));
        QStringList problems;
        const auto sections = generator.sections(r, &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QStringList ids;
        for (const auto &s : sections)
            ids << s.id;
        QCOMPARE(ids, (QStringList{QStringLiteral("fakeshelters.list"), QStringLiteral("fakeshelters.totals"),
                                   QStringLiteral("report.actions"), QStringLiteral("report.twin")}));
        QCOMPARE(m_silent->calls(), silentCalls);
        const plugin::ReportContext &context = m_reporting->lastContext();
        QCOMPARE(context.store, m_twin.get());
        QCOMPARE(context.at, r.at);
        QCOMPARE(context.at.timeSpec(), Qt::UTC);
        QCOMPARE(context.language, QStringLiteral("en"));
        QCOMPARE(context.actor.operatorName, QStringLiteral("tanaka"));
        QCOMPARE(context.actor.role, core::Role::HqCommander);
        // The twin's contents: every layer with its count.
        const auto &twinSection = sections.back();
        QCOMPARE(twinSection.tables.size(), 1);
        QCOMPARE(twinSection.tables.first().rows.size(), 4);
    }

    void throwingPluginIsNamed()
    {
        FakeReportPlugin thrower(QStringLiteral("thrower"), 3, FakeReportPlugin::Behaviour::Throws);
        plugin::PluginRegistry registry{plugin::PluginContext{}};
        registry.addInstance(&thrower, thrower.metaData({QStringLiteral("report")}));
        registry.addInstance(m_reporting.get(), m_reporting->metaData({QStringLiteral("report")}));
        report::ReportGenerator generator(*m_twin, registry.loaded());
        QStringList problems;
        const auto sections = generator.sections(request(), &problems);
        QCOMPARE(thrower.calls(), 1);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(QLatin1String("thrower")), qPrintable(problems.first()));
        QVERIFY(problems.first().contains(QLatin1String("fake failure")));
        QCOMPARE(int(sections.size()), 4); // the other plugin's two and the generator's two
    }

    void writesReadablePdf()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
        report::ReportGenerator generator(*m_twin, m_registry->loaded());
        QList<double> fractions;
        const auto written = generator.write(pdf, request(), [&](double f, const QString &) { fractions << f; });
        QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().toString()));
        QVERIFY(QFileInfo::exists(pdf));
        QVERIFY(!QFileInfo::exists(pdf + QStringLiteral(".part")));
        QVERIFY(!fractions.isEmpty());
        QVERIFY(std::is_sorted(fractions.begin(), fractions.end()));
        QCOMPARE(fractions.last(), 1.0);

        const int pages = pdfPages(pdf);
        QVERIFY2(pages >= 4, qPrintable(QString::number(pages))); // title + map, 120 rows, actions, contents
        const QImage first = ct::tests::pdfPage(pdf, 1);
        QVERIFY(!first.isNull());
        QVERIFY2(qAbs(first.width() - 413) <= 1, qPrintable(QString::number(first.width()))); // A4 portrait at 50 dpi
        // A blank page has no ink; the title page has a map, boxes and text.
        QVERIFY2(ct::tests::inkedPixels(first) > first.width() * first.height() / 20,
                 qPrintable(QString::number(ct::tests::inkedPixels(first))));

        const QString text = ct::tests::pdfText(pdf);
        QVERIFY(text.contains(QLatin1String("Situation report")));
        QVERIFY(text.contains(QStringLiteral("つくば試験市")));
        QVERIFY(text.contains(QLatin1String("tanaka")));
        QVERIFY(text.contains(QLatin1String("hq-commander")));
        // Every shelter of the twin is named on the map.
        for (const QString &name : kShelterNames)
            QVERIFY2(text.contains(name), qPrintable(name));
        // Every row of the plugin's table, once.
        for (int row = 0; row < 120; ++row)
            QCOMPARE(text.count(FakeReportPlugin::rowName(row)), 1);
        QVERIFY(text.contains(QLatin1String("(no rows)"))); // the empty table says so
        QVERIFY(text.contains(QLatin1String("Persons")));
        QVERIFY(text.contains(QLatin1String("3,400")));
        for (int page = 1; page <= pages; ++page)
            QVERIFY2(ct::tests::pdfText(pdf, page).contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)),
                     qPrintable(QString::number(page)));

        // Japanese text is real text in an embedded Noto Sans CJK.
        const QString fonts = ct::tests::pdfFonts(pdf);
        QVERIFY2(fonts.contains(QLatin1String("NotoSansCJK")), qPrintable(fonts));
        for (const QString &line : fonts.split(QLatin1Char('\n'))) {
            if (line.contains(QLatin1String("NotoSansCJK")))
                QVERIFY2(line.contains(QLatin1String(" yes ")), qPrintable(line)); // embedded
        }
    }

    void longTableRepeatsItsHeader()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
        QVERIFY(QFileInfo::exists(pdf)); // from writesReadablePdf
        const int pages = pdfPages(pdf);
        QList<int> tablePages;
        for (int page = 1; page <= pages; ++page) {
            const QString text = ct::tests::pdfText(pdf, page);
            if (!text.contains(QLatin1String("Row shelter")))
                continue;
            tablePages << page;
            QVERIFY2(text.contains(FakeReportPlugin::firstHeader()), qPrintable(QStringLiteral("page %1 has rows but no header").arg(page)));
            // The header comes before the page's first row.
            QVERIFY(text.indexOf(FakeReportPlugin::firstHeader()) < text.indexOf(QLatin1String("Row shelter")));
            if (tablePages.size() > 1)
                QVERIFY2(text.contains(QLatin1String("All shelters (continued)")), qPrintable(QString::number(page)));
        }
        QVERIFY2(tablePages.size() >= 2, "120 rows should need more than one page");
        // Consecutive pages, rows in order across the break.
        for (int i = 1; i < tablePages.size(); ++i)
            QCOMPARE(tablePages[i], tablePages[i - 1] + 1);
        const QString all = ct::tests::pdfText(pdf);
        for (int row = 1; row < 120; ++row)
            QVERIFY(all.indexOf(FakeReportPlugin::rowName(row - 1)) < all.indexOf(FakeReportPlugin::rowName(row)));
    }

    void mapShowsLiveState()
    {
        // The fake state: even fids open (#00a000), odd fids closed (#ff00ff); three of each.
        const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
        const QImage page = ct::tests::pdfPage(pdf, 1, 150);
        QVERIFY(!page.isNull());
        const qint64 magenta = ct::tests::pixelsOf(page, QColor(0xff, 0x00, 0xff));
        const qint64 green = ct::tests::pixelsOf(page, QColor(0x00, 0xa0, 0x00));
        QVERIFY2(magenta > 40, qPrintable(QString::number(magenta)));
        QVERIFY2(green > 40, qPrintable(QString::number(green)));

        // Without the state the layer keeps its own colour: no magenta anywhere.
        plugin::PluginRegistry registry{plugin::PluginContext{}};
        FakeReportPlugin plain(QStringLiteral("plain"));
        registry.addInstance(&plain, plain.metaData({QStringLiteral("layers")}));
        const QString plainPdf = m_dir.filePath(QStringLiteral("plain.pdf"));
        QVERIFY(report::ReportGenerator(*m_twin, registry.loaded()).write(plainPdf, request()).ok());
        QCOMPARE(ct::tests::pixelsOf(ct::tests::pdfPage(plainPdf, 1, 150), QColor(0xff, 0x00, 0xff)), 0);
        QVERIFY(ct::tests::pdfText(plainPdf).contains(QLatin1String("No loaded plugin contributes a section")));
    }

    void stateColours()
    {
        sim::FeatureState state;
        state.layer = QStringLiteral("shelters");
        state.numberNames = {QStringLiteral("load")};
        state.textNames = {QStringLiteral("status")};
        state.append(1, {0.0}, {QStringLiteral("open")});
        state.append(2, {0.5}, {QStringLiteral("open")});
        state.append(3, {0.25}, {QStringLiteral("open")});
        state.append(4, {0.9}, {QStringLiteral("closed")});
        state.append(5, {2.0}, {QStringLiteral("open")});
        state.style = sim::FeatureStyle::occupancy(QStringLiteral("Occupancy"), 100);
        QCOMPARE(report::MapSnapshot::stateColor(state, 0), QColor(QStringLiteral("#1a9850")));
        QCOMPARE(report::MapSnapshot::stateColor(state, 1), QColor(QStringLiteral("#fee08b")));
        const QColor between = report::MapSnapshot::stateColor(state, 2); // halfway from green to yellow
        QVERIFY(qAbs(between.red() - (0x1a + 0xfe) / 2) <= 1);
        QCOMPARE(report::MapSnapshot::stateColor(state, 3), QColor(QStringLiteral("#5f6368"))); // category wins
        QCOMPARE(report::MapSnapshot::stateColor(state, 4), QColor(QStringLiteral("#d73027"))); // clamped
        state.style = {};
        QVERIFY(!report::MapSnapshot::stateColor(state, 0).isValid());
    }

    void reportTimeFiltersActions()
    {
        const QString action = QStringLiteral("test.mark");
        QVERIFY(check(m_twin->perform(core::Actor::system(QStringLiteral("tester")), action, QStringLiteral("shelter:1"),
                                      [](store::TwinStore &, QJsonObject &, QJsonObject &after) {
                                          after.insert(QStringLiteral("note"), 1);
                                          return core::Status::success();
                                      })));
        report::ReportGenerator generator(*m_twin, {});
        auto before = request();
        before.at = QDateTime::currentDateTimeUtc().addDays(-1);
        const QString earlier = m_dir.filePath(QStringLiteral("earlier.pdf"));
        QVERIFY(generator.write(earlier, before).ok());
        auto now = request();
        now.at = QDateTime::currentDateTimeUtc().addSecs(60);
        const QString later = m_dir.filePath(QStringLiteral("later.pdf"));
        QVERIFY(generator.write(later, now).ok());
        QVERIFY(!ct::tests::pdfText(earlier).contains(action));
        QVERIFY(ct::tests::pdfText(later).contains(action));
        // The report says which moment it describes.
        QVERIFY(ct::tests::pdfText(earlier).contains(before.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    }

    void failureLeavesNoFile()
    {
        report::ReportGenerator generator(*m_twin, m_registry->loaded());
        // A folder that does not exist.
        const QString missing = m_dir.filePath(QStringLiteral("no-such-folder/report.pdf"));
        auto status = generator.write(missing, request());
        QVERIFY(!status.ok());
        QCOMPARE(status.error().kind, core::Error::Kind::Io);
        QCOMPARE(status.error().where, missing);
        QVERIFY(!QFileInfo::exists(missing));
        QVERIFY(!QFileInfo::exists(missing + QStringLiteral(".part")));

        // An older report stays as it was when the new one cannot be written.
        const QString existing = m_dir.filePath(QStringLiteral("old.pdf"));
        {
            QFile file(existing);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("old report");
        }
        QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("old.pdf.part"))); // the .part cannot be a file
        status = generator.write(existing, request());
        QVERIFY(!status.ok());
        QFile file(existing);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("old report"));
    }

    void languageOfTheReport()
    {
        QTranslator japanese;
        QVERIFY2(japanese.load(QStringLiteral("citytwin_ja"), QStringLiteral(CITYTWIN_TRANSLATIONS_DIR)),
                 "the Japanese catalogue is built with the citytwin_translations target");
        QCoreApplication::installTranslator(&japanese);
        const QString pdf = m_dir.filePath(QStringLiteral("ja.pdf"));
        const auto status = report::ReportGenerator(*m_twin, m_registry->loaded()).write(pdf, request(QStringLiteral("ja")));
        QCoreApplication::removeTranslator(&japanese);
        QVERIFY(status.ok());
        QCOMPARE(m_reporting->lastContext().language, QStringLiteral("ja"));
        const QString text = ct::tests::pdfText(pdf);
        // The plugin writes in the language it is given.
        QVERIFY2(text.contains(FakeReportPlugin::tableTitle(QStringLiteral("ja"))), qPrintable(text.left(4000)));
        QVERIFY(!text.contains(FakeReportPlugin::tableTitle(QStringLiteral("en"))));
        // The report's own headings are the catalogue's (English where it has no entry yet).
        for (const char *heading : {"Situation report", "Map", "Operator actions", "Twin contents"}) {
            QString expected = japanese.translate("Report", heading);
            if (expected.isEmpty())
                expected = QString::fromLatin1(heading);
            QVERIFY2(text.contains(expected), qPrintable(expected));
        }
        // English, for comparison.
        const QString en = m_dir.filePath(QStringLiteral("en.pdf"));
        QVERIFY(report::ReportGenerator(*m_twin, m_registry->loaded()).write(en, request(QStringLiteral("en"))).ok());
        const QString english = ct::tests::pdfText(en);
        QVERIFY(english.contains(FakeReportPlugin::tableTitle(QStringLiteral("en"))));
        QVERIFY(english.contains(QLatin1String("Operator actions")));
    }
};

QTEST_MAIN(TestReportGenerator)
#include "tst_reportgenerator.moc"
