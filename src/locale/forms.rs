//! What CLDR says of a language beyond its words: how it writes a date,
//! its weekday and month names, its decimal sign, hours and minutes in each
//! plural form, how two units are joined, its plural rules, its writing
//! direction and its name in itself. The data is [`super::cldr_forms`],
//! written by `scripts/cldr_names.py` from the pinned CLDR release.

/// A CLDR plural category (UTS #35, "Language Plural Rules").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Category {
    /// Arabic's 0.
    Zero,
    /// 1 in most languages; 21 in Russian; 0 and 1 in French.
    One,
    /// Arabic's 2.
    Two,
    /// 2–4 in Polish, Russian, Ukrainian; 3–10 in Arabic.
    Few,
    /// 5–20 in Polish, Russian, Ukrainian; 11–99 in Arabic.
    Many,
    /// Everything else.
    Other,
}

impl Category {
    /// Every category, in [`Plural`]'s order.
    pub const ALL: [Category; 6] = [
        Self::Zero,
        Self::One,
        Self::Two,
        Self::Few,
        Self::Many,
        Self::Other,
    ];

    /// The category's name in CLDR and in `Intl.PluralRules`: `one`, `few`.
    pub fn name(self) -> &'static str {
        match self {
            Self::Zero => "zero",
            Self::One => "one",
            Self::Two => "two",
            Self::Few => "few",
            Self::Many => "many",
            Self::Other => "other",
        }
    }
}

/// A unit in every plural category, [`Category::ALL`]'s order, with `{n}`
/// for the number (Arabic's `one` and `two` have none: "ساعة", "ساعتان");
/// a category the language does not have holds its `other` form.
#[derive(Debug)]
pub struct Plural(pub [&'static str; 6]);

impl Plural {
    /// The form of `category`.
    pub fn form(&self, category: Category) -> &'static str {
        self.0[category as usize]
    }
}

/// One language as CLDR has it.
#[derive(Debug)]
pub struct Forms {
    /// The code, as in `lang=` and `<html lang>`: `en`, `zh`.
    pub code: &'static str,
    /// The CLDR locale the forms are from (`en-001` for English).
    pub locale: &'static str,
    /// The language's name in itself, as a menu writes it: `Deutsch`.
    pub name: &'static str,
    /// Whether the language is written right to left.
    pub right_to_left: bool,
    /// CLDR's full date format, with `{weekday}`, `{day}`, `{month}` and
    /// `{year}` to fill in.
    pub date_pattern: &'static str,
    /// The weekday names, Sunday first, as a date shows them.
    pub weekdays: [&'static str; 7],
    /// The month names, January first, as a date shows them (Russian's in
    /// the genitive, `января`; Chinese and Japanese write the number).
    pub months: [&'static str; 12],
    /// The sign between a number's whole part and its fraction.
    pub decimal: &'static str,
    /// `{n} hours`, in words.
    pub hours: Plural,
    /// `{n} minutes`, in words.
    pub minutes: Plural,
    /// `{n}h`, as short as the language writes it.
    pub hours_narrow: Plural,
    /// `{n}m`, as short as the language writes it.
    pub minutes_narrow: Plural,
    /// How hours `{0}` and minutes `{1}` are joined, in words.
    pub unit_list: &'static str,
    /// How they are joined, short.
    pub unit_list_narrow: &'static str,
    /// The plural category of a whole number.
    pub plural: fn(u64) -> Category,
}

impl Forms {
    /// The plural categories in which the language's hours or minutes are
    /// written otherwise than in `other`, and `other` last: all a reader of
    /// [`Plural::form`] needs, with `other` for the rest.
    pub fn unit_categories(&self) -> impl Iterator<Item = Category> + '_ {
        Category::ALL.into_iter().filter(|category| {
            *category == Category::Other
                || [&self.hours, &self.minutes]
                    .iter()
                    .any(|unit| unit.form(*category) != unit.form(Category::Other))
        })
    }
}
