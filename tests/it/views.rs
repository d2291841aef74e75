//! One instant, every view: the page, the API and the terminal clock show
//! what the same time logic computes.

use chrono_tz::Europe;
use moscow_time::tui::App;
use serde_json::Value;

use crate::common;

#[test]
fn one_instant_reads_the_same_on_the_page_the_api_and_the_terminal() {
    // common::INSTANT: 16:00 in Moscow, then on UTC+04:00 all year.
    let client = common::client();
    let page = client.get("/").dispatch().into_string().unwrap();
    let api: Value = client.get("/api/time").dispatch().into_json().unwrap();
    let terminal = common::screen(
        &App::new(Europe::Moscow, common::instant(common::INSTANT)),
        80,
        24,
    );

    assert!(page.contains(">16:00:00</time>"), "{page}");
    assert_eq!(api["datetime"], "2012-06-01T16:00:00.000000+04:00");
    assert!(
        terminal.contains("██"),
        "the terminal draws the time in big digits\n{terminal}"
    );

    let date = "Friday, 1 June 2012";
    assert!(page.contains(date), "{page}");
    assert!(terminal.contains(date), "{terminal}");
    assert_eq!(api["day_of_week"], 5);

    let label = "MSK, UTC+04:00";
    assert!(page.contains(label), "{page}");
    assert!(terminal.contains(label), "{terminal}");
    assert_eq!(
        (&api["abbreviation"], &api["utc_offset"]),
        (&"MSK".into(), &"+04:00".into())
    );

    for heading in [&page, &terminal] {
        assert!(heading.contains("Time in Moscow"), "{heading}");
    }
}
