//! Dates and durations: Chinese time expressions resolved against a reference day.
//!
//! Absolute dates (2020年8月31日, 8月28日, 31日), relative days (今天, 昨天, 前天, 明天),
//! weekdays with or without a week (周四, 上周五, 本周六, 下周一), months and years where the
//! text gives no day (2016年12月, 去年6月, 上个月, 2018年, 去年), and durations (约10分钟,
//! 一个多小时, 两小时). The reference day is the publication day in the outlet's time zone,
//! or the day of a dateline (法新社巴黎20日电). A date keeps the precision the text gives it
//! ([`When`]): a month is not the publication day.

use chrono::{DateTime, Datelike, Days, Months, NaiveDate, Offset, TimeZone, Utc, Weekday};
use regex::Regex;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::ops::Range;
use std::sync::LazyLock;

/// How much of a date the text gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Precision {
    Day,
    Month,
    Year,
}

/// A date at the precision the text gives it: a day (`2020-08-31`), a month (`2016-12`) or a
/// year (`2018`), written as ISO 8601 writes reduced precision. Ordered by first day, then
/// finer before coarser.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct When {
    first: NaiveDate,
    precision: Precision,
}

impl When {
    pub fn day(d: NaiveDate) -> When {
        When { first: d, precision: Precision::Day }
    }

    /// The month `month` of `year`; `None` when there is no such month.
    pub fn month(year: i32, month: u32) -> Option<When> {
        Some(When { first: NaiveDate::from_ymd_opt(year, month, 1)?, precision: Precision::Month })
    }

    /// The year `year`; `None` outside the calendar's range.
    pub fn year(year: i32) -> Option<When> {
        Some(When { first: NaiveDate::from_ymd_opt(year, 1, 1)?, precision: Precision::Year })
    }

    pub fn precision(self) -> Precision {
        self.precision
    }

    /// The day, when the date is one.
    pub fn as_day(self) -> Option<NaiveDate> {
        (self.precision == Precision::Day).then_some(self.first)
    }

    /// The first day the date covers.
    pub fn first(self) -> NaiveDate {
        self.first
    }

    /// The last day the date covers.
    pub fn last(self) -> NaiveDate {
        let next = match self.precision {
            Precision::Day => return self.first,
            Precision::Month => self.first.checked_add_months(Months::new(1)),
            Precision::Year => self.first.checked_add_months(Months::new(12)),
        };
        next.and_then(|n| n.pred_opt()).unwrap_or(NaiveDate::MAX)
    }

    /// The same day or month in `year` (`None` for 29 February in a year without it).
    pub fn in_year(self, year: i32) -> Option<When> {
        match self.precision {
            Precision::Day => NaiveDate::from_ymd_opt(year, self.first.month(), self.first.day()).map(When::day),
            Precision::Month => When::month(year, self.first.month()),
            Precision::Year => Some(self),
        }
    }

    /// Whether `other` lies within this date (a day within its month, a month within its year).
    pub fn contains(self, other: When) -> bool {
        self.first <= other.first && other.last() <= self.last()
    }

    /// Parses `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    pub fn parse(s: &str) -> Option<When> {
        let parts: Vec<&str> = s.split('-').collect();
        let year = |p: &str| (p.len() == 4).then(|| p.parse::<i32>().ok()).flatten();
        let number = |p: &str| (p.len() == 2).then(|| p.parse::<u32>().ok()).flatten();
        match parts.as_slice() {
            [y] => When::year(year(y)?),
            [y, m] => When::month(year(y)?, number(m)?),
            [y, m, d] => NaiveDate::from_ymd_opt(year(y)?, number(m)?, number(d)?).map(When::day),
            _ => None,
        }
    }
}

impl std::fmt::Display for When {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.precision {
            Precision::Day => write!(f, "{}", self.first.format("%Y-%m-%d")),
            Precision::Month => write!(f, "{}", self.first.format("%Y-%m")),
            Precision::Year => write!(f, "{}", self.first.format("%Y")),
        }
    }
}

