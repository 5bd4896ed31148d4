// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// bench_render: frame rate of the map view on a synthetic city (N box buildings, 1,000 symbols
// moving every frame, 300 static shelter symbols) at 1280×720, in 3D orbit (camera turning) and
// 2D top-down, next to a naive scene of one instanced #Cube per building; plus the time from
// showing the window to the first complete frame. Needs a real (X) platform: run under xvfb-run.
//
//   xvfb-run -a -s "-screen 0 1920x1080x24" env QT_QPA_PLATFORM=xcb bench_render [--buildings N] [--seconds S]

#include "mapcamera.h"
#include "mapcontroller.h"
#include "mapscenebuilder.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuick3DInstancing>
#include <QQuickItem>
#include <QQuickView>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>

#include <atomic>
#include <cmath>
#include <cstdio>
#include <random>

Q_IMPORT_QML_PLUGIN(CityTwin_UiPlugin)

using namespace ct;
using plugin::LayerDescriptor;

namespace {

/// The naive peer's instance table: a transform per cube.
class BenchCubes : public QQuick3DInstancing
{
    Q_OBJECT
public:
    void setEntries(QByteArray table, int count)
    {
        m_table = std::move(table);
        m_count = count;
        markDirty();
    }

protected:
    QByteArray getInstanceBuffer(int *instanceCount) override
    {
        *instanceCount = m_count;
        return m_table;
    }

private:
    QByteArray m_table;
    int m_count = 0;
};

struct City
{
    std::vector<geo::Geometry> footprints;
    std::vector<double> heights;
    std::vector<geo::Point> shelters;
    std::vector<geo::Point> moverCentres;
    double side = 0; //!< metres
};

City makeCity(int buildings, int movers, int shelters)
{
    City city;
    std::mt19937 rng(42);
    std::uniform_real_distribution<double> height(6.0, 40.0), unit(0.0, 1.0);
    const int perSide = int(std::ceil(std::sqrt(double(buildings))));
    constexpr double kSpacing = 25.0, kOrigin = 0.0;
    city.side = perSide * kSpacing;
    for (int i = 0; i < buildings; ++i) {
        const double x = kOrigin + (i % perSide) * kSpacing, y = kOrigin + (i / perSide) * kSpacing;
        city.footprints.push_back(geo::Geometry::polygon({{{x, y}, {x + 14, y}, {x + 14, y + 12}, {x, y + 12}, {x, y}}}));
        city.heights.push_back(height(rng));
    }
    for (int i = 0; i < shelters; ++i)
        city.shelters.push_back({unit(rng) * city.side, unit(rng) * city.side});
    for (int i = 0; i < movers; ++i)
        city.moverCentres.push_back({unit(rng) * city.side, unit(rng) * city.side});
    return city;
}

std::vector<LayerDescriptor> descriptors()
{
    LayerDescriptor b;
    b.table = QStringLiteral("buildings");
    b.kind = LayerDescriptor::Kind::Buildings;
    b.color = QStringLiteral("#c8c0b4");
    b.heightField = QStringLiteral("height_m");
    b.order = 40;
    LayerDescriptor s;
    s.table = QStringLiteral("shelters");
    s.kind = LayerDescriptor::Kind::Points;
    s.color = QStringLiteral("#1a9850");
    s.symbol = LayerDescriptor::Symbol::Square;
    s.order = 60;
    LayerDescriptor m;
    m.table = QStringLiteral("vehicles");
    m.kind = LayerDescriptor::Kind::Points;
    m.color = QStringLiteral("#d73027");
    m.symbolSizePixels = 10;
    m.order = 70;
    return {b, s, m};
}

std::vector<geo::Point> moverPositions(const City &city, double t)
{
    std::vector<geo::Point> out;
    out.reserve(city.moverCentres.size());
    for (std::size_t i = 0; i < city.moverCentres.size(); ++i) {
        const double a = t * 0.8 + double(i);
        out.push_back({city.moverCentres[i].x + 60.0 * std::cos(a), city.moverCentres[i].y + 60.0 * std::sin(a)});
    }
    return out;
}

/// Counts swapped frames over `seconds` after a warm-up while `tick` runs once per frame.
double measureFps(QQuickWindow &window, double warmup, double seconds, const std::function<void()> &tick)
{
    // Shared: a frameSwapped emission on the render thread may outlive this function.
    auto frames = std::make_shared<std::atomic<int>>(0);
    auto swapConnection = QObject::connect(&window, &QQuickWindow::frameSwapped, &window, [frames] { ++*frames; },
                                           Qt::DirectConnection);
    // Drive continuous rendering: a new frame is asked for as soon as the GUI thread is free.
    QTimer driver;
    driver.setInterval(0);
    QObject::connect(&driver, &QTimer::timeout, &window, [&] {
        tick();
        window.update();
    });
    driver.start();
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < qint64(warmup * 1000))
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    *frames = 0;
    clock.restart();
    while (clock.elapsed() < qint64(seconds * 1000))
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    const int counted = frames->load();
    const double elapsed = double(clock.nsecsElapsed()) / 1e9;
    driver.stop();
    QObject::disconnect(swapConnection);
    return counted / elapsed;
}

