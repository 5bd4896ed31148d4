// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/store/twinstore.h"

namespace ct::sensors {

/// \brief A transaction when none is open, else a part of the caller's: lets registry and
/// reading writes compose into one caller transaction (TwinStore has no nesting).
class WriteScope
{
public:
    explicit WriteScope(store::TwinStore &twin) : m_twin(twin)
    {
        if (!twin.inTransaction()) {
            m_status = twin.begin();
            m_owner = m_status.ok();
        }
    }
    ~WriteScope()
    {
        if (m_owner && !m_done)
            m_twin.rollback();
    }
    WriteScope(const WriteScope &) = delete;
    WriteScope &operator=(const WriteScope &) = delete;

    core::Status status() const { return m_status; }
    //! Commits when this scope opened the transaction; otherwise the caller commits.
    core::Status commit()
    {
        m_done = true;
        return m_owner ? m_twin.commit() : core::Status::success();
    }

private:
    store::TwinStore &m_twin;
    core::Status m_status;
    bool m_owner = false;
    bool m_done = false;
};

} // namespace ct::sensors
