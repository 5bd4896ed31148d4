// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "damagecontroller.h"

#include "ct/damage/damageactions.h"
#include "ct/damage/damageregistry.h"
#include "ct/damage/damageschema.h"
#include "ct/damage/photocheck.h"
#include "ct/store/twinstore.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QUrl>

namespace ct::damage {

namespace {

//! Longest side of the detail view's thumbnail (pixels).
constexpr int kThumbnailPixels = 480;

QString thumbnailUrl(const QByteArray &bytes)
{
    QImage image = QImage::fromData(bytes);
    if (image.isNull())
        return {};
    if (image.width() > kThumbnailPixels || image.height() > kThumbnailPixels)
        image = image.scaled(kThumbnailPixels, kThumbnailPixels, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
}

} // namespace

DamageController::DamageController(QObject *parent) : QObject(parent), m_queue(new DamageQueueModel(this))
{
    // The console's session says when it opens or closes a twin, and when another operator signs
    // in (the grants change).
    connect(&m_session, &plugin::TwinBinding::sessionChanged, this, &DamageController::reload);
    connect(&m_session, &plugin::TwinBinding::operatorChanged, this, &DamageController::reload);
}

DamageController::~DamageController() = default;

std::unique_ptr<DamageRegistry> DamageController::registry() const
{
    store::TwinStore *store = m_session.store();
    if (!store)
        return {};
    return std::make_unique<DamageRegistry>(*store);
}

void DamageController::setTwin(QObject *twin)
{
    if (!m_session.setTwin(twin))
        return;
    emit twinChanged();
    reload();
}

void DamageController::setCategoryFilter(const QString &category)
{
    if (m_categoryFilter == category)
        return;
    m_categoryFilter = category;
    m_queue->setCategoryFilter(category);
    emit filtersChanged();
}

void DamageController::setStateFilter(const QString &state)
{
    if (m_stateFilter == state)
        return;
    m_stateFilter = state;
    m_queue->setStateFilter(state);
    emit filtersChanged();
}

QVariantList DamageController::categories() const
{
    QVariantList list;
    for (DamageCategory c : allCategories())
        list.append(QVariantMap{{QStringLiteral("name"), categoryName(c)}, {QStringLiteral("label"), categoryLabel(c)},
                                {QStringLiteral("closesRoads"), closesRoads(c)}});
    return list;
}

QVariantList DamageController::states() const
{
    QVariantList list;
    for (TriageState s : allTriageStates())
        list.append(QVariantMap{{QStringLiteral("name"), triageStateName(s)}, {QStringLiteral("label"), triageStateLabel(s)}});
    return list;
}

QVariantList DamageController::reporterKinds() const
{
    QVariantList list;
    for (ReporterKind k : allReporterKinds())
        list.append(QVariantMap{{QStringLiteral("name"), reporterKindName(k)}, {QStringLiteral("label"), reporterKindLabel(k)}});
    return list;
}

double DamageController::roadBlockedRadius() const
{
    return ClosurePolicy().roadBlockedRadiusM;
}

double DamageController::floodingRadius() const
{
    return ClosurePolicy().floodingRadiusM;
}

void DamageController::reload()
{
    store::TwinStore *store = m_session.store();
    auto registry = this->registry();
    m_available = registry && registry->reader().hasSchema();
    if (m_available) {
        const core::Actor actor = m_session.actor();
        const QString layer = DamageSchema::layerName();
        m_mayReport = !store->isReadOnly() && store->mayPerform(actor, DamageActions::report(), layer).ok();
        m_mayTriage = !store->isReadOnly() && store->mayPerform(actor, DamageActions::triage(), layer).ok();
        m_mayResolve = !store->isReadOnly() && store->mayPerform(actor, DamageActions::resolve(), layer).ok();
        auto reports = registry->reader().reports();
        if (reports) {
            m_queue->setReports(std::move(reports.value()), registry->now());
        } else {
            m_queue->setReports({}, registry->now());
            setError(reports.error().toString());
        }
    } else {
        m_mayReport = m_mayTriage = m_mayResolve = false;
        m_queue->setReports({}, QDateTime::currentDateTimeUtc());
    }
    emit changed();
    refreshSelection();
}

void DamageController::select(qint64 fid)
{
    m_selectedFid = fid;
    refreshSelection();
}

void DamageController::refreshSelection()
{
    m_selected.clear();
    m_suggestions.clear();
    auto registry = this->registry();
    if (m_selectedFid > 0 && registry && m_available) {
        auto report = registry->reader().report(m_selectedFid);
        if (report) {
            const DamageReport &r = report.value();
            m_selected = {{QStringLiteral("fid"), r.fid},
                          {QStringLiteral("x"), r.position.x},
                          {QStringLiteral("y"), r.position.y},
                          {QStringLiteral("position"), lonLat(r.position.x, r.position.y).value(QStringLiteral("text"))},
                          {QStringLiteral("category"), categoryName(r.category)},
                          {QStringLiteral("categoryLabel"), categoryLabel(r.category)},
                          {QStringLiteral("closesRoads"), closesRoads(r.category)},
                          {QStringLiteral("severity"), r.severity},
                          {QStringLiteral("description"), r.description},
                          {QStringLiteral("reporterKindLabel"), reporterKindLabel(r.reporterKind)},
                          {QStringLiteral("reporterName"), r.reporterName},
                          {QStringLiteral("reportedAt"), r.reportedAt.toLocalTime()},
                          {QStringLiteral("enteredAt"), r.enteredAt.toLocalTime()},
                          {QStringLiteral("enteredBy"), r.enteredBy},
                          {QStringLiteral("state"), triageStateName(r.state)},
                          {QStringLiteral("stateLabel"), triageStateLabel(r.state)},
                          {QStringLiteral("final"), isFinal(r.state)},
                          {QStringLiteral("canVerify"), isTransitionAllowed(r.state, TriageState::Verified)},
                          {QStringLiteral("canAssign"), isTransitionAllowed(r.state, TriageState::Assigned)},
                          {QStringLiteral("canResolve"), isTransitionAllowed(r.state, TriageState::Resolved)},
                          {QStringLiteral("canMarkDuplicate"), isTransitionAllowed(r.state, TriageState::Duplicate)},
                          {QStringLiteral("assignedTo"), r.assignedTo},
                          {QStringLiteral("duplicateOf"), r.duplicateOf},
                          {QStringLiteral("hasPhoto"), r.hasPhoto()},
                          {QStringLiteral("photoBytes"), r.photoBytes}};
            if (r.hasPhoto()) {
                auto bytes = registry->reader().photo(r.fid);
                m_selected.insert(QStringLiteral("photoUrl"), bytes ? thumbnailUrl(bytes.value()) : QString());
            }
            QVariantList steps;
            if (auto list = registry->reader().steps(r.fid)) {
                for (const TriageStep &s : list.value())
                    steps.append(QVariantMap{{QStringLiteral("stateLabel"), triageStateLabel(s.to)},
                                             {QStringLiteral("at"), s.at.toLocalTime()},
                                             {QStringLiteral("operatorName"), s.operatorName},
                                             {QStringLiteral("role"), core::roleName(s.role)},
                                             {QStringLiteral("note"), s.note}});
            }
            m_selected.insert(QStringLiteral("steps"), steps);
            int activeClosures = 0, allClosures = 0;
            if (auto closures = registry->reader().closures(r.fid)) {
                allClosures = int(closures->size());
                for (const auto &c : closures.value())
                    activeClosures += c.until.isValid() ? 0 : 1;
            }
            m_selected.insert(QStringLiteral("closedRoads"), activeClosures);
            m_selected.insert(QStringLiteral("closuresEver"), allClosures);
            if (!isFinal(r.state)) {
                if (auto candidates = registry->suggestDuplicates(r.fid)) {
                    for (const DuplicateCandidate &c : candidates.value()) {
                        auto other = registry->reader().report(c.fid);
                        if (!other)
                            continue;
                        m_suggestions.append(QVariantMap{{QStringLiteral("fid"), c.fid},
                                                         {QStringLiteral("distance"), c.distanceM},
                                                         {QStringLiteral("hours"), c.hoursApart},
                                                         {QStringLiteral("stateLabel"), triageStateLabel(other->state)},
                                                         {QStringLiteral("description"), other->description},
                                                         {QStringLiteral("severity"), other->severity}});
                    }
                }
            }
        } else {
            m_selectedFid = 0;
        }
    } else {
        m_selectedFid = 0;
    }
    emit selectionChanged();
}

void DamageController::setError(const QString &message)
{
    if (m_errorString == message)
        return;
    m_errorString = message;
    emit errorStringChanged();
}

void DamageController::clearError()
{
    setError({});
}

bool DamageController::finish(const core::Status &status, qint64 fid)
{
    if (!status) {
        setError(status.error().toString());
        return false;
    }
    setError({});
    reload();
    emit reportChanged(fid);
    return true;
}

qint64 DamageController::submit(const QVariantMap &form)
{
    auto registry = this->registry();
    if (!registry) {
        setError(tr("No twin is open."));
        return 0;
    }
    NewDamageReport report;
    if (form.contains(QStringLiteral("longitude")) || form.contains(QStringLiteral("latitude"))) {
        bool okLon = false, okLat = false;
        const double lon = form.value(QStringLiteral("longitude")).toDouble(&okLon);
        const double lat = form.value(QStringLiteral("latitude")).toDouble(&okLat);
        auto position = okLon && okLat ? DamageRegistry::fromLonLat(lon, lat)
                                       : core::Result<geo::Point>(core::Error::invalidInput(tr("longitude and latitude must be numbers"),
                                                                                            QStringLiteral("position")));
        if (!position) {
            setError(position.error().toString());
            return 0;
        }
        report.position = position.value();
    } else {
        bool okX = false, okY = false;
        report.position = {form.value(QStringLiteral("x")).toDouble(&okX), form.value(QStringLiteral("y")).toDouble(&okY)};
        if (!okX || !okY) {
            setError(core::Error::invalidInput(tr("pick the place on the map or give its coordinates"), QStringLiteral("position")).toString());
            return 0;
        }
    }
    report.category = form.value(QStringLiteral("category")).toString();
    bool okSeverity = false;
    report.severity = form.value(QStringLiteral("severity")).toInt(&okSeverity);
    if (!okSeverity)
        report.severity = 0;
    report.description = form.value(QStringLiteral("description")).toString().trimmed();
    report.reporterKind = form.value(QStringLiteral("reporterKind"), QStringLiteral("staff")).toString();
    report.reporterName = form.value(QStringLiteral("reporterName")).toString().trimmed();
    const QString photo = form.value(QStringLiteral("photo")).toString();
    if (!photo.isEmpty()) {
        const QUrl url(photo);
        const QString path = url.isLocalFile() ? url.toLocalFile() : photo;
        const QFileInfo info(path);
        if (!info.isFile()) {
            setError(core::Error::invalidInput(tr("%1 is not a file").arg(path), QStringLiteral("photo")).toString());
            return 0;
        }
        if (info.size() > PhotoCheck::kMaxBytes) {
            // Refused before reading it into memory.
            setError(core::Error::invalidInput(tr("%1 has %2 MiB; at most %3 MiB are accepted")
                                                   .arg(path)
                                                   .arg(double(info.size()) / (1024.0 * 1024.0), 0, 'f', 1)
                                                   .arg(PhotoCheck::kMaxBytes / (1024 * 1024)),
                                               QStringLiteral("photo"))
                         .toString());
            return 0;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            setError(core::Error::io(tr("%1 cannot be read: %2").arg(path, file.errorString()), QStringLiteral("photo")).toString());
            return 0;
        }
        report.photo = file.readAll();
    }
    auto fid = registry->submit(m_session.actor(), report);
    if (!fid) {
        setError(fid.error().toString());
        return 0;
    }
    finish(core::Status::success(), fid.value());
    select(fid.value());
    return fid.value();
}

bool DamageController::verify(qint64 fid)
{
    auto registry = this->registry();
    if (!registry)
        return false;
    return finish(registry->verify(m_session.actor(), fid), fid);
}

bool DamageController::assign(qint64 fid, const QString &assignee)
{
    auto registry = this->registry();
    if (!registry)
        return false;
    return finish(registry->assign(m_session.actor(), fid, assignee), fid);
}

bool DamageController::resolve(qint64 fid)
{
    auto registry = this->registry();
    if (!registry)
        return false;
    return finish(registry->resolve(m_session.actor(), fid), fid);
}

bool DamageController::markDuplicate(qint64 fid, qint64 originalFid)
{
    auto registry = this->registry();
    if (!registry)
        return false;
    return finish(registry->markDuplicate(m_session.actor(), fid, originalFid), fid);
}

QVariantMap DamageController::lonLat(double x, double y) const
{
    auto p = DamageRegistry::toLonLat({x, y});
    if (!p)
        return {};
    return {{QStringLiteral("longitude"), p->x},
            {QStringLiteral("latitude"), p->y},
            {QStringLiteral("text"), QStringLiteral("%1° N, %2° E").arg(p->y, 0, 'f', 5).arg(p->x, 0, 'f', 5)}};
}

QVariantMap DamageController::fromLonLat(double longitude, double latitude) const
{
    auto p = DamageRegistry::fromLonLat(longitude, latitude);
    if (!p)
        return {{QStringLiteral("error"), p.error().toString()}};
    return {{QStringLiteral("x"), p->x}, {QStringLiteral("y"), p->y}};
}

} // namespace ct::damage