impl Serialize for When {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for When {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<When, D::Error> {
        let s = <std::borrow::Cow<str>>::deserialize(d)?;
        When::parse(&s)
            .ok_or_else(|| serde::de::Error::custom(format!("not a date (YYYY-MM-DD, YYYY-MM or YYYY): {s}")))
    }
}

static TODAY_NAMED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:今天|今日)[（(]?(?:周|星期|礼拜)([一二三四五六日天])").unwrap());

/// The day an article calls today by its weekday (今天（周四）, 今天周四), where that is
/// the day after `reference`, the article's day by its outlet's clock: a report filed late
/// in the evening in Paris is of the next day in Asia, and so are its 今天 and 明天.
pub fn today_named<'a>(paragraphs: impl IntoIterator<Item = &'a str>, reference: NaiveDate) -> Option<NaiveDate> {
    let named = paragraphs.into_iter().find_map(|p| TODAY_NAMED.captures(p))?;
    let next = reference.succ_opt()?;
    (weekday(named.get(1)?.as_str()) == Some(next.weekday())).then_some(next)
}

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
        // A span of days counts from its first: 1月13-15日, 8月28日至30日, 25、26日, 15日及16日, 25日起至9月1日,
        // 去年9月6-7日.
        r"(?:(?P<ys>\d{4}|[〇零一二三四五六七八九]{4}) ?年 ?|(?P<rys>去年|前年|今年|明年)(?:[（(]\d{4}[）)])?)?(?:(?P<ms>\d{1,2}|十[一二]|[一二三四五六七八九十]) ?月 ?)?(?P<ds>\d{1,2})日?起?(?:[-–—~～至到、]|日及|日和)(?:\d{1,2}月)?\d{1,2}(?:日|号)|",
        r"(?:(?P<y>\d{4}|[〇零一二三四五六七八九]{4}) ?年 ?|(?P<ry>去年|前年|今年|明年)(?:[（(]\d{4}[）)])?)?(?:(?P<m>\d{1,2}|[一二三四五六七八九十]{1,3}) ?月 ?)?(?P<d>\d{1,2}|[一二三四五六七八九十]{1,3})(?:日|号)",
        // A month with no day: 2016年12月, 去年6月, 去年（2019）7月, 12月份, 上个月.
        r"|(?:(?P<my>\d{4}|[〇零一二三四五六七八九]{4}) ?年 ?|(?P<rmy>去年|前年|今年|明年)(?:[（(]\d{4}[）)])?)?(?P<mm>\d{1,2}|十[一二]|[一二三四五六七八九十]) ?月(?:份)?",
        r"|(?P<relm>上个月|上月|本月|这个月|下个月|下月)",
        // A year with no month: 2018年 (not 1990年代), 去年.
        r"|(?P<yy>\d{4}|[〇零一二三四五六七八九]{4}) ?年(?P<decade>代)?|(?P<rely>去年|前年|今年|明年)",
        r"|(?P<rel>今天|今日|今晨|今早|今晚|今天上午|今天下午|昨天|昨日|昨晚|昨晨|前天|前日|明天|明日|明晚|后天|当天|当日|同日|同一天)",
        r"|(?P<wk>上上|上个|上|本|这个|这|下个|下)?(?:周|星期|礼拜)(?P<wd>[一二三四五六日天])",
    ))
    .unwrap()
});

/// The weekday written after a day (9月17日星期四, 8日（周二）), at the start of what follows it.
static WEEKDAY_OF_A_DAY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[（(]?(?:星期|周|礼拜)[一二三四五六日天][）)]?").unwrap());

/// A month written with its year (2019年3月初, 2019年5月1日): an entry of a timeline.
static YEAR_AND_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(\d{4}|[〇零一二三四五六七八九]{4}) ?年 ?(?:\d{1,2}|十[一二]|[一二三四五六七八九十]) ?月").unwrap()
});

/// The year a timeline has reached by the end of `before` (the paragraph up to a date): the
/// year of the last month written with its year (2019年3月初……。4月初……: 2019).
pub fn timeline_year(before: &str) -> Option<i32> {
    let last = YEAR_AND_MONTH.captures_iter(before).last()?;
    let at = last.get(0)?.start();
    if before[..at].ends_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    year_of(&last[1])
}

