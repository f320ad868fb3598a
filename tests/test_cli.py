"""The command line end to end: analyze, ingest, list, show, demo, and bad input."""
from __future__ import annotations

import json
import subprocess
import sys
from importlib import resources

import jsonschema
import pytest

from conftest import DEMO, example_text

SCHEMA = json.loads(resources.files("marsad").joinpath("schema/doc.schema.json").read_text("utf-8"))


def marsad(*args: str, stdin: bytes | None = None, cwd=None) -> subprocess.CompletedProcess:
    """Run `python -m marsad ARGS` as a user would."""
    return subprocess.run([sys.executable, "-m", "marsad", *args], input=stdin,
                          capture_output=True, cwd=cwd, timeout=300)


def test_cli_analyze_jsonl_contract_on_stdin():
    lines = [{"id": "a", "text": example_text("paris-talks-axios-preview"), "published": None, "url": None},
             {"id": "b", "text": "التقى وزير الخارجية السوري نظيره التركي في أنقرة أمس.",
              "published": "2026-01-04T10:00", "url": "https://example.org/b"}]
    data = "\n".join(json.dumps(x, ensure_ascii=False) for x in lines).encode()
    res = marsad("analyze", "--format", "jsonl", stdin=data)
    assert res.returncode == 0, res.stderr.decode()
    out = [json.loads(ln) for ln in res.stdout.decode().splitlines()]
    assert [o["id"] for o in out] == ["a", "b"]
    assert out[1]["published"] == "2026-01-04T10:00" and out[1]["url"] == "https://example.org/b"
    for o, src in zip(out, lines):
        jsonschema.validate(o, SCHEMA)
        for b in o["body"]:
            assert 0 <= b["start"] < b["end"] <= len(src["text"])


def test_cli_batch_skips_broken_lines_and_keeps_the_rest():
    data = ('{"id": "ok1", "text": "قال المتحدث إن الاجتماع انتهى."}\n'
            '{"id": "broken", "text": \n'
            '{"id": "notext"}\n'
            '[1, 2]\n'
            '{"id": "ok2", "text": "وأضاف أن الحوار سيستمر."}\n').encode()
    res = marsad("analyze", "--format", "jsonl", stdin=data)
    assert res.returncode == 0
    ids = [json.loads(ln)["id"] for ln in res.stdout.decode().splitlines()]
    assert ids == ["ok1", "ok2"]
    err = res.stderr.decode()
    assert "-:2: invalid JSON" in err and "-:3: missing string field 'text'" in err
    assert "Traceback" not in err


