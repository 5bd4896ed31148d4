// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// MapOverlays and the map's overlay drawing with a fake plugin source: a raster (north-east
// quarter red) and a symbol computed per operator are drawn on the real MapView, north up; the
// layer model's visibility and opacity reach the pixels; signing in as a refused role removes
// them; view settings changes are read again.
#include "fakesession.h"
#include "layerlistmodel.h"
#include "mapcontroller.h"
#include "mapoverlays.h"
#include "mapviewwindow.h"
#include "overlaylayer.h"
#include "testtwin.h"

#include "ct/pluginapi/twinaccess.h"
#include "ct/store/twinstore.h"

#include <QQuickItem>
#include <QQuickView>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtTest>

Q_IMPORT_QML_PLUGIN(CityTwin_UiPlugin)

using namespace ct;

namespace {

constexpr int kWidth = 800;
constexpr int kHeight = 600;
const QColor kRed(255, 0, 0);
const QColor kGreen(0, 200, 0);
const geo::Point kSymbolAt{10150.0, 20150.0};   // south-west, away from the shelters

QPoint pixelOf(const geo::Point &p)
{
    const double w = testtwin::kMaxX - testtwin::kMinX, h = testtwin::kMaxY - testtwin::kMinY;
    const double mpp = std::max(w / (kWidth * 0.9), h / (kHeight * 0.9));
    const double cx = (testtwin::kMinX + testtwin::kMaxX) / 2.0, cy = (testtwin::kMinY + testtwin::kMaxY) / 2.0;
    return QPoint(int(std::lround(kWidth / 2.0 + (p.x - cx) / mpp)), int(std::lround(kHeight / 2.0 - (p.y - cy) / mpp)));
}

int distance(const QColor &a, const QColor &b)
{
    return std::max({std::abs(a.red() - b.red()), std::abs(a.green() - b.green()), std::abs(a.blue() - b.blue())});
}

/// Police liaison gets a raster (the north-east quarter of the twin red) or a green symbol;
/// everybody else is refused. Remembers the settings of its last read.
class FakeSource : public plugin::OverlaySource
{
public:
    explicit FakeSource(bool raster) : m_raster(raster) {}
    plugin::LayerDescriptor descriptor() const override
    {
        auto d = plugin::LayerDescriptor::points(m_raster ? QStringLiteral("fake_raster") : QStringLiteral("fake_points"),
                                                 QStringLiteral("Fake"), QStringLiteral("fake"), QStringLiteral("#00c800"),
                                                 plugin::LayerDescriptor::Symbol::Square, 14, m_raster ? 90 : 91);
        if (m_raster)
            d.kind = plugin::LayerDescriptor::Kind::Areas;
        return d;
    }
    core::Result<plugin::Overlay> read(const store::TwinStore &, const core::Actor &actor, const QVariantMap &settings) const override
    {
        ++reads;
        lastSettings = settings;
        if (actor.role != core::Role::PoliceLiaison)
            return core::Error::refused(QStringLiteral("not for you"));
        plugin::Overlay o;
        o.note = QStringLiteral("for the police");
        o.legend = {{kRed, QStringLiteral("red")}};
        if (m_raster) {
            QImage image(2, 2, QImage::Format_RGBA8888);
            image.fill(Qt::transparent);
            image.setPixelColor(1, 0, kRed);   // first row = north, second column = east
            o.raster.image = image;
            o.raster.extent.expand(geo::Point{testtwin::kMinX, testtwin::kMinY});
            o.raster.extent.expand(geo::Point{testtwin::kMaxX, testtwin::kMaxY});
        } else {
            o.points.push_back({kSymbolAt, kGreen, 20.0f});
        }
        return o;
    }
    mutable int reads = 0;
    mutable QVariantMap lastSettings;

private:
    bool m_raster;
};

} // namespace

