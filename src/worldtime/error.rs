//! The API's error answer: worldtimeapi's one key, `{"error": "…"}`, or
//! `error: …` in the `.txt` form.

use serde::Serialize;

/// Why a request got no answer, in a few words (`unknown location`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ApiError {
    pub error: String,
}

impl ApiError {
    pub fn new(error: impl Into<String>) -> Self {
        Self {
            error: error.into(),
        }
    }

    /// The `.txt` form: `error: unknown location`, a line as the text
    /// answers write them.
    pub fn to_text(&self) -> String {
        format!("error: {}", self.error)
    }
}
