//! The date a run takes as today, for what depends on it in the output (the editors' review
//! reports of `build`, `check`'s review dates): the clock's date in UTC, or the date of
//! `SOURCE_DATE_EPOCH` when that is set, as <https://reproducible-builds.org/specs/source-date-epoch/>
//! asks of build tools, so that the same sources give the same site byte for byte on any day.

use jiff::civil::Date;
use jiff::tz::TimeZone;

/// The environment variable of reproducible builds: seconds since 1970-01-01 UTC.
pub const SOURCE_DATE_EPOCH: &str = "SOURCE_DATE_EPOCH";

/// `SOURCE_DATE_EPOCH` is set but is not a number of seconds a date can have.
#[derive(Debug, thiserror::Error)]
#[error("SOURCE_DATE_EPOCH is `{0}`, not a number of seconds since 1970-01-01")]
pub struct InvalidEpoch(String);

/// Today's date in UTC, or the date of `SOURCE_DATE_EPOCH` when it is set (and not empty).
pub fn today() -> Result<Date, InvalidEpoch> {
    match std::env::var(SOURCE_DATE_EPOCH) {
        Ok(value) if !value.trim().is_empty() => from_epoch(&value),
        _ => Ok(jiff::Timestamp::now().to_zoned(TimeZone::UTC).date()),
    }
}

/// The UTC date of `value`, seconds since 1970-01-01.
fn from_epoch(value: &str) -> Result<Date, InvalidEpoch> {
    let invalid = || InvalidEpoch(value.to_string());
    let seconds: i64 = value.trim().parse().map_err(|_| invalid())?;
    let timestamp = jiff::Timestamp::from_second(seconds).map_err(|_| invalid())?;
    Ok(timestamp.to_zoned(TimeZone::UTC).date())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_epoch_gives_its_utc_date() {
        assert_eq!(from_epoch("0").unwrap().to_string(), "1970-01-01");
        // 2026-12-01T23:59:59Z and a second later.
        assert_eq!(from_epoch("1796169599").unwrap().to_string(), "2026-12-01");
        assert_eq!(
            from_epoch(" 1796169600\n").unwrap().to_string(),
            "2026-12-02"
        );
    }

    #[test]
    fn what_is_not_seconds_is_refused_with_the_value() {
        for value in ["yesterday", "1.5", "2026-12-01", "99999999999999999999"] {
            let error = from_epoch(value).unwrap_err().to_string();
            assert!(error.contains(value), "{error}");
        }
    }
}
