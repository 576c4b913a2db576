//! Criterion benchmarks of the geocoder on the built-in gazetteer (no I/O):
//! index build, lookups, tagging one paragraph. The full-index numbers
//! (build from the real sources, mmap open, RSS) come from
//! `examples/geobench.rs`.

use criterion::{criterion_group, criterion_main, Criterion};
use rasd_core::Document;
use rasd_geo::{Gazetteer, Geocoder};

const TEXT: &str =
    "أعلن مصدر عسكري أن ستة صواريخ استهدفت قاعدة عين الأسد الجوية في محافظة الأنبار غربي العراق، \
وأن الصواريخ أطلقت من منطقة تقع 70 كم غرب الرمادي قرب مدينة هيت، فيما شهدت العاصمة الأفغانية كابل \
انفجارا جديدا، وسقطت قذائف على الأراضي اليمنية قرب محافظة صعدة ومدينة تعز.";

fn bench(c: &mut Criterion) {
    c.bench_function("builtin_build", |b| b.iter(Gazetteer::builtin));
    let gaz = Gazetteer::builtin();
    c.bench_function("lookup_ar", |b| {
        b.iter(|| std::hint::black_box(gaz.lookup("بالأنبار").len()))
    });
    let geo = Geocoder::new(gaz);
    let mut base = Document::new("b", TEXT);
    rasd_text::analyze(&mut base);
    c.bench_function("tag_paragraph", |b| {
        b.iter(|| {
            let mut d = base.clone();
            geo.tag(&mut d);
            std::hint::black_box(d.places.len())
        })
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
