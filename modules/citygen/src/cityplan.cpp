// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "cityplan.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace ct::citygen {

namespace {

struct GazetteerEntry
{
    const char *name;
    const char *nameEn;
    double lon;
    double lat;
};

// Approximate positions of Tsukuba's districts (degrees); only used to name things and to shape
// the density field, so a few hundred metres of error do not matter.
constexpr GazetteerEntry kPlaces[] = {
    {"北条", "Hojo", 140.103, 36.171},        {"筑波", "Tsukuba", 140.100, 36.205},
    {"小田", "Oda", 140.127, 36.150},         {"大穂", "Oho", 140.062, 36.140},
    {"豊里", "Toyosato", 140.040, 36.120},    {"吉沼", "Yoshinuma", 140.030, 36.145},
    {"上郷", "Kamigo", 140.010, 36.107},      {"谷田部", "Yatabe", 140.068, 36.040},
    {"みどりの", "Midorino", 140.057, 36.027}, {"茎崎", "Kukizaki", 140.115, 35.990},
    {"高見原", "Takamihara", 140.120, 36.003}, {"桜", "Sakura", 140.140, 36.090},
    {"栄", "Sakae", 140.135, 36.108},         {"吾妻", "Azuma", 140.113, 36.085},
    {"竹園", "Takezono", 140.113, 36.078},    {"千現", "Sengen", 140.118, 36.068},
    {"並木", "Namiki", 140.127, 36.065},      {"松代", "Matsushiro", 140.104, 36.062},
    {"二の宮", "Ninomiya", 140.125, 36.074},  {"春日", "Kasuga", 140.107, 36.090},
    {"天久保", "Amakubo", 140.106, 36.101},   {"研究学園", "Kenkyu-gakuen", 140.082, 36.082},
    {"学園の森", "Gakuen-no-mori", 140.077, 36.096}, {"葛城", "Katsuragi", 140.095, 36.097},
    {"万博公園", "Bampaku-koen", 140.075, 36.118}, {"花畑", "Hanabatake", 140.132, 36.120},
    {"大角豆", "Sasage", 140.082, 36.060},    {"島名", "Shimana", 140.060, 36.075},
    {"高野台", "Takanodai", 140.048, 36.070}, {"真瀬", "Mase", 140.030, 36.085},
    {"手代木", "Teshirogi", 140.150, 36.072}, {"花室", "Hanamuro", 140.150, 36.085},
    {"稲岡", "Inaoka", 140.102, 36.050},      {"館野", "Tateno", 140.125, 36.057},
    {"大曽根", "Ozone", 140.090, 36.140},     {"神郡", "Kamikori", 140.088, 36.188},
    {"沼田", "Numata", 140.115, 36.195},      {"作谷", "Sakuya", 140.045, 36.160},
    {"上境", "Kamisakai", 140.120, 36.135},   {"今鹿島", "Imakashima", 140.045, 36.040},
    {"東光台", "Tokodai", 140.075, 36.030},   {"森の里", "Morinosato", 140.094, 36.012},
    {"上岩崎", "Kamiiwasaki", 140.098, 36.027}, {"下広岡", "Shimohirooka", 140.160, 36.064},
    {"小野崎", "Onozaki", 140.145, 36.060},   {"若栗", "Wakaguri", 140.155, 36.040},
    {"上横場", "Kamiyokoba", 140.085, 36.040}, {"柴崎", "Shibasaki", 140.135, 36.040},
    {"篠崎", "Shinozaki", 140.020, 36.060},   {"中根", "Nakane", 140.145, 36.110},
};

struct CentreEntry
{
    double lon;
    double lat;
    double weight;
    double sigma;  //!< metres at scale 1
};

constexpr CentreEntry kCentres[] = {
    {140.112, 36.083, 1.00, 1300}, // つくばセンター
    {140.082, 36.082, 0.80, 1000}, // 研究学園
    {140.057, 36.027, 0.55, 900},  // みどりの
    {140.075, 36.118, 0.50, 900},  // 万博記念公園
    {140.078, 36.096, 0.55, 900},  // 学園の森
    {140.126, 36.068, 0.55, 1100}, // 並木・二の宮
    {140.070, 36.042, 0.45, 900},  // 谷田部
    {140.103, 36.171, 0.35, 700},  // 北条
    {140.117, 35.995, 0.40, 900},  // 茎崎
    {140.050, 36.130, 0.30, 1000}, // 大穂・豊里
    {140.127, 36.150, 0.25, 600},  // 小田
    {140.012, 36.107, 0.25, 600},  // 上郷
    {140.132, 36.120, 0.30, 700},  // 花畑
};

constexpr CentreEntry kIndustrial[] = {
    {140.075, 36.030, 1.0, 700}, // 東光台研究団地
    {140.104, 36.186, 1.0, 600}, // 北部工業団地
    {140.150, 36.050, 0.8, 500}, // 上大島・若栗
};

} // namespace