class TestMapOverlays : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<ui::LayerListModel> m_model;
    std::unique_ptr<QQuickView> m_view;
    QQuickItem *m_map = nullptr;
    ui::MapController *m_controller = nullptr;
    std::unique_ptr<store::TwinStore> m_store;   // the twin m_session has open
    testing::FakeSession m_session{nullptr, core::Actor{QString(), core::Role::Viewer, {}}};
    std::shared_ptr<FakeSource> m_rasterSource = std::make_shared<FakeSource>(true);
    std::shared_ptr<FakeSource> m_pointSource = std::make_shared<FakeSource>(false);
    ui::MapOverlays m_overlays;

    QImage grab()
    {
        for (int i = 0; i < 2; ++i) {
            QSignalSpy swapped(m_view.get(), &QQuickWindow::frameSwapped);
            m_view->update();
            swapped.wait(2000);
        }
        return m_view->grabWindow().convertToFormat(QImage::Format_RGB32);
    }
    // Quarter centres of the twin's extent.
    static geo::Point north_east() { return {testtwin::kMinX + 750.0, testtwin::kMinY + 450.0}; }
    static geo::Point south_east() { return {testtwin::kMinX + 750.0, testtwin::kMinY + 120.0}; }
    static geo::Point north_west() { return {testtwin::kMinX + 250.0, testtwin::kMinY + 450.0}; }

