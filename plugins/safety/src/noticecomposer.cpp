// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 CityTwin Console developers
#include "ct/safety/noticecomposer.h"

#include <QTimeZone>

namespace ct::safety {

namespace {

/// Japan has no daylight saving time: a fixed +09:00 needs no time-zone database.
QDateTime inJapan(const QDateTime &t)
{
    QDateTime local = t.toTimeZone(QTimeZone(9 * 3600));
    const QTime time = local.time();
    local.setTime(QTime(time.hour(), time.minute() / 10 * 10));
    return local;
}

const char *const kWeekdaysJa[] = {"月", "火", "水", "木", "金", "土", "日"};
const char *const kWeekdaysEn[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
const char *const kMonthsEn[] = {"January", "February", "March", "April", "May", "June", "July", "August", "September",
                                 "October", "November", "December"};

QString clockJa(const QTime &t)
{
    const int h = t.hour();
    const QString half = h < 12 ? QStringLiteral("午前") : QStringLiteral("午後");
    const int h12 = h % 12;
    return t.minute() == 0 ? QStringLiteral("%1%2時").arg(half).arg(h12)
                           : QStringLiteral("%1%2時%3分").arg(half).arg(h12).arg(t.minute());
}

QString clockEn(const QTime &t)
{
    const int h12 = t.hour() % 12 == 0 ? 12 : t.hour() % 12;
    return QStringLiteral("%1:%2 %3").arg(h12).arg(t.minute(), 2, 10, QLatin1Char('0')).arg(QLatin1String(t.hour() < 12 ? "am" : "pm"));
}

QString dateJa(const QDate &d)
{
    return QStringLiteral("%1月%2日（%3）").arg(d.month()).arg(d.day()).arg(QString::fromUtf8(kWeekdaysJa[d.dayOfWeek() - 1]));
}

QString dateEn(const QDate &d)
{
    return QStringLiteral("%1 %2 %3").arg(QLatin1String(kWeekdaysEn[d.dayOfWeek() - 1])).arg(d.day()).arg(QLatin1String(kMonthsEn[d.month() - 1]));
}

QString categoryEnglishLower(Category c)
{
    // "a case of following", "a case of indecent exposure"
    return categoryEnglish(c).toLower();
}

} // namespace

QString NoticeComposer::adviceJa(Category category)
{
    switch (category) {
    case Category::Approach: return QStringLiteral("知らない人に声をかけられても、ついて行ったり車に乗ったりしないようにしましょう。");
    case Category::Stalking: return QStringLiteral("後をつけられていると感じたら、近くのお店や「こども110番の家」に助けを求めましょう。");
    case Category::SuspiciousPerson: return QStringLiteral("登下校はできるだけ複数で、明るく人通りの多い道を通りましょう。");
    case Category::Groping: return QStringLiteral("混雑した場所や夜道では周囲に注意し、被害にあったら大声を出して助けを求めましょう。");
    case Category::Exposure: return QStringLiteral("見かけたらすぐにその場を離れ、大人や警察に知らせましょう。");
    case Category::Voyeurism: return QStringLiteral("階段やエスカレーター、更衣室などで不審な動きをする人に注意しましょう。");
    case Category::Assault: return QStringLiteral("危険を感じたら防犯ブザーを鳴らし、すぐにその場から逃げて110番通報しましょう。");
    case Category::Other: break;
    }
    return QStringLiteral("不審な人物や車を見かけたら、すぐに警察へ通報しましょう。");
}

QString NoticeComposer::adviceEn(Category category)
{
    switch (category) {
    case Category::Approach: return QStringLiteral("Do not follow anyone you do not know or get into their car, whatever they say.");
    case Category::Stalking: return QStringLiteral("If you feel you are being followed, go into a nearby shop or a \"Kodomo 110-ban\" house and ask for help.");
    case Category::SuspiciousPerson: return QStringLiteral("Walk to and from school in groups where possible, on bright and busy streets.");
    case Category::Groping: return QStringLiteral("Stay alert in crowds and on dark streets; if it happens, shout and ask people nearby for help.");
    case Category::Exposure: return QStringLiteral("Move away at once and tell an adult or the police.");
    case Category::Voyeurism: return QStringLiteral("Watch out for people acting strangely on stairs, escalators and in changing rooms.");
    case Category::Assault: return QStringLiteral("If you feel in danger, sound your personal alarm, get away at once and call 110.");
    case Category::Other: break;
    }
    return QStringLiteral("If you see a suspicious person or vehicle, call the police at once.");
}

Notice NoticeComposer::compose(const Input &input)
{
    Notice n;
    const QDateTime from = inJapan(input.occurredFrom);
    if (input.occurredTo.isValid() && input.occurredTo > input.occurredFrom) {
        const QDateTime to = inJapan(input.occurredTo);
        if (to.date() == from.date()) {
            n.timeJa = QStringLiteral("%1%2ごろから%3ごろまで").arg(dateJa(from.date()), clockJa(from.time()), clockJa(to.time()));
            n.timeEn = QStringLiteral("between about %1 and %2 on %3").arg(clockEn(from.time()), clockEn(to.time()), dateEn(from.date()));
        } else {
            n.timeJa = QStringLiteral("%1%2ごろから%3%4ごろまで")
                           .arg(dateJa(from.date()), clockJa(from.time()), dateJa(to.date()), clockJa(to.time()));
            n.timeEn = QStringLiteral("between about %1 on %2 and %3 on %4")
                           .arg(clockEn(from.time()), dateEn(from.date()), clockEn(to.time()), dateEn(to.date()));
        }
    } else {
        n.timeJa = QStringLiteral("%1%2ごろ").arg(dateJa(from.date()), clockJa(from.time()));
        n.timeEn = QStringLiteral("around %1 on %2").arg(clockEn(from.time()), dateEn(from.date()));
    }
    if (input.areaJa.isEmpty()) {
        n.placeJa = QStringLiteral("市内");
        n.placeEn = QStringLiteral("in the city");
    } else {
        n.placeJa = input.areaJa + QStringLiteral("付近");
        n.placeEn = QStringLiteral("near ") + (input.areaEn.isEmpty() ? input.areaJa : input.areaEn);
    }
    n.adviceJa = adviceJa(input.category);
    n.adviceEn = adviceEn(input.category);
    const QString categoryJa = categoryJapanese(input.category);
    n.subjectJa = QStringLiteral("【安全・安心情報】%1で%2事案").arg(n.placeJa, categoryJa);
    n.bodyJa = QStringLiteral("%1、%2で%3事案が発生しました。\n"
                              "・種別：%3\n"
                              "・日時：%1\n"
                              "・場所：%2\n"
                              "不審な人物を見かけたら、すぐに110番通報してください。\n"
                              "【防犯のポイント】%4\n"
                              "（個人が特定されないよう、場所と時刻はおおよそで示しています。）")
                   .arg(n.timeJa, n.placeJa, categoryJa, n.adviceJa);
    const QString categoryEn = categoryEnglish(input.category);
    n.subjectEn = QStringLiteral("[Safety notice] %1 reported %2").arg(categoryEn, n.placeEn);
    n.bodyEn = QStringLiteral("A case of %1 (%2) was reported %3, %4.\n"
                              "- Category: %5\n"
                              "- When: %3\n"
                              "- Where: %4\n"
                              "If you see a suspicious person, call 110 at once.\n"
                              "Advice: %6\n"
                              "(Place and time are approximate so that no one can be identified.)")
                   .arg(categoryEnglishLower(input.category), categoryJa, n.timeEn, n.placeEn, categoryEn, n.adviceEn);
    return n;
}

QString NoticeComposer::mailText(const Notice &notice)
{
    return QStringLiteral("Subject: %1 / %2\n\n%3\n\n----\n\n%4\n").arg(notice.subjectJa, notice.subjectEn, notice.bodyJa, notice.bodyEn);
}

} // namespace ct::safety
