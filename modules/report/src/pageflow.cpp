// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/report/pageflow.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPaintDevice>
#include <QRegularExpression>
#include <QTextLayout>

#include <algorithm>
#include <numeric>

namespace ct::report {

namespace {

const QColor kText(0x20, 0x20, 0x20);
const QColor kMuted(0x60, 0x60, 0x60);
const QColor kAccent(0x1f, 0x4e, 0x79);
const QColor kRule(0xb0, 0xb0, 0xb0);
const QColor kHeaderFill(0xe4, 0xea, 0xf1);
const QColor kZebra(0xf5, 0xf6, 0xf8);

constexpr double kBodyPoints = 10.0;
constexpr double kTablePoints = 8.5;

/// A column of numbers (and units or percentages after them) reads better right-aligned.
bool isNumericColumn(const plugin::ReportTable &table, int column)
{
    static const QRegularExpression number(QStringLiteral(R"(^[-+−]?[0-9][0-9,.\s]*(\S{0,4})$)"));
    bool any = false;
    for (const QStringList &row : table.rows) {
        const QString cell = column < row.size() ? row[column].trimmed() : QString();
        if (cell.isEmpty())
            continue;
        if (!number.match(cell).hasMatch())
            return false;
        any = true;
    }
    return any;
}

std::vector<QPair<QString, double>> layoutLines(QPaintDevice *device, const QString &text, const QFont &font, double width)
{
    std::vector<QPair<QString, double>> out;
    const QFontMetricsF metrics(font, device);
    for (const QString &paragraph : text.split(QLatin1Char('\n'))) {
        if (paragraph.isEmpty()) {
            out.push_back({QString(), metrics.height()});
            continue;
        }
        QTextLayout layout(paragraph, font, device);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            out.push_back({paragraph.mid(line.textStart(), line.textLength()), line.height()});
        }
        layout.endLayout();
    }
    return out;
}

/// Lines laid out at measuring time and drawn as they were measured, so that what fits is what
/// is drawn (QPainter::drawText's own wrapping would break lines elsewhere).
struct TextBlock
{
    std::vector<QPair<QString, double>> lines;
    QFont font;
    double ascent = 0.0;

    TextBlock(QPaintDevice *device, const QString &text, const QFont &f, double width)
        : lines(layoutLines(device, text, f, width))
        , font(f)
        , ascent(QFontMetricsF(f, device).ascent())
    {
    }

    double height() const
    {
        double h = 0.0;
        for (const auto &line : lines)
            h += line.second;
        return h;
    }
    void paint(QPainter &p, const QRectF &area, Qt::Alignment align) const
    {
        p.setFont(font);
        const QFontMetricsF metrics(font, p.device());
        double y = area.top();
        for (const auto &[text, height] : lines) {
            double x = area.left();
            if (align & Qt::AlignRight)
                x = area.right() - metrics.horizontalAdvance(text);
            p.drawText(QPointF(x, y + ascent), text);
            y += height;
        }
    }
};

} // namespace

PageFlow::PageFlow(QPaintDevice *device, QSizeF pageSize, QMarginsF margins, const QFont &baseFont)
    : m_device(device)
    , m_pageSize(pageSize)
    , m_margins(margins)
    , m_base(baseFont)
{
    m_pages.emplace_back();
    m_y = contentRect().top();
}

double PageFlow::millimetres(double mm) const
{
    return mm * m_device->logicalDpiY() / 25.4;
}

QRectF PageFlow::contentRect() const
{
    return QRectF(QPointF(m_margins.left(), m_margins.top()),
                  QPointF(m_pageSize.width() - m_margins.right(), m_pageSize.height() - m_margins.bottom()));
}

double PageFlow::remainingHeight() const
{
    return contentRect().bottom() - m_y;
}

QFont PageFlow::font(double pointSize, bool bold) const
{
    QFont f = m_base;
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    return f;
}

void PageFlow::add(Step step)
{
    m_pages.back().push_back(std::move(step));
}

void PageFlow::pageBreak()
{
    m_pages.emplace_back();
    m_y = contentRect().top();
}

void PageFlow::ensureRoom(double height)
{
    // A block taller than a whole page goes where it is; breaking before it would only add an
    // empty page.
    if (m_y + height > contentRect().bottom() && m_y > contentRect().top() + 0.5)
        pageBreak();
}

void PageFlow::space(double mm)
{
    m_y = std::min(m_y + millimetres(mm), contentRect().bottom());
}