QByteArray cubeTable(const std::vector<QVector3D> &centres, const std::vector<QVector3D> &sizes)
{
    // #Cube is 100 units wide, centred on the origin; the map node is z up.
    QByteArray table;
    table.resize(qsizetype(centres.size() * sizeof(QQuick3DInstancing::InstanceTableEntry)));
    auto *e = reinterpret_cast<QQuick3DInstancing::InstanceTableEntry *>(table.data());
    for (std::size_t i = 0; i < centres.size(); ++i, ++e) {
        const QVector3D s = sizes[i] / 100.0f;
        e->row0 = QVector4D(s.x(), 0, 0, centres[i].x());
        e->row1 = QVector4D(0, s.y(), 0, centres[i].y());
        e->row2 = QVector4D(0, 0, s.z(), centres[i].z());
        e->color = QVector4D(1, 1, 1, 1);
        e->instanceData = QVector4D();
    }
    return table;
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Map view frame rate vs a naive instanced-cube scene"));
    parser.addHelpOption();
    QCommandLineOption buildingsOption(QStringLiteral("buildings"), QStringLiteral("Number of buildings."), QStringLiteral("n"), QStringLiteral("100000"));
    QCommandLineOption secondsOption(QStringLiteral("seconds"), QStringLiteral("Seconds measured per run."), QStringLiteral("s"), QStringLiteral("4"));
    QCommandLineOption moversOption(QStringLiteral("movers"), QStringLiteral("Moving symbols."), QStringLiteral("n"), QStringLiteral("1000"));
    QCommandLineOption sheltersOption(QStringLiteral("shelters"), QStringLiteral("Static symbols."), QStringLiteral("n"), QStringLiteral("300"));
    QCommandLineOption shotsOption(QStringLiteral("screenshots"), QStringLiteral("Save the map view's 3D and 2D frames in this folder."), QStringLiteral("dir"));
    parser.addOptions({buildingsOption, secondsOption, moversOption, sheltersOption, shotsOption});
    parser.process(app);
    const int buildings = parser.value(buildingsOption).toInt();
    const double seconds = parser.value(secondsOption).toDouble();
    const double warmup = std::min(1.0, seconds);
    const int movers = parser.value(moversOption).toInt();
    const int shelters = parser.value(sheltersOption).toInt();
    const QString shots = parser.value(shotsOption);
    if (QGuiApplication::platformName() == QLatin1String("offscreen")) {
        std::fprintf(stderr, "bench_render: Qt Quick 3D draws nothing offscreen; run with QT_QPA_PLATFORM=xcb under xvfb-run\n");
        return 0;
    }
    qmlRegisterType<BenchCubes>("Bench", 1, 0, "BenchCubes");

    const City city = makeCity(buildings, movers, shelters);

    // --- the map view ---------------------------------------------------------------------------
    QElapsedTimer buildClock;
    buildClock.start();
    std::vector<ui::MapLayerSource> sources(2);
    sources[0].descriptor = descriptors()[0];
    sources[0].table.layer = QStringLiteral("buildings");
    sources[0].table.geometries = city.footprints;
    sources[0].table.columnNames = {QStringLiteral("height_m")};
    sources[0].table.columns.resize(1);
    for (std::size_t i = 0; i < city.footprints.size(); ++i) {
        sources[0].table.fids.push_back(qint64(i + 1));
        sources[0].table.columns[0].push_back(city.heights[i]);
    }
    sources[1].descriptor = descriptors()[1];
    sources[1].table.layer = QStringLiteral("shelters");
    for (std::size_t i = 0; i < city.shelters.size(); ++i) {
        sources[1].table.fids.push_back(qint64(i + 1));
        sources[1].table.geometries.push_back(geo::Geometry::point(city.shelters[i]));
    }
    auto scene = std::make_shared<ui::MapSceneData>(ui::MapSceneBuilder::build(std::move(sources)));
    const double buildMs = double(buildClock.nsecsElapsed()) / 1e6;
    std::size_t fullTriangles = 0, roofTriangles = 0, tiles = 0;
    for (const auto &m : scene->layers[0].meshes)
        fullTriangles += std::size_t(m.indexCount() / 3);
    for (const auto &m : scene->layers[0].roofMeshes)
        roofTriangles += std::size_t(m.indexCount() / 3);
    tiles = scene->layers[0].meshes.size();

    double mapOrbit = 0, mapOrbitClose = 0, map2d = 0, firstFrameMs = 0;
    {
        QQuickView view;
        view.setResizeMode(QQuickView::SizeRootObjectToView);
        view.resize(1280, 720);
        view.setSource(QUrl(QStringLiteral("qrc:/CityTwin/Ui/MapView.qml")));
        if (view.status() != QQuickView::Ready) {
            for (const auto &e : view.errors())
                std::fprintf(stderr, "%s\n", qPrintable(e.toString()));
            return 1;
        }
        auto *controller = view.rootObject()->property("controller").value<ui::MapController *>();
        QElapsedTimer firstFrame;
        firstFrame.start();
        view.show();
        controller->setScene(scene, descriptors());
        controller->setDynamicPoints(QStringLiteral("vehicles"), moverPositions(city, 0.0));
        while (!controller->isReady())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        firstFrameMs = double(firstFrame.nsecsElapsed()) / 1e6;

        QElapsedTimer t;
        t.start();
        auto moveSymbols = [&] {
            controller->setDynamicPoints(QStringLiteral("vehicles"), moverPositions(city, double(t.elapsed()) / 1000.0));
        };
        controller->setViewMode(QStringLiteral("3d"));
        mapOrbit = measureFps(view, warmup, seconds, [&] {
            moveSymbols();
            controller->orbit(0.5, 0.0);
        });
        if (!shots.isEmpty())
            view.grabWindow().save(shots + QStringLiteral("/bench_render_3d.png"));
        // Closer: 3 m per pixel at the centre, full prisms (below the roofs-only threshold).
        controller->zoomAt(640, 360, controller->metresPerPixel() / 3.0);
        mapOrbitClose = measureFps(view, warmup, seconds, [&] {
            moveSymbols();
            controller->orbit(0.5, 0.0);
        });
        if (!shots.isEmpty())
            view.grabWindow().save(shots + QStringLiteral("/bench_render_3d_close.png"));
        controller->setViewMode(QStringLiteral("2d"));
        controller->resetView();
        map2d = measureFps(view, warmup, seconds, moveSymbols);
        if (!shots.isEmpty())
            view.grabWindow().save(shots + QStringLiteral("/bench_render_2d.png"));
        // Stop the render thread before the scene is destroyed (destroying a QQuickView that is
        // still rendering crashes in Qt 6.4's threaded loop).
        view.hide();
        QCoreApplication::processEvents();
    }

    // --- the naive peer --------------------------------------------------------------------------
    double naiveOrbit = 0, naiveOrbitClose = 0, naive2d = 0;
    {
        QQuickView view;
        view.setResizeMode(QQuickView::SizeRootObjectToView);
        view.resize(1280, 720);
        QQmlComponent component(view.engine(), QUrl(QStringLiteral("qrc:/bench/naivescene.qml")));
        if (component.isError()) {
            std::fprintf(stderr, "%s\n", qPrintable(component.errorString()));
            return 1;
        }
        view.setContent(component.url(), &component, component.create());
        QQuickItem *root = view.rootObject();
        const geo::Point origin = scene->origin;
        std::vector<QVector3D> centres, sizes;
        for (std::size_t i = 0; i < city.footprints.size(); ++i) {
            const geo::Envelope e = city.footprints[i].envelope();
            centres.emplace_back(float(e.center().x - origin.x), float(e.center().y - origin.y), float(city.heights[i] / 2));
            sizes.emplace_back(float(e.width()), float(e.height()), float(city.heights[i]));
        }
        root->property("buildings").value<BenchCubes *>()->setEntries(cubeTable(centres, sizes), int(centres.size()));
        auto *symbols = root->property("symbols").value<BenchCubes *>();
        ui::MapCamera camera;
        camera.setViewportSize(QSizeF(1280, 720));
        geo::Envelope sceneExtent;
        sceneExtent.expand(geo::Point{scene->extent.minX - origin.x, scene->extent.minY - origin.y});
        sceneExtent.expand(geo::Point{scene->extent.maxX - origin.x, scene->extent.maxY - origin.y});
        camera.fit(sceneExtent);
        auto applyCamera = [&] {
            root->setProperty("camPosition", camera.position());
            root->setProperty("camRotation", camera.rotation());
            root->setProperty("topDown", camera.mode() == ui::MapCamera::Mode::TopDown);
            root->setProperty("magnification", camera.magnification());
            root->setProperty("clipNear", camera.clipNear());
            root->setProperty("clipFar", camera.clipFar());
        };
        QElapsedTimer t;
        t.start();
        auto moveSymbols = [&] {
            const auto moving = moverPositions(city, double(t.elapsed()) / 1000.0);
            std::vector<QVector3D> c, s;
            const float size = float(camera.metresPerPixel() * 10.0);
            for (const auto &p : moving) {
                c.emplace_back(float(p.x - origin.x), float(p.y - origin.y), 2.0f);
                s.emplace_back(size, size, size);
            }
            for (const auto &p : city.shelters) {
                c.emplace_back(float(p.x - origin.x), float(p.y - origin.y), 2.0f);
                s.emplace_back(size, size, size);
            }
            symbols->setEntries(cubeTable(c, s), int(c.size()));
        };
        view.show();
        camera.setMode(ui::MapCamera::Mode::Orbit);
        applyCamera();
        naiveOrbit = measureFps(view, warmup, seconds, [&] {
            moveSymbols();
            camera.rotate(0.5, 0.0);
            applyCamera();
        });
        camera.zoomAt(QPointF(640, 360), camera.metresPerPixel() / 3.0);
        naiveOrbitClose = measureFps(view, warmup, seconds, [&] {
            moveSymbols();
            camera.rotate(0.5, 0.0);
            applyCamera();
        });
        camera.setMode(ui::MapCamera::Mode::TopDown);
        camera.fit(sceneExtent);
        applyCamera();
        naive2d = measureFps(view, warmup, seconds, moveSymbols);
        view.hide();
        QCoreApplication::processEvents();
    }

    std::printf("bench_render: %d buildings, %d moving + %d static symbols, 1280x720, %.1f s per run after %.1f s warm-up\n",
                buildings, movers, shelters, seconds, warmup);
    std::printf("%-58s | %19s | %21s | %15s\n", "setup", "3D orbit, whole city", "3D orbit, 3 m/px", "2D top-down");
    std::printf("%-58s | %15.1f fps | %17.1f fps | %11.1f fps\n", "CityTwin map view (tiles, flat-normal shader, LOD roofs)", mapOrbit, mapOrbitClose, map2d);
    std::printf("%-58s | %15.1f fps | %17.1f fps | %11.1f fps\n", "naive: one instanced #Cube per building, DefaultMaterial", naiveOrbit, naiveOrbitClose, naive2d);
    std::printf("mesh build (extrude full + roofs, OSG picker): %.0f ms; %zu tiles, %zu triangles 3D, %zu triangles 2D\n",
                buildMs, tiles, fullTriangles, roofTriangles);
    std::printf("window show -> first complete frame (map view ready): %.0f ms\n", firstFrameMs);
    return 0;
}

#include "bench_render.moc"
