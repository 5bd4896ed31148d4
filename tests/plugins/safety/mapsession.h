// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

// The console's session as the real map sees it: tests/common FakeSession plus the console's layer
// list (`layers`), which the map's draw tool and overlays read.

#include "fakesession.h" // tests/common
#include "layerlistmodel.h"

#include <utility>

namespace ct::safety::test {

class MapSession : public ct::testing::FakeSession
{
    Q_OBJECT
    Q_PROPERTY(ct::ui::LayerListModel *layers READ layers CONSTANT)

public:
    MapSession(store::TwinStore *store, core::Actor actor, ui::LayerListModel *layers)
        : ct::testing::FakeSession(store, std::move(actor)), m_layers(layers)
    {
    }
    ui::LayerListModel *layers() const { return m_layers; }

private:
    ui::LayerListModel *m_layers;
};

} // namespace ct::safety::test
