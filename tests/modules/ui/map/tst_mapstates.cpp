// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "layerlistmodel.h"
#include "mapcontroller.h"
#include "testtwin.h"

#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickView>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtPlugin>
#include <QtQml/qqmlextensionplugin.h>
#include <QtTest>

Q_IMPORT_QML_PLUGIN(CityTwin_UiPlugin)

using namespace ct;

namespace {

constexpr int kWidth = 800;
constexpr int kHeight = 600;
const QColor kBackground(0xee, 0xf0, 0xec);
const QColor kShelterBlue(0x10, 0x50, 0xf0);   // the layer's own colour (testtwin)

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

/// Shelter 1 empty, shelter 2 full (and the largest), shelter 3 closed.
std::shared_ptr<const sim::FeatureState> shelterState()
{
    auto s = std::make_shared<sim::FeatureState>();
    s->layer = QStringLiteral("shelters");
    s->numberNames = {QStringLiteral("occupancy"), QStringLiteral("capacity"), QStringLiteral("load")};
    s->textNames = {QStringLiteral("status")};
    s->style = sim::FeatureStyle::occupancy(QStringLiteral("Shelter occupancy"), 400);
    s->append(1, {0, 200, 0.0}, {QStringLiteral("open")});
    s->append(2, {400, 400, 1.0}, {QStringLiteral("full")});
    s->append(3, {20, 100, 0.2}, {QStringLiteral("closed")});
    return s;
}

} // namespace

/// A feature state restyles the shelter symbols on screen: colour by load, size by occupancy,
/// closed in grey, a legend; without a state the layer looks as before.
class TestMapStates : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ui::LayerListModel> m_model;
    std::unique_ptr<QQuickView> m_view;
    QQuickItem *m_map = nullptr;
    ui::MapController *m_controller = nullptr;

    QImage grab()
    {
        for (int i = 0; i < 2; ++i) {
            QSignalSpy swapped(m_view.get(), &QQuickWindow::frameSwapped);
            m_view->update();
            swapped.wait(2000);
        }
        return m_view->grabWindow().convertToFormat(QImage::Format_RGB32);
    }

    QString at(const QImage &image, const QPoint &p) { return image.pixelColor(p).name(); }

private slots:
    void initTestCase()
    {
        if (QGuiApplication::platformName() == QLatin1String("offscreen"))
            QSKIP("Qt Quick 3D draws nothing on the offscreen platform; run under xvfb-run with QT_QPA_PLATFORM=xcb");
        const QString path = m_dir.filePath(QStringLiteral("states.twin"));
        const QString error = testtwin::create(path);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_model = testtwin::layerModel();
        m_view = std::make_unique<QQuickView>();
        m_view->setResizeMode(QQuickView::SizeRootObjectToView);
        m_view->resize(kWidth, kHeight);
        m_view->setSource(QUrl(QStringLiteral("qrc:/CityTwin/Ui/MapView.qml")));
        QVERIFY(m_view->status() == QQuickView::Ready);
        m_map = m_view->rootObject();
        m_controller = m_map->property("controller").value<ui::MapController *>();
        QVERIFY(m_controller);
        m_map->setProperty("layerModel", QVariant::fromValue(m_model.get()));
        m_map->setProperty("twinPath", path);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        QTRY_VERIFY_WITH_TIMEOUT(m_map->property("ready").toBool(), 30000);
    }

    void plainBeforeAnyState()
    {
        const QImage image = grab();
        for (const geo::Point &p : testtwin::kShelters)
            QVERIFY2(distance(image.pixelColor(pixelOf(p)), kShelterBlue) <= 40, qPrintable(at(image, pixelOf(p))));
        QVERIFY(m_controller->stateLegends().isEmpty());
        QVERIFY(!m_map->findChild<QQuickItem *>(QStringLiteral("stateLegend"))->isVisible());
    }

    void stateColoursAndSizesTheSymbols()
    {
        QSignalSpy legends(m_controller, &ui::MapController::stateLegendsChanged);
        m_controller->setFeatureStates({shelterState()});
        QCOMPARE(legends.count(), 1);
        const QImage image = grab();
        QVERIFY(image.save(QStringLiteral(CITYTWIN_BINARY_DIR "/tests/tst_mapstates.png")));
        const QPoint empty = pixelOf(testtwin::kShelters[0]), full = pixelOf(testtwin::kShelters[1]), closed = pixelOf(testtwin::kShelters[2]);
        QVERIFY2(distance(image.pixelColor(empty), QColor(QStringLiteral("#1a9850"))) <= 40, qPrintable(at(image, empty)));
        QVERIFY2(distance(image.pixelColor(full), QColor(QStringLiteral("#d73027"))) <= 40, qPrintable(at(image, full)));
        QVERIFY2(distance(image.pixelColor(closed), QColor(QStringLiteral("#5f6368"))) <= 40, qPrintable(at(image, closed)));
        // Sizes: the full shelter is drawn 24 px wide, the empty one 10 px (the layer's is 16 px).
        const QPoint insideFull = full + QPoint(0, -9), besideEmpty = empty + QPoint(0, -7);
        const QColor f = image.pixelColor(insideFull);
        // (9 px out is in the symbol's darker rim: still red, neither background nor road)
        QVERIFY2(f.red() > 2 * f.green() && f.red() > 2 * f.blue() && f.red() > 60, qPrintable(at(image, insideFull)));
        QVERIFY2(distance(image.pixelColor(besideEmpty), kBackground) <= 8, qPrintable(at(image, besideEmpty)));

        // The legend says what the colours mean.
        const QVariantList list = m_controller->stateLegends();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.front().toMap().value(QStringLiteral("title")).toString(), QStringLiteral("Shelter occupancy"));
        QVERIFY(m_map->findChild<QQuickItem *>(QStringLiteral("stateLegend"))->isVisible());

        // A click picks the enlarged symbol where the plain one would not reach.
        QSignalSpy clicked(m_controller, &ui::MapController::featureClicked);
        m_controller->clickAt(insideFull.x(), insideFull.y());
        QCOMPARE(clicked.count(), 1);
        QCOMPARE(clicked.front().at(1).toLongLong(), 2);
    }

    void newStateRestylesAndNoStateRestores()
    {
        auto next = std::make_shared<sim::FeatureState>(*shelterState());
        next->numbers[2] = 200; // shelter 1 now full
        next->numbers[3 * 0 + 2] = 1.0;
        next->texts[0] = QStringLiteral("full");
        m_controller->setFeatureStates({next});
        QImage image = grab();
        const QPoint first = pixelOf(testtwin::kShelters[0]);
        QVERIFY2(distance(image.pixelColor(first), QColor(QStringLiteral("#d73027"))) <= 40, qPrintable(at(image, first)));

        // Hidden layer: no legend for it.
        const int row = m_model->indexOf(QStringLiteral("shelters"));
        m_model->setVisible(row, false);
        QVERIFY(m_controller->stateLegends().isEmpty());
        m_model->setVisible(row, true);
        QCOMPARE(m_controller->stateLegends().size(), 1);

        m_controller->setFeatureStates({});
        image = grab();
        for (const geo::Point &p : testtwin::kShelters)
            QVERIFY2(distance(image.pixelColor(pixelOf(p)), kShelterBlue) <= 40, qPrintable(at(image, pixelOf(p))));
        QVERIFY(m_controller->stateLegends().isEmpty());
    }

    void cleanupTestCase()
    {
        if (m_view)
            m_view->hide();
        m_view.reset();
    }
};

QTEST_MAIN(TestMapStates)
#include "tst_mapstates.moc"
