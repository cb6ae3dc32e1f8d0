"""The example drafts in docs/drafting.md are what tactful writes for the sample inbox today."""

from __future__ import annotations

from pathlib import Path

from tactful.cli.demo import DEMO_USER, sample_inbox
from tactful.config import Settings
from tactful.models import TONES, Sender
from tactful.normalize import request_from_text
from tactful.pipeline import triage
from tactful.records import read_records

PAGE = Path(__file__).resolve().parents[1] / "docs" / "drafting.md"
# The user of the `tactful check` examples on that page.
DOCS_USER = Settings(user_name="Alex Rivera", signature="Data Analyst, Corvid Labs",
                     careers_url="https://corvid.example/careers",
                     calendar_url="https://cal.example/alex-rivera",
                     office_hours_url="https://alex.example/office-hours")


def _documented_paragraphs() -> list[str]:
    blocks = PAGE.read_text(encoding="utf-8").split("```")[1::2]
    lines = [ln.strip() for b in blocks if not b.startswith("console") for ln in b.splitlines()]
    return [ln for ln in lines if ln.startswith(("Thank you", "Thanks"))]


def _drafted_paragraphs() -> set[str]:
    found: set[str] = set()
    for record in read_records(sample_inbox()):
        # `tactful demo` knows the whole sender; the page's `tactful check --from "Name <address>"` not
        # the profile URL, which changes the request's key and so the variant picked.
        as_given = Sender(name=record.sender.name, email=record.sender.email)
        for sender in (record.sender, as_given):
            request = request_from_text(record.text, sender=sender, channel=record.channel)
            for settings in (DEMO_USER, DOCS_USER):
                for tone in TONES:
                    t = triage(request, record.context, settings=settings, tone=tone,
                               include_ignored_drafts=True)
                    found |= {ln.strip() for d in t.drafts for ln in d.text.splitlines()}
    return found


def test_every_example_draft_in_the_drafting_page_is_real_output() -> None:
    documented = _documented_paragraphs()
    assert len(documented) >= 10
    drafted = _drafted_paragraphs()
    stale = [p for p in documented if p not in drafted]
    assert not stale, ("docs/drafting.md shows drafts tactful no longer writes (paste the current output "
                       "of `tactful demo` and of the page's `tactful check` commands):\n" + "\n".join(stale))


def test_the_python_example_on_the_drafting_page_runs_as_written() -> None:
    code = PAGE.read_text(encoding="utf-8").split("```python", 1)[1].split("```", 1)[0]
    namespace: dict[str, object] = {}
    exec(code, namespace)
    assert [d.intent for d in namespace["result"].drafts] == ["redirect-referral", "decline-favour"]  # type: ignore[attr-defined]
    assert namespace["report"].passed  # type: ignore[attr-defined]
