// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "layerlistmodel.h"
#include "testtwin.h"

#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickView>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtPlugin>
#include <QtQml/qqmlextensionplugin.h>
#include <QtTest>

#include <set>

Q_IMPORT_QML_PLUGIN(CityTwin_UiPlugin)

namespace {

constexpr int kWidth = 800;
constexpr int kHeight = 600;
const QColor kBackground(0xee, 0xf0, 0xec); // MapView.backgroundColor

/// The 2D fit rule, computed independently of MapCamera: extent centred, 5 % of the view free on
/// each side on the limiting axis, north up, square pixels.
QPoint expectedPixel(const ct::geo::Point &p)
{
    const double usable = 0.9;
    const double w = testtwin::kMaxX - testtwin::kMinX, h = testtwin::kMaxY - testtwin::kMinY;
    const double mpp = std::max(w / (kWidth * usable), h / (kHeight * usable));
    const double cx = (testtwin::kMinX + testtwin::kMaxX) / 2.0, cy = (testtwin::kMinY + testtwin::kMaxY) / 2.0;
    return QPoint(int(std::lround(kWidth / 2.0 + (p.x - cx) / mpp)), int(std::lround(kHeight / 2.0 - (p.y - cy) / mpp)));
}

int colourDistance(const QColor &a, const QColor &b)
{
    return std::max({std::abs(a.red() - b.red()), std::abs(a.green() - b.green()), std::abs(a.blue() - b.blue())});
}

QString describe(const QColor &c)
{
    return c.name();
}

} // namespace

/// The map view on screen: a small twin at known coordinates must appear where the fit rule puts
/// it, in its layers' colours, and clicks must name the features under the cursor.
class TestMapView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ct::ui::LayerListModel> m_model;
    std::unique_ptr<QQuickView> m_view;
    QQuickItem *m_map = nullptr;

    QImage grab()
    {
        // Two more frames so that what was asked for is on screen.
        for (int i = 0; i < 2; ++i) {
            QSignalSpy swapped(m_view.get(), &QQuickWindow::frameSwapped);
            m_view->update();
            swapped.wait(2000);
        }
        return m_view->grabWindow().convertToFormat(QImage::Format_RGB32);
    }

    void save(const QImage &image, const QString &name)
    {
        const QString path = QStringLiteral(CITYTWIN_BINARY_DIR "/tests/%1").arg(name);
        QVERIFY(image.save(path));
        qInfo() << "screenshot" << path;
    }

