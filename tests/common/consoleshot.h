// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

// The real console's first frame: `citytwin --twin … --screenshot` run as a user runs it, the
// picture and the view description the console writes beside it (<png>.json: window, map, panel,
// centre, metresPerPixel …). Needs CITYTWIN_BINARY_DIR (set for every citytwin_test).

#include "toolrun.h"

#include <QDebug>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>

namespace ct::testing {

struct ConsoleShot
{
    QImage image;     //!< null when the console failed (its error is in the test's log)
    QJsonObject view; //!< the sidecar <png>.json
};

/// Starts the console on `twin` at 1600×1000 in English with `arguments` added (e.g.
/// `--operator NAME --panel ID`), the operator's `password` as CITYTWIN_PASSWORD, and reads the
/// screenshot it saves to `png`. A copy is kept at `keptAs` (in the build folder) for a look.
inline ConsoleShot consoleScreenshot(const QString &twin, const QString &png, const QStringList &arguments,
                                     const QByteArray &password, const QString &keptAs)
{
    ConsoleShot shot;
    const ToolRun console = runTool(QStringLiteral("citytwin"),
                                    QStringList{QStringLiteral("--twin"), twin, QStringLiteral("--screenshot"), png,
                                                QStringLiteral("--size"), QStringLiteral("1600x1000"), QStringLiteral("--lang"),
                                                QStringLiteral("en")}
                                        + arguments,
                                    {}, password);
    if (console.exitCode != 0) {
        qWarning().noquote() << "citytwin failed:" << console.exitCode << console.err;
        return shot;
    }
    shot.image = QImage(png);
    QFile::remove(keptAs);
    QFile::copy(png, keptAs);
    QFile sidecar(png + QStringLiteral(".json"));
    if (sidecar.open(QIODevice::ReadOnly))
        shot.view = QJsonDocument::fromJson(sidecar.readAll()).object();
    return shot;
}

} // namespace ct::testing
