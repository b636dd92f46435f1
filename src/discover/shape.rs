//! Name shapes: what a person's name looks like in Chinese news, before any context says it
//! is one.
//!
//! - **Transliterated**: a run of the characters foreign names are written with (learned from
//!   the foreign people of the dictionaries), parts joined by `·`, `・`, `‧`, `•`, `∙` or `-`
//!   (菲利浦・戴维森, 凯莉-克拉夫特).
//! - **Han**: a Chinese, Korean or Vietnamese surname of one character (or a compound one of
//!   two, 欧阳) and one or two given-name characters (陈时中, 金泰孝, 阮雄山).
//! - **Japanese**: a Japanese surname of one to three characters and one to three given-name
//!   characters (坂井学, 古屋圭司, 黄川田仁志, 藤井比早之).
//!
//! A given name stops before a character that starts the next word (表, 说, 在, 与 …) and
//! before 周一…周日; a run that ends like a place or a body (府, 部, 宫) is no name.

use rustc_hash::FxHashSet as HashSet;

/// Common Chinese surnames, with Korean and Vietnamese ones written the same way.
const SURNAMES: &str = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩佘池查麻苑邝权朴崔禹具玄咸廉秋慎宣奇琴玉印诸鞠赖萧钮洪泉岸菅森辻堀南";

/// Chinese surnames of two characters.
const COMPOUND_SURNAMES: &[&str] = &[
    "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "令狐", "慕容", "宇文", "长孙", "司徒", "夏侯",
    "轩辕", "端木", "独孤", "南宫", "西门", "呼延", "申屠", "澹台", "闻人", "万俟", "拓跋", "钟离", "宗政", "濮阳",
];

/// Japanese surnames, in the characters Chinese news writes them with.
const JAPANESE_SURNAMES: &[&str] = &[
    "佐藤",
    "铃木",
    "高桥",
    "田中",
    "伊藤",
    "渡边",
    "山本",
    "中村",
    "小林",
    "加藤",
    "吉田",
    "山田",
    "佐佐木",
    "山口",
    "松本",
    "井上",
    "木村",
    "清水",
    "山崎",
    "阿部",
    "池田",
    "桥本",
    "山下",
    "石川",
    "中岛",
    "前田",
    "藤田",
    "小川",
    "后藤",
    "冈田",
    "长谷川",
    "村上",
    "近藤",
    "石井",
    "齐藤",
    "斋藤",
    "坂本",
    "远藤",
    "青木",
    "藤井",
    "西村",
    "福田",
    "太田",
    "三浦",
    "藤原",
    "冈本",
    "松田",
    "中川",
    "中野",
    "原田",
    "小野",
    "田村",
    "竹内",
    "金子",
    "和田",
    "中山",
    "石田",
    "上田",
    "森田",
    "柴田",
    "酒井",
    "工藤",
    "横山",
    "宫崎",
    "宫本",
    "内田",
    "高木",
    "安藤",
    "谷口",
    "大野",
    "丸山",
    "今井",
    "高田",
    "藤本",
    "武田",
    "村田",
    "上野",
    "杉山",
    "增田",
    "平野",
    "大塚",
    "千叶",
    "久保",
    "松井",
    "小岛",
    "岩崎",
    "樱井",
    "野口",
    "松尾",
    "野村",
    "木下",
    "菊地",
    "佐野",
    "大西",
    "杉本",
    "新井",
    "浜田",
    "菅原",
    "市川",
    "水野",
    "小松",
    "岛田",
    "古川",
    "小山",
    "高野",
    "西田",
    "菊池",
    "山内",
    "西川",
    "五十岚",
    "北村",
    "安田",
    "中田",
    "川口",
    "平田",
    "川崎",
    "饭田",
    "吉川",
    "本田",
    "久保田",
    "泽田",
    "吉村",
    "渡部",
    "岩田",
    "中西",
    "服部",
    "樋口",
    "福岛",
    "川上",
    "永井",
    "松冈",
    "田口",
    "山中",
    "森本",
    "土屋",
    "矢野",
    "广濑",
    "秋山",
    "石原",
    "松下",
    "大桥",
    "松浦",
    "吉冈",
    "小池",
    "马场",
    "浅野",
    "荒木",
    "大久保",
    "野田",
    "小泽",
    "田边",
    "川村",
    "星野",
    "黑田",
    "尾崎",
    "望月",
    "永田",
    "熊谷",
    "内藤",
    "松村",
    "西山",
    "大谷",
    "平井",
    "大岛",
    "岩本",
    "片山",
    "本间",
    "早川",
    "横田",
    "冈崎",
    "荒井",
    "大石",
    "镰田",
    "成田",
    "宫田",
    "小田",
    "石桥",
    "筱原",
    "须藤",
    "河野",
    "大泽",
    "小西",
    "高山",
    "栗原",
    "伊东",
    "松原",
    "三宅",
    "福井",
    "大森",
    "奥村",
    "内山",
    "片冈",
    "桑原",
    "关口",
    "北川",
    "牧岛",
    "茂木",
    "安倍",
    "麻生",
    "石破",
    "岸田",
    "小泉",
    "二阶",
    "甘利",
    "稻田",
    "枝野",
    "志位",
    "古屋",
    "谷崎",
    "坂井",
    "黄川田",
    "上川",
    "竹下",
    "细田",
    "额贺",
    "小渊",
    "桥下",
    "吉野",
    "萩生田",
    "梶山",
    "赤羽",
    "小此木",
    "丸川",
    "棚桥",
    "玄叶",
    "前原",
    "冈村",
    "小野寺",
    "宫泽",
    "鸠山",
    "海部",
    "羽田",
    "福山",
    "细野",
    "长岛",
    "山际",
    "松野",
    "高市",
    "盐谷",
    "齐木",
    "秋叶",
    "铃置",
    "杉田",
    "堀井",
    "北岛",
    "中曾根",
    "小野田",
    "鹤保",
    "松川",
    "宫下",
    "若宫",
    "武井",
    "木原",
    "寺田",
    "今村",
    "河井",
    "世耕",
];

