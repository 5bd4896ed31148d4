// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
//
// Launch to first complete frame of the real console on a generated demo twin (target ≤ 2 s at
// scale 1). Needs a display: run under xvfb-run. Usage:
//   bench_startup [--scale S] [--runs N] [--twin FILE] [--view 2d|3d]
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QString scale = QStringLiteral("1");
    QString twin;
    QString view = QStringLiteral("2d");
    int runs = 3;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--scale"))
            scale = args[i + 1];
        else if (args[i] == QLatin1String("--runs"))
            runs = std::max(1, args[i + 1].toInt());
        else if (args[i] == QLatin1String("--twin"))
            twin = args[i + 1];
        else if (args[i] == QLatin1String("--view"))
            view = args[i + 1];
    }
    const QString bin = QStringLiteral(CITYTWIN_BINARY_DIR "/bin/");
    QTemporaryDir dir;
    if (twin.isEmpty()) {
        twin = dir.filePath(QStringLiteral("demo.gpkg"));
        QProcess generate;
        generate.start(bin + QStringLiteral("citytwin-cli"), {QStringLiteral("generate"), QStringLiteral("--scale"), scale,
                                                               QStringLiteral("--quiet"), QStringLiteral("-o"), twin});
        generate.waitForFinished(600000);
        if (generate.exitCode() != 0) {
            std::fprintf(stderr, "generate failed: %s\n", generate.readAllStandardError().constData());
            return 1;
        }
    }
    std::vector<double> firstFrame, wall;
    for (int run = 0; run < runs; ++run) {
        const QString png = dir.filePath(QStringLiteral("shot%1.png").arg(run));
        QElapsedTimer timer;
        timer.start();
        QProcess console;
        console.start(bin + QStringLiteral("citytwin"), {QStringLiteral("--twin"), twin, QStringLiteral("--screenshot"), png,
                                                         QStringLiteral("--size"), QStringLiteral("1280x720"),
                                                         QStringLiteral("--view"), view});
        console.waitForFinished(300000);
        wall.push_back(double(timer.elapsed()));
        if (console.exitCode() != 0) {
            std::fprintf(stderr, "citytwin failed: %s\n", console.readAllStandardError().constData());
            return 1;
        }
        QFile sidecar(png + QStringLiteral(".json"));
        sidecar.open(QIODevice::ReadOnly);
        firstFrame.push_back(QJsonDocument::fromJson(sidecar.readAll()).object().value(QStringLiteral("firstCompleteFrameMs")).toDouble());
    }
    auto median = [](std::vector<double> v) {
        std::sort(v.begin(), v.end());
        return v[v.size() / 2];
    };
    std::printf("CityTwin start-up, scale %s, %s view, 1280x720, median of %d run(s)\n", qPrintable(scale), qPrintable(view), runs);
    std::printf("  %-44s %8.0f ms   (target <= 2000 ms)\n", "launch -> first complete frame (all layers)", median(firstFrame));
    std::printf("  %-44s %8.0f ms\n", "process wall time incl. PNG write and exit", median(wall));
    return 0;
}
