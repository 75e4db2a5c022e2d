//! Date-times as Zendesk writes them: RFC 3339 (`2014-07-04T15:37:04Z`), as
//! every live answer has them, or the basic ISO 8601 form its docs show once
//! (`20140704T15:37:04Z`, `20140704T153704Z`). The generated models read
//! every date-time through here (build/lenient_dates.rs), so that a record
//! is not lost over the form of one timestamp.

use chrono::{DateTime, NaiveDateTime, Utc};
use serde::Deserializer;

/// Reads `text` in any of the accepted forms.
pub(crate) fn parse(text: &str) -> Option<DateTime<Utc>> {
    if let Ok(t) = DateTime::parse_from_rfc3339(text) {
        return Some(t.with_timezone(&Utc));
    }
    // The basic forms, with a zone (`Z` or an offset) or without (UTC).
    for format in [
        "%Y%m%dT%H:%M:%S%#z",
        "%Y%m%dT%H%M%S%#z",
        "%Y%m%dT%H:%M:%S%.f%#z",
        "%Y%m%dT%H%M%S%.f%#z",
    ] {
        if let Ok(t) = DateTime::parse_from_str(text, format) {
            return Some(t.with_timezone(&Utc));
        }
    }
    let utc = text.strip_suffix('Z').unwrap_or(text);
    for format in [
        "%Y%m%dT%H:%M:%S",
        "%Y%m%dT%H%M%S",
        "%Y%m%dT%H:%M:%S%.f",
        "%Y%m%dT%H%M%S%.f",
    ] {
        if let Ok(t) = NaiveDateTime::parse_from_str(utc, format) {
            return Some(t.and_utc());
        }
    }
    None
}

/// Reads a date-time string without copying it.
struct DateTimeText;

impl serde::de::Visitor<'_> for DateTimeText {
    type Value = DateTime<Utc>;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a date-time (RFC 3339, or ISO 8601's basic form)")
    }

    fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<Self::Value, E> {
        parse(text).ok_or_else(|| {
            E::custom(format!(
                "{text:?} is not a date-time (RFC 3339, or ISO 8601's basic form)"
            ))
        })
    }
}

/// A required date-time (no model has one yet; the build uses this once
/// the spec requires one).
#[allow(dead_code)]
pub(crate) fn required<'de, D: Deserializer<'de>>(d: D) -> Result<DateTime<Utc>, D::Error> {
    d.deserialize_str(DateTimeText)
}

/// An optional (or `null`) date-time.
pub(crate) fn optional<'de, D: Deserializer<'de>>(d: D) -> Result<Option<DateTime<Utc>>, D::Error> {
    struct Nullable;
    impl<'de> serde::de::Visitor<'de> for Nullable {
        type Value = Option<DateTime<Utc>>;

        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a date-time or null")
        }

        fn visit_none<E: serde::de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }

        fn visit_unit<E: serde::de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }

        fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
            d.deserialize_str(DateTimeText).map(Some)
        }
    }
    d.deserialize_option(Nullable)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_iso_forms_read_as_the_same_instant() {
        let extended = parse("2014-07-04T15:37:04Z").unwrap();
        for text in [
            "20140704T15:37:04Z",
            "20140704T153704Z",
            "20140704T15:37:04+00:00",
            "20140704T173704+0200",
            "20140704T15:37:04",
            "2014-07-04T17:37:04+02:00",
        ] {
            assert_eq!(parse(text), Some(extended), "{text}");
        }
        assert_eq!(
            parse("2014-07-04T15:37:04.250Z")
                .unwrap()
                .timestamp_subsec_millis(),
            250
        );
        for text in [
            "",
            "yesterday",
            "2014-07-04",
            "20140704",
            "20140732T15:37:04Z",
        ] {
            assert_eq!(parse(text), None, "{text}");
        }
    }

    #[test]
    fn a_record_with_a_basic_form_date_time_is_read() {
        let ticket: crate::types::DeletedTicket = serde_json::from_value(serde_json::json!({
            "id": 581,
            "deleted_at": "20140704T15:37:04Z",
            "previous_state": "open"
        }))
        .unwrap();
        assert_eq!(ticket.deleted_at, parse("2014-07-04T15:37:04Z"));
        let without: crate::types::DeletedTicket =
            serde_json::from_value(serde_json::json!({ "id": 1 })).unwrap();
        assert_eq!(without.deleted_at, None);
        let null: crate::types::DeletedTicket =
            serde_json::from_value(serde_json::json!({ "id": 1, "deleted_at": null })).unwrap();
        assert_eq!(null.deleted_at, None);
        assert!(serde_json::from_value::<crate::types::DeletedTicket>(
            serde_json::json!({ "id": 1, "deleted_at": "soon" })
        )
        .is_err());
    }
}
