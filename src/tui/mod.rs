//! `moscow-time tui`: the clock full-screen in a terminal.

pub mod app;
pub mod font;
pub mod ui;

pub use app::App;
