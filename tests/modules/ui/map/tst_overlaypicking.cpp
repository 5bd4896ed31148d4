// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// Clicking the plugins' overlay symbols on the main map: which symbol a pixel hits
// (OverlayPicker: nearest within the symbol's own radius, topmost overlay first, hidden
// overlays and symbols without an id never), and on the real MapView in 2D and 3D the click is
// handed to the owner plugin as its view setting `picked` (MapOverlays::pick) before any twin
// feature is picked; a click beside the symbols picks twin features as before.
#include "dynamicpointlayer.h"
#include "fakesession.h"
#include "layerlistmodel.h"
#include "mapcontroller.h"
#include "mapoverlays.h"
#include "mapviewwindow.h"
#include "overlaylayer.h"
#include "overlaypicker.h"
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

/// Symbols of owner `owner` at fixed places, with ids (or without, for `ids` false).
class FakeSource : public plugin::OverlaySource
{
public:
    FakeSource(QString name, QString owner, int order, std::vector<std::pair<geo::Point, QString>> symbols)
        : m_name(std::move(name)), m_owner(std::move(owner)), m_order(order), m_symbols(std::move(symbols))
    {
    }
    plugin::LayerDescriptor descriptor() const override
    {
        return plugin::LayerDescriptor::points(m_name, m_name, m_owner, QStringLiteral("#0050c8"), plugin::LayerDescriptor::Symbol::Circle,
                                               14, m_order);
    }
    core::Result<plugin::Overlay> read(const store::TwinStore &, const core::Actor &, const QVariantMap &) const override
    {
        plugin::Overlay o;
        for (const auto &[at, id] : m_symbols) {
            plugin::Overlay::Point p{at, QColor(0, 80, 200), 0.0f};
            p.featureId = id;
            o.points.push_back(p);
        }
        return o;
    }

private:
    QString m_name, m_owner;
    int m_order;
    std::vector<std::pair<geo::Point, QString>> m_symbols;
};

/// A layer of symbols at `points` (scene metres = pixels with the identity projection below).
std::unique_ptr<ui::OverlayLayer> layer(const QString &name, int order, const std::vector<plugin::Overlay::Point> &points, bool visible = true)
{
    auto l = std::make_unique<ui::OverlayLayer>(name, ui::OverlayLayer::Kind::Points);
    plugin::Overlay o;
    o.points = points;
    l->setOverlay(o, geo::Point{0, 0});
    l->setStyle(visible, 1.0, QStringLiteral("circle"), 10.0, order);
    return l;
}

plugin::Overlay::Point symbol(double x, double y, const QString &id, float size = 0.0f)
{
    plugin::Overlay::Point p{{x, y}, Qt::blue, size};
    p.featureId = id;
    return p;
}

// Twin places for the symbols: in the test twin's south-west, away from its shelters.
const geo::Point kVehicleAt{testtwin::kMinX + 150.0, testtwin::kMinY + 150.0};
const geo::Point kOtherAt{testtwin::kMinX + 700.0, testtwin::kMinY + 120.0};

} // namespace

class TestOverlayPicking : public QObject
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
    testing::FakeSession m_session{nullptr, core::Actor{QStringLiteral("someone"), core::Role::PoliceLiaison, {}}};
    ui::MapOverlays m_overlays;

    QPointF pixelOf(const geo::Point &p, const QString &overlay) const
    {
        const ui::OverlayLayer *l = m_controller->overlayLayer(overlay);
        const QVariantMap m = m_controller->project(p.x, p.y, l ? l->zOffset() : 0.0);
        return {m.value(QStringLiteral("x")).toDouble(), m.value(QStringLiteral("y")).toDouble()};
    }

