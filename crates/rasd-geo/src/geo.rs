//! Spherical helpers.

const R_KM: f64 = 6371.0088;

/// Great-circle distance in km.
pub fn distance_km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = p2 - p1;
    let dl = (lon2 - lon1).to_radians();
    let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * R_KM * a.sqrt().atan2((1.0 - a).max(0.0).sqrt())
}

/// The point `km` away from (lat, lon) on initial bearing `bearing_deg`
/// (0 = north, 90 = east).
pub fn destination(lat: f64, lon: f64, bearing_deg: f64, km: f64) -> (f64, f64) {
    let d = km / R_KM;
    let b = bearing_deg.to_radians();
    let p1 = lat.to_radians();
    let l1 = lon.to_radians();
    let p2 = (p1.sin() * d.cos() + p1.cos() * d.sin() * b.cos()).asin();
    let l2 = l1 + (b.sin() * d.sin() * p1.cos()).atan2(d.cos() - p1.sin() * p2.sin());
    let lon2 = (l2.to_degrees() + 540.0) % 360.0 - 180.0;
    (p2.to_degrees(), lon2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distance_and_destination_agree() {
        // Ramadi -> Hit is about 60 km
        let d = distance_km(33.42, 43.30, 33.635, 42.824);
        assert!((45.0..65.0).contains(&d), "{d}");
        let (la, lo) = destination(33.42, 43.30, 270.0, 70.0);
        assert!((distance_km(33.42, 43.30, la, lo) - 70.0).abs() < 0.5);
        assert!(lo < 43.30 && (la - 33.42).abs() < 0.1);
    }
}
