// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/sim/featurestate.h"

#include <QJsonArray>

namespace ct::sim {

void FeatureState::append(qint64 fid, const std::vector<double> &numberValues, const QStringList &textValues)
{
    fids.push_back(fid);
    for (qsizetype i = 0; i < numberNames.size(); ++i)
        numbers.push_back(std::size_t(i) < numberValues.size() ? numberValues[std::size_t(i)] : 0.0);
    for (qsizetype i = 0; i < textNames.size(); ++i)
        texts.append(i < textValues.size() ? textValues[i] : QString());
}

int FeatureState::row(qint64 fid) const
{
    for (std::size_t i = 0; i < fids.size(); ++i) {
        if (fids[i] == fid)
            return int(i);
    }
    return -1;
}

QJsonObject FeatureState::describe() const
{
    return {{QStringLiteral("numbers"), QJsonArray::fromStringList(numberNames)},
            {QStringLiteral("texts"), QJsonArray::fromStringList(textNames)},
            {QStringLiteral("text_values"), QJsonArray::fromStringList(texts)},
            {QStringLiteral("style"), style.toJson()}};
}

FeatureState FeatureState::restore(const QString &layer, const QJsonObject &description, std::vector<qint64> fids,
                                   std::vector<double> numbers)
{
    auto strings = [](const QJsonValue &v) {
        QStringList out;
        for (const QJsonValue &item : v.toArray())
            out << item.toString();
        return out;
    };
    FeatureState s;
    s.layer = layer;
    s.fids = std::move(fids);
    s.numbers = std::move(numbers);
    s.numberNames = strings(description.value(QStringLiteral("numbers")));
    s.textNames = strings(description.value(QStringLiteral("texts")));
    s.texts = strings(description.value(QStringLiteral("text_values")));
    s.style = FeatureStyle::fromJson(description.value(QStringLiteral("style")).toObject());
    // A damaged record must not make the view index out of range.
    if (s.numbers.size() != s.fids.size() * std::size_t(s.numberNames.size()))
        s.numbers.resize(s.fids.size() * std::size_t(s.numberNames.size()), 0.0);
    while (s.texts.size() < qsizetype(s.fids.size()) * s.textNames.size())
        s.texts.append(QString());
    return s;
}

} // namespace ct::sim
