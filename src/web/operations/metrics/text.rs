//! The Prometheus text format (0.0.4), written as the `prometheus` crate's
//! `TextEncoder` writes it, byte for byte (its own encoder is the oracle of
//! the tests), at a fraction of its cost: that encoder turns every number,
//! a bucket's bound and count included, into a `String` of its own through
//! the float formatter, and escapes every label value into another. Here a
//! whole number is written as an integer, a histogram's bounds are written
//! once per family, and nothing is allocated per sample.

use std::fmt::Write;

use prometheus::proto::{LabelPair, Metric, MetricFamily, MetricType};

/// Appends `families` to `out` in the text format.
pub fn encode(families: &[MetricFamily], out: &mut String) {
    let mut bounds = Bounds::default();
    for family in families {
        let name = family.name();
        let help = family.help();
        if !help.is_empty() {
            out.push_str("# HELP ");
            out.push_str(name);
            out.push(' ');
            escaped(out, help, false);
            out.push('\n');
        }
        let kind = family.get_field_type();
        out.push_str("# TYPE ");
        out.push_str(name);
        out.push(' ');
        out.push_str(match kind {
            MetricType::COUNTER => "counter",
            MetricType::GAUGE => "gauge",
            MetricType::SUMMARY => "summary",
            MetricType::UNTYPED => "untyped",
            MetricType::HISTOGRAM => "histogram",
        });
        out.push('\n');
        for metric in family.get_metric() {
            let mut sample = Sample {
                out: &mut *out,
                name,
                metric,
            };
            match kind {
                MetricType::COUNTER => sample.write("", None, metric.get_counter().get_value()),
                MetricType::GAUGE => sample.write("", None, metric.get_gauge().get_value()),
                MetricType::HISTOGRAM => histogram(&mut sample, &mut bounds),
                MetricType::SUMMARY => summary(&mut sample),
                // No collector makes them, and `TextEncoder` cannot write them.
                MetricType::UNTYPED => {}
            }
        }
    }
}

fn histogram(sample: &mut Sample<'_>, bounds: &mut Bounds) {
    let histogram = sample.metric.get_histogram();
    let mut inf_seen = false;
    for (i, bucket) in histogram.get_bucket().iter().enumerate() {
        let bound = bucket.upper_bound();
        sample.write(
            "_bucket",
            Some(("le", bounds.text(i, bound))),
            bucket.cumulative_count() as f64,
        );
        inf_seen |= bound.is_sign_positive() && bound.is_infinite();
    }
    let count = histogram.get_sample_count() as f64;
    if !inf_seen {
        sample.write("_bucket", Some(("le", "+Inf")), count);
    }
    sample.write("_sum", None, histogram.get_sample_sum());
    sample.write("_count", None, count);
}

fn summary(sample: &mut Sample<'_>) {
    let summary = sample.metric.get_summary();
    let mut quantile = String::new();
    for q in summary.get_quantile() {
        quantile.clear();
        number(&mut quantile, q.quantile());
        sample.write("", Some(("quantile", &quantile)), q.value());
    }
    sample.write("_sum", None, summary.sample_sum());
    sample.write("_count", None, summary.sample_count() as f64);
}

/// A histogram's bucket bounds as written, kept from one series to the
/// next: the series of a family share their bounds.
#[derive(Default)]
struct Bounds(Vec<(u64, String)>);

impl Bounds {
    /// Bucket `i`'s bound, `bound`, as text.
    fn text(&mut self, i: usize, bound: f64) -> &str {
        if self.0.len() <= i {
            self.0
                .resize_with(i + 1, || (f64::NAN.to_bits(), String::new()));
        }
        let (bits, text) = &mut self.0[i];
        if *bits != bound.to_bits() {
            *bits = bound.to_bits();
            text.clear();
            number(text, bound);
        }
        text
    }
}

/// One series of a family, to be written as one or more samples.
struct Sample<'a> {
    out: &'a mut String,
    name: &'a str,
    metric: &'a Metric,
}

impl Sample<'_> {
    /// Writes a sample of the series.
    fn write(&mut self, suffix: &str, label: Option<(&str, &str)>, value: f64) {
        let out = &mut *self.out;
        out.push_str(self.name);
        out.push_str(suffix);
        labels(out, self.metric.get_label(), label);
        out.push(' ');
        number(out, value);
        let timestamp = self.metric.timestamp_ms();
        if timestamp != 0 {
            out.push(' ');
            out.push_str(itoa::Buffer::new().format(timestamp));
        }
        out.push('\n');
    }
}

/// `{name="value",…}`, the series' labels and then `extra`; nothing when
/// there are none.
fn labels(out: &mut String, pairs: &[LabelPair], extra: Option<(&str, &str)>) {
    if pairs.is_empty() && extra.is_none() {
        return;
    }
    let mut separator = '{';
    let pairs = pairs.iter().map(|pair| (pair.name(), pair.value()));
    for (name, value) in pairs.chain(extra) {
        out.push(separator);
        out.push_str(name);
        out.push_str("=\"");
        escaped(out, value, true);
        out.push('"');
        separator = ',';
    }
    out.push('}');
}