/// Dates of `sentence` written with a month but no year (4月初, 4月5日) in a timeline of an
/// earlier year than `reference` take the timeline's year: that of the paragraph so far for a
/// month (`paragraph_before` is the text of the paragraph before the sentence), that of the
/// sentence so far for a day.
pub fn in_timeline(mentions: &mut [DateMention], sentence: &str, paragraph_before: &str, reference: NaiveDate) {
    for m in mentions.iter_mut() {
        let text = &sentence[m.range.clone()];
        if m.relative || text.contains('年') || !text.contains('月') || text.contains(['本', '上', '下', '这']) {
            continue;
        }
        // A day follows a timeline of its own sentence only: a paragraph may come back to the
        // present with a day (……1979年1月……。蓬佩奥国务卿7月23日专程到加州尼克松图书馆).
        let year = timeline_year(&sentence[..m.range.start])
            .or_else(|| (m.date.precision() != Precision::Day).then(|| timeline_year(paragraph_before)).flatten());
        // 次年3月 after a timeline of 1961 is of 1962.
        let next_year = ["次年", "翌年", "隔年", "第二年"].iter().any(|w| sentence[..m.range.start].ends_with(w));
        let year = year.map(|y| if next_year { y + 1 } else { y });
        if let Some(year) = year.filter(|&y| y < reference.year())
            && let Some(date) = m.date.in_year(year)
        {
            m.date = date;
        }
    }
}

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
    pub date: When,
    /// Whether the expression counts from the reference day alone (今天, 昨天, 周四).
    pub relative: bool,
}

/// Parses a number written digit by digit: in ASCII or full-width digits (2012, ２０１２) or
/// in Chinese ones (二〇一二, 二零一二).
pub fn digits(s: &str) -> Option<u32> {
    s.chars().try_fold(0u32, |n, c| n.checked_mul(10)?.checked_add(digit_value(c)?)).filter(|_| !s.is_empty())
}

/// The value of one digit: ASCII, full-width or Chinese (〇 and 零 both 0).
fn digit_value(c: char) -> Option<u32> {
    match c {
        '0'..='9' => c.to_digit(10),
        '０'..='９' => Some(c as u32 - '０' as u32),
        '〇' => Some(0),
        _ => "零一二三四五六七八九".find(c).map(|i| (i / 3) as u32),
    }
}

/// A year written digit by digit (2012, ２０１２, 二〇一二).
fn year_of(s: &str) -> Option<i32> {
    digits(s).and_then(|y| i32::try_from(y).ok())
}

/// Parses 1–99 in digits or Chinese numerals (三十一, 十五, 两, ２７).
pub fn chinese_number(s: &str) -> Option<u32> {
    if s.chars().all(|c| c.is_ascii_digit() || ('０'..='９').contains(&c)) {
        return digits(s);
    }
    let digit = |c: char| if c == '两' { Some(2) } else { digit_value(c) };
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
    let day = digits(&DATELINE.captures(first_paragraph)?[1])?;
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

/// The first day of the month that `before` ends by naming relative to `reference` (本月, 上个月,
/// 下月), if it does.
fn month_named_before(before: &str, reference: NaiveDate) -> Option<NaiveDate> {
    let first = reference.with_day(1)?;
    if ["本月", "这个月"].iter().any(|w| before.ends_with(w)) {
        Some(first)
    } else if ["上个月", "上月"].iter().any(|w| before.ends_with(w)) {
        first.checked_sub_months(Months::new(1))
    } else if ["下个月", "下月"].iter().any(|w| before.ends_with(w)) {
        first.checked_add_months(Months::new(1))
    } else {
        None
    }
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
        // The coming day, unless that is half a year away (9月16日 said on 9月27日 is past), or
        // weeks away when the day is one of the last three, a plan the report looks back on (国务院
        // 5日公布……6日晚上……将透过视讯出席, published on the 7th).
        let coming = pick(&|d| (0..=183).contains(&distance(d)));
        let just_past = pick(&|d| (-3..=-1).contains(&distance(d)));
        match (coming, just_past) {
            (Some(c), Some(p)) if distance(&c) > 14 => Some(p),
            _ => coming.or_else(|| pick(&|_| true)),
        }
    } else {
        // Past reports dominate news: the nearest day no more than a week ahead (24日，茂木敏充与
        // 王毅在举行会谈后, said on 12月15日, is 11月24日). But a month and day six weeks ahead
        // at most is the coming one, not one of the year before, which news names with 去年
        // (欧盟成员国元首与政府首脑11月16日齐聚柏林, said on 3 October; but 1月28日 said in
        // December is this year's).
        let near = pick(&|d| distance(d) <= 7);
        let ahead = pick(&|d| (8..=45).contains(&distance(d)));
        match (near, ahead) {
            (Some(back), Some(ahead)) if month.is_some() && back.year() < reference.year() => Some(ahead),
            _ => near,
        }
    }
}

