//! Dates and durations: Chinese time expressions resolved against a reference day.
//!
//! Absolute dates (2020年8月31日, 8月28日, 31日), relative days (今天, 昨天, 前天, 明天),
//! weekdays with or without a week (周四, 上周五, 本周六, 下周一), and durations (约10分钟,
//! 一个多小时, 两小时). The reference day is the publication day in the outlet's time zone,
//! or the day of a dateline (法新社巴黎20日电).

use chrono::{DateTime, Datelike, Days, Months, NaiveDate, Offset, TimeZone, Utc, Weekday};
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

/// The local calendar day of a UTC instant in a time zone; `None` past the calendar's
/// limits (chrono's own conversion panics there).
pub fn local_day(t: DateTime<Utc>, tz: chrono_tz::Tz) -> Option<NaiveDate> {
    let offset = tz.offset_from_utc_datetime(&t.naive_utc()).fix();
    t.naive_utc().checked_add_offset(offset).map(|local| local.date())
}

/// Whether a day can be written as `YYYY-MM-DD` (years 0000–9999), as every date of a
/// record is.
fn writable(d: &NaiveDate) -> bool {
    (0..=9999).contains(&d.year())
}

static DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        // A span of days counts from its first: 1月13-15日, 8月28日至30日.
        r"(?:(?P<ys>\d{4})年)?(?:(?P<ms>\d{1,2})月)?(?P<ds>\d{1,2})日?[-–~～至到](?:\d{1,2}月)?\d{1,2}(?:日|号)|",
        r"(?:(?P<y>\d{4})年)?(?:(?P<m>\d{1,2}|[一二三四五六七八九十]{1,3})月)?(?P<d>\d{1,2}|[一二三四五六七八九十]{1,3})(?:日|号)",
        r"|(?P<rel>今天|今日|今晨|今早|今晚|今天上午|今天下午|昨天|昨日|昨晚|昨晨|前天|前日|明天|明日|明晚|后天|当天|当日|同日|同一天)",
        r"|(?P<wk>上上|上个|上|本|这个|这|下个|下)?(?:周|星期|礼拜)(?P<wd>[一二三四五六日天])",
    ))
    .unwrap()
});

static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[（(]?[^（）()\n]{0,16}?(?:社|电台|报)[^（）()\n]{0,12}?(\d{1,2})日(?:电|讯)").unwrap()
});

static DURATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?P<n>\d+(?:\.\d+)?|[一二两三四五六七八九十]+)(?:个)?(?P<half>半)?(?P<more>多)?(?:个)?(?P<unit>分钟|小时|钟头)|(?P<halfhour>半(?:个)?小时)").unwrap()
});

/// A date expression found in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMention {
    pub range: Range<usize>,
    pub date: NaiveDate,
}

/// Parses 1–99 in digits or Chinese numerals (三十一, 十五, 两).
pub fn chinese_number(s: &str) -> Option<u32> {
    if let Ok(n) = s.parse::<u32>() {
        return Some(n);
    }
    let digit = |c: char| "零一二三四五六七八九".find(c).map(|i| (i / 3) as u32).or((c == '两').then_some(2));
    let chars: Vec<char> = s.chars().collect();
    match chars.as_slice() {
        [c] if *c == '十' => Some(10),
        [c] => digit(*c),
        ['十', u] => Some(10 + digit(*u)?),
        [t, '十'] => Some(digit(*t)? * 10),
        [t, '十', u] => Some(digit(*t)? * 10 + digit(*u)?),
        _ => None,
    }
}

/// The reference day set by a dateline at the start of the body (法新社巴黎20日电): the
/// latest day with that number on or before `published`.
pub fn dateline_day(first_paragraph: &str, published: NaiveDate) -> Option<NaiveDate> {
    // A dateline is short and ends in 日电 or 日讯 (most paragraphs have neither).
    let head = &first_paragraph[..first_paragraph.floor_char_boundary(160)];
    if !head.contains("日电") && !head.contains("日讯") {
        return None;
    }
    let day = DATELINE.captures(first_paragraph)?[1].parse::<u32>().ok()?;
    (0..3).find_map(|back| {
        let month = published.checked_sub_months(Months::new(back))?;
        let d = NaiveDate::from_ymd_opt(month.year(), month.month(), day)?;
        (d <= published).then_some(d)
    })
}

fn weekday(c: &str) -> Option<Weekday> {
    Some(match c {
        "一" => Weekday::Mon,
        "二" => Weekday::Tue,
        "三" => Weekday::Wed,
        "四" => Weekday::Thu,
        "五" => Weekday::Fri,
        "六" => Weekday::Sat,
        "日" | "天" => Weekday::Sun,
        _ => return None,
    })
}

