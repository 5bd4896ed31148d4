// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QSize>
#include <QtNumeric>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace ct::app {

/// \brief What the console was asked to do on its command line.
struct ConsoleOptions
{
    QString twinPath;          //!< --twin FILE (or the first positional argument)
    QString screenshotPath;    //!< --screenshot OUT.png: render the first complete frame and exit
    QString view = QStringLiteral("2d"); //!< --view 2d|3d
    QSize size{1280, 800};     //!< --size WxH
    bool listPlugins = false;  //!< --list-plugins
    QString language;          //!< --lang ja|en (this run only)
    QStringList pluginPaths;   //!< --plugin-path DIR (repeatable), before the default folder
    double centreLongitude = qQNaN(); //!< --center LON,LAT (WGS84 degrees)
    double centreLatitude = qQNaN();
    double metresPerPixel = 0;       //!< --zoom M/PX
    QString scenarioPath;            //!< --scenario FILE: start a simulation of it
    QString until;                   //!< --until HH:MM: run the simulation to this time, then pause
    QStringList importFiles;   //!< --import FILE (repeatable): import into the twin at start
    QString operatorName;      //!< --operator NAME: sign in at start, password from CITYTWIN_PASSWORD
    QString panel;             //!< --panel ID: show this plugin's domain panel (plugin id, e.g. shelters)
    int timeoutSeconds = 120;  //!< --timeout: give up waiting for the first frame

    /// Parses the arguments; on --help/--version prints and sets `exitCode`; on an error prints
    /// it and sets `exitCode` to 2. Returns false when the program should exit.
    static bool parse(const QCoreApplication &app, ConsoleOptions *options, int *exitCode);
};

} // namespace ct::app
