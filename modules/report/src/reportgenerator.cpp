// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/report/reportgenerator.h"

#include "cjktounicode.h"

#include "ct/pluginapi/domainplugin.h"
#include "ct/pluginapi/plugininfo.h"
#include "ct/report/mapsnapshot.h"
#include "ct/report/pageflow.h"
#include "ct/store/twinstore.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>
#include <exception>

namespace ct::report {

using core::Error;
using plugin::ReportSection;
using plugin::ReportTable;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Report", text);
}

/// "2026-03-11 14:46 JST": the same digits in both languages, in the local time zone.
QString formatTime(const QDateTime &time)
{
    const QDateTime local = time.toLocalTime();
    return QStringLiteral("%1 %2").arg(local.toString(QStringLiteral("yyyy-MM-dd HH:mm")), local.timeZoneAbbreviation());
}

constexpr int kAuditRowsScanned = 2000;
constexpr int kAuditRowsShown = 40;

} // namespace

ReportGenerator::ReportGenerator(const store::TwinStore &twin, std::vector<const plugin::PluginInfo *> plugins)
    : m_twin(twin)
    , m_plugins(std::move(plugins))
{
}

QString ReportGenerator::fontFamily()
{
    const QString preferred = QStringLiteral("Noto Sans CJK JP");
    if (QFontDatabase::families().contains(preferred))
        return preferred;
    return QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
}

QString ReportGenerator::twinName() const
{
    const QString name = m_twin.metadata(QStringLiteral("twin.name"));
    return name.isEmpty() ? QFileInfo(m_twin.path()).completeBaseName() : name;
}

std::vector<ReportSection> ReportGenerator::sections(const ReportRequest &request, QStringList *problems) const
{
    plugin::ReportContext context;
    context.store = &m_twin;
    context.at = (request.at.isValid() ? request.at : QDateTime::currentDateTimeUtc()).toUTC();
    context.language = request.language;
    context.actor = request.actor;

    std::vector<ReportSection> out;
    for (const plugin::PluginInfo *info : m_plugins) {
        if (!info || !info->isLoaded() || !info->instance || !info->has(QStringLiteral("report")))
            continue;
        try {
            for (ReportSection &section : info->instance->reportSections(context)) {
                if (section.id.isEmpty())
                    section.id = info->id;
                out.push_back(std::move(section));
            }
        } catch (const std::exception &e) {
            if (problems)
                *problems << tr("The plugin \"%1\" could not write its part: %2").arg(info->id, QString::fromUtf8(e.what()));
        } catch (...) {
            if (problems)
                *problems << tr("The plugin \"%1\" could not write its part.").arg(info->id);
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const ReportSection &a, const ReportSection &b) {
        return a.order != b.order ? a.order < b.order : a.id < b.id;
    });
    out.push_back(operatorActions(request));
    out.push_back(twinContents());
    return out;
}

std::vector<sim::FeatureState> ReportGenerator::featureStates(QStringList *problems) const
{
    std::vector<sim::FeatureState> states;
    for (const plugin::PluginInfo *info : m_plugins) {
        if (!info || !info->isLoaded() || !info->instance || !info->has(QStringLiteral("states")))
            continue;
        for (const auto &source : info->instance->featureStateSources()) {
            if (!source)
                continue;
            auto state = source->read(m_twin);
            if (state)
                states.push_back(std::move(state.value()));
            else if (problems)
                *problems << tr("The state of the layer \"%1\" could not be read: %2").arg(source->layer(), state.error().toString());
        }
    }
    return states;
}

ReportSection ReportGenerator::operatorActions(const ReportRequest &request) const
{
    const QDateTime at = (request.at.isValid() ? request.at : QDateTime::currentDateTimeUtc()).toUTC();
    ReportSection section;
    section.id = QStringLiteral("report.actions");
    section.title = tr("Operator actions");
    section.order = 800;
    ReportTable table;
    table.headers = {tr("Time"), tr("Operator"), tr("Role"), tr("Action"), tr("Target")};
    int shown = 0;
    int total = 0;
    for (const store::AuditEntry &entry : m_twin.auditLog(kAuditRowsScanned)) {
        if (entry.at.toUTC() > at)
            continue;
        ++total;
        if (shown >= kAuditRowsShown)
            continue;
        table.rows << QStringList{formatTime(entry.at), entry.operatorName, core::roleName(entry.role), entry.action, entry.target};
        ++shown;
    }
    if (total > shown)
        section.paragraphs << tr("The %1 most recent of %2 actions up to the time of the report, newest first.").arg(shown).arg(total);
    else
        section.paragraphs << tr("Actions recorded up to the time of the report, newest first.");
    section.tables << table;
    return section;
}

