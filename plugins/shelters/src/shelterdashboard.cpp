// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "shelterdashboard.h"

#include "hazards.h"
#include "messagethread.h"
#include "requestbook.h"
#include "shelterregistry.h"
#include "stocklevel.h"

#include "ct/store/twinstore.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace ct::shelters {

namespace {

QVariantMap option(const QString &value, const QString &title)
{
    return {{QStringLiteral("value"), value}, {QStringLiteral("title"), title}};
}

} // namespace

ShelterDashboard::ShelterDashboard(QObject *parent)
    : QObject(parent),
      m_shelters(new ShelterListModel(this)),
      m_openRequests(new RequestListModel(this)),
      m_shelterRequests(new RequestListModel(this)),
      m_messages(new MessageListModel(this))
{
    m_timer.setInterval(15000);
    connect(&m_timer, &QTimer::timeout, this, &ShelterDashboard::refresh);
    // Another twin, another operator or re-read layers: read everything again.
    connect(&m_session, &plugin::TwinBinding::sessionChanged, this, &ShelterDashboard::onSessionChanged);
    connect(&m_session, &plugin::TwinBinding::operatorChanged, this, &ShelterDashboard::onSessionChanged);
    connect(&m_session, &plugin::TwinBinding::layersReloaded, this, &ShelterDashboard::onSessionChanged);
    // Names in the UI language: English names when the console does not speak Japanese.
    m_shelters->setEnglishNames(QLocale().language() != QLocale::Japanese);
}

ShelterDashboard::~ShelterDashboard() = default;

void ShelterDashboard::setTwin(QObject *twin)
{
    if (!m_session.setTwin(twin))
        return;
    emit twinChanged();
    onSessionChanged();
}

void ShelterDashboard::setSource(store::TwinStore *store, const core::Actor &actor)
{
    m_session.setSource(store, actor);
    onSessionChanged();
}

void ShelterDashboard::onSessionChanged()
{
    emit operatorChanged();
    refresh();
    if (store() && m_timer.interval() > 0)
        m_timer.start();
    else
        m_timer.stop();
}

void ShelterDashboard::setRefreshInterval(int milliseconds)
{
    if (milliseconds == m_timer.interval())
        return;
    m_timer.setInterval(std::max(0, milliseconds));
    if (milliseconds <= 0)
        m_timer.stop();
    else if (store())
        m_timer.start();
    emit refreshIntervalChanged();
}

store::TwinStore *ShelterDashboard::store() const
{
    return m_session.store();
}

core::Actor ShelterDashboard::actor() const
{
    return m_session.actor();
}

QString ShelterDashboard::operatorName() const
{
    return m_session.operatorName();
}

QString ShelterDashboard::operatorRole() const
{
    return m_session.operatorRole();
}

void ShelterDashboard::setErrorString(const QString &message)
{
    if (message == m_errorString)
        return;
    m_errorString = message;
    emit errorStringChanged();
}

void ShelterDashboard::refresh()
{
    store::TwinStore *twin = store();
    if (!twin) {
        m_dashboard.reset();
        m_totals.clear();
        m_shelters->setDashboard(nullptr, now());
        m_openRequests->setRows({}, now());
        m_shelterRequests->setRows({}, now());
        m_messages->setMessages({});
        rebuildSelection();
        emit refreshed();
        return;
    }
    auto read = Dashboard::read(*twin);
    if (!read) {
        setErrorString(read.error().toString());
        return;
    }
    const QDateTime at = now();
    m_dashboard = std::make_shared<const Dashboard>(std::move(read.value()));
    const DashboardTotals &t = m_dashboard->totals();
    m_totals = {{QStringLiteral("shelters"), t.shelters},
                {QStringLiteral("openShelters"), t.openShelters},
                {QStringLiteral("activeShelters"), t.activeShelters},
                {QStringLiteral("evacuees"), t.evacuees},
                {QStringLiteral("capacity"), t.capacity},
                {QStringLiteral("openCapacity"), t.openCapacity},
                {QStringLiteral("freePlaces"), t.freePlaces},
                {QStringLiteral("overCapacity"), t.overCapacity},
                {QStringLiteral("noPower"), t.noPower},
                {QStringLiteral("shortages"), t.shortages},
                {QStringLiteral("medicalCount"), t.medicalCount},
                {QStringLiteral("loadKw"), t.loadKw},
                {QStringLiteral("openRequests"), t.openRequests},
                {QStringLiteral("unacknowledgedRequests"), t.unacknowledgedRequests}};
    m_shelters->setDashboard(m_dashboard, at);
    m_openRequests->setRows(rowsOf(m_dashboard->openRequests()), at);
    rebuildSelection();
    emit refreshed();
}

