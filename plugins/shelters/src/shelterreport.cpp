// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "shelterreport.h"

#include "dashboardtotals.h"
#include "requestbook.h"
#include "shelterordering.h"
#include "shelterreader.h"
#include "sheltercatalogue.h"
#include "shelterschema.h"

#include "ct/store/twinstore.h"

#include <QCoreApplication>
#include <QLocale>

namespace ct::shelters {

namespace {

QString age(qint64 seconds)
{
    const qint64 minutes = std::max<qint64>(0, seconds) / 60;
    if (minutes < 60)
        return QCoreApplication::translate("ShelterReport", "%1 min").arg(minutes);
    return QCoreApplication::translate("ShelterReport", "%1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

std::vector<plugin::ReportSection> ShelterReport::sections(const plugin::ReportContext &context)
{
    plugin::ReportSection totals;
    totals.id = QStringLiteral("shelters.totals");
    totals.title = QCoreApplication::translate("ShelterReport", "Evacuation shelters");
    totals.order = 20;
    if (!context.store)
        return {};
    // A twin never opened for writing with this plugin (the report only reads): no tables yet.
    if (context.store->schemaVersion(ShelterSchema::component()) == 0) {
        totals.paragraphs << QCoreApplication::translate("ShelterReport", "No shelter data yet: the shelters plugin's tables are created when the twin "
                                                                          "is first opened for writing (in the console, or by a writing citytwin-cli command).");
        return {totals};
    }
    const QDateTime at = context.at.isValid() ? context.at.toUTC() : QDateTime::currentDateTimeUtc();
    const bool english = context.language != QLatin1String("ja");
    const QLocale locale(english ? QLocale::English : QLocale::Japanese);
    ShelterReader reader(*context.store);
    auto records = reader.readAt(at);
    if (!records) {
        totals.paragraphs << QCoreApplication::translate("ShelterReport", "The shelters cannot be read: %1").arg(records.error().toString());
        return {totals};
    }
    if (records->empty()) {
        totals.paragraphs << QCoreApplication::translate("ShelterReport", "The twin has no shelters.");
        return {totals};
    }
    const DashboardTotals t = DashboardTotals::of(records.value());
    totals.figures = {
        {QCoreApplication::translate("ShelterReport", "Open shelters (open or full)"), locale.toString(t.openShelters)},
        {QCoreApplication::translate("ShelterReport", "Operating shelters (opening to closing)"), locale.toString(t.activeShelters)},
        {QCoreApplication::translate("ShelterReport", "Evacuees in shelters"), locale.toString(t.evacuees)},
        {QCoreApplication::translate("ShelterReport", "Capacity of admitting shelters"), locale.toString(t.openCapacity)},
        {QCoreApplication::translate("ShelterReport", "Free places"), locale.toString(t.freePlaces)},
        {QCoreApplication::translate("ShelterReport", "Shelters over capacity"), locale.toString(t.overCapacity)},
        {QCoreApplication::translate("ShelterReport", "Operating shelters without power"), locale.toString(t.noPower)},
        {QCoreApplication::translate("ShelterReport", "Operating shelters with a supply shortage"), locale.toString(t.shortages)},
        {QCoreApplication::translate("ShelterReport", "Evacuees needing continued medical care"), locale.toString(t.medicalCount)},
        {QCoreApplication::translate("ShelterReport", "Estimated electrical load"), QCoreApplication::translate("ShelterReport", "%1 kW").arg(locale.toString(t.loadKw, 'f', 1))},
        {QCoreApplication::translate("ShelterReport", "Open requests"), locale.toString(t.openRequests)},
        {QCoreApplication::translate("ShelterReport", "Requests not yet acknowledged"), locale.toString(t.unacknowledgedRequests)},
    };
    auto changed = ShelterReader::changedSince(*context.store, at);
    if (changed && changed.value()) {
        totals.paragraphs << QCoreApplication::translate("ShelterReport", "Status, occupancy and requests are as of the time of the report; stock, power and medical "
                                "counts have changed since and are shown as they are now.");
    }

    plugin::ReportSection table;
    table.id = QStringLiteral("shelters.operating");
    table.title = QCoreApplication::translate("ShelterReport", "Operating shelters");
    table.order = 21;
    std::vector<int> rows;
    for (std::size_t i = 0; i < records->size(); ++i) {
        if (ShelterLifecycle::isActive(records->at(i).status))
            rows.push_back(int(i));
    }
    ShelterOrdering::sort(rows, records.value(), ShelterOrdering::Key::Attention, true, english);
    if (rows.empty()) {
        table.paragraphs << QCoreApplication::translate("ShelterReport", "No shelter was operating at the time of the report.");
    } else {
        const ShelterCatalogue &catalogue = reader.catalogue();
        plugin::ReportTable shelters;
        shelters.headers = {QCoreApplication::translate("ShelterReport", "Shelter"), QCoreApplication::translate("ShelterReport", "Status"), QCoreApplication::translate("ShelterReport", "Inside / capacity"), QCoreApplication::translate("ShelterReport", "Congestion"), QCoreApplication::translate("ShelterReport", "Power"),
                            QCoreApplication::translate("ShelterReport", "Shortages"), QCoreApplication::translate("ShelterReport", "Medical care"), QCoreApplication::translate("ShelterReport", "Open requests")};
        for (int row : rows) {
            const ShelterRecord &r = records->at(std::size_t(row));
            QStringList shortages;
            for (const QString &item : r.shortageItems) {
                const StockItem *known = catalogue.stockItem(item);
                shortages << (known ? known->title() : item);
            }
            const QString congestion = r.capacity > 0 ? QStringLiteral("%1 %").arg(locale.toString(qRound(r.congestion.ratio() * 100)))
                                                      : QCoreApplication::translate("ShelterReport", "no capacity");
            shelters.rows.append({r.displayName(english), ShelterLifecycle::title(r.status),
                                  QStringLiteral("%1 / %2").arg(locale.toString(r.occupancy), locale.toString(r.capacity)),
                                  congestion + (r.congestion.isOverCapacity() ? QCoreApplication::translate("ShelterReport", " (over capacity)") : QString()),
                                  PowerSources::title(r.power), shortages.join(QStringLiteral(", ")),
                                  locale.toString(r.medicalCount),
                                  r.unacknowledgedRequests > 0
                                      ? QCoreApplication::translate("ShelterReport", "%1 (%2 unacknowledged)").arg(r.openRequests).arg(r.unacknowledgedRequests)
                                      : locale.toString(r.openRequests)});
        }
        table.tables << shelters;
        table.paragraphs << QCoreApplication::translate("ShelterReport", "Most urgent first: unacknowledged requests, then shortages, power and overcrowding, then congestion.");
    }

    plugin::ReportSection requests;
    requests.id = QStringLiteral("shelters.requests");
    requests.title = QCoreApplication::translate("ShelterReport", "Open requests from shelters");
    requests.order = 22;
    RequestBook::Query open;
    open.openOnly = true;
    open.limit = -1;
    open.at = at;
    auto list = RequestBook::list(*context.store, open);
    if (!list) {
        requests.paragraphs << QCoreApplication::translate("ShelterReport", "The requests cannot be read: %1").arg(list.error().toString());
    } else if (list->empty()) {
        requests.paragraphs << QCoreApplication::translate("ShelterReport", "No request was open at the time of the report.");
    } else {
        plugin::ReportTable tableOfRequests;
        tableOfRequests.headers = {QCoreApplication::translate("ShelterReport", "Shelter"), QCoreApplication::translate("ShelterReport", "Kind"), QCoreApplication::translate("ShelterReport", "Request"), QCoreApplication::translate("ShelterReport", "Status"), QCoreApplication::translate("ShelterReport", "Raised"), QCoreApplication::translate("ShelterReport", "Waiting")};
        for (const ShelterRequest &r : list.value()) {
            QString what = r.detail;
            if (r.quantity)
                what = QStringLiteral("%1 %2 %3").arg(r.item, locale.toString(*r.quantity), what).trimmed();
            tableOfRequests.rows.append({r.shelterName, RequestLifecycle::title(r.kind), what, RequestLifecycle::title(r.status),
                                         locale.toString(r.requestedAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm")),
                                         age(r.ageSeconds(at))});
        }
        requests.tables << tableOfRequests;
        requests.paragraphs << QCoreApplication::translate("ShelterReport", "Requests not yet acknowledged come first, the longest waiting on top.");
    }
    return {totals, table, requests};
}

} // namespace ct::shelters
