// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/geo/crstransform.h"

#include <proj.h>

#include <cmath>

namespace ct::geo {

using core::Error;

struct CrsTransform::State
{
    PJ_CONTEXT *context = nullptr;
    PJ *transform = nullptr;
    QString from;
    QString to;

    ~State()
    {
        if (transform)
            proj_destroy(transform);
        if (context)
            proj_context_destroy(context);
    }
};

CrsTransform::CrsTransform(std::unique_ptr<State> state) : m_state(std::move(state)) {}
CrsTransform::CrsTransform(CrsTransform &&other) noexcept = default;
CrsTransform &CrsTransform::operator=(CrsTransform &&other) noexcept = default;
CrsTransform::~CrsTransform() = default;

core::Result<CrsTransform> CrsTransform::create(int fromEpsg, int toEpsg)
{
    return create(QStringLiteral("EPSG:%1").arg(fromEpsg), QStringLiteral("EPSG:%1").arg(toEpsg));
}

core::Result<CrsTransform> CrsTransform::create(const QString &from, const QString &to)
{
    auto state = std::make_unique<State>();
    state->context = proj_context_create();
    state->from = from;
    state->to = to;
    proj_log_level(state->context, PJ_LOG_NONE);
    const QByteArray fromUtf8 = from.toUtf8();
    const QByteArray toUtf8 = to.toUtf8();
    PJ *raw = proj_create_crs_to_crs(state->context, fromUtf8.constData(), toUtf8.constData(), nullptr);
    if (!raw) {
        const int code = proj_context_errno(state->context);
        return Error::unsupported(QStringLiteral("PROJ cannot transform from %1 to %2 (%3)")
                                      .arg(from, to, QString::fromUtf8(proj_context_errno_string(state->context, code))),
                                  QStringLiteral("CRS"));
    }
    state->transform = proj_normalize_for_visualization(state->context, raw);
    proj_destroy(raw);
    if (!state->transform)
        return Error::unsupported(QStringLiteral("PROJ cannot normalise the axis order of %1 → %2").arg(from, to),
                                  QStringLiteral("CRS"));
    return CrsTransform(std::move(state));
}

bool CrsTransform::apply(std::span<Point> points, bool forwardDirection) const
{
    if (points.empty())
        return true;
    const PJ_DIRECTION dir = forwardDirection ? PJ_FWD : PJ_INV;
    proj_trans_generic(m_state->transform, dir,
                       &points[0].x, sizeof(Point), points.size(),
                       &points[0].y, sizeof(Point), points.size(),
                       nullptr, 0, 0, nullptr, 0, 0);
    bool ok = true;
    for (const auto &p : points) {
        if (!std::isfinite(p.x) || !std::isfinite(p.y))
            ok = false;
    }
    return ok;
}

bool CrsTransform::forward(Point &p) const { return apply(std::span<Point>(&p, 1), true); }
bool CrsTransform::inverse(Point &p) const { return apply(std::span<Point>(&p, 1), false); }
bool CrsTransform::forward(std::span<Point> points) const { return apply(points, true); }
bool CrsTransform::inverse(std::span<Point> points) const { return apply(points, false); }

QString CrsTransform::sourceCrs() const { return m_state->from; }
QString CrsTransform::targetCrs() const { return m_state->to; }

} // namespace ct::geo
