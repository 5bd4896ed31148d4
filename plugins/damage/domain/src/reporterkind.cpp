// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/damage/reporterkind.h"

#include <QCoreApplication>

namespace ct::damage {

namespace {

struct Entry
{
    ReporterKind kind;
    const char *name;
    const char *label;
};

const Entry kEntries[] = {
    //: Japanese: 職員
    {ReporterKind::Staff, "staff", QT_TRANSLATE_NOOP("ReporterKind", "Staff")},
    //: Japanese: 住民
    {ReporterKind::Resident, "resident", QT_TRANSLATE_NOOP("ReporterKind", "Resident")},
    //: Japanese: その他
    {ReporterKind::Other, "other", QT_TRANSLATE_NOOP("ReporterKind", "Other")},
};

} // namespace

const std::vector<ReporterKind> &allReporterKinds()
{
    static const std::vector<ReporterKind> all{ReporterKind::Staff, ReporterKind::Resident, ReporterKind::Other};
    return all;
}

QString reporterKindName(ReporterKind kind)
{
    return QString::fromLatin1(kEntries[std::size_t(kind)].name);
}

bool reporterKindFromName(const QString &name, ReporterKind *kind)
{
    for (const Entry &e : kEntries) {
        if (name == QLatin1String(e.name)) {
            *kind = e.kind;
            return true;
        }
    }
    return false;
}

QString reporterKindLabel(ReporterKind kind)
{
    return QCoreApplication::translate("ReporterKind", kEntries[std::size_t(kind)].label);
}

} // namespace ct::damage
