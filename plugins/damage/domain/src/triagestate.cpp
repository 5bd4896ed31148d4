// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/damage/triagestate.h"

#include <QCoreApplication>

namespace ct::damage {

namespace {

struct Entry
{
    TriageState state;
    const char *name;
    const char *label;
};

const Entry kEntries[] = {
    //: Japanese: 新規
    {TriageState::New, "new", QT_TRANSLATE_NOOP("TriageState", "New")},
    //: Japanese: 確認済み
    {TriageState::Verified, "verified", QT_TRANSLATE_NOOP("TriageState", "Verified")},
    //: Japanese: 対応割当済み
    {TriageState::Assigned, "assigned", QT_TRANSLATE_NOOP("TriageState", "Assigned")},
    //: Japanese: 対応完了
    {TriageState::Resolved, "resolved", QT_TRANSLATE_NOOP("TriageState", "Resolved")},
    //: Japanese: 重複
    {TriageState::Duplicate, "duplicate", QT_TRANSLATE_NOOP("TriageState", "Duplicate")},
};

} // namespace

const std::vector<TriageState> &allTriageStates()
{
    static const std::vector<TriageState> all{TriageState::New, TriageState::Verified, TriageState::Assigned,
                                              TriageState::Resolved, TriageState::Duplicate};
    return all;
}

QString triageStateName(TriageState state)
{
    return QString::fromLatin1(kEntries[std::size_t(state)].name);
}

bool triageStateFromName(const QString &name, TriageState *state)
{
    for (const Entry &e : kEntries) {
        if (name == QLatin1String(e.name)) {
            *state = e.state;
            return true;
        }
    }
    return false;
}

QString triageStateLabel(TriageState state)
{
    return QCoreApplication::translate("TriageState", kEntries[std::size_t(state)].label);
}

bool isTransitionAllowed(TriageState from, TriageState to)
{
    switch (to) {
    case TriageState::New: return false;
    case TriageState::Verified: return from == TriageState::New;
    case TriageState::Assigned: return from == TriageState::Verified || from == TriageState::Assigned;
    case TriageState::Resolved: return from == TriageState::Assigned;
    case TriageState::Duplicate: return !isFinal(from);
    }
    return false;
}

bool isFinal(TriageState state)
{
    return state == TriageState::Resolved || state == TriageState::Duplicate;
}

int queueRank(TriageState state)
{
    return int(state);
}

} // namespace ct::damage
