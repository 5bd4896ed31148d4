// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

// The Live page (LivePage.qml from the source tree, the C++ types from ct_fleets) on a small
// generated twin, for the tests that show it under Xvfb.

#include "ct/citygen/citygenerator.h"
#include "ct/fleets/adherencemodel.h"
#include "ct/fleets/fleetschema.h"
#include "ct/fleets/logistics/droneflightcheck.h"
#include "ct/fleets/logistics/robotdeliverycheck.h"
#include "ct/fleets/logistics/supermarketetamodel.h"
#include "ct/fleets/logistics/supermarketroundeditor.h"
#include "ct/fleets/realtimefeedpoller.h"
#include "ct/store/twinstore.h"

#include <QDebug>
#include <QQmlApplicationEngine>
#include <QQmlContext>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QUrl>
#include <QtQml/qqml.h>

#include <memory>

namespace ct::fleets::test {

/// Registers the page's C++ types as the plugin does (module CityTwin.Fleets 1.0).
inline void registerLivePageTypes()
{
    qmlRegisterType<RealtimeFeedPoller>("CityTwin.Fleets", 1, 0, "RealtimeFeedPoller");
    qmlRegisterType<AdherenceModel>("CityTwin.Fleets", 1, 0, "AdherenceModel");
    qmlRegisterType<SupermarketEtaModel>("CityTwin.Fleets", 1, 0, "SupermarketEtaModel");
    qmlRegisterType<SupermarketRoundEditor>("CityTwin.Fleets", 1, 0, "SupermarketRoundEditor");
    qmlRegisterType<DroneFlightCheck>("CityTwin.Fleets", 1, 0, "DroneFlightCheck");
    qmlRegisterType<RobotDeliveryCheck>("CityTwin.Fleets", 1, 0, "RobotDeliveryCheck");
}

/// A twin generated at scale 0.05 as `city.gpkg` in `dir` (its demo fleet, supermarket rounds
/// and bus stops), opened read-write with the fleets schema; nullptr, with the reason printed,
/// when a step fails.
inline std::unique_ptr<store::TwinStore> generatedLiveTwin(const QTemporaryDir &dir)
{
    citygen::GeneratorOptions options;
    options.scale = 0.05;
    const QString path = dir.filePath(QStringLiteral("city.gpkg"));
    if (const auto generated = citygen::CityGenerator::generate(path, options); !generated) {
        qWarning().noquote() << "generate:" << generated.error().message;
        return nullptr;
    }
    auto opened = store::TwinStore::open(path, store::TwinStore::OpenMode::ReadWrite);
    if (!opened) {
        qWarning().noquote() << "open:" << opened.error().message;
        return nullptr;
    }
    auto twin = std::move(opened.value());
    if (const auto migrated = twin->migrate(QStringLiteral("fleets"), FleetSchema::migrations()); !migrated) {
        qWarning().noquote() << "migrate:" << migrated.error().message;
        return nullptr;
    }
    return twin;
}

/// Loads LivePage.qml in a `width` × `height` window with `session` (a plugin::TwinAccess) as its
/// twin. The window, or nullptr when the engine made no single window (its warnings say why).
inline QQuickWindow *loadLivePage(QQmlApplicationEngine &engine, QObject *session, int width, int height)
{
    engine.rootContext()->setContextProperty(QStringLiteral("session"), session);
    const QUrl page = QUrl::fromLocalFile(QStringLiteral(CITYTWIN_SOURCE_DIR "/plugins/fleets/LivePage.qml"));
    engine.loadData(QStringLiteral("import QtQuick\nimport QtQuick.Controls\nApplicationWindow { width: %2; height: %3; visible: true\n"
                                   "  Loader { id: loader; anchors.fill: parent }\n"
                                   "  Component.onCompleted: loader.setSource('%1', { twin: session }) }\n")
                        .arg(page.toString(), QString::number(width), QString::number(height))
                        .toUtf8());
    if (engine.rootObjects().size() != 1)
        return nullptr;
    return qobject_cast<QQuickWindow *>(engine.rootObjects().first());
}

} // namespace ct::fleets::test
