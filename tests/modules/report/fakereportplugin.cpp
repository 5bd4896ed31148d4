// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "fakereportplugin.h"

#include "ct/store/twinstore.h"

#include <QJsonArray>

#include <stdexcept>

namespace ct::tests {

namespace {

/// Shelters with an even fid are "open", the others "closed".
class StatusSource : public plugin::FeatureStateSource
{
public:
    QString layer() const override { return QStringLiteral("shelters"); }
    core::Result<sim::FeatureState> read(const store::TwinStore &twin) const override
    {
        auto columns = twin.readColumns(QStringLiteral("shelters"), {QStringLiteral("name")});
        if (!columns)
            return columns.error();
        sim::FeatureState state;
        state.layer = layer();
        state.textNames = {QStringLiteral("status")};
        for (qint64 fid : columns->fids)
            state.append(fid, {}, {fid % 2 == 0 ? QStringLiteral("open") : QStringLiteral("closed")});
        state.style.title = QStringLiteral("Shelter status");
        state.style.categoryBy = QStringLiteral("status");
        state.style.categories = {{QStringLiteral("open"), QStringLiteral("#00a000"), QStringLiteral("open")},
                                  {QStringLiteral("closed"), QStringLiteral("#ff00ff"), QStringLiteral("closed")}};
        return state;
    }
};

} // namespace

FakeReportPlugin::FakeReportPlugin(QString id, int rows, Behaviour behaviour)
    : m_id(std::move(id))
    , m_rows(rows)
    , m_behaviour(behaviour)
{
}

QJsonObject FakeReportPlugin::metaData(const QStringList &capabilities) const
{
    return {{QStringLiteral("id"), m_id},
            {QStringLiteral("name"), m_id},
            {QStringLiteral("version"), QStringLiteral("0.0.1")},
            {QStringLiteral("apiVersion"), 1},
            {QStringLiteral("capabilities"), QJsonArray::fromStringList(capabilities)}};
}

std::vector<plugin::LayerDescriptor> FakeReportPlugin::layers() const
{
    return {plugin::LayerDescriptor::points(QStringLiteral("shelters"), QStringLiteral("Evacuation shelters"), m_id,
                                            QStringLiteral("#2e9e44"), plugin::LayerDescriptor::Symbol::Circle, 16, 90,
                                            QStringLiteral("name"))};
}

std::vector<std::shared_ptr<plugin::FeatureStateSource>> FakeReportPlugin::featureStateSources() const
{
    return {std::make_shared<StatusSource>()};
}

QString FakeReportPlugin::tableTitle(const QString &language)
{
    return language == QLatin1String("ja") ? QStringLiteral("避難所一覧表") : QStringLiteral("Shelter table");
}

std::vector<plugin::ReportSection> FakeReportPlugin::reportSections(const plugin::ReportContext &context) const
{
    ++m_calls;
    m_lastContext = context;
    if (m_behaviour == Behaviour::Throws)
        throw std::runtime_error("fake failure");
    const bool ja = context.language == QLatin1String("ja");

    plugin::ReportSection totals;
    totals.id = m_id + QStringLiteral(".totals");
    totals.title = ja ? QStringLiteral("避難所の合計") : QStringLiteral("Shelter totals");
    totals.order = 20;
    totals.paragraphs << QStringLiteral("State at %1.").arg(context.at.toString(Qt::ISODate));
    totals.figures << qMakePair(QStringLiteral("Open"), QStringLiteral("12")) << qMakePair(QStringLiteral("Persons"), QStringLiteral("3,400"));

    plugin::ReportSection list;
    list.id = m_id + QStringLiteral(".list");
    list.title = tableTitle(context.language);
    list.order = 10; // before the totals, though added after them
    plugin::ReportTable table;
    table.title = ja ? QStringLiteral("全避難所") : QStringLiteral("All shelters");
    table.headers = {firstHeader(), QStringLiteral("Status"), QStringLiteral("Occupancy"), QStringLiteral("Capacity")};
    for (int row = 0; row < m_rows; ++row)
        table.rows << QStringList{rowName(row), row % 3 == 0 ? QStringLiteral("open") : QStringLiteral("closed"),
                                  QString::number(row * 7), QString::number(500 + row)};
    plugin::ReportTable empty;
    empty.title = QStringLiteral("Open requests");
    empty.headers = {QStringLiteral("Request"), QStringLiteral("Since")};
    list.tables << table << empty;
    return {totals, list};
}

} // namespace ct::tests
