//! Stage timings for `build --timings`: wall time per pipeline stage, plus the time summed over
//! threads for the parallel render and write work (which interleave page by page).

use std::fmt;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

/// Wall time of each stage, in pipeline order.
#[derive(Debug, Default)]
pub struct Timings {
    stages: Vec<(&'static str, Duration)>,
    last: Option<Instant>,
    /// Nanoseconds spent rendering pages, summed over threads.
    pub render_nanos: AtomicU64,
    /// Nanoseconds spent writing files, summed over threads.
    pub write_nanos: AtomicU64,
    /// Wall-clock nanoseconds spent on the search pages and their index (part of
    /// render+write).
    pub search_nanos: AtomicU64,
}

impl Timings {
    /// Starts the clock.
    pub fn start() -> Timings {
        Timings {
            last: Some(Instant::now()),
            ..Timings::default()
        }
    }

    /// Records the time since the previous stage ended as stage `name`.
    pub fn lap(&mut self, name: &'static str) {
        let now = Instant::now();
        if let Some(last) = self.last {
            self.stages.push((name, now - last));
        }
        self.last = Some(now);
    }

    /// Runs `work`, adding its duration to `counter`.
    pub fn measure<T>(counter: &AtomicU64, work: impl FnOnce() -> T) -> T {
        let started = Instant::now();
        let result = work();
        let nanos = u64::try_from(started.elapsed().as_nanos()).unwrap_or(u64::MAX);
        counter.fetch_add(nanos, Ordering::Relaxed);
        result
    }

    /// The total of all recorded stages.
    pub fn total(&self) -> Duration {
        self.stages.iter().map(|(_, d)| *d).sum()
    }
}

impl fmt::Display for Timings {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let ms = |d: Duration| d.as_secs_f64() * 1000.0;
        for (name, duration) in &self.stages {
            writeln!(f, "  {name:<12} {:>9.1} ms", ms(*duration))?;
        }
        let summed = |counter: &AtomicU64| Duration::from_nanos(counter.load(Ordering::Relaxed));
        writeln!(
            f,
            "  {:<12} {:>9.1} ms  (of which, summed over threads: render {:.1} ms, write {:.1} ms; search {:.1} ms of render+write's wall time)",
            "total",
            ms(self.total()),
            ms(summed(&self.render_nanos)),
            ms(summed(&self.write_nanos)),
            ms(summed(&self.search_nanos))
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn laps_add_up_and_print_in_order() {
        let mut timings = Timings::start();
        timings.lap("config");
        timings.lap("discover");
        Timings::measure(&timings.render_nanos, || {
            std::thread::sleep(Duration::from_millis(2))
        });
        let shown = timings.to_string();
        assert!(shown.find("config").unwrap() < shown.find("discover").unwrap());
        assert!(timings.render_nanos.load(Ordering::Relaxed) >= 2_000_000);
        assert!(shown.contains("render "));
    }
}
