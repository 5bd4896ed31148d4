// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/core/result.h"
#include "ct/pluginapi/reportsection.h"
#include "ct/report/reportrequest.h"
#include "ct/sim/featurestate.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace ct::plugin {
struct PluginInfo;
}
namespace ct::store {
class TwinStore;
}

namespace ct::report {

/// \brief Writes the situation report of a twin as an A4 PDF: a title block (time, operator), a
/// map snapshot, the sections of every loaded plugin that declares "report", the recent operator
/// actions and the twin's contents; tables break across pages with their header repeated; every
/// page is numbered.
///
/// The twin is only read. Text goes through QCoreApplication::translate() in the context
/// "Report", so the report is in the language of the translator installed by the caller (the
/// console's language, or `citytwin-cli report --lang`). Painting needs a QGuiApplication (fonts)
/// but no window: the offscreen platform is enough.
class ReportGenerator
{
public:
    //! `fraction` from 0 to 1, `stage` a translated word on what is being done.
    using Progress = std::function<void(double fraction, const QString &stage)>;

    /// `plugins` are the loaded plugins (PluginRegistry::loaded()); the generator asks those
    /// declaring "report" for sections, those declaring "layers" for the map's layers and those
    /// declaring "states" for the live state that colours them (shelter status and load).
    ReportGenerator(const store::TwinStore &twin, std::vector<const plugin::PluginInfo *> plugins);

    /// Every section in print order: the plugins' (by order, then id) and the generator's own.
    /// A plugin that throws is named in `problems` and left out.
    std::vector<plugin::ReportSection> sections(const ReportRequest &request, QStringList *problems = nullptr) const;

    /// Writes the report to `path`. The PDF is written to "<path>.part" and renamed to `path` when
    /// complete, so a failure leaves no partial report (and an older report at `path` intact).
    core::Status write(const QString &path, const ReportRequest &request, const Progress &progress = {}) const;

    //! The font family of the report ("Noto Sans CJK JP" when installed: Japanese and Latin).
    static QString fontFamily();

private:
    //! The live states of the plugins' layers; a source that fails is named in `problems`.
    std::vector<sim::FeatureState> featureStates(QStringList *problems) const;
    plugin::ReportSection operatorActions(const ReportRequest &request) const;
    plugin::ReportSection twinContents() const;
    QString twinName() const;

    const store::TwinStore &m_twin;
    std::vector<const plugin::PluginInfo *> m_plugins;
};

} // namespace ct::report