@pytest.mark.parametrize("content,reason", [
    (b"", "empty input"),
    (b"   \n\n  ", "empty input"),
    (bytes(range(256)) * 40, "binary data"),
])
def test_cli_bad_files_give_one_line_error_not_traceback(tmp_path, content, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    res = marsad("analyze", str(path))
    assert res.returncode == 1
    err = res.stderr.decode()
    assert reason in err and "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_cli_huge_file_refused_with_limit_named(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_bytes(("كلمة " * 10).encode() * 600_000)  # ~55 MB
    res = marsad("analyze", str(path))
    assert res.returncode == 1
    assert "ingest.max_bytes" in res.stderr.decode()


def test_cli_windows_1256_text_file_decodes(tmp_path):
    text = example_text("paris-talks-syrian-source")
    path = tmp_path / "cp1256.txt"
    path.write_bytes(text.replace("“", '"').replace("”", '"').encode("cp1256", errors="replace"))
    res = marsad("analyze", "--format", "jsonl", str(path))
    assert res.returncode == 0, res.stderr.decode()
    assert json.loads(res.stdout)["language"] == "ar"


def test_cli_ingest_twice_stores_once_then_list_and_show(tmp_path):
    db = str(tmp_path / "m.db")
    first = marsad("ingest", str(DEMO / "paris-talks-axios-preview.txt"), "--db", db)
    again = marsad("ingest", str(DEMO / "paris-talks-axios-preview.txt"), "--db", db)
    assert "stored 1" in first.stdout.decode()
    assert "stored 0, updated 1" in again.stdout.decode() and "1 articles" in again.stdout.decode()
    copy = tmp_path / "copy.txt"
    copy.write_text(example_text("paris-talks-axios-preview").replace("غدًا", "غدا"), "utf-8")
    dup = marsad("ingest", str(copy), "--db", db)
    assert "duplicates 1" in dup.stdout.decode()
    listing = marsad("list", "--db", db).stdout.decode()
    assert "paris-talks-axios-preview.txt" in listing and "الشام الجديد" in listing
    shown = marsad("show", "paris-talks-axios-preview.txt", "--db", db, "--format", "json")
    assert json.loads(shown.stdout)["author"] == "عمرو أحمد"
    missing = marsad("show", "nope", "--db", db)
    assert missing.returncode == 1 and "no article with id 'nope'" in missing.stderr.decode()


def test_cli_demo_prints_both_examples(tmp_path):
    res = marsad("demo", "--db", str(tmp_path / "demo.db"))
    out = res.stdout.decode()
    assert res.returncode == 0, res.stderr.decode()
    assert "أكسيوس: لقاء سوري–إسرائيلي في باريس غدًا" in out and "عمرو أحمد" in out
    assert "2026-01-04T21:36" in out and "مقال له علاقة" in out


def test_cli_ingest_marks_near_duplicate(tmp_path):
    db = str(tmp_path / "m.db")
    text = example_text("paris-talks-syrian-source")
    lines = text.split("\n")
    lines[-1] = lines[-1].replace("لقد حققنا تقدماً ملموساً", "حققنا تقدماً")
    edited = tmp_path / "edited.txt"
    edited.write_text("\n".join(lines), "utf-8")
    marsad("ingest", str(DEMO / "paris-talks-syrian-source.txt"), "--db", db)
    res = marsad("ingest", str(edited), "--db", db)
    assert "stored 1" in res.stdout.decode() and "near duplicates 1" in res.stdout.decode()
    row = [ln for ln in marsad("list", "--db", db).stdout.decode().splitlines() if "edited" in ln]
    assert row


def test_cli_export_event_table_csv_and_plover_json(tmp_path):
    out = tmp_path / "events.csv"
    res = marsad("export", str(DEMO / "paris-talks-syrian-source.txt"), "--format", "csv", "-o", str(out))
    assert res.returncode == 0, res.stderr.decode()
    import csv
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    text = example_text("paris-talks-syrian-source")
    assert any(r["type"] == "CONSULT" and "SYR" in r["actor_country"] for r in rows)
    for r in rows:
        assert text[int(r["trigger_start"]):int(r["trigger_end"])] == r["trigger"]
    res = marsad("export", str(DEMO / "paris-talks-axios-preview.txt"), "--format", "plover-strict")
    records = json.loads(res.stdout)
    assert records and all(r["event"] and r["source"] is not None for r in records)
    assert any(r["event"] == ["AGREE"] and "future" in r["context"] for r in records)  # planned meeting folded


def test_cli_workers_flag_gives_the_same_jsonl_as_one_process():
    texts = ["قال وزير الخارجية السوري أسعد الشيباني في دمشق إن المحادثات ستستمر.",
             "التقى الرئيس الفرنسي إيمانويل ماكرون نظيره السلوفيني في ليوبليانا أمس."]
    lines = [{"id": f"n{i}", "text": texts[i % 2] + f" رقم {i}", "published": "2026-01-04T10:00"}
             for i in range(80)] + [{"id": "bad", "text": 5}]
    data = "\n".join(json.dumps(x, ensure_ascii=False) for x in lines).encode()
    one, two = (marsad("--workers", n, "analyze", "--format", "jsonl", stdin=data) for n in ("1", "2"))
    assert one.returncode == two.returncode == 0, two.stderr.decode()
    assert two.stdout == one.stdout and len(two.stdout.decode().splitlines()) == 80
    assert b"-:81" in two.stderr  # the broken line is reported by position, not lost silently
    assert marsad("--workers", "-1", "analyze").returncode != 0
