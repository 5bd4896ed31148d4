// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/result.h"
#include "ct/dataio/sourceformat.h"

namespace ct::dataio {

class ImportSession;

/// \brief One source format's reader: turns the file of an ImportSession into features of the
/// twin's layers. Runs inside the transaction the session's caller opened, so a failure anywhere
/// leaves the twin unchanged.
class Importer
{
public:
    virtual ~Importer() = default;
    virtual SourceFormat format() const = 0;
    /// Reads the session's file and writes through the session; returns the first error that is
    /// not a skippable bad row (or a bad row when skipping was not asked for).
    virtual core::Status run(ImportSession &session) = 0;
};

} // namespace ct::dataio
