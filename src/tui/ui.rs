//! Draws the clock: what the web page shows, with the time in big block
//! digits scaled to the terminal, or as plain lines when the terminal is too
//! small for them, the zone's next clock change under its name, and the
//! other zones, if any, listed beneath. Rendering
//! only; the state lives in [`App`].

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Style, Stylize};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::app::App;
use super::font::BigText;
use crate::clock::TimeView;
use crate::clock_change;
use crate::locale::{Lang, TerminalWords};

/// Rows the big layout takes besides the digits: the heading and a blank
/// line above them, a blank line, the date, the zone and its clock change
/// below.
const TEXT_ROWS: u16 = 6;

/// Columns between two columns of the list of other zones.
const COLUMN_GAP: &str = "  ";

impl Widget for &App {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let view = self.view();
        let lang = self.lang();
        let face = view.clock(self.format(), self.seconds());
        // "4:05:09 PM": the digits are drawn big, "PM" as text beside them.
        let (digits, meridiem) = face.split_once(' ').unwrap_or((&face, ""));
        let other_views = self.others();
        let others = other_zones(self, &view, &other_views, area.width);
        let several = !other_views.is_empty();
        let footer = footer(lang.terminal(), self.help(), several, area.width);
        // The list, with a blank line above it.
        let list_rows = match others.len() {
            0 => 0,
            n => n as u16 + 1,
        };

        let [body, footer_row] = area.layout(&Layout::vertical([
            Constraint::Fill(1),
            Constraint::Length(1),
        ]));
        let scale = BigText::largest_scale(
            digits,
            body.width.saturating_sub(meridiem_width(meridiem)),
            body.height.saturating_sub(TEXT_ROWS + list_rows),
        );
        if scale == 0 {
            render_plain(lang, &view, &face, others, footer, area, buf);
            return;
        }
        let digits = BigText::new(digits, scale).style(Style::new().bold());
        render_big(lang, &view, digits, meridiem, others, body, buf);
        if let Some(footer) = footer {
            footer.render(footer_row, buf);
        }
    }
}

/// The bottom line: the keys when help is shown (with `z` when there are
/// other zones), otherwise a hint; `None` when even the shortest wording is
/// wider than `width`.
fn footer(
    words: &'static TerminalWords,
    help: bool,
    several_zones: bool,
    width: u16,
) -> Option<Line<'static>> {
    let wordings: &[&'static str] = match (help, several_zones) {
        (true, false) => &[words.help, words.short_help],
        (true, true) => &[words.help_zones, words.short_help_zones],
        (false, _) => &[words.hint],
    };
    wordings
        .iter()
        .map(|text| Line::from(*text).dim().centered())
        .find(|line| line.width() <= usize::from(width))
}

/// Columns that "AM" or "PM" takes beside the digits, with the space before it.
fn meridiem_width(meridiem: &str) -> u16 {
    if meridiem.is_empty() {
        0
    } else {
        1 + meridiem.len() as u16
    }
}

/// The heading, e.g. "Time in Moscow".
fn heading(lang: Lang, view: &TimeView) -> Line<'static> {
    Line::from(lang.heading(&lang.city(view.zone_name()))).dim()
}

/// The zone line, e.g. "Europe/Moscow · MSK, UTC+03:00", or only the label
/// when the whole line is wider than `width`.
fn zone_line(view: &TimeView, width: u16) -> Line<'static> {
    let name = format!("{} · ", view.zone_name());
    let label = Span::from(view.zone_label()).red();
    if name.chars().count() + label.width() <= usize::from(width) {
        Line::from(vec![Span::from(name).dim(), label])
    } else {
        Line::from(label)
    }
}

/// The zone's next clock change (or the last), as the page says it, or
/// without the time's names where that is wider than `width`; empty when
/// even that is.
fn change_line(lang: Lang, view: &TimeView, width: u16) -> Line<'static> {
    let changes = clock_change::around(view.zone(), view.utc());
    [
        lang.clock_change(&changes),
        lang.clock_change_short(&changes),
    ]
    .into_iter()
    .map(|text| Line::from(text).dim())
    .find(|line| line.width() <= usize::from(width))
    .unwrap_or_default()
}

/// The page's layout with the time in big digits, centred in `area`.
fn render_big(
    lang: Lang,
    view: &TimeView,
    digits: BigText<'_>,
    meridiem: &str,
    others: Vec<Line<'static>>,
    area: Rect,
    buf: &mut Buffer,
) {
    let list_rows = match others.len() {
        0 => 0,
        n => n as u16 + 1,
    };
    let content =
        area.centered_vertically(Constraint::Length(digits.height() + TEXT_ROWS + list_rows));
    let [
        heading_row,
        _,
        clock_rows,
        _,
        date_row,
        zone_row,
        change_row,
        list,
    ] = content.layout(&Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(digits.height()),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(list_rows),
    ]));
    // The first row of the list is the blank line above it.
    for (line, row) in others.into_iter().zip(list.rows().skip(1)) {
        line.centered().render(row, buf);
    }
    heading(lang, view).centered().render(heading_row, buf);

    let clock_width = digits.width() + meridiem_width(meridiem);
    let clock = clock_rows.centered_horizontally(Constraint::Length(clock_width));
    let [digits_area, meridiem_area] = clock.layout(&Layout::horizontal([
        Constraint::Length(digits.width()),
        Constraint::Fill(1),
    ]));
    digits.render(digits_area, buf);
    Line::from(meridiem)
        .bold()
        .right_aligned()
        .render(meridiem_area, buf);

    Line::from(lang.date(view)).centered().render(date_row, buf);
    zone_line(view, area.width).centered().render(zone_row, buf);
    change_line(lang, view, area.width)
        .centered()
        .render(change_row, buf);
}