std::vector<RequestListModel::Row> ShelterDashboard::rowsOf(std::vector<ShelterRequest> requests) const
{
    std::vector<RequestListModel::Row> rows;
    rows.reserve(requests.size());
    store::TwinStore *twin = store();
    const core::Actor who = actor();
    // Permissions depend on the shelter only (requests are inside "shelter:<fid>"): ask once each.
    QHash<qint64, std::pair<bool, bool>> byShelter;
    for (ShelterRequest &r : requests) {
        auto it = byShelter.find(r.shelterFid);
        if (it == byShelter.end()) {
            const QString target = RequestBook::target(r.shelterFid, r.id);
            const bool handle = twin && twin->mayPerform(who, QStringLiteral("shelters.handle-request"), target).ok();
            const bool confirm = twin && twin->mayPerform(who, QStringLiteral("shelters.confirm-delivery"), target).ok();
            it = byShelter.insert(r.shelterFid, {handle, confirm});
        }
        rows.push_back({std::move(r), it->first, it->second});
    }
    return rows;
}

void ShelterDashboard::setSelectedFid(qint64 fid)
{
    if (fid == m_selectedFid)
        return;
    m_selectedFid = fid;
    rebuildSelection(true);
}

void ShelterDashboard::rebuildSelection(bool force)
{
    // Unchanged selection and permissions emit nothing: the periodic refresh must not rebuild
    // the detail's editors under the operator's fingers.
    const QVariantMap previous = m_selected;
    const QVariantMap previousMay = m_may;
    m_selected.clear();
    const int index = m_dashboard ? m_dashboard->indexOf(m_selectedFid) : -1;
    store::TwinStore *twin = store();
    if (index < 0 || !twin) {
        m_shelterRequests->setRows({}, now());
        m_messages->setMessages({});
        computePermissions();
        if (force || m_selected != previous || m_may != previousMay)
            emit selectionChanged();
        return;
    }
    const ShelterRecord &r = m_dashboard->shelters()[std::size_t(index)];
    const bool english = m_shelters->englishNames();
    QVariantList next;
    for (ShelterStatus s : ShelterLifecycle::kStatuses) {
        if (ShelterLifecycle::isAllowed(r.status, s))
            next << option(ShelterLifecycle::name(s), ShelterLifecycle::title(s));
    }
    QVariantList stock;
    for (const StockItem &item : m_dashboard->catalogue().stockItems()) {
        const double quantity = r.stock.value(item.key, 0.0);
        const StockLevel level = StockLevel::assess(item, quantity, r.occupancy);
        stock << QVariantMap{{QStringLiteral("item"), item.key},
                             {QStringLiteral("title"), item.title()},
                             {QStringLiteral("unit"), item.unitTitle()},
                             {QStringLiteral("quantity"), quantity},
                             {QStringLiteral("recorded"), r.stock.contains(item.key)},
                             {QStringLiteral("daysLeft"), level.daysLeft() ? *level.daysLeft() : -1.0},
                             {QStringLiteral("dailyUse"), level.dailyUse()},
                             {QStringLiteral("needed"), level.needed()},
                             {QStringLiteral("consumable"), item.isConsumable()},
                             {QStringLiteral("state"), StockLevel::name(level.state())}};
    }
    QVariantList medical;
    for (const MedicalNeed &need : m_dashboard->catalogue().medicalNeeds())
        medical << QVariantMap{{QStringLiteral("need"), need.key}, {QStringLiteral("title"), need.title()},
                               {QStringLiteral("count"), r.medical.value(need.key, 0)}};
    QStringList hazards;
    for (const QString &h : r.suitableFor)
        hazards << Hazards::title(h);
    QVariantList history;
    if (auto changes = ShelterRegistry(*twin).history(r.fid)) {
        for (auto it = changes->rbegin(); it != changes->rend() && history.size() < 20; ++it) {
            history << QVariantMap{{QStringLiteral("at"), QLocale().toString(it->at.toLocalTime(), QStringLiteral("MM/dd HH:mm"))},
                                   {QStringLiteral("from"), ShelterLifecycle::title(it->from)},
                                   {QStringLiteral("to"), ShelterLifecycle::title(it->to)},
                                   {QStringLiteral("operator"), it->operatorName},
                                   {QStringLiteral("role"), it->role},
                                   {QStringLiteral("note"), it->note}};
        }
    }
    QStringList shortages;
    for (const QString &item : r.shortageItems) {
        const StockItem *known = m_dashboard->catalogue().stockItem(item);
        shortages << (known ? known->title() : item);
    }
    m_selected = {{QStringLiteral("fid"), r.fid},
                  {QStringLiteral("name"), r.name},
                  {QStringLiteral("nameEn"), r.nameEn},
                  {QStringLiteral("displayName"), r.displayName(english)},
                  {QStringLiteral("sourceId"), r.sourceId},
                  {QStringLiteral("kind"), r.kind},
                  {QStringLiteral("address"), r.address},
                  {QStringLiteral("capacity"), r.capacity},
                  {QStringLiteral("occupancy"), r.occupancy},
                  {QStringLiteral("status"), ShelterLifecycle::name(r.status)},
                  {QStringLiteral("statusTitle"), ShelterLifecycle::title(r.status)},
                  {QStringLiteral("nextStatuses"), next},
                  {QStringLiteral("admits"), ShelterLifecycle::admitsEvacuees(r.status)},
                  {QStringLiteral("congestion"), int(r.congestion.level())},
                  {QStringLiteral("congestionTitle"), Congestion::title(r.congestion.level())},
                  {QStringLiteral("congestionColor"), Congestion::color(r.congestion.level())},
                  {QStringLiteral("ratio"), std::isfinite(r.congestion.ratio()) ? r.congestion.ratio() : 9.99},
                  {QStringLiteral("overCapacity"), r.congestion.isOverCapacity()},
                  {QStringLiteral("power"), PowerSources::name(r.power)},
                  {QStringLiteral("powerTitle"), PowerSources::title(r.power)},
                  {QStringLiteral("noPower"), r.hasNoPower()},
                  {QStringLiteral("expectedOutageHours"), r.expectedOutageHours},
                  {QStringLiteral("loadKw"), r.loadKw},
                  {QStringLiteral("medicalCount"), r.medicalCount},
                  {QStringLiteral("hazards"), hazards},
                  {QStringLiteral("shortages"), shortages},
                  {QStringLiteral("updatedAt"), r.updatedAt.isValid() ? QLocale().toString(r.updatedAt.toLocalTime(), QStringLiteral("MM/dd HH:mm"))
                                                                      : QString()},
                  {QStringLiteral("updatedBy"), r.updatedBy},
                  {QStringLiteral("stock"), stock},
                  {QStringLiteral("medical"), medical},
                  {QStringLiteral("history"), history}};
    RequestBook::Query query;
    query.shelterFid = r.fid;
    query.limit = 200;
    if (auto requests = RequestBook::list(*twin, query))
        m_shelterRequests->setRows(rowsOf(std::move(requests.value())), now());
    if (auto messages = MessageThread(*twin).messages(r.fid))
        m_messages->setMessages(std::move(messages.value()));
    computePermissions();
    if (force || m_selected != previous || m_may != previousMay)
        emit selectionChanged();
}