/// Characters of the usual transliteration of foreign names (the tables news agencies
/// follow), beside those learned from the dictionaries: a run of them reads as a name only
/// where a cue points at it.
const TRANSLITERATION: &str = "阿埃艾爱安昂奥巴拜班邦包鲍贝本比彼毕宾波伯博布查达戴丹道德迪蒂杜多厄恩尔法凡菲费芬佛夫弗福盖甘高戈格古瓜哈海汉豪赫亨胡华惠霍基吉加贾杰金卡凯坎康考柯科克肯库夸奎拉莱赖兰朗劳勒雷蕾里利莉丽连林琳隆卢鲁路伦罗洛马玛迈麦曼梅门蒙米密明莫默穆纳娜奈南内尼妮涅宁努诺欧帕潘佩彭皮普奇齐恰乔切钦琼丘萨塞桑瑟森沙莎尚舍什施史舒斯松苏索塔泰坦汤唐特滕提图托瓦万旺威韦维温沃乌伍西希锡夏谢辛休修雅亚扬耶叶伊因英尤约泽扎詹兹佐当戈兹茨津捷琪娅黛芙妮蒂薇浦黑芮丝圭犹茜娃妲菈赛瑟";

/// Characters that end a given name: the next word has begun.
const AFTER_NAME: &str =
    "表说称指在与和于的是将等也则对向就曾已会认透强回提还并又到从被把同跟今昨日月年及、，。：；（(「“”」）)";

/// Name endings that show the run is a word, not a name: 总统府, 外交部, 代表团, and places
/// and buildings (总统宫殿, 白宫, 国会大厦).
const NOT_NAME_ENDINGS: &[char] = &[
    '府', '部', '院', '会', '国', '党', '方', '局', '处', '委', '团', '厅', '署', '馆', '们', '殿', '宫', '楼', '堂',
    '厦', '园', '场', '所', '室', '舰', '港', '省', '市', '县', '区', '岛', '街', '站', '营', '校', '社', '厂', '店',
    '库', '湖', '桥', '湾', '坝',
];

/// The characters that join the parts of a transliterated name.
pub fn is_joiner(c: char) -> bool {
    matches!(c, '·' | '・' | '‧' | '•' | '∙' | '⋅' | '．' | '-' | '－')
}

/// What kind of name a shape is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Transliterated,
    Han,
    Japanese,
}

/// A name read at the start of a text: its length in bytes and characters, and its kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shape {
    pub bytes: usize,
    pub chars: usize,
    pub kind: Kind,
}

/// The tables names are read with, built once per process.
pub struct Shapes {
    transliteration: HashSet<char>,
    surnames: HashSet<char>,
    compound: HashSet<&'static str>,
    japanese: HashSet<&'static str>,
    after_name: HashSet<char>,
}

impl Shapes {
    /// The tables, with `transliteration` the characters of the dictionaries' foreign names.
    pub fn new(mut transliteration: HashSet<char>) -> Shapes {
        transliteration.extend(TRANSLITERATION.chars());
        Shapes {
            transliteration,
            surnames: SURNAMES.chars().collect(),
            compound: COMPOUND_SURNAMES.iter().copied().collect(),
            japanese: JAPANESE_SURNAMES.iter().copied().collect(),
            after_name: AFTER_NAME.chars().collect(),
        }
    }

    pub fn is_transliteration(&self, c: char) -> bool {
        self.transliteration.contains(&c) && !self.after_name.contains(&c)
    }

    /// Whether `c` may be part of a given name.
    pub fn given(&self, c: char) -> bool {
        is_han(c) && !self.after_name.contains(&c)
    }

    /// Whether `c` is a surname of one character (Chinese, Korean, Vietnamese).
    pub fn is_surname(&self, c: char) -> bool {
        self.surnames.contains(&c)
    }

