// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QStringList>
#include <QTextStream>

namespace ct::cli {

/// `citytwin-cli account TWIN init-admin|add|list|passwd|disable|enable|bind|role …`: the
/// operators' accounts of a twin without a window, e.g. the first administrator of a headless
/// installation. Passwords are read from standard input (--password-stdin), never from the
/// command line. Runs as the System actor "citytwin-cli" (audited as such).
/// Exit 0, 1 when the twin cannot be opened or the change is refused, 2 for bad arguments.
int runAccount(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace ct::cli