void ShelterDashboard::computePermissions()
{
    static const std::pair<const char *, const char *> kActions[] = {
        {"transition", "shelters.transition"}, {"checkin", "shelters.checkin"},   {"checkout", "shelters.checkout"},
        {"stock", "shelters.stock"},           {"power", "shelters.power"},       {"outage", "shelters.outage"},
        {"medical", "shelters.medical"},       {"message", "shelters.message"},   {"request", "shelters.request"},
        {"handleRequest", "shelters.handle-request"}, {"confirmDelivery", "shelters.confirm-delivery"}};
    m_may.clear();
    store::TwinStore *twin = store();
    const bool selected = m_dashboard && m_dashboard->indexOf(m_selectedFid) >= 0;
    const core::Actor who = actor();
    const QString target = ShelterRegistry::target(m_selectedFid);
    for (const auto &[key, action] : kActions) {
        const bool ok = twin && selected && !twin->isReadOnly()
            && twin->mayPerform(who, QString::fromLatin1(action), QString::fromLatin1(action).contains(QLatin1String("-"))
                                                                       ? target + QStringLiteral("/request")
                                                                       : target)
                   .ok();
        m_may.insert(QString::fromLatin1(key), ok);
    }
    // The reason shown on disabled controls: the store's refusal for a typical action.
    QString why;
    if (!twin)
        why = QCoreApplication::translate("Shelters", "No twin is open.");
    else if (twin->isReadOnly())
        why = QCoreApplication::translate("Shelters", "The twin is open read-only.");
    else if (selected) {
        const core::Status s = twin->mayPerform(who, QStringLiteral("shelters.checkin"), target);
        why = s ? QString() : s.error().message;
    }
    m_may.insert(QStringLiteral("reason"), why);
}