std::vector<QPair<QString, double>> PageFlow::lines(const QString &text, const QFont &font, double width) const
{
    return layoutLines(m_device, text, font, width);
}

double PageFlow::textHeight(const QString &text, const QFont &font, double width) const
{
    double height = 0.0;
    for (const auto &line : lines(text, font, width))
        height += line.second;
    return height;
}

void PageFlow::title(const QString &text)
{
    const QFont f = font(20.0, true);
    const QRectF content = contentRect();
    const double ascent = QFontMetricsF(f, m_device).ascent();
    for (const auto &[line, height] : lines(text, f, content.width())) {
        ensureRoom(height);
        const QPointF at(content.left(), m_y + ascent);
        add([f, at, line = line](QPainter &p) {
            p.setFont(f);
            p.setPen(kAccent);
            p.drawText(at, line);
        });
        m_y += height;
    }
    const double ruleY = m_y + millimetres(1.5);
    add([content, ruleY, width = millimetres(0.6)](QPainter &p) {
        p.setPen(QPen(kAccent, width));
        p.drawLine(QPointF(content.left(), ruleY), QPointF(content.right(), ruleY));
    });
    m_y = ruleY + millimetres(4);
}

void PageFlow::heading(const QString &text, int level)
{
    const QFont f = level <= 1 ? font(13.0, true) : font(10.5, true);
    const QRectF content = contentRect();
    const auto headingLines = lines(text, f, content.width());
    double height = 0.0;
    for (const auto &line : headingLines)
        height += line.second;
    // Keep the heading with at least a few lines of what follows.
    ensureRoom(height + millimetres(level <= 1 ? 30 : 20));
    if (level <= 1 && m_y > content.top() + 0.5)
        m_y += millimetres(3);
    const double ascent = QFontMetricsF(f, m_device).ascent();
    for (const auto &[line, lineHeight] : headingLines) {
        const QPointF at(content.left(), m_y + ascent);
        add([f, at, line = line, level](QPainter &p) {
            p.setFont(f);
            p.setPen(level <= 1 ? kAccent : kText);
            p.drawText(at, line);
        });
        m_y += lineHeight;
    }
    if (level <= 1) {
        const double ruleY = m_y + millimetres(0.8);
        add([content, ruleY, width = millimetres(0.25)](QPainter &p) {
            p.setPen(QPen(kRule, width));
            p.drawLine(QPointF(content.left(), ruleY), QPointF(content.right(), ruleY));
        });
        m_y = ruleY + millimetres(2.5);
    } else {
        m_y += millimetres(1.2);
    }
}

void PageFlow::paragraph(const QString &text)
{
    const QFont f = font(kBodyPoints);
    const QRectF content = contentRect();
    const double ascent = QFontMetricsF(f, m_device).ascent();
    for (const auto &[line, height] : lines(text, f, content.width())) {
        ensureRoom(height);
        const QPointF at(content.left(), m_y + ascent);
        add([f, at, line = line](QPainter &p) {
            p.setFont(f);
            p.setPen(kText);
            p.drawText(at, line);
        });
        m_y += height;
    }
    m_y += millimetres(2);
}

void PageFlow::figures(const QList<QPair<QString, QString>> &figures)
{
    if (figures.isEmpty())
        return;
    const QFont labelFont = font(8.0);
    const QFont valueFont = font(12.5, true);
    const QRectF content = contentRect();
    const int columns = std::min<int>(4, int(figures.size()));
    const double gap = millimetres(3);
    const double boxWidth = (content.width() - gap * (columns - 1)) / columns;
    const double pad = millimetres(2);
    const double inner = boxWidth - 2 * pad;
    for (qsizetype first = 0; first < figures.size(); first += columns) {
        const qsizetype last = std::min<qsizetype>(first + columns, figures.size());
        std::vector<TextBlock> labels;
        std::vector<TextBlock> values;
        double labelHeight = 0.0;
        double valueHeight = 0.0;
        for (qsizetype i = first; i < last; ++i) {
            labels.emplace_back(m_device, figures[i].first, labelFont, inner);
            values.emplace_back(m_device, figures[i].second, valueFont, inner);
            labelHeight = std::max(labelHeight, labels.back().height());
            valueHeight = std::max(valueHeight, values.back().height());
        }
        const double boxHeight = labelHeight + valueHeight + 2 * pad + millimetres(0.8);
        ensureRoom(boxHeight);
        for (qsizetype i = first; i < last; ++i) {
            const QRectF box(content.left() + double(i - first) * (boxWidth + gap), m_y, boxWidth, boxHeight);
            const QRectF labelRect(box.left() + pad, box.top() + pad, inner, labelHeight);
            const QRectF valueRect(box.left() + pad, labelRect.bottom() + millimetres(0.8), inner, valueHeight);
            add([=, label = labels[std::size_t(i - first)], value = values[std::size_t(i - first)],
                 border = millimetres(0.25)](QPainter &p) {
                p.setPen(QPen(kRule, border));
                p.setBrush(kZebra);
                p.drawRect(box);
                p.setPen(kMuted);
                label.paint(p, labelRect, Qt::AlignLeft);
                p.setPen(kText);
                value.paint(p, valueRect, Qt::AlignLeft);
            });
        }
        m_y += boxHeight + gap;
    }
    m_y += millimetres(1);
}