ReportSection ReportGenerator::twinContents() const
{
    ReportSection section;
    section.id = QStringLiteral("report.twin");
    section.title = tr("Twin contents");
    section.order = 900;
    ReportTable table;
    table.headers = {tr("Layer"), tr("Table"), tr("Features")};
    qint64 features = 0;
    const auto layers = m_twin.layers();
    for (const store::LayerInfo &layer : layers) {
        const QString title = layer.title.isEmpty() ? layer.name
                                                    : QCoreApplication::translate("LayerTitles", layer.title.toUtf8().constData());
        table.rows << QStringList{title, layer.name, QLocale().toString(layer.featureCount)};
        features += layer.featureCount;
    }
    section.figures << qMakePair(tr("Layers"), QLocale().toString(qint64(layers.size())))
                    << qMakePair(tr("Features"), QLocale().toString(features));
    section.tables << table;
    return section;
}

core::Status ReportGenerator::write(const QString &path, const ReportRequest &request, const Progress &progress) const
{
    auto report = [&](double fraction, const char *stage) {
        if (progress)
            progress(fraction, tr(stage));
    };
    const QDateTime at = (request.at.isValid() ? request.at : QDateTime::currentDateTimeUtc()).toUTC();

    report(0.05, QT_TRANSLATE_NOOP("Report", "Reading the map"));
    std::vector<plugin::LayerDescriptor> domainLayers;
    for (const plugin::PluginInfo *info : m_plugins) {
        if (info && info->isLoaded() && info->instance && info->has(QStringLiteral("layers"))) {
            for (const auto &layer : info->instance->layers())
                domainLayers.push_back(layer);
        }
    }
    QStringList problems;
    auto map = MapSnapshot::read(m_twin, domainLayers, featureStates(&problems));
    if (!map)
        return map.error();

    report(0.3, QT_TRANSLATE_NOOP("Report", "Collecting the sections"));
    const std::vector<ReportSection> sections = this->sections(request, &problems);

    // The file: written beside the target and renamed when complete.
    const QString part = path + QStringLiteral(".part");
    QFile file(part);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error::io(tr("cannot write the report: %1").arg(file.errorString()), path);
    auto fail = [&](const Error &error) {
        file.close();
        QFile::remove(part);
        return error;
    };

    // Painted into memory first: the finished PDF gets its kanji text map repaired before it is
    // written out (see repairCjkToUnicode()).
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(300);
    writer.setCreator(QStringLiteral("CityTwin Console"));
    const QString title = tr("Situation report");
    const QString name = twinName();
    writer.setTitle(QStringLiteral("%1 — %2").arg(title, name));

    report(0.45, QT_TRANSLATE_NOOP("Report", "Laying out the pages"));
    QFont base(fontFamily());
    base.setPointSizeF(10.0);
    // Shaped as Latin, Noto Sans CJK swaps digits next to spaces for proportional alternates that
    // its character map does not list; the PDF's ToUnicode table then lacks them and "Page 1 of 2"
    // is extracted, searched and read aloud as "Page  of ". Neither Latin nor Japanese needs
    // shaping, so it is turned off.
    base.setStyleStrategy(QFont::PreferNoShaping);
    const double mm = writer.logicalDpiY() / 25.4;
    PageFlow flow(&writer, QSizeF(writer.width(), writer.height()), QMarginsF(18 * mm, 16 * mm, 18 * mm, 18 * mm), base);

    flow.title(QStringLiteral("%1 — %2").arg(title, name));
    QString operatorText = request.actor.operatorName.isEmpty() ? tr("(unknown)") : request.actor.operatorName;
    operatorText += QLatin1Char('\n') + core::roleName(request.actor.role);
    flow.figures({{tr("Situation at"), formatTime(at)},
                  {tr("Generated"), formatTime(QDateTime::currentDateTimeUtc())},
                  {tr("Operator"), operatorText},
                  {tr("Twin file"), QFileInfo(m_twin.path()).fileName()}});
    flow.heading(tr("Map"));
    if (map->isEmpty()) {
        flow.paragraph(tr("The twin has no map layers to show."));
    } else {
        const double width = flow.contentRect().width();
        const double height = std::clamp(width * map->aspectRatio(), 90 * mm, 175 * mm);
        const MapSnapshot &snapshot = map.value();
        flow.drawing(height, [&snapshot](QPainter &painter, const QRectF &area) { snapshot.paint(painter, area); });
        QString caption = tr("Boundary, water, rivers, roads and the facilities of the domain plugins; coloured symbols "
                             "show the state of each facility where it is known.");
        // The live states have no history: say so when the report looks back.
        if (!map->states().empty() && at.secsTo(QDateTime::currentDateTimeUtc()) > 15 * 60)
            caption += QLatin1Char(' ') + tr("Facility states are those of %1, when the report was made.")
                                              .arg(formatTime(QDateTime::currentDateTimeUtc()));
        flow.paragraph(caption);
    }
    bool anyPluginSection = false;
    for (const ReportSection &section : sections)
        anyPluginSection = anyPluginSection || !section.id.startsWith(QLatin1String("report."));
    if (!anyPluginSection)
        flow.paragraph(tr("No loaded plugin contributes a section to the report."));
    for (const QString &problem : std::as_const(problems))
        flow.paragraph(problem);
    for (const ReportSection &section : sections) {
        flow.heading(section.title.isEmpty() ? section.id : section.title, 1);
        for (const QString &paragraph : section.paragraphs)
            flow.paragraph(paragraph);
        flow.figures(section.figures);
        for (const ReportTable &table : section.tables)
            flow.table(table);
    }

    report(0.6, QT_TRANSLATE_NOOP("Report", "Writing the PDF"));
    QPainter painter;
    if (!painter.begin(&writer))
        return fail(Error::io(tr("cannot start the PDF"), path));
    painter.setFont(base);
    const QString footerLeft = QStringLiteral("%1 — %2 — %3").arg(title, name, formatTime(at));
    const bool painted = flow.paint(painter, writer, [&](QPainter &p, const QRectF &page, const QRectF &content, int number, int count) {
        QFont small = base;
        small.setPointSizeF(7.5);
        p.setFont(small);
        p.setPen(QColor(0x60, 0x60, 0x60));
        const QFontMetricsF metrics(small, p.device());
        const double y = content.bottom() + (page.bottom() - content.bottom()) / 2.0;
        p.setPen(QPen(QColor(0xb0, 0xb0, 0xb0), 0.2 * mm));
        p.drawLine(QPointF(content.left(), y - metrics.height()), QPointF(content.right(), y - metrics.height()));
        p.setPen(QColor(0x60, 0x60, 0x60));
        const QRectF band(content.left(), y - metrics.height() * 0.6, content.width(), metrics.height());
        p.drawText(band, Qt::AlignLeft | Qt::AlignVCenter, metrics.elidedText(footerLeft, Qt::ElideRight, band.width() * 0.7));
        p.drawText(band, Qt::AlignRight | Qt::AlignVCenter, tr("Page %1 of %2").arg(number).arg(count));
        if (progress)
            progress(0.6 + 0.38 * double(number) / double(count), tr("Writing the PDF"));
    });
    painter.end();
    if (!painted)
        return fail(Error::io(tr("cannot add a page to the PDF"), path));
    buffer.close();
    QByteArray pdf = buffer.data();
    repairCjkToUnicode(pdf, base.family());
    if (file.write(pdf) != pdf.size() || !file.flush() || file.error() != QFileDevice::NoError)
        return fail(Error::io(tr("cannot write the report: %1").arg(file.errorString()), path));
    file.close();
    if (std::rename(QFile::encodeName(part).constData(), QFile::encodeName(path).constData()) != 0) {
        QFile::remove(part);
        return Error::io(tr("cannot move the finished report into place from %1").arg(part), path);
    }
    report(1.0, QT_TRANSLATE_NOOP("Report", "Done"));
    return core::Status::success();
}

} // namespace ct::report
