// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include <QString>

namespace ct::core {

/// \brief What went wrong, and where, in words a user can act on.
///
/// `where` names the file, line, feature or JSON path ("shelters.csv:12", "events[3].at");
/// `message` says the problem ("expected a duration like \"00:30\"").
struct Error
{
    enum class Kind {
        InvalidInput,   //!< the user's data or arguments are wrong
        NotFound,       //!< a file, layer, feature or plugin does not exist
        Unsupported,    //!< a format, version or feature this build cannot handle
        Refused,        //!< a permission or lifecycle rule forbids the action
        Io,             //!< the file system or database failed
        Internal        //!< a bug: should not happen
    };

    Kind kind = Kind::Internal;
    QString message;
    QString where;

    static Error invalidInput(QString message, QString where = {});
    static Error notFound(QString message, QString where = {});
    static Error unsupported(QString message, QString where = {});
    static Error refused(QString message, QString where = {});
    static Error io(QString message, QString where = {});
    static Error internal(QString message, QString where = {});

    /// "where: message", or only the message when there is no location.
    QString toString() const;
};

} // namespace ct::core