private slots:
    // --- which symbol a pixel hits (no window) ------------------------------------------------

    void nearestSymbolWithinItsRadius()
    {
        // Identity projection: scene x, y are the pixel.
        const ui::OverlayPicker::Projection identity = [](const QVector3D &p) { return std::optional<QPointF>(QPointF(p.x(), p.y())); };
        auto a = layer(QStringLiteral("a"), 1, {symbol(100, 100, QStringLiteral("A1")), symbol(108, 100, QStringLiteral("A2")),
                                                 symbol(200, 200, QStringLiteral("A3"), 30.0f), symbol(300, 300, QString())});
        const std::vector<const ui::OverlayLayer *> layers{a.get()};
        // Nearest wins: 103 is nearer A1, 105 nearer A2.
        QCOMPARE(ui::OverlayPicker::pick(layers, identity, {103, 100})->featureId, QStringLiteral("A1"));
        QCOMPARE(ui::OverlayPicker::pick(layers, identity, {105, 101})->featureId, QStringLiteral("A2"));
        // The layer's 10 px symbols reach 5 + 2 px; A3's own 30 px reach 15 + 2 px.
        QVERIFY(ui::OverlayPicker::pick(layers, identity, {100, 106.9}).has_value());
        QVERIFY(!ui::OverlayPicker::pick(layers, identity, {100, 107.5}).has_value());
        QCOMPARE(ui::OverlayPicker::pick(layers, identity, {216, 200})->featureId, QStringLiteral("A3"));
        QVERIFY(!ui::OverlayPicker::pick(layers, identity, {218, 200}).has_value());
        // A symbol without an id is never picked.
        QVERIFY(!ui::OverlayPicker::pick(layers, identity, {300, 300}).has_value());
        // Behind the camera: nothing.
        const ui::OverlayPicker::Projection behind = [](const QVector3D &) { return std::optional<QPointF>(); };
        QVERIFY(!ui::OverlayPicker::pick(layers, behind, {100, 100}).has_value());
    }

    void topmostOverlayFirstAndHiddenIgnored()
    {
        const ui::OverlayPicker::Projection identity = [](const QVector3D &p) { return std::optional<QPointF>(QPointF(p.x(), p.y())); };
        auto below = layer(QStringLiteral("below"), 10, {symbol(100, 100, QStringLiteral("B"))});
        auto above = layer(QStringLiteral("above"), 20, {symbol(104, 100, QStringLiteral("T"))});
        // The pixel is nearer the lower overlay's symbol, but the upper one's also covers it.
        auto hit = ui::OverlayPicker::pick({below.get(), above.get()}, identity, {100, 100});
        QVERIFY(hit);
        QCOMPARE(hit->overlay, QStringLiteral("above"));
        QCOMPARE(hit->featureId, QStringLiteral("T"));
        // Hidden in the layer panel: not pickable, the one below is.
        above->setStyle(false, 1.0, QStringLiteral("circle"), 10.0, 20);
        hit = ui::OverlayPicker::pick({below.get(), above.get()}, identity, {100, 100});
        QVERIFY(hit);
        QCOMPARE(hit->overlay, QStringLiteral("below"));
        // Fully transparent counts as hidden too.
        below->setStyle(true, 0.0, QStringLiteral("circle"), 10.0, 10);
        QVERIFY(!ui::OverlayPicker::pick({below.get(), above.get()}, identity, {100, 100}).has_value());
        // A raster overlay has no symbols to pick.
        ui::OverlayLayer raster(QStringLiteral("raster"), ui::OverlayLayer::Kind::Raster);
        QVERIFY(!ui::OverlayPicker::pick({&raster}, identity, {100, 100}).has_value());
    }

    // --- on the real map ------------------------------------------------------------------------

    void initTestCase()
    {
        if (QGuiApplication::platformName() == QLatin1String("offscreen"))
            QSKIP("Qt Quick 3D draws nothing on the offscreen platform; run under xvfb-run with QT_QPA_PLATFORM=xcb");
    }

    void clickHandsThePickToTheOwner()
    {
        m_path = m_dir.filePath(QStringLiteral("picking.twin"));
        const QString error = testtwin::create(m_path);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_model = testtwin::layerModel();
        m_view = std::make_unique<QQuickView>();
        const QString shown = testtwin::showMapView(*m_view, {kWidth, kHeight}, m_model.get(), m_path, m_map, m_controller);
        QVERIFY2(shown.isEmpty(), qPrintable(shown));

        m_overlays.setSources({std::make_shared<FakeSource>(QStringLiteral("vehicles"), QStringLiteral("fleets"), 91,
                                                            std::vector<std::pair<geo::Point, QString>>{{kVehicleAt, QStringLiteral("BUS-7")},
                                                                                                        {kOtherAt, QStringLiteral("BUS-8")}}),
                               std::make_shared<FakeSource>(QStringLiteral("alerts"), QStringLiteral("safety"), 95,
                                                            std::vector<std::pair<geo::Point, QString>>{{kOtherAt, QStringLiteral("42")}})});
        m_overlays.setMap(m_controller);
        m_overlays.setTwin(&m_session);
        m_store = std::move(store::TwinStore::open(m_path, store::TwinStore::OpenMode::ReadOnly).value());
        m_session.open(m_store.get());
        QCOMPARE(m_controller->overlayLayers().size(), 2);

        QSignalSpy features(m_controller, &ui::MapController::featureClicked);
        QSignalSpy overlays(m_controller, &ui::MapController::overlayClicked);
        QSignalSpy picked(&m_overlays, &ui::MapOverlays::picked);
        // A real mouse click on the vehicle's pixel.
        const QPointF at = pixelOf(kVehicleAt, QStringLiteral("vehicles"));
        QTest::mouseClick(m_view.get(), Qt::LeftButton, Qt::NoModifier, m_map->mapToScene(at + QPointF(2, -1)).toPoint());
        QCOMPARE(overlays.count(), 1);
        QCOMPARE(overlays.at(0).at(0).toString(), QStringLiteral("vehicles"));
        QCOMPARE(overlays.at(0).at(1).toString(), QStringLiteral("BUS-7"));
        QCOMPARE(features.count(), 0);   // the twin's features are not picked under a symbol
        QCOMPARE(picked.count(), 1);
        QCOMPARE(picked.at(0).at(0).toString(), QStringLiteral("fleets"));
        QVariantMap pick = m_session.viewSettings(QStringLiteral("fleets")).value(QStringLiteral("picked")).toMap();
        QCOMPARE(pick.value(QStringLiteral("overlay")).toString(), QStringLiteral("vehicles"));
        QCOMPARE(pick.value(QStringLiteral("id")).toString(), QStringLiteral("BUS-7"));
        const qint64 first = pick.value(QStringLiteral("serial")).toLongLong();
        QVERIFY(m_session.viewSettings(QStringLiteral("safety")).isEmpty());

        // The same symbol again is news again (a new serial).
        QTest::mouseClick(m_view.get(), Qt::LeftButton, Qt::NoModifier, m_map->mapToScene(at).toPoint());
        pick = m_session.viewSettings(QStringLiteral("fleets")).value(QStringLiteral("picked")).toMap();
        QVERIFY(pick.value(QStringLiteral("serial")).toLongLong() > first);

        // Where an alert lies on a vehicle, the alerts (drawn on top) are picked, for "safety".
        const QPointF other = pixelOf(kOtherAt, QStringLiteral("alerts"));
        m_controller->clickAt(other.x(), other.y());
        QCOMPARE(overlays.last().at(0).toString(), QStringLiteral("alerts"));
        QCOMPARE(m_session.viewSettings(QStringLiteral("safety")).value(QStringLiteral("picked")).toMap().value(QStringLiteral("id")).toString(),
                 QStringLiteral("42"));
        // Alerts hidden in the layer panel: the vehicle under them is picked.
        m_overlays.model()->setVisible(m_overlays.model()->indexOf(QStringLiteral("alerts")), false);
        m_controller->clickAt(other.x(), other.y());
        QCOMPARE(overlays.last().at(1).toString(), QStringLiteral("BUS-8"));
        m_overlays.model()->setVisible(m_overlays.model()->indexOf(QStringLiteral("alerts")), true);

        // Beside every symbol: the twin's own picking, the owner's settings untouched.
        const int overlayClicks = overlays.count();
        const QVariantMap before = m_session.viewSettings(QStringLiteral("fleets"));
        m_controller->clickAt(at.x() + 60, at.y() - 60);
        QCOMPARE(overlays.count(), overlayClicks);
        QCOMPARE(features.count(), 1);
        QCOMPARE(m_session.viewSettings(QStringLiteral("fleets")), before);
        QVERIFY(m_view->grabWindow().save(QStringLiteral(CITYTWIN_BINARY_DIR "/tests/tst_overlaypicking-2d.png")));
    }

    void clickIn3d()
    {
        QVERIFY(m_controller);
        m_map->setProperty("viewMode", QStringLiteral("3d"));
        QTRY_VERIFY_WITH_TIMEOUT(!m_controller->isTopDown(), 5000);
        m_controller->orbit(30.0, -20.0);
        QTest::qWait(100);
        QSignalSpy overlays(m_controller, &ui::MapController::overlayClicked);
        const QPointF at = pixelOf(kVehicleAt, QStringLiteral("vehicles"));
        QVERIFY2(QRectF(0, 0, kWidth, kHeight).contains(at), qPrintable(QStringLiteral("%1,%2").arg(at.x()).arg(at.y())));
        QTest::mouseClick(m_view.get(), Qt::LeftButton, Qt::NoModifier, m_map->mapToScene(at).toPoint());
        QCOMPARE(overlays.count(), 1);
        QCOMPARE(overlays.at(0).at(1).toString(), QStringLiteral("BUS-7"));
        QVERIFY(m_view->grabWindow().save(QStringLiteral(CITYTWIN_BINARY_DIR "/tests/tst_overlaypicking-3d.png")));
        m_map->setProperty("viewMode", QStringLiteral("2d"));
    }

    void cleanupTestCase()
    {
        m_overlays.setMap(nullptr);
        m_view.reset();
    }
};

QTEST_MAIN(TestOverlayPicking)
#include "tst_overlaypicking.moc"