/// `text` with `\` and line feeds escaped, and `"` too in a label value.
fn escaped(out: &mut String, text: &str, label_value: bool) {
    let special = |c: char| c == '\\' || c == '\n' || (label_value && c == '"');
    if !text.contains(special) {
        out.push_str(text);
        return;
    }
    for c in text.chars() {
        if special(c) {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
}

/// `value` as Rust's `Display` writes it (which `TextEncoder` uses): a whole
/// number exactly held by an `f64` as its integer, others by the formatter.
fn number(out: &mut String, value: f64) {
    /// 2^53: every whole number below it is exact, and `Display` writes it
    /// as its digits.
    const EXACT: f64 = 9_007_199_254_740_992.0;
    let whole = value.fract() == 0.0 && value.abs() < EXACT;
    // -0.0 is written "-0", which the integer 0 is not.
    if whole && !(value == 0.0 && value.is_sign_negative()) {
        out.push_str(itoa::Buffer::new().format(value as i64));
    } else {
        write!(out, "{value}").expect("writing to a String");
    }
}

#[cfg(test)]
mod tests {
    use prometheus::core::Collector;
    use prometheus::{
        Counter, Encoder, Gauge, HistogramOpts, HistogramVec, IntCounterVec, Opts, Registry,
        TextEncoder,
    };

    use super::*;

    /// What `TextEncoder` writes for `families`, and what `encode` does.
    fn both(families: &[MetricFamily]) -> (String, String) {
        let mut theirs = Vec::new();
        TextEncoder::new().encode(families, &mut theirs).unwrap();
        let mut ours = String::new();
        encode(families, &mut ours);
        (String::from_utf8(theirs).unwrap(), ours)
    }

    #[test]
    fn numbers_are_written_as_display_writes_them() {
        for value in [
            0.0,
            -0.0,
            1.0,
            -1.0,
            42.0,
            0.5,
            0.000_05,
            0.1 + 0.2,
            1e15,
            1e16,
            9_007_199_254_740_991.0,
            9_007_199_254_740_992.0,
            -9_007_199_254_740_993.0,
            1e21,
            1e300,
            5e-324,
            f64::MAX,
            f64::MIN,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::NAN,
            1_733_580_000.123,
        ] {
            let mut out = String::new();
            number(&mut out, value);
            assert_eq!(out, value.to_string(), "{value:e}");
        }
    }

    #[test]
    fn every_kind_of_series_is_written_as_text_encoder_writes_it() {
        let registry = Registry::new();
        let requests = IntCounterVec::new(
            Opts::new("requests_total", "Requests, \\ and\nlines."),
            &["method", "route"],
        )
        .unwrap();
        requests.with_label_values(&["GET", "/"]).inc_by(3);
        requests
            .with_label_values(&["GET", "/say/\"hi\"\\n\n/é"])
            .inc();
        let duration = HistogramVec::new(
            HistogramOpts::new("duration_seconds", "Time.")
                .buckets(vec![0.000_05, 0.001, 0.5, 2.0]),
            &["route"],
        )
        .unwrap();
        for (route, seconds) in [("/", 0.000_01), ("/", 0.7), ("/a", 3.0), ("/b", 0.001)] {
            duration.with_label_values(&[route]).observe(seconds);
        }
        // A histogram whose last bucket is +Inf already.
        let open = HistogramVec::new(
            HistogramOpts::new("open_seconds", "Open.").buckets(vec![1.0, f64::INFINITY]),
            &["x"],
        )
        .unwrap();
        open.with_label_values(&["y"]).observe(0.25);
        let ratio = Gauge::new("ratio", "A ratio.").unwrap();
        ratio.set(-0.125);
        let plain = Counter::new("plain_total", "No labels.").unwrap();
        plain.inc_by(1e17);
        let collectors: [Box<dyn Collector>; 5] = [
            Box::new(requests),
            Box::new(duration),
            Box::new(open),
            Box::new(ratio),
            Box::new(plain),
        ];
        for collector in collectors {
            registry.register(collector).unwrap();
        }
        let (theirs, ours) = both(&registry.gather());
        assert!(theirs.contains("le=\"0.00005\""), "{theirs}");
        assert_eq!(ours, theirs);
    }

    #[test]
    fn the_servers_own_metrics_are_written_as_text_encoder_writes_them() {
        let metrics = super::super::Metrics::new();
        metrics.rate_limited();
        let (theirs, ours) = both(&metrics.registry.gather());
        assert!(theirs.contains("process_start_time_seconds "), "{theirs}");
        assert_eq!(ours, theirs);
    }

    #[test]
    fn a_series_with_a_timestamp_and_a_summary_are_written_as_text_encoder_writes_them() {
        use prometheus::proto::{Quantile, Summary};
        let mut quantile = Quantile::default();
        quantile.set_quantile(0.99);
        quantile.set_value(0.25);
        let mut summary = Summary::default();
        summary.set_quantile(vec![quantile]);
        summary.set_sample_sum(12.5);
        summary.set_sample_count(50);
        let mut metric = Metric::default();
        metric.set_summary(summary);
        metric.set_timestamp_ms(1_733_580_000_000);
        let mut family = MetricFamily::default();
        family.set_name("latency_seconds".into());
        family.set_field_type(MetricType::SUMMARY);
        family.set_metric(vec![metric]);
        let (theirs, ours) = both(&[family]);
        assert!(theirs.contains("quantile=\"0.99\""), "{theirs}");
        assert_eq!(ours, theirs);
    }
}