/// The month `month` nearest to `reference` (of this year, the one before or the one after);
/// with `future`, the nearest one not yet over, else the latest one begun by 20 days after it.
fn nearest_month(reference: NaiveDate, month: u32, future: bool) -> Option<When> {
    let candidates: Vec<When> = [reference.year() - 1, reference.year(), reference.year() + 1]
        .iter()
        .filter_map(|&y| When::month(y, month))
        .collect();
    if future {
        candidates.into_iter().find(|m| m.last() >= reference)
    } else {
        let horizon = reference.checked_add_days(Days::new(20))?;
        candidates.into_iter().rfind(|m| m.first() <= horizon)
    }
}

/// The year a relative year word names: 去年, 前年, 今年, 明年.
fn relative_year(word: &str, reference: NaiveDate) -> Option<i32> {
    let shift = match word {
        "前年" => -2,
        "去年" => -1,
        "今年" => 0,
        "明年" => 1,
        _ => return None,
    };
    reference.year().checked_add(shift)
}

/// A month or a year is a date only when it tells more than the publication day does: the
/// month or year that holds the reference day (本月, 今年, 2020年 said in 2020) is none.
fn coarse(when: Option<When>, reference: NaiveDate) -> Option<When> {
    when.filter(|w| !w.contains(When::day(reference)))
}

