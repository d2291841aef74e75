//! `GET /api/sun/<zone>[?date=YYYY-MM-DD]`: sunrise, sunset and the length
//! of the day at the zone's place (`zone.tab`, else `zone1970.tab`) on a
//! date of its calendar, today there unless asked. JSON only, errors in the
//! API's shape. The sun is computed in [`crate::sun`], the answer is
//! [`crate::worldtime::SunTimes`].

use chrono::{Datelike, NaiveDate};
use rocket::form::Errors;
use rocket::form::error::ErrorKind;
use rocket::http::Status;
use rocket::http::uri::{Segments, fmt::Path};
use rocket::{State, get};

use super::{Format, Reply, joined};
use crate::sun::{NoSunDay, local_date};
use crate::web::Site;
use crate::worldtime::sun::DATE;
use crate::worldtime::{self, ApiError, Named, SunTimes, Unnamed};

/// The years a date may be in. The sun's model reaches from -2000 to 6000,
/// but before 1900 most zones kept local mean time, and after 2100 neither
/// their rules nor the Earth's rotation (ΔT, seconds of sunrise) are known.
const YEARS: std::ops::RangeInclusive<i32> = 1900..=2100;

/// `GET /api/sun/<zone>[?date=2027-06-21]`.
#[get("/sun/<path..>?<date>")]
pub fn sun(path: Segments<'_, Path>, date: Result<&str, Errors<'_>>, site: &State<Site>) -> Reply {
    let date = match date {
        Ok(text) => match parse_date(text) {
            Some(date) => Some(date),
            None => {
                let text: String = text.chars().take(40).collect();
                return Reply::bad_request(format!(
                    "date '{text}' is not a date from {}-01-01 to {}-12-31 such as 2027-06-21",
                    YEARS.start(),
                    YEARS.end()
                ));
            }
        },
        Err(errors) if errors.iter().all(|e| matches!(e.kind, ErrorKind::Missing)) => None,
        Err(_) => return Reply::bad_request("date is not text".into()),
    };
    let name = joined(path);
    let database = site.database();
    let zone = match worldtime::lookup(&database, &name) {
        Ok(Named::Zone(zone)) => zone,
        Ok(Named::Area(_)) => return Reply::error(Unnamed::Unknown, Format::Json),
        Err(why) => return Reply::error(why, Format::Json),
    };
    let date = date.unwrap_or_else(|| local_date(&zone, site.now()));
    let Some(place) = database.places().coordinates(zone.name()) else {
        return Reply::Error(
            Status::NotFound,
            ApiError::new("no place for this zone"),
            Format::Json,
        );
    };
    match site.sun_day(&zone, place, date) {
        Ok(day) => Reply::json(&SunTimes::new(&zone, place, date, &day)),
        Err(NoSunDay::Skipped) => Reply::bad_request(format!(
            "date '{}' is not on the clocks of {}: they skip it",
            date.format(DATE),
            zone.name()
        )),
        Err(NoSunDay::Model(why)) => Reply::Error(
            Status::InternalServerError,
            ApiError::new(why),
            Format::Json,
        ),
    }
}

/// `2027-06-21`: exactly four digits of year, two of month and of day, a
/// day the month has, in [`YEARS`].
fn parse_date(text: &str) -> Option<NaiveDate> {
    let shaped = text.len() == 10
        && text.bytes().enumerate().all(|(at, byte)| match at {
            4 | 7 => byte == b'-',
            _ => byte.is_ascii_digit(),
        });
    let date = NaiveDate::parse_from_str(text, DATE)
        .ok()
        .filter(|_| shaped)?;
    YEARS.contains(&date.year()).then_some(date)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_whole_dates_of_the_two_centuries_are_read() {
        assert_eq!(
            parse_date("2027-06-21"),
            NaiveDate::from_ymd_opt(2027, 6, 21)
        );
        assert_eq!(
            parse_date("2000-02-29"),
            NaiveDate::from_ymd_opt(2000, 2, 29)
        );
        assert_eq!(
            parse_date("1900-01-01"),
            NaiveDate::from_ymd_opt(1900, 1, 1)
        );
        assert_eq!(
            parse_date("2100-12-31"),
            NaiveDate::from_ymd_opt(2100, 12, 31)
        );
        for bad in [
            "2027-02-29",
            "2100-02-29",
            "2027-6-21",
            "2027-06-1",
            "+027-06-21",
            "2027/06/21",
            "2027-06-21T00:00",
            "1899-12-31",
            "2101-01-01",
            "",
            "tomorrow",
            "２０２７-06-21",
        ] {
            assert_eq!(parse_date(bad), None, "{bad}");
        }
    }
}
