// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/store/layerdefinition.h"

#include <QString>
#include <QVariant>

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace ct::store {

/// \brief One attribute column of a layer read column-wise: typed arrays instead of a QVariant
/// (and, for text, a QString allocation) per cell.
///
/// SQLite is dynamically typed, so every cell keeps the storage class SQLite returned it with
/// (storage()); numbers sit in one 8-byte slot per row (integer or double by the storage class),
/// text and blobs as bytes in one arena with n + 1 offsets. A Real or Integer column has the number
/// slots, a Text, DateTime or Blob column the arena; a cell of the other kind (SQLite allows
/// 'abc' in an INTEGER column) makes the column carry both arrays, so nothing is lost and
/// value(i) equals the QVariant TwinStore::read() gives for the same cell.
class AttributeColumn
{
public:
    //! SQLite's storage classes, as SQLite numbers them (SQLITE_INTEGER … SQLITE_NULL).
    enum class Storage : std::uint8_t { Integer = 1, Real = 2, Text = 3, Blob = 4, Null = 5 };

    AttributeColumn() = default;
    AttributeColumn(QString name, FieldDefinition::Type type);

    const QString &name() const { return m_name; }
    FieldDefinition::Type type() const { return m_type; }
    std::size_t size() const { return m_storage.size(); }

    std::span<const Storage> storage() const { return m_storage; }
    bool isNull(std::size_t row) const { return m_storage[row] == Storage::Null; }

    //! True when the column holds number slots (a Real, Integer or Boolean column, or a mixed one).
    bool hasNumbers() const { return m_hasNumbers; }
    //! True when the column holds a byte arena (Text, DateTime or Blob column, or a mixed one).
    bool hasBytes() const { return m_hasBytes; }

    /// The number in `row` as a double (integers converted); `fallback` for NULL, text and blobs.
    double real(std::size_t row, double fallback = 0.0) const;
    /// The number in `row` as an integer (reals truncated); `fallback` for NULL, text and blobs.
    qint64 integer(std::size_t row, qint64 fallback = 0) const;
    /// The UTF-8 text or blob bytes of `row`; empty for NULL and numbers. Valid while the column lives.
    std::string_view bytes(std::size_t row) const;
    /// The cell as TwinStore::read() gives it: bool for Boolean, QDateTime for valid DateTime
    /// text, qint64, double, QString, QByteArray, or an invalid QVariant for NULL.
    QVariant value(std::size_t row) const;

    //! Raw arrays for bulk consumers: the 8-byte slots (interpret by storage()) and the arena.
    std::span<const std::int64_t> numberSlots() const { return m_numbers; }
    std::span<const std::uint32_t> byteOffsets() const { return m_offsets; }
    std::span<const char> arena() const { return m_bytes; }

    // --- building (used by the reader) ---------------------------------------------------------
    void reserve(std::size_t rows, std::size_t bytesPerRow = 16);
    void appendNull();
    void appendInteger(std::int64_t value);
    void appendReal(double value);
    void appendBytes(Storage storage, const char *data, std::size_t size);
    //! Removes the last row (a filtered-out feature).
    void removeLast();

private:
    void ensureNumbers();
    void ensureBytes();

    QString m_name;
    FieldDefinition::Type m_type = FieldDefinition::Type::Text;
    bool m_hasNumbers = false;
    bool m_hasBytes = false;
    std::vector<Storage> m_storage;
    std::vector<std::int64_t> m_numbers;   //!< one slot per row when hasNumbers(): int64, or a double's bits
    std::vector<std::uint32_t> m_offsets;  //!< size() + 1 entries when hasBytes()
    std::vector<char> m_bytes;
};

} // namespace ct::store