/// Every date expression of `sentence`, resolved against `reference`. `future` marks a
/// sentence about something coming, which moves a bare weekday to the coming one. Dates
/// are computed with checked arithmetic, and a day outside the years 0000–9999 is left
/// out.
pub fn find_dates(sentence: &str, reference: NaiveDate, future: bool) -> Vec<DateMention> {
    let mut out = Vec::new();
    // Where the last date read ends, whether it was a mention or joined the one before.
    let mut last_end: Option<usize> = None;
    for c in DATE.captures_iter(sentence) {
        let whole = c.get(0).map(|m| m.range()).unwrap_or_default();
        let date = if let Some(d) = c.name("d").or(c.name("ds")) {
            // 分钟/小时 durations and ordinals such as 第37次 do not reach here; a bare
            // number before 日 must not be part of a larger number (2020日).
            if sentence[..whole.start].ends_with(|ch: char| ch.is_ascii_digit()) {
                continue;
            }
            // 三日之后, 五日内: a count of days, not a day of the month.
            if !d.as_str().starts_with(|ch: char| ch.is_ascii_digit())
                && c.name("m").is_none()
                && ["之后", "后", "以后", "之内", "内", "以来", "来", "之间", "间"]
                    .iter()
                    .any(|w| sentence[whole.end..].starts_with(w))
            {
                continue;
            }
            // 为期5日, 历时3日: a length, not a day of the month.
            if c.name("m").is_none()
                && ["为期", "历时", "长达", "一连", "连续"].iter().any(|w| sentence[..whole.start].ends_with(w))
            {
                continue;
            }
            // 免除14日隔离, 做足14日的隔离, 完成14日检疫: a length of quarantine, not a day of the
            // month (12月14日检疫 has its month).
            if c.name("m").is_none()
                && ["隔离", "检疫", "的隔离", "的检疫"].iter().any(|w| sentence[whole.end..].starts_with(w))
            {
                continue;
            }
            let day = chinese_number(d.as_str());
            let month = c.name("m").or(c.name("ms")).and_then(|m| chinese_number(m.as_str()));
            let year = c
                .name("y")
                .or(c.name("ys"))
                .and_then(|y| year_of(y.as_str()))
                .or_else(|| c.name("ry").or(c.name("rys")).and_then(|r| relative_year(r.as_str(), reference)));
            match (year, month, day) {
                (Some(y), Some(m), Some(d)) => NaiveDate::from_ymd_opt(y, m, d).map(When::day),
                (None, m, Some(d)) => match (m, month_named_before(&sentence[..whole.start], reference)) {
                    // 本月26日, 上个月5日: the day of the month the words before it name.
                    (None, Some(first)) => NaiveDate::from_ymd_opt(first.year(), first.month(), d).map(When::day),
                    // 2019年6月，……27日在大阪……: a day of the month named last in the sentence.
                    (None, None)
                        if let Some(month) =
                            out.last().map(|m: &DateMention| m.date).filter(|w| w.precision == Precision::Month) =>
                    {
                        NaiveDate::from_ymd_opt(month.first.year(), month.first.month(), d).map(When::day)
                    }
                    // 上周四（7日）, 今天（21日）: a day in brackets restates the relative day
                    // before it, so it is of that day's month or one next to it.
                    (None, None)
                        if let Some(day) = out
                            .last()
                            .filter(|prev| prev.relative && restated(&sentence[prev.range.end..whole.start]))
                            .and_then(|prev| day_near(prev.date.first(), d)) =>
                    {
                        Some(When::day(day))
                    }
                    _ if (1..=31).contains(&d) => nearest_day(reference, m, d, future).map(When::day),
                    _ => None,
                },
                _ => None,
            }
        } else if let Some(m) = c.name("mm") {
            if sentence[..whole.start].ends_with(|ch: char| ch.is_ascii_digit()) {
                continue;
            }
            let month = chinese_number(m.as_str()).filter(|m| (1..=12).contains(m));
            let year = c
                .name("my")
                .and_then(|y| year_of(y.as_str()))
                .or_else(|| c.name("rmy").and_then(|r| relative_year(r.as_str(), reference)));
            let when = match (year, month) {
                (Some(y), Some(m)) => When::month(y, m),
                (None, Some(m)) => nearest_month(reference, m, future),
                _ => None,
            };
            coarse(when, reference)
        } else if let Some(r) = c.name("relm") {
            let shift: i32 = match r.as_str() {
                "上个月" | "上月" => -1,
                "下个月" | "下月" => 1,
                _ => 0,
            };
            let month = match shift {
                -1 => reference.checked_sub_months(Months::new(1)),
                1 => reference.checked_add_months(Months::new(1)),
                _ => Some(reference),
            };
            coarse(month.and_then(|m| When::month(m.year(), m.month())), reference)
        } else if let Some(y) = c.name("yy") {
            if c.name("decade").is_some() || sentence[..whole.start].ends_with(|ch: char| ch.is_ascii_digit()) {
                continue;
            }
            coarse(year_of(y.as_str()).and_then(When::year), reference)
        } else if let Some(r) = c.name("rely") {
            coarse(relative_year(r.as_str(), reference).and_then(When::year), reference)
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
                out.push(DateMention { range: whole, date: When::day(date), relative: true });
            }
            continue;
        } else if let Some(wd) = c.name("wd").and_then(|w| weekday(w.as_str())) {
            // 今天（周日）, 今天周四: the weekday right after only tells which day 今天 is: that
            // day, or one of the three before it when the report's day is late (a report dated
            // by the clock of another time zone) — never a week before.
            if let Some(prev) = out.last_mut().filter(|prev| {
                prev.relative
                    && whole.start >= prev.range.end
                    && sentence[prev.range.end..whole.start].chars().all(|ch| "（(".contains(ch))
            }) {
                let first = prev.date.first();
                let back = (first.weekday().num_days_from_monday() + 7 - wd.num_days_from_monday()) % 7;
                let day = first.checked_sub_days(Days::new(u64::from(back))).filter(|_| back <= 3);
                if let Some(day) = day {
                    prev.date = When::day(day);
                }
                continue;
            }
            let week = c.name("wk").map(|w| w.as_str());
            let monday = reference.checked_sub_days(Days::new(reference.weekday().num_days_from_monday() as u64));
            let in_week = |weeks: i64| {
                monday?.checked_add_signed(chrono::Duration::days(weeks * 7 + wd.num_days_from_monday() as i64))
            };
            let day = match week {
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
            };
            day.map(When::day)
        } else {
            None
        };
        if let Some(date) = date.filter(|d| writable(&d.first()) && writable(&d.last())) {
            // A span (13-15日, 3日和4日, 8月28日至30日, 9月17日星期四至9月20日星期日) counts from its
            // first day; the weekday of a day (9月17日星期四) is that day.
            let joined = last_end.is_some_and(|end| {
                let gap = &sentence[end..whole.start];
                let weekday_of_prev = c.name("wd").is_some() && gap.chars().all(|c| "（(".contains(c));
                let gap = WEEKDAY_OF_A_DAY.find(gap).map_or(gap, |m| &gap[m.end()..]);
                weekday_of_prev || (!gap.is_empty() && gap.chars().all(|c| "-–—~～至到和、".contains(c)))
            });
            last_end = Some(whole.end);
            if !joined {
                out.push(DateMention { range: whole, date, relative: c.name("wd").is_some() });
            }
        }
    }
    out
}

