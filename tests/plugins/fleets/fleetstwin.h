// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/fleets/fleetschema.h"
#include "ct/store/twinstore.h"

#include <QTemporaryDir>

#include <memory>

namespace ct::fleets::test {

/// A fresh twin with the fleets schema, in `dir`.
inline std::unique_ptr<store::TwinStore> makeTwin(const QTemporaryDir &dir, const QString &name = QStringLiteral("twin.gpkg"))
{
    auto twin = store::TwinStore::create(dir.filePath(name));
    if (!twin)
        return nullptr;
    if (!twin.value()->migrate(QStringLiteral("fleets"), FleetSchema::migrations()))
        return nullptr;
    return std::move(twin.value());
}

} // namespace ct::fleets::test