void PageFlow::tableHeader(const plugin::ReportTable &table, const std::vector<double> &widths, bool continued)
{
    const QRectF content = contentRect();
    if (!table.title.isEmpty() || continued) {
        const QString title = continued ? QCoreApplication::translate("Report", "%1 (continued)")
                                              .arg(table.title.isEmpty() ? QCoreApplication::translate("Report", "Table")
                                                                         : table.title)
                                        : table.title;
        const TextBlock block(m_device, title, font(10.0, true), content.width());
        const QRectF area(content.left(), m_y, content.width(), block.height());
        add([block, area](QPainter &p) {
            p.setPen(kText);
            block.paint(p, area, Qt::AlignLeft);
        });
        m_y += block.height() + millimetres(1);
    }
    const QFont bold = font(kTablePoints, true);
    const double hpad = millimetres(1.2);
    const double vpad = millimetres(0.9);
    std::vector<TextBlock> cells;
    double height = 0.0;
    for (int c = 0; c < int(widths.size()); ++c) {
        cells.emplace_back(m_device, table.headers.value(c), bold, widths[c] - 2 * hpad);
        height = std::max(height, cells.back().height());
    }
    height += 2 * vpad;
    const double x = content.left();
    const double y = m_y;
    add([=, width = content.width(), line = millimetres(0.3)](QPainter &p) {
        p.setPen(Qt::NoPen);
        p.setBrush(kHeaderFill);
        p.drawRect(QRectF(x, y, width, height));
        p.setPen(QPen(kAccent, line));
        p.drawLine(QPointF(x, y + height), QPointF(x + width, y + height));
        p.setPen(kText);
        double left = x;
        for (std::size_t c = 0; c < widths.size(); ++c) {
            cells[c].paint(p, QRectF(left + hpad, y + vpad, widths[c] - 2 * hpad, height - 2 * vpad), Qt::AlignLeft);
            left += widths[c];
        }
    });
    m_y += height;
}

