// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#pragma once

#include "ct/pluginapi/reportsection.h"

#include <QFont>
#include <QList>
#include <QMarginsF>
#include <QPair>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <functional>
#include <vector>

class QPainter;
class QPaintDevice;
class QPagedPaintDevice;

namespace ct::report {

/// \brief Lays blocks of a report (headings, paragraphs, key figures, tables, drawings) out on
/// pages of a fixed size, then paints them.
///
/// Layout happens first, into one list of drawing steps per page, so that the page count is known
/// when the pages are painted ("page 3 of 7") and a table can break across pages with its header
/// row repeated. Measurements use the metrics of the device the pages will be painted on (the
/// PDF writer), in its pixels; `millimetres()` converts.
class PageFlow
{
public:
    using Drawing = std::function<void(QPainter &painter, const QRectF &area)>;
    /// Paints a page's header and footer; `page` counts from 1.
    using PageDecoration = std::function<void(QPainter &painter, const QRectF &page, const QRectF &content,
                                              int pageNumber, int pageCount)>;

    /// `device` is the paint device the pages go to (for font metrics); `pageSize` and `margins`
    /// in its pixels; `baseFont` is the body text font (its family is used for every style).
    PageFlow(QPaintDevice *device, QSizeF pageSize, QMarginsF margins, const QFont &baseFont);

    double millimetres(double mm) const;
    QRectF contentRect() const;
    //! Height left on the current page, in device pixels.
    double remainingHeight() const;
    int pageCount() const { return int(m_pages.size()); }

    void title(const QString &text);
    //! Level 1 (section) or 2 (table title); kept on the same page as what follows it.
    void heading(const QString &text, int level = 1);
    void paragraph(const QString &text);
    //! Key figures as a grid of small boxes: label above, value below.
    void figures(const QList<QPair<QString, QString>> &figures);
    /// A table as wide as the text; rows never split, and each page it continues on starts with
    /// the title (marked as continued) and the header row again.
    void table(const plugin::ReportTable &table);
    //! A fixed-height drawing (the map), moved to a new page when it does not fit.
    void drawing(double height, Drawing draw);
    void space(double mm);
    void pageBreak();

    /// Paints every page on `painter`, which must be active on `device`; calls `decoration` on
    /// each page after its content. Returns false when the device refused a new page.
    bool paint(QPainter &painter, QPagedPaintDevice &device, const PageDecoration &decoration) const;

    QFont font(double pointSize, bool bold = false) const;

private:
    using Step = std::function<void(QPainter &)>;
    void ensureRoom(double height);
    void add(Step step);
    //! Lays `text` out in lines of `width`; returns the line texts with their heights.
    std::vector<QPair<QString, double>> lines(const QString &text, const QFont &font, double width) const;
    double textHeight(const QString &text, const QFont &font, double width) const;
    void tableHeader(const plugin::ReportTable &table, const std::vector<double> &widths, bool continued);

    QPaintDevice *m_device;
    QSizeF m_pageSize;
    QMarginsF m_margins;
    QFont m_base;
    std::vector<std::vector<Step>> m_pages;
    double m_y = 0.0; //!< top of the free space on the current page
};

} // namespace ct::report