/// The day of month `day` nearest to `reference` (this, the previous or the next month);
/// with `future`, the nearest on or after it.
fn nearest_day(reference: NaiveDate, month: Option<u32>, day: u32, future: bool) -> Option<NaiveDate> {
    let mut candidates = Vec::new();
    match month {
        Some(m) => {
            for y in [reference.year() - 1, reference.year(), reference.year() + 1] {
                candidates.extend(NaiveDate::from_ymd_opt(y, m, day));
            }
        }
        None => {
            for shift in [-1i32, 0, 1] {
                let base = if shift < 0 {
                    reference.checked_sub_months(Months::new(1))
                } else {
                    reference.checked_add_months(Months::new(shift as u32))
                };
                if let Some(b) = base {
                    candidates.extend(NaiveDate::from_ymd_opt(b.year(), b.month(), day));
                }
            }
        }
    }
    let distance = |d: &NaiveDate| (*d - reference).num_days();
    let pick = |ok: &dyn Fn(&NaiveDate) -> bool| {
        candidates.iter().filter(|d| ok(d)).min_by_key(|d| distance(d).abs()).copied()
    };
    if future {
        // The coming day, unless that is half a year away (9月16日 said on 9月27日 is past).
        pick(&|d| (0..=183).contains(&distance(d))).or_else(|| pick(&|_| true))
    } else {
        // Past reports dominate news: prefer the nearest day not later than a month ahead.
        pick(&|d| distance(d) <= 20)
    }
}

/// Every date expression of `sentence`, resolved against `reference`. `future` marks a
/// sentence about something coming, which moves a bare weekday to the coming one. Dates
/// are computed with checked arithmetic, and a day outside the years 0000–9999 is left
/// out.
pub fn find_dates(sentence: &str, reference: NaiveDate, future: bool) -> Vec<DateMention> {
    let mut out = Vec::new();
    for c in DATE.captures_iter(sentence) {
        let whole = c.get(0).map(|m| m.range()).unwrap_or_default();
        let date = if let Some(d) = c.name("d").or(c.name("ds")) {
            // 分钟/小时 durations and ordinals such as 第37次 do not reach here; a bare
            // number before 日 must not be part of a larger number (2020日).
            if sentence[..whole.start].ends_with(|ch: char| ch.is_ascii_digit()) {
                continue;
            }
            let day = chinese_number(d.as_str());
            let month = c.name("m").or(c.name("ms")).and_then(|m| chinese_number(m.as_str()));
            let year = c.name("y").or(c.name("ys")).and_then(|y| y.as_str().parse::<i32>().ok());
            match (year, month, day) {
                (Some(y), Some(m), Some(d)) => NaiveDate::from_ymd_opt(y, m, d),
                (None, m, Some(d)) if (1..=31).contains(&d) => nearest_day(reference, m, d, future),
                _ => None,
            }
        } else if let Some(r) = c.name("rel") {
            let shift: i64 = match r.as_str() {
                "昨天" | "昨日" | "昨晚" | "昨晨" => -1,
                "前天" | "前日" => -2,
                "明天" | "明日" | "明晚" => 1,
                "后天" => 2,
                _ => 0,
            };
            let date = reference.checked_add_signed(chrono::Duration::days(shift)).filter(writable);
            if let Some(date) = date {
                out.push(DateMention { range: whole, date });
            }
            continue;
        } else if let Some(wd) = c.name("wd").and_then(|w| weekday(w.as_str())) {
            let week = c.name("wk").map(|w| w.as_str());
            let monday = reference.checked_sub_days(Days::new(reference.weekday().num_days_from_monday() as u64));
            let in_week = |weeks: i64| {
                monday?.checked_add_signed(chrono::Duration::days(weeks * 7 + wd.num_days_from_monday() as i64))
            };
            match week {
                Some("上" | "上个") => in_week(-1),
                Some("上上") => in_week(-2),
                Some("本" | "这" | "这个") => in_week(0),
                Some("下" | "下个") => in_week(1),
                _ => {
                    let back = (reference.weekday().num_days_from_monday() + 7 - wd.num_days_from_monday()) % 7;
                    if future {
                        let ahead = (7 - back) % 7;
                        reference.checked_add_days(Days::new(ahead as u64))
                    } else {
                        reference.checked_sub_days(Days::new(back as u64))
                    }
                }
            }
        } else {
            None
        };
        if let Some(date) = date.filter(writable) {
            // A span (13-15日, 3日和4日, 8月28日至30日) counts from its first day.
            let joined = out.last().is_some_and(|prev: &DateMention| {
                sentence[prev.range.end..whole.start].chars().all(|c| "-–—~～至到和、".contains(c))
                    && whole.start > prev.range.end
            });
            if !joined {
                out.push(DateMention { range: whole, date });
            }
        }
    }
    out
}

