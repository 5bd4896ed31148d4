// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "safetyqmltypes.h"

#include "hotspotview.h"
#include "safetycontroller.h"

#include <QtQml/qqml.h>

namespace ct::safety {

void registerSafetyQmlTypes()
{
    qmlRegisterType<SafetyController>("CityTwin.Safety", 1, 0, "SafetyController");
    qmlRegisterType<HotspotView>("CityTwin.Safety", 1, 0, "HotspotView");
}

} // namespace ct::safety
