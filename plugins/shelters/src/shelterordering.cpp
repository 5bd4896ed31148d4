// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "shelterordering.h"

#include "shelterfilter.h"

#include <QCollator>

#include <algorithm>
#include <array>

namespace ct::shelters {

namespace {

constexpr std::array<std::pair<ShelterOrdering::Key, const char *>, 9> kNames{{
    {ShelterOrdering::Key::Attention, "attention"},
    {ShelterOrdering::Key::Name, "name"},
    {ShelterOrdering::Key::Status, "status"},
    {ShelterOrdering::Key::Occupancy, "occupancy"},
    {ShelterOrdering::Key::Congestion, "congestion"},
    {ShelterOrdering::Key::Capacity, "capacity"},
    {ShelterOrdering::Key::FreePlaces, "free"},
    {ShelterOrdering::Key::OpenRequests, "requests"},
    {ShelterOrdering::Key::Load, "load"},
}};

//! -1, 0, 1
template<typename T>
int compare(const T &a, const T &b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

} // namespace

std::optional<ShelterOrdering::Key> ShelterOrdering::fromName(const QString &name)
{
    for (const auto &[key, text] : kNames) {
        if (name == QLatin1String(text))
            return key;
    }
    return std::nullopt;
}

QString ShelterOrdering::name(Key key)
{
    for (const auto &[k, text] : kNames) {
        if (k == key)
            return QString::fromLatin1(text);
    }
    return {};
}

void ShelterOrdering::sort(std::vector<int> &rows, const std::vector<ShelterRecord> &records, Key key, bool ascending,
                           bool englishNames)
{
    // Names compare in the locale's collation (kana and kanji as Japanese readers expect), keyed
    // once per row instead of once per comparison.
    QCollator collator;
    collator.setNumericMode(true);
    std::vector<QCollatorSortKey> names;
    names.reserve(records.size());
    for (const ShelterRecord &r : records)
        names.push_back(collator.sortKey(r.displayName(englishNames)));
    auto byName = [&](int a, int b) {
        const int c = names[std::size_t(a)].compare(names[std::size_t(b)]);
        return c != 0 ? c : compare(records[std::size_t(a)].fid, records[std::size_t(b)].fid);
    };
    auto primary = [&](const ShelterRecord &a, const ShelterRecord &b) -> int {
        switch (key) {
        case Key::Attention: {
            // Always "most urgent first"; `ascending` does not apply.
            const bool wa = a.unacknowledgedRequests > 0;
            const bool wb = b.unacknowledgedRequests > 0;
            if (wa != wb)
                return wa ? -1 : 1;
            if (wa && a.oldestUnacknowledgedAt != b.oldestUnacknowledgedAt)
                return compare(a.oldestUnacknowledgedAt, b.oldestUnacknowledgedAt);
            const bool fa = ShelterFilter::needsAttention(a);
            const bool fb = ShelterFilter::needsAttention(b);
            if (fa != fb)
                return fa ? -1 : 1;
            return -compare(a.congestion.ratio(), b.congestion.ratio());
        }
        case Key::Name:
            return 0;
        case Key::Status:
            return compare(int(a.status), int(b.status));
        case Key::Occupancy:
            return compare(a.occupancy, b.occupancy);
        case Key::Congestion:
            return compare(a.congestion.ratio(), b.congestion.ratio());
        case Key::Capacity:
            return compare(a.capacity, b.capacity);
        case Key::FreePlaces:
            return compare(a.capacity - a.occupancy, b.capacity - b.occupancy);
        case Key::OpenRequests:
            return compare(a.openRequests, b.openRequests);
        case Key::Load:
            return compare(a.loadKw, b.loadKw);
        }
        return 0;
    };
    // Descending reverses the key only: ties stay in name order either way (except that a
    // descending sort by name is the name order reversed).
    const bool reverse = !ascending && key != Key::Attention;
    std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) {
        int c = primary(records[std::size_t(a)], records[std::size_t(b)]);
        if (c != 0)
            return reverse ? c > 0 : c < 0;
        c = byName(a, b);
        return reverse && key == Key::Name ? c > 0 : c < 0;
    });
}

} // namespace ct::shelters