/// The duration of a contact in minutes: 约10分钟 = 10, 一个多小时 = 60, 一个半小时 = 90.
pub fn find_duration(sentence: &str) -> Option<u32> {
    let c = DURATION.captures(sentence)?;
    if c.name("halfhour").is_some() {
        return Some(30);
    }
    let n = c.name("n")?.as_str();
    let value: f64 = n.parse::<f64>().ok().or_else(|| chinese_number(n).map(f64::from))?;
    let half = if c.name("half").is_some() { 0.5 } else { 0.0 };
    let minutes = match c.name("unit")?.as_str() {
        "分钟" => value,
        _ => (value + half) * 60.0,
    };
    (minutes > 0.0 && minutes < 24.0 * 60.0 * 7.0).then_some(minutes.round() as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn first(s: &str, reference: NaiveDate, future: bool) -> Option<NaiveDate> {
        find_dates(s, reference, future).first().map(|m| m.date)
    }

    #[test]
    fn absolute_and_day_only_dates() {
        let r = d(2020, 8, 31);
        assert_eq!(first("安倍晋三31日与特朗普举行了电话会谈", r, false), Some(r));
        assert_eq!(first("上一次电话会谈于5月8日进行", r, false), Some(d(2020, 5, 8)));
        assert_eq!(first("2019年12月3日", r, false), Some(d(2019, 12, 3)));
        assert_eq!(first("28日傍晚", d(2020, 9, 2), false), Some(d(2020, 8, 28)));
        // rfi/jekyll/2021-01-14-蔡英文与克拉夫特视讯通话…: a span counts from its first day.
        assert_eq!(first("克拉夫特原定1月13-15日访问台湾", d(2021, 1, 14), true), Some(d(2021, 1, 13)));
        assert_eq!(first("科索沃与塞尔维亚领袖3日和4日将在白宫会谈", d(2020, 9, 1), true), Some(d(2020, 9, 3)));
        // A month and day just past stay in this year even in a sentence about the future.
        assert_eq!(first("自9月16日就任首相后首次会晤", d(2020, 9, 27), true), Some(d(2020, 9, 16)));
    }

    #[test]
    fn weekdays_and_relative_days() {
        // 2023-09-15 is a Friday.
        let r = d(2023, 9, 15);
        assert_eq!(first("上川阳子周四在与布林肯", r, false), Some(d(2023, 9, 14)));
        assert_eq!(first("将于周四举行", r, true), Some(d(2023, 9, 21)));
        assert_eq!(first("上周五", r, false), Some(d(2023, 9, 8)));
        assert_eq!(first("本周六", r, false), Some(d(2023, 9, 16)));
        assert_eq!(first("下周一", r, true), Some(d(2023, 9, 18)));
        assert_eq!(first("昨天", r, false), Some(d(2023, 9, 14)));
        assert_eq!(first("前天", r, false), Some(d(2023, 9, 13)));
    }

    #[test]
    fn days_at_the_calendar_limits_are_left_out_not_a_panic() {
        for reference in [NaiveDate::MIN, NaiveDate::MAX, d(9999, 12, 31), d(0, 1, 1)] {
            for s in ["上周五", "下周一", "周四", "本周六", "明天", "后天", "前天", "31日", "1月1日", "12月31日"]
            {
                for future in [false, true] {
                    for m in find_dates(s, reference, future) {
                        assert!((0..=9999).contains(&m.date.year()), "{s} from {reference}: {}", m.date);
                    }
                }
            }
        }
        assert!(find_dates("明天", d(9999, 12, 31), false).is_empty());
        let end = DateTime::<Utc>::MAX_UTC;
        assert_eq!(local_day(end, chrono_tz::Asia::Shanghai), None);
        assert_eq!(local_day(DateTime::<Utc>::MIN_UTC, chrono_tz::America::New_York), None);
        assert_eq!(local_day(end, chrono_tz::America::New_York), Some(end.date_naive()));
    }

    #[test]
    fn durations() {
        assert_eq!(find_duration("通话持续了约10分钟"), Some(10));
        assert_eq!(find_duration("会谈持续了约30分钟"), Some(30));
        assert_eq!(find_duration("进行了超过一小时的会谈"), Some(60));
        assert_eq!(find_duration("一个多小时"), Some(60));
        assert_eq!(find_duration("一个半小时"), Some(90));
        assert_eq!(find_duration("两小时"), Some(120));
        assert_eq!(find_duration("没有时长"), None);
    }

    #[test]
    fn datelines_set_the_reference_day() {
        assert_eq!(dateline_day("（法新社巴黎20日电） 金球奖", d(2020, 7, 20)), Some(d(2020, 7, 20)));
        assert_eq!(dateline_day("（中央社东京30日综合外电报导）", d(2020, 8, 1)), None);
        assert_eq!(dateline_day("（法新社华盛顿31日电）", d(2020, 9, 1)), Some(d(2020, 8, 31)));
    }
}