private slots:
    void initTestCase()
    {
        if (QGuiApplication::platformName() == QLatin1String("offscreen"))
            QSKIP("Qt Quick 3D draws nothing on the offscreen platform; run under xvfb-run with QT_QPA_PLATFORM=xcb");
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("view.twin"));
        const QString error = testtwin::create(path);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        m_model = testtwin::layerModel();

        m_view = std::make_unique<QQuickView>();
        m_view->setResizeMode(QQuickView::SizeRootObjectToView);
        m_view->resize(kWidth, kHeight);
        m_view->setSource(QUrl(QStringLiteral("qrc:/CityTwin/Ui/MapView.qml")));
        QVERIFY2(m_view->status() == QQuickView::Ready, qPrintable(m_view->errors().isEmpty() ? QString() : m_view->errors().front().toString()));
        m_map = m_view->rootObject();
        QVERIFY(m_map);
        m_map->setProperty("layerModel", QVariant::fromValue(m_model.get()));
        m_map->setProperty("twinPath", path);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        QTRY_VERIFY_WITH_TIMEOUT(m_map->property("ready").toBool(), 30000);
        QCOMPARE(m_map->property("loadError").toString(), QString());
        QCOMPARE(m_view->width(), kWidth);
    }

    void extentAndScale()
    {
        const QVariantMap extent = m_map->property("extent").toMap();
        QCOMPARE(extent.value(QStringLiteral("minX")).toDouble(), testtwin::kMinX);
        QCOMPARE(extent.value(QStringLiteral("maxY")).toDouble(), testtwin::kMaxY);
        QVERIFY(std::abs(m_map->property("metresPerPixel").toDouble() - 1000.0 / (kWidth * 0.9)) < 1e-6);
        QCOMPARE(m_map->property("headingDegrees").toDouble(), 0.0);
        QCOMPARE(m_map->property("tiltDegrees").toDouble(), 0.0);
    }

    void topDownPixels_data()
    {
        QTest::addColumn<QPoint>("pixel");
        QTest::addColumn<QColor>("colour");
        QTest::addColumn<int>("tolerance");
        const QColor building(0xe0, 0x40, 0x30), shelter(0x10, 0x50, 0xf0), road(0x60, 0x60, 0x60), water(0xa0, 0xc8, 0xf0);
        for (std::size_t i = 0; i < testtwin::kBuildings.size(); ++i) {
            const QPoint p = expectedPixel(testtwin::kBuildings[i]);
            QTest::addRow("building %d centre", int(i + 1)) << p << building << 40;
            // Near the footprint's corner, 5 m inside.
            const double inset = testtwin::kBuildingSize / 2.0 - 5.0;
            QTest::addRow("building %d corner", int(i + 1))
                << expectedPixel({testtwin::kBuildings[i].x + inset, testtwin::kBuildings[i].y - inset}) << building << 40;
        }
        for (std::size_t i = 0; i < testtwin::kShelters.size(); ++i)
            QTest::addRow("shelter %d", int(i + 1)) << expectedPixel(testtwin::kShelters[i]) << shelter << 40;
        QTest::newRow("road") << expectedPixel({10400.0, 20300.0}) << road << 30;
        QTest::newRow("pond") << expectedPixel({10075.0, 20050.0}) << water << 30;
        QTest::newRow("lake") << expectedPixel({10950.0, 20560.0}) << water << 30;
        QTest::newRow("empty south") << expectedPixel({10500.0, 20030.0}) << kBackground << 6;
        QTest::newRow("empty east") << expectedPixel({10950.0, 20150.0}) << kBackground << 6;
        QTest::newRow("outside extent") << QPoint(10, 10) << kBackground << 6;
    }
    void topDownPixels()
    {
        QFETCH(QPoint, pixel);
        QFETCH(QColor, colour);
        QFETCH(int, tolerance);
        static QImage image;
        if (image.isNull()) {
            image = grab();
            save(image, QStringLiteral("tst_mapview_2d.png"));
        }
        const QColor seen = image.pixelColor(pixel);
        QVERIFY2(colourDistance(seen, colour) <= tolerance,
                 qPrintable(QStringLiteral("at %1,%2 saw %3, expected %4").arg(pixel.x()).arg(pixel.y()).arg(describe(seen), describe(colour))));
    }

    void labelsForShelters()
    {
        const QVariantList labels = m_map->property("controller").value<QObject *>()->property("labels").toList();
        QCOMPARE(labels.size(), 3);
        QStringList texts;
        for (const QVariant &l : labels)
            texts << l.toMap().value(QStringLiteral("text")).toString();
        texts.sort();
        QStringList expected = testtwin::kShelterNames;
        expected.sort();
        QCOMPARE(texts, expected);
    }

    void clicksNameFeatures_data()
    {
        QTest::addColumn<QPoint>("pixel");
        QTest::addColumn<QString>("layer");
        QTest::addColumn<qint64>("fid");
        QTest::newRow("building 1") << expectedPixel(testtwin::kBuildings[0]) << QStringLiteral("buildings") << qint64(1);
        QTest::newRow("building 3") << expectedPixel(testtwin::kBuildings[2]) << QStringLiteral("buildings") << qint64(3);
        QTest::newRow("shelter 2 (on the road)") << expectedPixel(testtwin::kShelters[1]) << QStringLiteral("shelters") << qint64(2);
        QTest::newRow("shelter 3 edge") << expectedPixel(testtwin::kShelters[2]) + QPoint(5, 0) << QStringLiteral("shelters") << qint64(3);
        QTest::newRow("road") << expectedPixel({10400.0, 20303.0}) << QStringLiteral("roads") << qint64(1);
        QTest::newRow("lake") << expectedPixel({10950.0, 20560.0}) << QStringLiteral("water") << qint64(2);
        QTest::newRow("empty ground") << expectedPixel({10500.0, 20030.0}) << QString() << qint64(-1);
    }
    void clicksNameFeatures()
    {
        QFETCH(QPoint, pixel);
        QFETCH(QString, layer);
        QFETCH(qint64, fid);
        QSignalSpy clicked(m_map, SIGNAL(featureClicked(QString, QVariant)));
        QTest::mouseClick(m_view.get(), Qt::LeftButton, {}, pixel);
        QTRY_COMPARE(clicked.size(), 1);
        QCOMPARE(clicked.front().at(0).toString(), layer);
        QCOMPARE(clicked.front().at(1).toLongLong(), fid);
    }

    void cursorReportsGround()
    {
        QSignalSpy moved(m_map, SIGNAL(cursorMoved(double, double, bool)));
        const QPoint p = expectedPixel({10300.0, 20400.0});
        QTest::mouseMove(m_view.get(), p);
        QTRY_VERIFY(!moved.isEmpty());
        const QList<QVariant> last = moved.back();
        QVERIFY(last.at(2).toBool());
        QVERIFY(std::abs(last.at(0).toDouble() - 10300.0) < 1.5);
        QVERIFY(std::abs(last.at(1).toDouble() - 20400.0) < 1.5);
    }

    void orbitView()
    {
        m_map->setProperty("viewMode", QStringLiteral("3d"));
        QCOMPARE(m_map->property("tiltDegrees").toDouble(), 50.0);
        const QImage image = grab();
        save(image, QStringLiteral("tst_mapview_3d.png"));
        std::set<QRgb> colours;
        int background = 0;
        for (int y = 0; y < image.height(); y += 3)
            for (int x = 0; x < image.width(); x += 3) {
                const QColor c = image.pixelColor(x, y);
                colours.insert(c.rgb());
                if (colourDistance(c, kBackground) <= 6)
                    ++background;
            }
        QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
        QVERIFY(background < (image.width() / 3) * (image.height() / 3));
        // The Qt camera and MapCamera agree: the top of the tallest building is drawn where the
        // controller projects it, in the building colour (lit).
        QObject *controller = m_map->property("controller").value<QObject *>();
        QVariantMap p;
        QMetaObject::invokeMethod(controller, "project", Q_RETURN_ARG(QVariantMap, p),
                                  Q_ARG(double, testtwin::kBuildings[2].x), Q_ARG(double, testtwin::kBuildings[2].y),
                                  Q_ARG(double, 50.0));
        QVERIFY(p.value(QStringLiteral("valid")).toBool());
        const QPoint roof(int(p.value(QStringLiteral("x")).toDouble()), int(p.value(QStringLiteral("y")).toDouble()));
        const QColor seen = image.pixelColor(roof);
        QVERIFY2(seen.red() > 150 && seen.green() < 120 && seen.blue() < 110,
                 qPrintable(QStringLiteral("roof at %1,%2 is %3").arg(roof.x()).arg(roof.y()).arg(seen.name())));
        // A click on that roof picks the building through OSG.
        QSignalSpy clicked(m_map, SIGNAL(featureClicked(QString, QVariant)));
        QTest::mouseClick(m_view.get(), Qt::LeftButton, {}, roof);
        QTRY_COMPARE(clicked.size(), 1);
        QCOMPARE(clicked.front().at(0).toString(), QStringLiteral("buildings"));
        QCOMPARE(clicked.front().at(1).toLongLong(), qint64(3));
    }

    void backTo2dKeepsScale()
    {
        const double mpp = m_map->property("metresPerPixel").toDouble();
        m_map->setProperty("viewMode", QStringLiteral("2d"));
        QCOMPARE(m_map->property("metresPerPixel").toDouble(), mpp);
        QCOMPARE(m_map->property("tiltDegrees").toDouble(), 0.0);
    }

    void hidingALayerHidesItsPixels()
    {
        const int row = m_model->indexOf(QStringLiteral("buildings"));
        m_model->setVisible(row, false);
        const QImage image = grab();
        const QColor seen = image.pixelColor(expectedPixel(testtwin::kBuildings[0]));
        QVERIFY2(colourDistance(seen, kBackground) <= 6, qPrintable(seen.name()));
        m_model->setVisible(row, true);
    }

    void cleanupTestCase()
    {
        if (m_view)
            m_view->hide(); // stop the render thread before the scene goes
        m_view.reset();
    }
};

QTEST_MAIN(TestMapView)
#include "tst_mapview.moc"
