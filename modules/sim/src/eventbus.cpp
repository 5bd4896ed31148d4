// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/sim/eventbus.h"

#include <QDebug>

namespace ct::sim {

bool EventBus::acceptsSubscriptions(std::string_view topic) const
{
    if (!m_sealed)
        return true;
    // Subscribing while events are delivered could reorder or invalidate handlers; the run's
    // observers are fixed before it starts.
    qWarning("sim: subscription to \"%.*s\" after the run started is ignored", int(topic.size()), topic.data());
    return false;
}

} // namespace ct::sim