bool ShelterDashboard::finish(const core::Status &status, const QString &done)
{
    if (!status) {
        const QString message = status.error().message;
        setErrorString(message);
        emit actionFailed(message);
        refresh();
        // Editors still show what was refused: reset them to the twin's values.
        rebuildSelection(true);
        return false;
    }
    setErrorString({});
    refresh();
    emit actionDone(done);
    return true;
}

namespace {

core::Status noTwin()
{
    return core::Error::invalidInput(QCoreApplication::translate("Shelters", "No twin is open."));
}

core::Status noSelection()
{
    return core::Error::invalidInput(QCoreApplication::translate("Shelters", "Select a shelter first."));
}

} // namespace

bool ShelterDashboard::transition(const QString &status, const QString &note)
{
    store::TwinStore *twin = store();
    if (!twin)
        return finish(noTwin(), {});
    const auto to = ShelterLifecycle::fromName(status);
    if (!to)
        return finish(core::Error::invalidInput(QCoreApplication::translate("Shelters", "unknown shelter status \"%1\"").arg(status)), {});
    if (m_selectedFid < 0)
        return finish(noSelection(), {});
    return finish(ShelterRegistry(*twin, m_clock).transition(actor(), m_selectedFid, *to, note),
                  QCoreApplication::translate("Shelters", "Shelter is now %1.").arg(ShelterLifecycle::title(*to)));
}

bool ShelterDashboard::checkIn(int persons)
{
    store::TwinStore *twin = store();
    if (!twin)
        return finish(noTwin(), {});
    if (m_selectedFid < 0)
        return finish(noSelection(), {});
    return finish(ShelterRegistry(*twin, m_clock).checkIn(actor(), m_selectedFid, persons),
                  QCoreApplication::translate("Shelters", "%n person(s) checked in.", nullptr, persons));
}

bool ShelterDashboard::checkOut(int persons)
{
    store::TwinStore *twin = store();
    if (!twin)
        return finish(noTwin(), {});
    if (m_selectedFid < 0)
        return finish(noSelection(), {});
    return finish(ShelterRegistry(*twin, m_clock).checkOut(actor(), m_selectedFid, persons),
                  QCoreApplication::translate("Shelters", "%n person(s) checked out.", nullptr, persons));
}

bool ShelterDashboard::setStock(const QString &item, double quantity)
{
    store::TwinStore *twin = store();
    if (!twin)
        return finish(noTwin(), {});
    if (m_selectedFid < 0)
        return finish(noSelection(), {});
    return finish(ShelterRegistry(*twin, m_clock).setStock(actor(), m_selectedFid, item, quantity), QCoreApplication::translate("Shelters", "Stock updated."));
}

bool ShelterDashboard::setPower(const QString &source)
{
    store::TwinStore *twin = store();
    if (!twin)
        return finish(noTwin(), {});
    const auto power = PowerSources::fromName(source);
    if (!power)
        return finish(core::Error::invalidInput(QCoreApplication::translate("Shelters", "unknown power source \"%1\"").arg(source)), {});
    if (m_selectedFid < 0)
        return finish(noSelection(), {});
    return finish(ShelterRegistry(*twin, m_clock).setPower(actor(), m_selectedFid, *power), QCoreApplication::translate("Shelters", "Power status updated."));
}

bool ShelterDashboard::setExpectedOutage(double hours)
{
    store::TwinStore *twin = store();
    if (!twin)
        return finish(noTwin(), {});
    if (m_selectedFid < 0)
        return finish(noSelection(), {});
    return finish(ShelterRegistry(*twin, m_clock).setExpectedOutage(actor(), m_selectedFid, hours), QCoreApplication::translate("Shelters", "Expected outage updated."));
}

bool ShelterDashboard::setMedicalCount(const QString &need, int persons)
{
    store::TwinStore *twin = store();
    if (!twin)
        return finish(noTwin(), {});
    if (m_selectedFid < 0)
        return finish(noSelection(), {});
    return finish(ShelterRegistry(*twin, m_clock).setMedicalCount(actor(), m_selectedFid, need, persons),
                  QCoreApplication::translate("Shelters", "Medical count updated."));
}

