// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/assets/deteriorationmodel.h"

#include "ct/store/sqlstatement.h"
#include "ct/store/twinstore.h"

#include <QCoreApplication>

#include <cmath>

namespace ct::assets {

DeteriorationModel::Matrix DeteriorationModel::oneStep(double fromI, double fromII, double fromIII)
{
    Matrix m{};
    m[0] = {1.0 - fromI, fromI, 0.0, 0.0};
    m[1] = {0.0, 1.0 - fromII, fromII, 0.0};
    m[2] = {0.0, 0.0, 1.0 - fromIII, fromIII};
    m[3] = {0.0, 0.0, 0.0, 1.0};
    return m;
}

DeteriorationModel DeteriorationModel::defaults()
{
    DeteriorationModel model;
    model.m_matrices[std::size_t(AssetType::Bridge)] = oneStep(0.025, 0.015, 0.04);
    model.m_matrices[std::size_t(AssetType::Pavement)] = oneStep(0.06, 0.05, 0.08);
    model.m_matrices[std::size_t(AssetType::WaterPipe)] = oneStep(0.02, 0.012, 0.04);
    model.m_matrices[std::size_t(AssetType::SewerPipe)] = oneStep(0.018, 0.01, 0.04);
    return model;
}

GradeVector DeteriorationModel::certain(Grade grade)
{
    GradeVector v{};
    v[std::size_t(gradeIndex(grade))] = 1.0;
    return v;
}

namespace {

core::Status checkRow(AssetType type, Grade from, const GradeVector &row)
{
    const QString where = QStringLiteral("%1 %2").arg(assetTypeCode(type), gradeCode(from));
    double sum = 0.0;
    for (int to = 0; to < kGradeCount; ++to) {
        const double p = row[std::size_t(to)];
        if (!std::isfinite(p) || p < 0.0 || p > 1.0)
            return core::Error::invalidInput(
                QCoreApplication::translate("DeteriorationModel", "probability %1 to %2 is outside 0–1").arg(p).arg(gradeCode(gradeAt(to))),
                where);
        if (to < gradeIndex(from) && p > 0.0)
            return core::Error::invalidInput(
                QCoreApplication::translate("DeteriorationModel", "an asset does not improve by itself (to %1)").arg(gradeCode(gradeAt(to))),
                where);
        sum += p;
    }
    if (std::abs(sum - 1.0) > 1e-9)
        return core::Error::invalidInput(QCoreApplication::translate("DeteriorationModel", "the row sums to %1, not 1").arg(sum, 0, 'g', 12),
                                         where);
    return core::Status::success();
}

} // namespace

core::Status DeteriorationModel::setRow(AssetType type, Grade from, const GradeVector &row)
{
    if (core::Status s = checkRow(type, from, row); !s)
        return s;
    m_matrices[std::size_t(type)][std::size_t(gradeIndex(from))] = row;
    return core::Status::success();
}

core::Status DeteriorationModel::setMatrix(AssetType type, const Matrix &matrix)
{
    for (Grade g : allGrades())
        if (core::Status s = checkRow(type, g, matrix[std::size_t(gradeIndex(g))]); !s)
            return s;
    m_matrices[std::size_t(type)] = matrix;
    return core::Status::success();
}

double DeteriorationModel::probability(AssetType type, Grade from, Grade to) const
{
    return matrix(type)[std::size_t(gradeIndex(from))][std::size_t(gradeIndex(to))];
}

GradeVector DeteriorationModel::step(AssetType type, const GradeVector &distribution) const
{
    const Matrix &m = matrix(type);
    GradeVector next{};
    for (std::size_t from = 0; from < kGradeCount; ++from)
        for (std::size_t to = 0; to < kGradeCount; ++to)
            next[to] += distribution[from] * m[from][to];
    return next;
}

GradeVector DeteriorationModel::distributionAfter(AssetType type, const GradeVector &initial, int years) const
{
    GradeVector v = initial;
    for (int y = 0; y < years; ++y)
        v = step(type, v);
    return v;
}

std::vector<GradeVector> DeteriorationModel::trajectory(AssetType type, const GradeVector &initial, int years) const
{
    std::vector<GradeVector> out;
    out.reserve(std::size_t(std::max(0, years) + 1));
    out.push_back(initial);
    for (int y = 0; y < years; ++y)
        out.push_back(step(type, out.back()));
    return out;
}

double DeteriorationModel::failureProbability(AssetType type, Grade grade, int years) const
{
    return distributionAfter(type, certain(grade), years)[std::size_t(gradeIndex(Grade::IV))];
}

Grade DeteriorationModel::sample(AssetType type, Grade from, double u) const
{
    const GradeVector &row = matrix(type)[std::size_t(gradeIndex(from))];
    double cumulative = 0.0;
    for (int to = 0; to < kGradeCount; ++to) {
        cumulative += row[std::size_t(to)];
        if (u < cumulative)
            return gradeAt(to);
    }
    // rounding left u ≥ the sum: the last grade with any probability
    for (int to = kGradeCount - 1; to >= 0; --to)
        if (row[std::size_t(to)] > 0.0)
            return gradeAt(to);
    return from;
}

core::Result<DeteriorationModel> DeteriorationModel::read(const store::TwinStore &twin)
{
    DeteriorationModel model = defaults();
    store::SqlStatement q(twin.handle(), "SELECT asset_type, from_grade, to_grade, probability FROM asset_transition ORDER BY 1, 2, 3");
    std::array<Matrix, kAssetTypeCount> read{};
    std::array<bool, kAssetTypeCount> seen{};
    while (q.next()) {
        AssetType type;
        if (!parseAssetType(q.text(0), &type))
            return core::Error::invalidInput(QCoreApplication::translate("DeteriorationModel", "unknown asset type \"%1\"").arg(q.text(0)),
                                             QStringLiteral("asset_transition"));
        const qint64 from = q.int64(1), to = q.int64(2);
        if (from < 1 || from > 4 || to < 1 || to > 4)
            return core::Error::invalidInput(QCoreApplication::translate("DeteriorationModel", "grade outside 1–4"),
                                             QStringLiteral("asset_transition"));
        read[std::size_t(type)][std::size_t(from - 1)][std::size_t(to - 1)] = q.real(3);
        seen[std::size_t(type)] = true;
    }
    if (!q.status())
        return q.status().error();
    for (AssetType type : allAssetTypes()) {
        if (!seen[std::size_t(type)])
            continue;
        if (core::Status s = model.setMatrix(type, read[std::size_t(type)]); !s)
            return core::Error::invalidInput(s.error().message, QStringLiteral("asset_transition: ") + s.error().where);
    }
    return model;
}

core::Status DeteriorationModel::write(store::TwinStore &twin) const
{
    store::SqlStatement q(twin.handle(),
                          "INSERT OR REPLACE INTO asset_transition (asset_type, from_grade, to_grade, probability) VALUES (?, ?, ?, ?)");
    for (AssetType type : allAssetTypes()) {
        for (int from = 0; from < kGradeCount; ++from) {
            for (int to = 0; to < kGradeCount; ++to) {
                q.reset();
                q.bind(1, assetTypeCode(type));
                q.bind(2, from + 1);
                q.bind(3, to + 1);
                q.bind(4, m_matrices[std::size_t(type)][std::size_t(from)][std::size_t(to)]);
                if (core::Status s = q.exec(); !s)
                    return s;
            }
        }
    }
    return core::Status::success();
}

} // namespace ct::assets
