#!/usr/bin/env python3
"""Side-by-side: rasd-time vs dateparser on the same time corpus.

Reads the dump written by `time_bench --dump` (every case with its reference,
convention, expectation and rasd's reading), runs dateparser on the same
phrases (languages=['ar'], RELATIVE_BASE = the reference, PREFER_DATES_FROM =
past for news cases / future for Duckling cases), and prints a table.

Two accuracies:
  strict  - value AND grain (intervals: from/to and grain). dateparser has no
            grain or intervals, so it cannot score here.
  lenient - the (start) value equals the expected one truncated at the
            expected grain (hour -> YYYY-MM-DDTHH, day/week -> date, month ->
            YYYY-MM, year -> YYYY); negative cases pass when nothing parses.
            Both systems are scored this same way.
"""
import json
import sys
import time
from datetime import datetime

import dateparser

TRUNC = {"second": 19, "minute": 16, "hour": 13, "day": 10, "week": 10,
         "month": 7, "quarter": 7, "year": 4}


def lenient(expected, start_iso):
    if expected is None:
        return start_iso is None
    if start_iso is None:
        return False
    want = expected.get("value") or expected.get("from")
    n = TRUNC[expected["grain"]]
    return start_iso[:n] == want[:n]


def main(dump_path, rasd_summary_path):
    rows = [json.loads(l) for l in open(dump_path, encoding="utf-8") if l.strip()]
    rasd = json.load(open(rasd_summary_path, encoding="utf-8"))
    settings = []
    for r in rows:
        ref = datetime.fromisoformat(r["reference"])
        settings.append({
            "RELATIVE_BASE": ref.replace(tzinfo=None),
            "PREFER_DATES_FROM": "future" if r["convention"] == "duckling" else "past",
            "PREFER_DAY_OF_MONTH": "first",
            "RETURN_AS_TIMEZONE_AWARE": False,
        })
    # Warm-up (language data loading) not timed.
    dateparser.parse("امس", languages=["ar"], settings=settings[0])
    outs = []
    t0 = time.perf_counter()
    for r, s in zip(rows, settings):
        try:
            d = dateparser.parse(r["text"], languages=["ar"], settings=s)
        except Exception:  # dateparser raises on some inputs
            d = None
        outs.append(d)
    secs = time.perf_counter() - t0
    dp_ok = 0
    rasd_len = 0
    per_conv = {}
    for r, d in zip(rows, outs):
        got = d.strftime("%Y-%m-%dT%H:%M:%S") if d else None
        ok_dp = lenient(r["expected"], got)
        g = r["rasd"]
        rs = (g.get("value") or g.get("from")) if g else None
        ok_r = lenient(r["expected"], rs)
        dp_ok += ok_dp
        rasd_len += ok_r
        c = per_conv.setdefault(r["convention"], [0, 0, 0, 0])
        c[0] += 1
        c[1] += r["rasd_strict"]
        c[2] += ok_r
        c[3] += ok_dp
    n = len(rows)
    dp_rate = n / secs
    print()
    print(f"corpus: {n} phrases ({', '.join(f'{k}: {v[0]}' for k, v in per_conv.items())})")
    print()
    print("| system | strict acc (value+grain) | lenient acc (value at grain) | phrases/s |")
    print("|---|---|---|---|")
    print(f"| rasd-time | {rasd['strict_accuracy']*100:.1f}% ({rasd['strict_passed']}/{n}) "
          f"| {rasd_len/n*100:.1f}% ({rasd_len}/{n}) | {rasd['phrases_per_sec']:,.0f} |")
    print(f"| dateparser {dateparser.__version__} | n/a (no grain) "
          f"| {dp_ok/n*100:.1f}% ({dp_ok}/{n}) | {dp_rate:,.0f} |")
    print()
    for k, v in per_conv.items():
        print(f"  {k}: rasd strict {v[1]}/{v[0]}, rasd lenient {v[2]}/{v[0]}, dateparser lenient {v[3]}/{v[0]}")
    speedup = rasd["phrases_per_sec"] / dp_rate
    print(f"\nspeed-up rasd/dateparser: {speedup:,.0f}x")
    if "articles_per_sec" in rasd:
        print(f"rasd TimeTagger::tag on {rasd['articles']} real articles: "
              f"{rasd['articles_per_sec']:,.0f} articles/s "
              f"({rasd['article_chars_per_sec']/1e6:.1f} M chars/s, {rasd['article_mentions']} mentions)")
    ok = rasd_len > dp_ok and speedup >= 50
    print("verdict:", "rasd more accurate and >= 50x faster" if ok else "TARGET MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
