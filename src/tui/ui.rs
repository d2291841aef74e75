//! Draws the clock: what the web page shows, with the time in big block
//! digits scaled to the terminal, or as plain lines when the terminal is too
//! small for them. Rendering only; the state lives in [`App`].

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Style, Stylize};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::app::App;
use super::font::BigText;
use crate::clock::TimeView;

/// The line that lists the keys, shown after `?`.
pub const HELP: &str = "q, Esc or Ctrl-C quit · s seconds · t 12/24-hour · ? hide help";

/// The help line for terminals too narrow for [`HELP`].
pub const SHORT_HELP: &str = "q quit · s seconds · t 12/24h · ? hide";

/// The line shown while the help is hidden.
pub const HINT: &str = "? for help";

/// Rows the big layout takes besides the digits: the heading and a blank
/// line above them, a blank line, the date and the zone below.
const TEXT_ROWS: u16 = 5;

impl Widget for &App {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let view = self.view();
        let face = view.clock(self.format(), self.seconds());
        // "4:05:09 PM": the digits are drawn big, "PM" as text beside them.
        let (digits, meridiem) = face.split_once(' ').unwrap_or((&face, ""));
        let footer = footer(self.help(), area.width);

        let [body, footer_row] = area.layout(&Layout::vertical([
            Constraint::Fill(1),
            Constraint::Length(1),
        ]));
        let scale = BigText::largest_scale(
            digits,
            body.width.saturating_sub(meridiem_width(meridiem)),
            body.height.saturating_sub(TEXT_ROWS),
        );
        if scale == 0 {
            render_plain(&view, &face, footer, area, buf);
            return;
        }
        let digits = BigText::new(digits, scale).style(Style::new().bold());
        render_big(&view, digits, meridiem, body, buf);
        if let Some(footer) = footer {
            footer.render(footer_row, buf);
        }
    }
}

/// The bottom line: the keys when help is shown, otherwise a hint; `None`
/// when even the shortest wording is wider than `width`.
fn footer(help: bool, width: u16) -> Option<Line<'static>> {
    let wordings: &[&'static str] = if help { &[HELP, SHORT_HELP] } else { &[HINT] };
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
fn heading(view: &TimeView) -> Line<'static> {
    Line::from(format!("Time in {}", view.place())).dim()
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

/// The page's layout with the time in big digits, centred in `area`.
fn render_big(view: &TimeView, digits: BigText<'_>, meridiem: &str, area: Rect, buf: &mut Buffer) {
    let content = area.centered_vertically(Constraint::Length(digits.height() + TEXT_ROWS));
    let [heading_row, _, clock_rows, _, date_row, zone_row] = content.layout(&Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(digits.height()),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(1),
    ]));
    heading(view).centered().render(heading_row, buf);

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

    Line::from(view.date()).centered().render(date_row, buf);
    zone_line(view, area.width).centered().render(zone_row, buf);
}

/// The same content as plain lines, for a terminal too small for big digits.
/// Lines wider than the terminal are left out rather than cut, except the
/// time; when rows are short the most important lines are kept: the time,
/// the date, the heading, the zone. The footer needs a row of its own.
fn render_plain(
    view: &TimeView,
    face: &str,
    footer: Option<Line<'_>>,
    area: Rect,
    buf: &mut Buffer,
) {
    let fits = |line: &Line| line.width() <= usize::from(area.width);
    // (importance, line), in the order they are shown.
    let mut lines: Vec<(u8, Line)> = [
        (2, heading(view)),
        (0, Line::from(face.to_owned()).bold()),
        (1, Line::from(view.date())),
        (3, zone_line(view, area.width)),
    ]
    .into_iter()
    .filter(|(importance, line)| *importance == 0 || fits(line))
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
