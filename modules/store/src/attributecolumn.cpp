// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/store/attributecolumn.h"

#include <QByteArray>
#include <QDateTime>

#include <bit>
#include <utility>

namespace ct::store {

AttributeColumn::AttributeColumn(QString name, FieldDefinition::Type type) : m_name(std::move(name)), m_type(type)
{
    switch (type) {
    case FieldDefinition::Type::Integer:
    case FieldDefinition::Type::Real:
    case FieldDefinition::Type::Boolean:
        m_hasNumbers = true;
        break;
    case FieldDefinition::Type::Text:
    case FieldDefinition::Type::DateTime:
    case FieldDefinition::Type::Blob:
        m_hasBytes = true;
        m_offsets.push_back(0);
        break;
    }
}

double AttributeColumn::real(std::size_t row, double fallback) const
{
    switch (m_storage[row]) {
    case Storage::Integer: return double(m_numbers[row]);
    case Storage::Real: return std::bit_cast<double>(m_numbers[row]);
    default: return fallback;
    }
}

qint64 AttributeColumn::integer(std::size_t row, qint64 fallback) const
{
    switch (m_storage[row]) {
    case Storage::Integer: return m_numbers[row];
    case Storage::Real: return qint64(std::bit_cast<double>(m_numbers[row]));
    default: return fallback;
    }
}

std::string_view AttributeColumn::bytes(std::size_t row) const
{
    if (!m_hasBytes || (m_storage[row] != Storage::Text && m_storage[row] != Storage::Blob))
        return {};
    return std::string_view(m_bytes.data() + m_offsets[row], m_offsets[row + 1] - m_offsets[row]);
}

QVariant AttributeColumn::value(std::size_t row) const
{
    // Mirrors columnValue() in twinstorelayers.cpp, which read() uses.
    switch (m_storage[row]) {
    case Storage::Null:
        return {};
    case Storage::Integer:
        if (m_type == FieldDefinition::Type::Boolean)
            return QVariant(m_numbers[row] != 0);
        return QVariant(qint64(m_numbers[row]));
    case Storage::Real:
        return QVariant(std::bit_cast<double>(m_numbers[row]));
    case Storage::Blob: {
        const std::string_view b = bytes(row);
        return QVariant(QByteArray(b.data(), qsizetype(b.size())));
    }
    case Storage::Text: {
        const std::string_view b = bytes(row);
        const QString text = QString::fromUtf8(b.data(), qsizetype(b.size()));
        if (m_type == FieldDefinition::Type::DateTime) {
            const QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
            if (dt.isValid())
                return QVariant(dt);
        }
        return QVariant(text);
    }
    }
    return {};
}

void AttributeColumn::reserve(std::size_t rows, std::size_t bytesPerRow)
{
    m_storage.reserve(rows);
    if (m_hasNumbers)
        m_numbers.reserve(rows);
    if (m_hasBytes) {
        m_offsets.reserve(rows + 1);
        m_bytes.reserve(rows * bytesPerRow);
    }
}

void AttributeColumn::ensureNumbers()
{
    if (m_hasNumbers)
        return;
    m_hasNumbers = true;
    m_numbers.assign(m_storage.size(), 0);
}

void AttributeColumn::ensureBytes()
{
    if (m_hasBytes)
        return;
    m_hasBytes = true;
    m_offsets.assign(m_storage.size() + 1, 0);
}

void AttributeColumn::appendNull()
{
    m_storage.push_back(Storage::Null);
    if (m_hasNumbers)
        m_numbers.push_back(0);
    if (m_hasBytes)
        m_offsets.push_back(m_offsets.back());
}

void AttributeColumn::appendInteger(std::int64_t value)
{
    ensureNumbers();
    m_storage.push_back(Storage::Integer);
    m_numbers.push_back(value);
    if (m_hasBytes)
        m_offsets.push_back(m_offsets.back());
}

void AttributeColumn::appendReal(double value)
{
    ensureNumbers();
    m_storage.push_back(Storage::Real);
    m_numbers.push_back(std::bit_cast<std::int64_t>(value));
    if (m_hasBytes)
        m_offsets.push_back(m_offsets.back());
}

void AttributeColumn::appendBytes(Storage storage, const char *data, std::size_t size)
{
    ensureBytes();
    m_storage.push_back(storage);
    if (m_hasNumbers)
        m_numbers.push_back(0);
    m_bytes.insert(m_bytes.end(), data, data + size);
    m_offsets.push_back(std::uint32_t(m_bytes.size()));
}

void AttributeColumn::removeLast()
{
    if (m_storage.empty())
        return;
    m_storage.pop_back();
    if (m_hasNumbers)
        m_numbers.pop_back();
    if (m_hasBytes) {
        m_offsets.pop_back();
        m_bytes.resize(m_offsets.back());
    }
}

} // namespace ct::store
