"""`tactful eval`: score tactful against a labelled JSONL file (the schema of the data README).

Each record's `context` is written into a temporary SQLite ledger and read back, so a record is
assessed through the same path as a message from someone in the user's own ledger.  The same
records are also scored with the rules alone (no learned model) and with a plain keyword
baseline (`tactful.baseline`), so the report shows what each part adds.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

import click

from tactful.baseline import keyword_asks, keyword_flags, keyword_verdict
from tactful.cli.options import json_option
from tactful.errors import StoreError
from tactful.evaluation import Prediction, misses, schema_asks, score
from tactful.models import FLAGS, VERDICTS, Context, Sender, Triage
from tactful.normalize import request_from_text
from tactful.pipeline import triage
from tactful.policy import Policy
from tactful.records import Expected, Record, read_records
from tactful.signals import DETECTORS, RULE_DETECTORS, Detector

if TYPE_CHECKING:
    from tactful.store import Ledger


@contextmanager
def scratch_ledger() -> Iterator[Ledger]:
    """A new SQLite ledger in a temporary directory, removed afterwards."""
    from tactful.store import open_ledger

    with tempfile.TemporaryDirectory(prefix="tactful-eval-") as tmp, \
            open_ledger(str(Path(tmp) / "ledger.db")) as ledger:
        yield ledger


def context_via_ledger(ledger: Ledger, record: Record, index: int) -> Context | None:
    """The record's context written into the ledger and read back as the engine reads a sender's.

    Each record gets its own person (an address of its own), so no record's history reaches
    another.  A context the ledger cannot hold (an undated interaction) is used as given.
    """
    context = record.context
    if context is None or context.is_empty:
        return context
    sender = Sender(name=record.sender.name, email=f"record-{index}@eval.invalid")
    try:
        ledger.load_context(sender, context)
    except StoreError as exc:
        click.echo(f"Warning: {record.id}: context kept out of the ledger ({exc}); used as given.",
                   err=True)
        return context
    return ledger.context_for(sender)


def predict(record: Record, policy: Policy, context: Context | None,
            detectors: Sequence[Detector] = DETECTORS) -> Triage:
    """Triage one labelled record in the context given (read back from the ledger), no drafts."""
    request = request_from_text(record.text, sender=record.sender, channel=record.channel,
                                subject=record.subject)
    return triage(request, context, policy=policy, detectors=detectors)


def keyword_prediction(record: Record, context: Context | None) -> Prediction:
    """The plain keyword baseline's reading of a record."""
    flags = keyword_flags(record.text, context)
    return Prediction(flags, keyword_asks(record.text), "stranger", keyword_verdict(flags))


def _summary(result: dict[str, object]) -> dict[str, object]:
    keys = ("macro_f1", "verdict_accuracy", "asks_micro_f1", "relationship_accuracy", "benign_flagged_rate")
    flags = result["flags"]
    assert isinstance(flags, dict)
    return {**{k: result[k] for k in keys}, "flag_f1": {f: flags[f]["f1"] for f in FLAGS}}


def _comparison_table(result: dict[str, object], comparison: dict[str, dict[str, object]]) -> str:
    columns = {"tactful": _summary(result), **comparison}
    rows = [("macro F1", "macro_f1"), ("verdict accuracy", "verdict_accuracy"),
            ("asks micro-F1", "asks_micro_f1"), ("relationship", "relationship_accuracy"),
            ("benign flagged", "benign_flagged_rate")]
    lines = ["Compared on the same records:", f"{'':<18}" + "".join(f"{c:>18}" for c in columns)]
    for label, key in rows:
        lines.append(f"{label:<18}" + "".join(f"{float(col[key]):>18.3f}"  # type: ignore[arg-type]
                                              for col in columns.values()))
    return "\n".join(lines)


def as_prediction(t: Triage) -> Prediction:
    """A triage in the label schema's terms."""
    a = t.assessment
    return Prediction(frozenset(a.flag_names), schema_asks(a.ask_kinds), a.relationship,
                      t.verdict.kind)


def _table(result: dict[str, object]) -> str:
    flags = result["flags"]
    assert isinstance(flags, dict)
    lines = [f"Records: {result['n']}", "",
             f"{'flag':<18}{'precision':>10}{'recall':>8}{'f1':>8}{'support':>9}"]
    for name in FLAGS:
        f = flags[name]
        lines.append(f"{name:<18}{f['precision']:>10.3f}{f['recall']:>8.3f}{f['f1']:>8.3f}{f['support']:>9}")
    lines += [f"{'macro F1':<18}{result['macro_f1']:>26.3f}", "",
              f"Verdict accuracy:      {result['verdict_accuracy']:.3f}",
              f"Asks micro-F1:         {result['asks_micro_f1']:.3f}",
              f"Relationship accuracy: {result['relationship_accuracy']:.3f}",
              f"Benign wrongly flagged: {result['benign_flagged_rate']:.3f}", "",
              "Verdict confusion (rows expected, columns predicted):",
              " " * 10 + "".join(f"{v:>10}" for v in VERDICTS)]
    confusion = result["verdict_confusion"]
    assert isinstance(confusion, dict)
    for e in VERDICTS:
        lines.append(f"{e:<10}" + "".join(f"{confusion[e][p]:>10}" for p in VERDICTS))
    return "\n".join(lines)


@click.command("eval")
@click.argument("path", type=click.Path(path_type=Path, dir_okay=False, exists=True))
@click.option("--details", is_flag=True, help="List every record where a field was missed.")
@click.option("--compare/--no-compare", default=True, show_default=True,
              help="Also score the rules alone and a plain keyword baseline on the same records.")
@json_option
def evaluate(path: Path, details: bool, compare: bool, as_json: bool) -> None:
    """Score tactful on a labelled JSONL file: flags, verdicts, asks and relationships."""
    policy = Policy()  # the labels follow the default policy, not the user's settings
    pairs: list[tuple[str, Expected, Prediction]] = []
    rules: list[tuple[str, Expected, Prediction]] = []
    keywords: list[tuple[str, Expected, Prediction]] = []
    with scratch_ledger() as ledger:
        for index, record in enumerate(read_records(path)):
            if record.expected is None:
                continue
            expected = replace(record.expected, asks=schema_asks(record.expected.asks))
            context = context_via_ledger(ledger, record, index)
            pairs.append((record.id, expected, as_prediction(predict(record, policy, context))))
            if compare:
                rules.append((record.id, expected,
                              as_prediction(predict(record, policy, context, RULE_DETECTORS))))
                keywords.append((record.id, expected, keyword_prediction(record, context)))
    result = score(pairs)
    comparison = {}
    if compare:
        comparison = {"rules_only": _summary(score(rules)), "keyword_baseline": _summary(score(keywords))}
        result["comparison"] = comparison
    if details:
        result["misses"] = misses(pairs)
    if as_json:
        click.echo(json.dumps(result, indent=2))
        return
    click.echo(_table(result))
    if compare:
        click.echo("\n" + _comparison_table(result, comparison))
    if details:
        click.echo("\nMisses:")
        for m in misses(pairs):
            click.echo(f"  {m['id']:<16} {m['field']:<13} expected {m['expected']}  got {m['predicted']}")


def register(group: click.Group) -> None:
    """Add the command to the CLI."""
    group.add_command(evaluate)
