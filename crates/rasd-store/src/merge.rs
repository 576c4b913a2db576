//! Cross-article merging of events that report the same real event.

use rasd_core::Report;

/// Groups of (report id, event index) that describe one event. Every
/// primary event appears in exactly one group.
pub fn merge_reports<'a>(
    reports: impl IntoIterator<Item = &'a Report>,
) -> Vec<Vec<(String, usize)>> {
    let mut out = Vec::new();
    for r in reports {
        for (i, e) in r.events.iter().enumerate() {
            if e.role == rasd_core::Role::Primary {
                out.push(vec![(r.id.clone(), i)]);
            }
        }
    }
    out
}