/// Whether what comes between a day and the next opens a bracket that restates it (上周四（7日）).
fn restated(gap: &str) -> bool {
    matches!(gap, "（" | "(")
}

/// The day numbered `d` within three days of `near`, in its month or the one before or after.
fn day_near(near: NaiveDate, d: u32) -> Option<NaiveDate> {
    let months = [near.checked_sub_months(Months::new(1)), Some(near), near.checked_add_months(Months::new(1))];
    months
        .into_iter()
        .flatten()
        .filter_map(|m| NaiveDate::from_ymd_opt(m.year(), m.month(), d))
        .find(|day| (*day - near).num_days().abs() <= 3)
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
        find_dates(s, reference, future).first().and_then(|m| m.date.as_day())
    }

    fn written(s: &str, reference: NaiveDate, future: bool) -> Vec<String> {
        find_dates(s, reference, future).iter().map(|m| m.date.to_string()).collect()
    }

    #[test]
    fn months_and_years_keep_their_precision() {
        let r = d(2020, 12, 20);
        // rfi/jekyll/2020-12-20-…: a call recalled by its month.
        assert_eq!(written("他称，2016年12月特朗普当选时，台湾总统蔡英文致电祝贺", r, false), ["2016-12"]);
        assert_eq!(written("金正恩与美国总统川普去年会面", r, false), ["2019"]);
        assert_eq!(written("去年6月两人在板门店会面", r, false), ["2019-06"]);
        assert_eq!(written("去年6月30日两人在板门店会面", r, false), ["2019-06-30"]);
        assert!(written("蓬佩奥展开为期5日的中东访问", r, false).is_empty());
        assert_eq!(written("上个月两人通电话", r, false), ["2020-11"]);
        assert_eq!(written("美国总统川普和北韩领导人金正恩2018年在新加坡举行川金会", r, false), ["2018"]);
        // A month with no year is the last one begun; in a sentence about the future, the next.
        assert_eq!(written("3月曾会面", r, false), ["2020-03"]);
        assert_eq!(written("峰会将于3月举行", r, true), ["2021-03"]);
        // This month and this year add nothing to the publication day; decades are no dates.
        assert!(written("本月两人通电话", r, false).is_empty());
        assert!(written("今年两人第三次通电话", r, false).is_empty());
        assert!(written("2020年大选", r, false).is_empty());
        assert!(written("1990年代", r, false).is_empty());
        assert!(written("两国建交12个月", r, false).is_empty());
    }

    #[test]
    fn partial_dates_round_trip_and_nest() {
        for s in ["2016-12-02", "2016-12", "2016"] {
            assert_eq!(When::parse(s).unwrap().to_string(), s);
        }
        assert_eq!(When::parse("2016-1"), None);
        assert_eq!(When::parse("16-12"), None);
        let (day, month, year) =
            (When::parse("2016-12-02").unwrap(), When::parse("2016-12").unwrap(), When::parse("2016").unwrap());
        assert!(year.contains(month) && month.contains(day) && year.contains(day) && !day.contains(month));
        assert_eq!(month.last(), d(2016, 12, 31));
        assert!(year < month && month < day);
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
        // A relative year with the year in brackets (去年（2019）7月) is that year.
        assert_eq!(
            find_dates("苏骐（Mitchell Silk）在去年（2019）7月访问台湾", d(2020, 9, 30), false).first().map(|m| m.date),
            When::month(2019, 7)
        );
        // rfi/jekyll/2020-08-23-美副国务卿将访立陶宛俄国: two days in a list are a span too.
        assert_eq!(first("毕根将接着于25、26日拜访莫斯科", d(2020, 8, 23), true), Some(d(2020, 8, 25)));
        // rfi/raw/1046994_德国总理府被指曾为wirecard进入中国市场说项: a span of last year.
        assert_eq!(first("去年9月6-7日，默克尔访华。", d(2020, 7, 6), false), Some(d(2019, 9, 6)));
        // rfi/jekyll/2020-09-21-面对台湾 中国越来越多地展示武力 - 法国世界报: days with their weekdays.
        let s = "克拉奇于9月17日星期四至9月20日星期日访问台湾。";
        assert_eq!(find_dates(s, d(2020, 9, 22), false).len(), 1);
        assert_eq!(first(s, d(2020, 9, 22), false), Some(d(2020, 9, 17)));
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
                        assert!((0..=9999).contains(&m.date.first().year()), "{s} from {reference}: {}", m.date);
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