bool ShelterDashboard::postMessage(const QString &body)
{
    store::TwinStore *twin = store();
    if (!twin)
        return finish(noTwin(), {});
    if (m_selectedFid < 0)
        return finish(noSelection(), {});
    auto id = MessageThread(*twin, m_clock).post(actor(), m_selectedFid, body);
    return finish(id ? core::Status() : core::Status(id.error()), QCoreApplication::translate("Shelters", "Message sent."));
}

bool ShelterDashboard::createRequest(const QString &kind, const QString &detail, const QString &item, double quantity)
{
    store::TwinStore *twin = store();
    if (!twin)
        return finish(noTwin(), {});
    const auto k = RequestLifecycle::kindFromName(kind);
    if (!k)
        return finish(core::Error::invalidInput(QCoreApplication::translate("Shelters", "unknown request kind \"%1\"").arg(kind)), {});
    if (m_selectedFid < 0)
        return finish(noSelection(), {});
    auto id = RequestBook(*twin, m_clock)
                  .create(actor(), m_selectedFid, *k, detail, item, quantity > 0 ? std::optional<double>(quantity) : std::nullopt);
    return finish(id ? core::Status() : core::Status(id.error()), QCoreApplication::translate("Shelters", "Request sent to HQ."));
}

bool ShelterDashboard::acknowledge(qint64 requestId)
{
    store::TwinStore *twin = store();
    if (!twin)
        return finish(noTwin(), {});
    return finish(RequestBook(*twin, m_clock).acknowledge(actor(), requestId), QCoreApplication::translate("Shelters", "Request acknowledged."));
}

bool ShelterDashboard::dispatch(qint64 requestId)
{
    store::TwinStore *twin = store();
    if (!twin)
        return finish(noTwin(), {});
    return finish(RequestBook(*twin, m_clock).dispatch(actor(), requestId), QCoreApplication::translate("Shelters", "Request dispatched."));
}

bool ShelterDashboard::deliver(qint64 requestId)
{
    store::TwinStore *twin = store();
    if (!twin)
        return finish(noTwin(), {});
    return finish(RequestBook(*twin, m_clock).deliver(actor(), requestId), QCoreApplication::translate("Shelters", "Delivery confirmed."));
}

bool ShelterDashboard::decline(qint64 requestId, const QString &reason)
{
    store::TwinStore *twin = store();
    if (!twin)
        return finish(noTwin(), {});
    return finish(RequestBook(*twin, m_clock).decline(actor(), requestId, reason), QCoreApplication::translate("Shelters", "Request declined."));
}

QVariantList ShelterDashboard::statusOptions() const
{
    QVariantList list;
    for (ShelterStatus s : ShelterLifecycle::kStatuses)
        list << option(ShelterLifecycle::name(s), ShelterLifecycle::title(s));
    return list;
}

QVariantList ShelterDashboard::powerOptions() const
{
    QVariantList list;
    for (PowerSource p : PowerSources::kAll)
        list << option(PowerSources::name(p), PowerSources::title(p));
    return list;
}

QVariantList ShelterDashboard::hazardOptions() const
{
    QVariantList list;
    for (const char *h : Hazards::kKeys)
        list << option(QString::fromLatin1(h), Hazards::title(QString::fromLatin1(h)));
    return list;
}

QVariantList ShelterDashboard::congestionOptions() const
{
    QVariantList list;
    for (int l = 0; l < 4; ++l) {
        QVariantMap o = option(QString::number(l), Congestion::title(Congestion::Level(l)));
        o.insert(QStringLiteral("color"), Congestion::color(Congestion::Level(l)));
        list << o;
    }
    return list;
}

QVariantList ShelterDashboard::requestKindOptions() const
{
    QVariantList list;
    for (RequestKind k : RequestLifecycle::kKinds)
        list << option(RequestLifecycle::name(k), RequestLifecycle::title(k));
    return list;
}

QVariantList ShelterDashboard::stockItemOptions() const
{
    QVariantList list;
    if (m_dashboard) {
        for (const StockItem &i : m_dashboard->catalogue().stockItems()) {
            QVariantMap o = option(i.key, i.title());
            o.insert(QStringLiteral("unit"), i.unitTitle());
            list << o;
        }
    }
    return list;
}

QVariantList ShelterDashboard::medicalNeedOptions() const
{
    QVariantList list;
    if (m_dashboard) {
        for (const MedicalNeed &n : m_dashboard->catalogue().medicalNeeds())
            list << option(n.key, n.title());
    }
    return list;
}

} // namespace ct::shelters
