// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "hydrogenqmltypes.h"

#include "powerdispatchcontroller.h"

#include <QQmlEngine>

namespace ct::hydrogen {

void HydrogenQmlTypes::registerTypes()
{
    static bool registered = false;
    if (registered)
        return;
    registered = true;
    qmlRegisterType<PowerDispatchController>("CityTwin.Hydrogen", 1, 0, "PowerDispatchController");
}

} // namespace ct::hydrogen