/// The other zones, each a line and its clock change under it: place,
/// time, the date where it is not the big clock's, and how far ahead of the
/// big clock it is, e.g. `Tokyo  21:00:00  +5 h`, in columns. Where the
/// dates make the lines wider than `width`, the weekday stands for them;
/// nothing is listed when even that is too wide. A change too wide for
/// `width` is left out.
fn other_zones(app: &App, big: &TimeView, others: &[TimeView], width: u16) -> Vec<Line<'static>> {
    let lang = app.lang();
    let rows = zone_rows(app, big, others, width);
    rows.into_iter()
        .zip(others)
        .flat_map(|(row, view)| {
            let change = change_line(lang, view, width);
            std::iter::once(row).chain((change.width() > 0).then_some(change))
        })
        .collect()
}

/// The other zones' lines of [`other_zones`], in columns.
fn zone_rows(app: &App, big: &TimeView, others: &[TimeView], width: u16) -> Vec<Line<'static>> {
    let lang = app.lang();
    let full_date = |view: &TimeView| lang.date(view);
    let weekday = |view: &TimeView| lang.weekdays()[view.day_of_week() as usize].to_string();
    let date_forms: [&dyn Fn(&TimeView) -> String; 2] = [&full_date, &weekday];
    date_forms
        .into_iter()
        .find_map(|date| {
            let rows = others.iter().map(|view| {
                [
                    lang.city(view.zone_name()).into_owned(),
                    view.clock(app.format(), app.seconds()),
                    if view.same_date_as(big) {
                        String::new()
                    } else {
                        date(view)
                    },
                    lang.offset(view.ahead_of(big)),
                ]
            });
            columns(rows.collect(), width)
        })
        .unwrap_or_default()
}

/// `rows` of cells as lines in aligned columns (an empty column left out),
/// the time bold and the last column dim and right-aligned; `None` when
/// they are wider than `width`.
fn columns<const N: usize>(rows: Vec<[String; N]>, width: u16) -> Option<Vec<Line<'static>>> {
    let widths: [usize; N] = std::array::from_fn(|column| {
        let widths = rows.iter().map(|row| row[column].chars().count());
        widths.max().unwrap_or(0)
    });
    let shown = widths.iter().filter(|width| **width > 0).count();
    let total = widths.iter().sum::<usize>() + COLUMN_GAP.len() * shown.saturating_sub(1);
    if total > usize::from(width) {
        return None;
    }
    let line = |row: [String; N]| {
        let cells = row.into_iter().zip(widths).enumerate();
        let spans = cells
            .filter(|(_, (_, width))| *width > 0)
            .map(|(column, (cell, width))| {
                let gap = if column == 0 { "" } else { COLUMN_GAP };
                match column {
                    1 => Span::from(format!("{gap}{cell:<width$}")).bold(),
                    _ if column == N - 1 => Span::from(format!("{gap}{cell:>width$}")).dim(),
                    _ => Span::from(format!("{gap}{cell:<width$}")),
                }
            });
        Line::from(spans.collect::<Vec<_>>())
    };
    Some(rows.into_iter().map(line).collect())
}

/// The same content as plain lines, for a terminal too small for big digits.
/// Lines wider than the terminal are left out rather than cut, except the
/// time; when rows are short the most important lines are kept: the time,
/// the date, the heading, the zone, its clock change. The footer needs a row
/// of its own.
fn render_plain(
    lang: Lang,
    view: &TimeView,
    face: &str,
    others: Vec<Line<'static>>,
    footer: Option<Line<'_>>,
    area: Rect,
    buf: &mut Buffer,
) {
    let fits = |line: &Line| line.width() <= usize::from(area.width);
    // (importance, line), in the order they are shown; the other zones last.
    let mut lines: Vec<(u8, Line)> = [
        (2, heading(lang, view)),
        (0, Line::from(face.to_owned()).bold()),
        (1, Line::from(lang.date(view))),
        (3, zone_line(view, area.width)),
        (4, change_line(lang, view, area.width)),
    ]
    .into_iter()
    .chain((5..).zip(others))
    .filter(|(importance, line)| *importance == 0 || (fits(line) && line.width() > 0))
    .collect();

    let rows = usize::from(area.height);
    let mut body = area;
    if let Some(footer) = footer.filter(|_| lines.len() < rows) {
        let [rest, footer_row] = area.layout(&Layout::vertical([
            Constraint::Fill(1),
            Constraint::Length(1),
        ]));
        footer.render(footer_row, buf);
        body = rest;
    } else {
        let mut importances: Vec<u8> = lines.iter().map(|(importance, _)| *importance).collect();
        importances.sort_unstable();
        if let Some(&first_left_out) = importances.get(rows) {
            lines.retain(|(importance, _)| *importance < first_left_out);
        }
    }
    let body = body.centered_vertically(Constraint::Length(lines.len() as u16));
    for ((_, line), row) in lines.into_iter().zip(body.rows()) {
        // A time cut on both sides would be unreadable; cut only its end.
        let line = if fits(&line) {
            line.centered()
        } else {
            line.left_aligned()
        };
        line.render(row, buf);
    }
}