private slots:
    void initTestCase()
    {
        if (QGuiApplication::platformName() == QLatin1String("offscreen"))
            QSKIP("Qt Quick 3D draws nothing on the offscreen platform; run under xvfb-run with QT_QPA_PLATFORM=xcb");
        m_path = m_dir.filePath(QStringLiteral("overlays.twin"));
        const QString error = testtwin::create(m_path);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_model = testtwin::layerModel();
        m_view = std::make_unique<QQuickView>();
        const QString shown = testtwin::showMapView(*m_view, {kWidth, kHeight}, m_model.get(), m_path, m_map, m_controller);
        QVERIFY2(shown.isEmpty(), qPrintable(shown));

        m_overlays.setSources({m_rasterSource, m_pointSource});
        m_overlays.setMap(m_controller);
        m_overlays.setTwin(&m_session);
        QCOMPARE(m_overlays.model()->rowCount(), 2);
    }

    void nothingWithoutTwinOrRight()
    {
        // No twin: nothing read. A twin, nobody signed in (a viewer): refused, nothing drawn.
        QCOMPARE(m_rasterSource->reads, 0);
        m_store = std::move(store::TwinStore::open(m_path, store::TwinStore::OpenMode::ReadOnly).value());
        m_session.open(m_store.get());
        QVERIFY(m_rasterSource->reads > 0);
        QVERIFY(m_controller->overlayLayers().isEmpty());
        const int row = m_overlays.model()->indexOf(QStringLiteral("fake_raster"));
        QVERIFY(m_overlays.model()->data(m_overlays.model()->index(row), ui::OverlayListModel::FailedRole).toBool());
        QCOMPARE(m_overlays.model()->data(m_overlays.model()->index(row), ui::OverlayListModel::NoteRole).toString(),
                 QStringLiteral("not for you"));
        const QImage image = grab();
        QVERIFY(distance(image.pixelColor(pixelOf(north_east())), kRed) > 60);
    }

    void signedInOperatorSeesTheOverlays()
    {
        m_session.signIn({QStringLiteral("someone"), core::Role::PoliceLiaison, {}});
        QCOMPARE(m_controller->overlayLayers().size(), 2);
        const QImage image = grab();
        QVERIFY(image.save(QStringLiteral(CITYTWIN_BINARY_DIR "/tests/tst_mapoverlays.png")));
        // North up, east right: only the north-east quarter is red.
        const QPoint ne = pixelOf(north_east()), se = pixelOf(south_east()), nw = pixelOf(north_west());
        QVERIFY2(distance(image.pixelColor(ne), kRed) <= 30, qPrintable(image.pixelColor(ne).name()));
        QVERIFY2(distance(image.pixelColor(se), kRed) > 100, qPrintable(image.pixelColor(se).name()));
        QVERIFY2(distance(image.pixelColor(nw), kRed) > 100, qPrintable(image.pixelColor(nw).name()));
        // The symbol in its own colour and size: 20 px, not the layer's 14 px (a square is drawn
        // 0.7 of the size wide), so 6 px from its centre is still the symbol (its darker rim).
        const QPoint symbol = pixelOf(kSymbolAt);
        QVERIFY2(distance(image.pixelColor(symbol), kGreen) <= 40, qPrintable(image.pixelColor(symbol).name()));
        const QColor edge = image.pixelColor(symbol + QPoint(6, 0));
        QVERIFY2(edge.green() > edge.red() + 40 && edge.green() > edge.blue() + 40, qPrintable(edge.name()));
        const int row = m_overlays.model()->indexOf(QStringLiteral("fake_points"));
        QCOMPARE(m_overlays.model()->data(m_overlays.model()->index(row), ui::OverlayListModel::FeatureCountRole).toInt(), 1);
        QCOMPARE(m_overlays.model()->data(m_overlays.model()->index(row), ui::OverlayListModel::NoteRole).toString(),
                 QStringLiteral("for the police"));
    }

    void layerPanelChoicesReachThePixels()
    {
        const int row = m_overlays.model()->indexOf(QStringLiteral("fake_raster"));
        m_overlays.model()->setOpacity(row, 0.5);
        QImage image = grab();
        const QColor half = image.pixelColor(pixelOf(north_east()));
        QVERIFY2(distance(half, kRed) > 40 && half.red() > half.green() + 60, qPrintable(half.name()));
        m_overlays.model()->setVisible(row, false);
        image = grab();
        QVERIFY2(distance(image.pixelColor(pixelOf(north_east())), kRed) > 150, qPrintable(image.pixelColor(pixelOf(north_east())).name()));
        // The symbol layer is not touched.
        QVERIFY(distance(image.pixelColor(pixelOf(kSymbolAt)), kGreen) <= 40);
        m_overlays.model()->setVisible(row, true);
        m_overlays.model()->setOpacity(row, 1.0);
        image = grab();
        QVERIFY(distance(image.pixelColor(pixelOf(north_east())), kRed) <= 30);
    }

    void viewSettingsAreReadAgain()
    {
        const int before = m_rasterSource->reads;
        m_session.setViewSettings(QStringLiteral("fake"), {{QStringLiteral("bandwidthMetres"), 800}});
        QVERIFY(m_rasterSource->reads > before);
        QCOMPARE(m_rasterSource->lastSettings.value(QStringLiteral("bandwidthMetres")).toInt(), 800);
    }

    void periodicRefreshOnlyWhenTheTwinChanged()
    {
        m_overlays.setRefreshIntervalMs(100);
        const int before = m_rasterSource->reads;
        QTest::qWait(600);
        QCOMPARE(m_rasterSource->reads, before);   // nothing changed: nothing read again
        {
            // Another process writes to the twin (an alert recorded elsewhere, say).
            auto other = store::TwinStore::open(m_path);
            QVERIFY(other);
            store::LayerDefinition scratch{QStringLiteral("scratch"), geo::GeometryType::Point};
            QVERIFY((*other)->createLayer(scratch).ok());
        }
        QTRY_VERIFY_WITH_TIMEOUT(m_rasterSource->reads > before, 3000);
        const int after = m_rasterSource->reads;
        QTest::qWait(400);
        QCOMPARE(m_rasterSource->reads, after);
        m_overlays.setRefreshIntervalMs(5000);
    }

    void signingInAsRefusedRoleRemovesThem()
    {
        m_session.signIn({QStringLiteral("someone"), core::Role::MobilityDispatcher, {}});
        QVERIFY(m_controller->overlayLayers().isEmpty());
        const QImage image = grab();
        QVERIFY(distance(image.pixelColor(pixelOf(north_east())), kRed) > 100);
        QVERIFY(distance(image.pixelColor(pixelOf(kSymbolAt)), kGreen) > 100);
    }

    void closingTheTwinStopsReading()
    {
        m_session.signIn({QStringLiteral("someone"), core::Role::PoliceLiaison, {}});
        QCOMPARE(m_controller->overlayLayers().size(), 2);
        m_session.open(nullptr);
        m_store.reset();
        QVERIFY(m_controller->overlayLayers().isEmpty());
        m_overlays.setRefreshIntervalMs(100);
        const int reads = m_rasterSource->reads;
        QTest::qWait(400);
        QCOMPARE(m_rasterSource->reads, reads);
    }
};

QTEST_MAIN(TestMapOverlays)
#include "tst_mapoverlays.moc"