void PageFlow::table(const plugin::ReportTable &table)
{
    const QRectF content = contentRect();
    const int columns = int(std::max<qsizetype>(table.headers.size(), 1));
    const QFont body = font(kTablePoints);
    const QFont bold = font(kTablePoints, true);
    const QFontMetricsF bodyMetrics(body, m_device);
    const QFontMetricsF boldMetrics(bold, m_device);
    const double hpad = millimetres(1.2);
    const double vpad = millimetres(0.9);

    // Natural widths (the widest line of each column), then share the text width: narrow columns
    // keep theirs, the wide ones split what is left and wrap.
    std::vector<double> natural(std::size_t(columns), 0.0);
    for (int c = 0; c < columns; ++c) {
        natural[c] = boldMetrics.horizontalAdvance(table.headers.value(c)) + 2 * hpad;
        for (const QStringList &row : table.rows) {
            for (const QString &part : row.value(c).split(QLatin1Char('\n')))
                natural[c] = std::max(natural[c], bodyMetrics.horizontalAdvance(part) + 2 * hpad);
        }
        natural[c] = std::max(natural[c], millimetres(8));
    }
    std::vector<double> widths = natural;
    const double total = std::accumulate(natural.begin(), natural.end(), 0.0);
    if (total <= content.width()) {
        for (double &w : widths)
            w *= content.width() / total;
    } else {
        std::vector<bool> fixed(std::size_t(columns), false);
        double left = content.width();
        int open = columns;
        for (bool changed = true; changed && open > 0;) {
            changed = false;
            const double share = left / open;
            for (int c = 0; c < columns; ++c) {
                if (!fixed[c] && natural[c] <= share) {
                    fixed[c] = true;
                    left -= natural[c];
                    --open;
                    changed = true;
                }
            }
        }
        for (int c = 0; c < columns; ++c) {
            if (!fixed[c])
                widths[c] = left / open;
        }
    }
    std::vector<Qt::Alignment> align(static_cast<std::size_t>(columns), Qt::AlignLeft);
    for (int c = 0; c < columns; ++c)
        align[c] = isNumericColumn(table, c) ? Qt::AlignRight : Qt::AlignLeft;

    auto layoutRow = [&](const QStringList &row, double *height) {
        std::vector<TextBlock> cells;
        double h = 0.0;
        for (int c = 0; c < columns; ++c) {
            cells.emplace_back(m_device, row.value(c), body, widths[c] - 2 * hpad);
            h = std::max(h, cells.back().height());
        }
        *height = h + 2 * vpad;
        return cells;
    };

    // The title, the header and the first row stay together.
    double titleHeight = 0.0;
    if (!table.title.isEmpty())
        titleHeight = textHeight(table.title, font(10.0, true), content.width()) + millimetres(1);
    double headerHeight = 0.0;
    for (int c = 0; c < columns; ++c)
        headerHeight = std::max(headerHeight, textHeight(table.headers.value(c), bold, widths[c] - 2 * hpad));
    headerHeight += 2 * vpad;
    double firstRow = bodyMetrics.height() + 2 * vpad;
    if (!table.rows.isEmpty())
        layoutRow(table.rows.first(), &firstRow);
    ensureRoom(titleHeight + headerHeight + firstRow);
    tableHeader(table, widths, false);

    if (table.rows.isEmpty()) {
        QFont italic = body;
        italic.setItalic(true);
        const TextBlock none(m_device, QCoreApplication::translate("Report", "(no rows)"), italic, content.width());
        const QRectF cell(content.left() + hpad, m_y + vpad, content.width() - 2 * hpad, none.height());
        add([none, cell](QPainter &p) {
            p.setPen(kMuted);
            none.paint(p, cell, Qt::AlignLeft);
        });
        m_y += none.height() + 2 * vpad;
    }
    int index = 0;
    for (const QStringList &row : table.rows) {
        double h = 0.0;
        std::vector<TextBlock> cells = layoutRow(row, &h);
        if (m_y + h > content.bottom()) {
            pageBreak();
            tableHeader(table, widths, true);
        }
        const double y = m_y;
        const bool shaded = index % 2 == 1;
        add([=, cells = std::move(cells), width = content.width(), line = millimetres(0.15)](QPainter &p) {
            if (shaded) {
                p.setPen(Qt::NoPen);
                p.setBrush(kZebra);
                p.drawRect(QRectF(content.left(), y, width, h));
            }
            p.setPen(QPen(kRule, line));
            p.drawLine(QPointF(content.left(), y + h), QPointF(content.left() + width, y + h));
            p.setPen(kText);
            double left = content.left();
            for (std::size_t c = 0; c < cells.size(); ++c) {
                cells[c].paint(p, QRectF(left + hpad, y + vpad, widths[c] - 2 * hpad, h - 2 * vpad), align[c]);
                left += widths[c];
            }
        });
        m_y += h;
        ++index;
    }
    m_y += millimetres(4);
}

void PageFlow::drawing(double height, Drawing draw)
{
    const QRectF content = contentRect();
    height = std::min(height, content.height());
    ensureRoom(height);
    const QRectF area(content.left(), m_y, content.width(), height);
    add([area, draw = std::move(draw)](QPainter &p) { draw(p, area); });
    m_y += height + millimetres(3);
}

bool PageFlow::paint(QPainter &painter, QPagedPaintDevice &device, const PageDecoration &decoration) const
{
    const QRectF page(QPointF(0, 0), m_pageSize);
    for (std::size_t i = 0; i < m_pages.size(); ++i) {
        if (i > 0 && !device.newPage())
            return false;
        for (const Step &step : m_pages[i]) {
            painter.save();
            step(painter);
            painter.restore();
        }
        if (decoration) {
            painter.save();
            decoration(painter, page, contentRect(), int(i) + 1, int(m_pages.size()));
            painter.restore();
        }
    }
    return true;
}

} // namespace ct::report
