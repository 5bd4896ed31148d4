// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/result.h"
#include "ct/geo/geometry.h"

#include <QVariant>

#include <memory>
#include <vector>

struct sqlite3;

namespace ct::store {

/// \brief Bulk writer of features into one layer, inside the caller's transaction.
///
/// Values are given in the order of the `fields` passed to TwinStore::writer(). With a layer's
/// stable id field among them, a feature whose stable id already exists is updated in place
/// (same fid) instead of inserted; insert() reports which happened. The spatial index and the
/// layer extent in gpkg_contents are brought up to date by finish().
class FeatureWriter
{
public:
    enum class Outcome { Inserted, Updated };

    FeatureWriter(FeatureWriter &&) noexcept;
    FeatureWriter &operator=(FeatureWriter &&) noexcept;
    ~FeatureWriter();

    /// Writes one feature; returns its fid. `values` must match the field list.
    core::Result<qint64> insert(const geo::Geometry &geometry, const std::vector<QVariant> &values,
                                Outcome *outcome = nullptr);
    /// Completes the batch: spatial index and extent. Called by the destructor if not called.
    core::Status finish();

    qint64 inserted() const;
    qint64 updated() const;

private:
    friend class TwinStore;
    struct State;
    explicit FeatureWriter(std::unique_ptr<State> state);
    std::unique_ptr<State> m_state;
};

} // namespace ct::store
