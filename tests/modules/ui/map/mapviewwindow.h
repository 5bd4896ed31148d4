// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "layerlistmodel.h"
#include "mapcontroller.h"

#include <QQuickItem>
#include <QQuickView>
#include <QSize>
#include <QString>
#include <QTest>
#include <QUrl>
#include <QVariant>

namespace testtwin {

/// MapView.qml (qrc:/CityTwin/Ui/MapView.qml) shown in `view`, sized `size`, on `layerModel`
/// and the twin at `twinPath`, waited for until it is ready (30 s at most). `map` and
/// `controller` are set as far as it got. Empty when the map is ready, else what went wrong.
inline QString showMapView(QQuickView &view, QSize size, ct::ui::LayerListModel *layerModel, const QString &twinPath, QQuickItem *&map,
                           ct::ui::MapController *&controller)
{
    view.setResizeMode(QQuickView::SizeRootObjectToView);
    view.resize(size);
    view.setSource(QUrl(QStringLiteral("qrc:/CityTwin/Ui/MapView.qml")));
    if (view.status() != QQuickView::Ready)
        return QStringLiteral("MapView.qml did not load");
    map = view.rootObject();
    controller = map->property("controller").value<ct::ui::MapController *>();
    if (!controller)
        return QStringLiteral("MapView has no controller");
    map->setProperty("layerModel", QVariant::fromValue(layerModel));
    map->setProperty("twinPath", twinPath);
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        return QStringLiteral("the map's window was not exposed");
    QQuickItem *item = map;
    if (!QTest::qWaitFor([item] { return item->property("ready").toBool(); }, 30000))
        return QStringLiteral("the map was not ready within 30 s");
    return {};
}

} // namespace testtwin