    /// The names that can be read at the start of `rest`, each kind at most once: the
    /// transliterated run, the Han name and the Japanese name, where each reads as one.
    pub fn at(&self, rest: &str) -> Vec<Shape> {
        // Most places hold no name: a text that starts with no name character is passed at once.
        let Some(first) = rest.chars().next() else { return Vec::new() };
        if !is_han(first) {
            return Vec::new();
        }
        // The first characters, on the stack: this is asked at many places of a text.
        let mut buffer = ['\0'; 14];
        let mut count = 0;
        for (slot, c) in buffer.iter_mut().zip(rest.chars()) {
            *slot = c;
            count += 1;
        }
        let chars = &buffer[..count];
        let bytes = |n: usize| chars[..n].iter().map(|c| c.len_utf8()).sum::<usize>();
        let weekday_at =
            |i: usize| chars[i] == '周' && chars.get(i + 1).is_some_and(|n| "一二三四五六日天末".contains(*n));
        let given_run = |from: usize, most: usize| {
            (from..chars.len().min(from + most)).take_while(|&i| self.given(chars[i]) && !weekday_at(i)).count()
        };
        let mut shapes = Vec::new();
        // A run of transliteration characters, parts joined by · or -.
        let mut letters = 0;
        let mut end = 0;
        let mut i = 0;
        let joins_on =
            |at: usize| is_joiner(chars[at]) && chars.get(at + 1).is_some_and(|&n| self.is_transliteration(n));
        while i < chars.len() {
            if self.is_transliteration(chars[i]) {
                letters += 1;
                end = i + 1;
            } else if letters > 0 && self.given(chars[i]) && i + 1 < chars.len() && joins_on(i + 1) {
                // A character the tables lack, in a part that a joiner continues (菲利浦・戴维森).
                letters += 1;
                end = i + 1;
            } else if !(letters > 0 && joins_on(i)) {
                break;
            }
            i += 1;
        }
        // A foreign name may start with a character that is also a surname: 毕斯卡拉.
        if letters == 0 && chars.len() > 3 && self.surnames.contains(&chars[0]) {
            let tail = chars[1..].iter().take_while(|&&c| self.is_transliteration(c)).count();
            if tail >= 3 {
                (letters, end) = (tail + 1, tail + 1);
            }
        }
        if letters >= 2 {
            shapes.push(Shape { bytes: bytes(end), chars: end, kind: Kind::Transliterated });
        }
        // A Han name: a surname (compound or single) and one or two given-name characters.
        let prefix = |n: usize| (chars.len() >= n).then(|| &rest[..bytes(n)]);
        let surname = match prefix(2) {
            Some(two) if self.compound.contains(two) => 2,
            _ if chars.first().is_some_and(|c| self.surnames.contains(c)) => 1,
            _ => 0,
        };
        if surname > 0 {
            let given = given_run(surname, 2);
            if given > 0 {
                shapes.push(Shape { bytes: bytes(surname + given), chars: surname + given, kind: Kind::Han });
            }
        }
        // A Japanese name: the longest Japanese surname, then one to three given characters.
        if let Some(surname) =
            (2..=3).rev().find(|&n| chars.len() > n && prefix(n).is_some_and(|p| self.japanese.contains(p)))
        {
            let given = given_run(surname, 3);
            if given > 0 {
                shapes.push(Shape { bytes: bytes(surname + given), chars: surname + given, kind: Kind::Japanese });
            }
        }
        let ends_as_name = |s: &Shape| rest[..s.bytes].chars().last().is_some_and(|c| !NOT_NAME_ENDINGS.contains(&c));
        shapes.retain(ends_as_name);
        shapes
    }
}

pub fn is_han(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shapes() -> Shapes {
        Shapes::new("菲利浦戴维森凯莉克拉夫特马尔斯毕卡拉惠勒休伊特".chars().collect())
    }

    fn read(text: &str) -> Vec<(String, Kind)> {
        shapes().at(text).into_iter().map(|s| (text[..s.bytes].to_string(), s.kind)).collect()
    }

    #[test]
    fn each_kind_of_name_is_read_to_its_end() {
        assert_eq!(read("菲利浦・戴维森表示"), [("菲利浦・戴维森".to_string(), Kind::Transliterated)]);
        assert_eq!(read("陈时中表示"), [("陈时中".to_string(), Kind::Han)]);
        assert_eq!(read("欧阳娜娜说"), [("欧阳娜娜".to_string(), Kind::Han)]);
        assert!(read("藤井比早之在").contains(&("藤井比早之".to_string(), Kind::Japanese)));
        assert!(read("黄川田仁志与").contains(&("黄川田仁志".to_string(), Kind::Japanese)));
        // 王毅周二表示: the given name stops before the weekday.
        assert_eq!(read("王毅周二表示"), [("王毅".to_string(), Kind::Han)]);
        // Places and bodies are no names.
        assert!(read("白宫表示").is_empty());
        assert!(read("宫殿与").is_empty());
    }
}