geo::Point CityPlan::place(double lon, double lat) const
{
    geo::Point p{lon, lat};
    if (toLocal)
        toLocal->forward(p);
    return {centre.x + (p.x - centre.x) * linearFactor, centre.y + (p.y - centre.y) * linearFactor};
}

void CityPlan::setUpGazetteer()
{
    places.clear();
    for (const auto &entry : kPlaces)
        places.push_back({QString::fromUtf8(entry.name), QString::fromUtf8(entry.nameEn), place(entry.lon, entry.lat)});
    centres.clear();
    for (const auto &entry : kCentres)
        centres.push_back({place(entry.lon, entry.lat), entry.weight, entry.sigma * linearFactor});
    industrialZones.clear();
    for (const auto &entry : kIndustrial)
        industrialZones.push_back({place(entry.lon, entry.lat), entry.weight, entry.sigma * linearFactor});
}

static double bumps(const std::vector<DensityCentre> &centres, geo::Point p)
{
    double sum = 0.0;
    for (const auto &c : centres) {
        const double dx = p.x - c.position.x, dy = p.y - c.position.y;
        const double d2 = dx * dx + dy * dy;
        const double s2 = 2.0 * c.sigma * c.sigma;
        if (d2 < 9.0 * s2)
            sum += c.weight * std::exp(-d2 / s2);
    }
    return sum;
}

double CityPlan::density(geo::Point p) const
{
    return std::min(1.0, 0.07 + bumps(centres, p));
}

double CityPlan::industrial(geo::Point p) const
{
    return std::min(1.0, bumps(industrialZones, p));
}

const NamedPlace &CityPlan::nearestPlace(geo::Point p) const
{
    std::size_t best = 0;
    double bestD = std::numeric_limits<double>::infinity();
    for (std::size_t i = 0; i < places.size(); ++i) {
        const double d = std::hypot(places[i].position.x - p.x, places[i].position.y - p.y);
        if (d < bestD) {
            bestD = d;
            best = i;
        }
    }
    return places[best];
}

geo::Point CityPlan::pullInside(geo::Point p) const
{
    if (boundary.contains(p))
        return p;
    for (int step = 1; step <= 50; ++step) {
        const double t = step / 50.0;
        const geo::Point q{p.x + (centre.x - p.x) * t, p.y + (centre.y - p.y) * t};
        if (boundary.contains(q) && boundary.distanceToEdge(q, 20.0) >= 20.0)
            return q;
    }
    return centre;
}

geo::Point CityPlan::blockPoint(int i, int j, double u, double v) const
{
    const auto &p00 = gridPoint[gridIndex(i, j)];
    const auto &p10 = gridPoint[gridIndex(i + 1, j)];
    const auto &p01 = gridPoint[gridIndex(i, j + 1)];
    const auto &p11 = gridPoint[gridIndex(i + 1, j + 1)];
    const double x = (1 - u) * (1 - v) * p00.x + u * (1 - v) * p10.x + (1 - u) * v * p01.x + u * v * p11.x;
    const double y = (1 - u) * (1 - v) * p00.y + u * (1 - v) * p10.y + (1 - u) * v * p01.y + u * v * p11.y;
    return {x, y};
}

geo::Point CityPlan::blockDirection(int i, int j) const
{
    const auto &p00 = gridPoint[gridIndex(i, j)];
    const auto &p10 = gridPoint[gridIndex(i + 1, j)];
    return {p10.x - p00.x, p10.y - p00.y};
}

namespace roadrank {

QString className(int rank)
{
    switch (rank) {
    case kTrunk: return QStringLiteral("trunk");
    case kPrimary: return QStringLiteral("primary");
    case kSecondary: return QStringLiteral("secondary");
    case kTertiary: return QStringLiteral("tertiary");
    case kResidential: return QStringLiteral("residential");
    default: return QStringLiteral("service");
    }
}

int lanes(int rank, double density)
{
    switch (rank) {
    case kTrunk:
    case kPrimary: return 4;
    case kSecondary:
    case kTertiary: return 2;
    case kResidential: return density > 0.4 ? 2 : 1;
    default: return 1;
    }
}

double speedKmh(int rank)
{
    switch (rank) {
    case kTrunk: return 60.0;
    case kPrimary: return 50.0;
    case kSecondary: return 50.0;
    case kTertiary: return 40.0;
    case kResidential: return 30.0;
    default: return 20.0;
    }
}

} // namespace roadrank

} // namespace ct::citygen
