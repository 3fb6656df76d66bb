"""Scores an extractor against gold facts, the way the project's reference scorer does.

`kg eval` must give the same core numbers as `shared/tools/score_facts.py`, or a change that
looks like progress in one tool looks like a regression in the other. So the matching rules are
the scorer's, re-stated here (the tool has to work from an installed package, where the shared
directory does not exist):

- a gold fact is *required* when it is asserted with high (or unstated) confidence; asserted
  facts of medium/low confidence and reported speculation are *optional* (finding one is no
  error, missing one costs nothing); planned and negated gold facts are neither, so asserting
  one is a false positive;
- records' `optional_facts` lists are not read: score_facts.py drops them when it loads either
  gold format (although shared/gold/README.md calls them unpenalised), so a prediction that only
  an `optional_facts` entry would excuse is a false positive in both tools. `honour_optional_facts`
  turns the README's reading on, for comparison;
- only predicted facts with modality `asserted` take part in precision and recall;
- names are compared after folding case, accents, hyphens, a leading "the" and a small table of
  aliases; `subject_alt` / `object_alt` list accepted alternatives;
- MET_WITH and ALLIED_WITH are symmetric; the contract's SANCTIONED_BY (target -> sanctioner) and
  the gold's SANCTIONED (sanctioner -> target) are the same fact;
- a date is right when it agrees at the precision both sides give.

On top of that the report has what the scorer lacks: per-relation and core P/R/F1 as numbers, a
modality confusion matrix (does the extractor tell "will visit" from "visited"?) and the errors.
"""
from __future__ import annotations

import collections
import datetime as dt
import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

from kg.errors import GoldFileError, KgError  # noqa: F401 (GoldFileError re-exported)
from schemas.models import Article
from schemas.names import fold_name

CORE = ("VISITED", "MET_WITH", "ALLIED_WITH", "SANCTIONED", "HOLDS_ROLE",
        "CONDEMNED", "AIDED", "ATTACKED")
SYMMETRIC = frozenset({"MET_WITH", "ALLIED_WITH"})
GOLD_MODALITIES = ("asserted", "planned", "negated", "reported_speculation")
PRED_MODALITIES = ("asserted", "planned", "negated", "missed")

# The reference scorer's alias table, unchanged. It is a property of the *measurement* (which
# spellings a reader counts as the same answer), not knowledge the extractor may use: keeping it
# identical to score_facts.py is what makes the two tools agree, so it is not loaded from the
# gazetteer, which is free to grow.
SCORER_ALIASES: dict[str, tuple[str, ...]] = {
    "north korea": ("dprk", "democratic people s republic of korea", "the north", "prk",
                    "n korea", "north korean"),
    "south korea": ("republic of korea", "rok", "kor", "s korea", "south korean"),
    "united states": ("us", "u s", "usa", "united states of america", "america", "u s a",
                      "the united states", "american"),
    "russia": ("russian federation", "rus", "russian"),
    "china": ("people s republic of china", "prc", "chn", "chinese"),
    "united kingdom": ("uk", "u k", "britain", "great britain", "gbr", "british"),
    "united nations security council": ("un security council", "u n security council",
                                        "security council", "unsc", "the council"),
    "united nations": ("un", "u n"),
    "european union": ("eu", "e u"),
    "soviet union": ("ussr", "the soviet union"),
    "ukraine": ("ukr",),
    "japan": ("jpn",),
    "iran": ("islamic republic of iran", "irn"),
    "kim jong un": ("kim jongun", "kim jong-un", "kim"),
    "park myung ho": ("park minghao", "pak myong ho", "park myong ho"),
    "sergey lavrov": ("sergei lavrov",),
    "sergei shoigu": ("sergey shoigu",),
    "wi sung lac": ("wi sung-lac", "wi sunglac"),
    "kyiv": ("kiev",),
    "yoon suk yeol": ("yoon sukyeol", "yoon suk-yeol"),
    "donald trump": ("trump",),
    "ryu yong wook": ("ryu yongwook", "liu yongyu"),
    "western countries": ("the west", "west", "western nations", "western countries"),
    "vladimir putin": ("putin",),
    "xi jinping": ("xi",),
    "volodymyr zelensky": ("zelensky", "zelenskyy", "volodymyr zelenskyy", "zelenskiy",
                           "volodymyr zelenskiy"),
    "islamic state": ("isil", "isis", "islamic state of iraq and the levant", "daesh",
                      "islamic state group"),
    "turkey": ("turkiye", "republic of turkey"),
    "czech republic": ("czechia",),
    "ivory coast": ("cote d ivoire",),
    "myanmar": ("burma",),
    "democratic republic of the congo": ("dr congo", "drc", "congo kinshasa"),
}

_CANON: dict[str, str] = {}
for _name, _variants in SCORER_ALIASES.items():
    _CANON[fold_name(_name)] = fold_name(_name)
    for _variant in _variants:
        _CANON[fold_name(_variant)] = fold_name(_name)

Key = tuple[str, str, str]




def canon(name: str | None) -> str:
    """The scorer's comparison key of a name: folded, then mapped through the alias table."""
    folded = fold_name(name or "")
    return _CANON.get(folded, folded)


def fact_key(subject: str | None, relation: str | None, obj: str | None) -> Key | None:
    """(subject, relation, object) as the scorer compares them; None outside the core relations.

    Sanctions are keyed sanctioner -> target (the gold's SANCTIONED), so a contract
    SANCTIONED_BY row is flipped; symmetric relations are keyed in sorted order.
    """
    rel = (relation or "").upper().replace("-", "_")
    s, o = canon(subject), canon(obj)
    if rel == "SANCTIONED_BY":
        rel, s, o = "SANCTIONED", o, s
    if rel not in CORE:
        return None
    if rel in SYMMETRIC and o < s:
        s, o = o, s
    return (s, rel, o)


def display_relation(relation: str) -> str:
    """Relation names in reports are the contract's: SANCTIONED is shown as SANCTIONED_BY."""
    return "SANCTIONED_BY" if relation == "SANCTIONED" else relation


def display_key(key: Key) -> tuple[str, str, str]:
    s, rel, o = key
    if rel == "SANCTIONED":
        return (o, "SANCTIONED_BY", s)
    return (s, rel, o)


# --------------------------------------------------------------------------- gold

@dataclass
class GoldDoc:
    """One annotated text: a seed file (text on disk) or a JSON Lines record (text inline)."""

    id: str
    facts: list[dict]
    optional_facts: list[dict] = field(default_factory=list)
    date: str | None = None
    text: str | None = None
    file: str | None = None
    gold_path: str = ""
    line: int | None = None


def load_gold(path: str | Path) -> list[GoldDoc]:
    """Reads either gold format: a JSON object keyed by file name, or JSON Lines records."""
    path = Path(path)
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise GoldFileError(f"cannot read gold file {path}: {exc.strerror or exc}") from None
    docs: list[GoldDoc] = []
    if path.suffix == ".json":
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise GoldFileError(f"{path}: not valid JSON ({exc.msg}, line {exc.lineno})") from None
        if not isinstance(data, dict):
            raise GoldFileError(f"{path}: expected an object keyed by file name")
        for fname, rec in data.items():
            if not isinstance(rec, dict) or "facts" not in rec:
                continue  # e.g. the top-level "doubts" list
            docs.append(GoldDoc(id=Path(fname).stem, file=fname, date=rec.get("publication_date"),
                                facts=list(rec["facts"]),
                                optional_facts=list(rec.get("optional_facts", [])),
                                gold_path=str(path)))
        return docs
    for lineno, line in enumerate(raw.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise GoldFileError(f"{path}:{lineno}: not valid JSON ({exc.msg})") from None
        if not isinstance(rec, dict) or "id" not in rec or "text" not in rec:
            raise GoldFileError(f"{path}:{lineno}: a gold record needs `id` and `text`")
        docs.append(GoldDoc(id=str(rec["id"]), text=rec["text"], date=rec.get("date"),
                            facts=list(rec.get("facts", [])),
                            optional_facts=list(rec.get("optional_facts", [])),
                            gold_path=str(path), line=lineno))
    return docs


def gold_keys(fact: dict) -> set[Key]:
    """Every key a gold fact accepts, its subject/object alternatives included."""
    subjects = [fact.get("subject"), *fact.get("subject_alt", [])]
    objects = [fact.get("object"), *fact.get("object_alt", [])]
    keys = {fact_key(s, fact.get("relation"), o) for s in subjects for o in objects}
    keys.discard(None)
    return keys  # type: ignore[return-value]


# --------------------------------------------------------------------------- report

@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn,
                "precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4)}


@dataclass(frozen=True)
class EvalError:
    """A false positive (predicted, not in the gold) or a false negative (gold, not found)."""

    kind: str  # "FP" or "FN"
    doc: str
    subject: str
    relation: str
    object: str
    evidence: str | None = None

    def __str__(self) -> str:
        line = f"{self.kind} {self.doc}: {self.subject} -{self.relation}-> {self.object}"
        return f"{line}  | {self.evidence}" if self.evidence else line


@dataclass
class DateError:
    """A matched fact whose date disagrees with the gold's: the fact counts as found, so only
    this list tells an analyst which dates to distrust."""

    doc: str
    subject: str
    relation: str
    object: str
    gold: str
    predicted: str | None

    def __str__(self) -> str:
        return (f"DATE {self.doc}: {self.subject} -{self.relation}-> {self.object}  "
                f"| gold {self.gold}, predicted {self.predicted or 'no date'}")


@dataclass
class EvalReport:
    gold_paths: list[str]
    documents: int
    predictions: int
    by_relation: dict[str, Counts]
    core: Counts
    date_hits: int
    date_total: int
    modality: dict[str, dict[str, int]]
    errors: list[EvalError]
    failed: list[str] = field(default_factory=list)
    date_errors: list[DateError] = field(default_factory=list)

    @property
    def date_accuracy(self) -> float | None:
        return self.date_hits / self.date_total if self.date_total else None

    def to_dict(self) -> dict:
        return {
            "gold": self.gold_paths,
            "documents": self.documents,
            "predictions": self.predictions,
            "relations": {display_relation(r): c.to_dict() for r, c in self.by_relation.items()},
            "core": self.core.to_dict(),
            "dates": {"right": self.date_hits, "total": self.date_total,
                      "accuracy": None if self.date_accuracy is None
                      else round(self.date_accuracy, 4)},
            "modality_confusion": self.modality,
            "errors": [e.__dict__ for e in self.errors],
            "date_errors": [e.__dict__ for e in self.date_errors],
            "failed": self.failed,
        }


# --------------------------------------------------------------------------- scoring

def _date_agrees(gold_date: str, pred_date: str) -> bool:
    """Right at the precision both give: gold 2023-04 accepts 2023-04-05; gold 2023-04-05
    accepts 2023-04 and 2023 (a year at least), never an empty date."""
    return pred_date.startswith(gold_date) or (gold_date.startswith(pred_date)
                                               and len(pred_date) >= 4)


def _doc_of(row: dict, doc_ids: set[str]) -> str | None:
    art = str(row.get("article") or "")
    if art in doc_ids:
        return art
    src = Path(str(row.get("source") or "")).stem
    return src if src in doc_ids else None


def score(docs: Sequence[GoldDoc], predictions: Iterable[dict],
          gold_paths: Sequence[str] = (), honour_optional_facts: bool = False) -> EvalReport:
    """Scores contract fact rows against gold documents (no extractor involved)."""
    doc_ids = {d.id for d in docs}
    rows = list(predictions)

    # Predictions: asserted keys (for P/R), every modality (for the confusion matrix).
    pred: dict[str, set[Key]] = collections.defaultdict(set)
    pred_dates: dict[tuple[str, Key], str] = {}
    pred_modalities: dict[tuple[str, Key], set[str]] = collections.defaultdict(set)
    pred_evidence: dict[tuple[str, Key], str] = {}
    for row in rows:
        did = _doc_of(row, doc_ids)
        if did is None:
            continue
        key = fact_key(row.get("subject"), row.get("relation"), row.get("object"))
        if key is None:
            continue
        modality = row.get("modality") or "asserted"
        pred_modalities[(did, key)].add(modality)
        if modality != "asserted":
            continue
        pred[did].add(key)
        if row.get("evidence"):
            pred_evidence.setdefault((did, key), row["evidence"])
        if row.get("date"):
            pred_dates[(did, key)] = row["date"]

    by_rel: dict[str, Counts] = collections.defaultdict(Counts)
    modality = {g: {p: 0 for p in PRED_MODALITIES} for g in GOLD_MODALITIES}
    errors: list[EvalError] = []
    date_errors: list[DateError] = []
    date_hits = date_total = 0

    for doc in docs:
        required: list[tuple[set[Key], Key]] = []  # a fact's accepted keys, and its own (shown when missed)
        optional: set[Key] = set()
        gold_dates: dict[Key, str] = {}
        evidence: dict[Key, str] = {}
        for fact in doc.facts:
            keys = gold_keys(fact)
            if not keys:
                continue
            mod = fact.get("modality") or "asserted"
            if mod == "asserted" and fact.get("confidence", "high") == "high":
                own = fact_key(fact.get("subject"), fact.get("relation"), fact.get("object"))
                required.append((keys, own if own in keys else min(keys)))
                for k in keys:
                    if fact.get("date"):
                        gold_dates[k] = fact["date"]
                    if fact.get("evidence"):
                        evidence[k] = fact["evidence"]
            elif mod in ("asserted", "reported_speculation"):
                optional |= keys
            seen = set().union(*(pred_modalities.get((doc.id, k), set()) for k in keys))
            row = modality.setdefault(mod, {p: 0 for p in PRED_MODALITIES})
            for p in seen or {"missed"}:
                row[p] = row.get(p, 0) + 1
        if honour_optional_facts:
            for fact in doc.optional_facts:
                optional |= gold_keys(fact)

        predicted = pred.get(doc.id, set())
        matched: set[Key] = set()
        for keys, own in required:
            rel = next(iter(keys))[1]
            hit = keys & predicted
            if hit:
                by_rel[rel].tp += 1
                matched |= hit
                k = min(hit)
                if k in gold_dates:
                    date_total += 1
                    predicted_date = pred_dates.get((doc.id, k))
                    if _date_agrees(gold_dates[k], predicted_date or ""):
                        date_hits += 1
                    else:
                        date_errors.append(DateError(doc.id, *display_key(k), gold_dates[k],
                                                     predicted_date))
            else:
                by_rel[rel].fn += 1
                # the fact as the gold writes it, not whichever alternative sorts first
                errors.append(EvalError("FN", doc.id, *display_key(own), evidence.get(own)))
        for k in sorted(predicted - matched - optional):
            if any(k in keys for keys, _ in required):
                continue
            by_rel[k[1]].fp += 1
            errors.append(EvalError("FP", doc.id, *display_key(k),
                                    pred_evidence.get((doc.id, k))))

    ordered = {rel: by_rel[rel] for rel in CORE if rel in by_rel
               and by_rel[rel].tp + by_rel[rel].fp + by_rel[rel].fn}
    core = Counts(sum(c.tp for c in ordered.values()), sum(c.fp for c in ordered.values()),
                  sum(c.fn for c in ordered.values()))
    errors.sort(key=lambda e: (e.kind, e.doc, e.subject, e.relation, e.object))
    return EvalReport(gold_paths=[str(p) for p in gold_paths], documents=len(docs),
                      predictions=len(rows), by_relation=ordered, core=core,
                      date_hits=date_hits, date_total=date_total, modality=modality,
                      errors=errors, date_errors=date_errors)


# --------------------------------------------------------------------------- articles

def _parse_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _loader():
    try:
        from ingest.loaders import iter_inputs  # lazy: keeps `import kg.eval` light
    except ImportError:  # an extractor installed without the project's loaders
        return None
    return iter_inputs


def _load_file(path: Path, doc_id: str) -> Article | str:
    """The article `kg extract FILE` would see (same cleaning, same publication date), with
    the gold document's id; or why the loader refused the file."""
    iter_inputs = _loader()
    if iter_inputs is None:
        return Article(id=doc_id, text=path.read_text(encoding="utf-8"), source=str(path))
    for item in iter_inputs([str(path)]):
        if isinstance(item, Article):
            return item.model_copy(update={"id": doc_id})
        return str(item)  # a LoadFailure: the document gets no predictions
    return f"{path}: the loader found no article in it"


def _load_records(docs: Sequence[GoldDoc]) -> dict[str, Article | str]:
    """Inline gold texts as `kg extract` sees them when score_facts.py hands it a JSON Lines
    file of {id, text, published}: through the loader, so cleaning and refusals are the same."""
    where = {doc.id: f"{doc.gold_path}:{doc.line}" if doc.line else doc.gold_path
             for doc in docs}
    iter_inputs = _loader()
    if iter_inputs is None:
        return {doc.id: Article(id=doc.id, text=doc.text or "", published=_parse_date(doc.date),
                                source=where[doc.id]) for doc in docs}
    loaded: dict[str, Article | str] = {}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "gold-texts.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for doc in docs:
                record = {"id": doc.id, "text": doc.text}
                if doc.date:  # as score_facts.py writes it: the loader reads or refuses it
                    record["published"] = doc.date
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")
        for number, item in enumerate(iter_inputs([str(path)])):
            if isinstance(item, Article):
                loaded[item.id] = item.model_copy(update={"source": where.get(item.id, "")})
            else:  # a LoadFailure names the temporary file and line: name the gold record
                line = str(item.source).rsplit(":", 1)[-1]
                doc = docs[int(line) - 1] if line.isdigit() and int(line) <= len(docs) else None
                if doc is not None:
                    loaded[doc.id] = f"{where[doc.id]}: [{item.code}] {item.reason}"
    return loaded


def gold_articles(docs: Sequence[GoldDoc], seeds_dir: str | Path | None = None,
                  failed: list[str] | None = None) -> list[Article]:
    """The articles the extractor is run on, one per gold document, id = the document id."""
    seeds = Path(seeds_dir or os.environ.get("SEEDS_DIR") or "seeds")
    inline = _load_records([doc for doc in docs if doc.text is not None])
    articles = []
    for doc in docs:
        if doc.text is not None:
            article = inline.get(doc.id, f"{doc.gold_path}:{doc.line}: not loaded")
        else:
            path = seeds / (doc.file or "")
            if not path.is_file():
                raise GoldFileError(f"{path}: seed text named in {doc.gold_path} not found; "
                                    f"pass --seeds-dir DIR (or set SEEDS_DIR)")
            article = _load_file(path, doc.id)
        if isinstance(article, str):
            if failed is not None:
                failed.append(article)
            continue
        articles.append(article)
    return articles


def _rows(output: Any) -> list[dict]:
    """Contract rows from whatever the extractor returns: rows, or ExtractionResults."""
    if output is None:
        return []
    if isinstance(output, dict):
        return [output]
    rows: list[dict] = []
    for item in output:
        if isinstance(item, dict):
            rows.append(item)
        elif hasattr(item, "contract_rows"):
            rows.extend(item.contract_rows())
        elif hasattr(item, "contract_row"):
            rows.append(item.contract_row())
        else:
            raise TypeError(f"extractor returned {type(item).__name__}, not a fact row")
    return rows


def evaluate(gold_paths: Sequence[str | Path] | str | Path,
             extract_fn: Callable[[list[Article]], Any],
             seeds_dir: str | Path | None = None,
             honour_optional_facts: bool = False) -> EvalReport:
    """Runs `extract_fn` on the texts of the gold files and scores what it returns.

    `extract_fn(articles)` gets every gold text as a `schemas.Article` (id = record id or seed
    file stem) and returns contract fact rows (or ExtractionResults). Seed texts are read from
    `seeds_dir` (default: $SEEDS_DIR, else ./seeds).
    """
    if isinstance(gold_paths, (str, Path)):
        gold_paths = [gold_paths]
    docs: list[GoldDoc] = []
    seen: dict[str, str] = {}
    for path in gold_paths:
        for doc in load_gold(path):
            if doc.id in seen:
                raise GoldFileError(f"document id {doc.id!r} is in both {seen[doc.id]} and "
                                    f"{path}; score them separately")
            seen[doc.id] = str(path)
            docs.append(doc)
    failed: list[str] = []
    articles = gold_articles(docs, seeds_dir, failed)
    rows = _rows(extract_fn(articles)) if articles else []
    report = score(docs, rows, [str(p) for p in gold_paths],
                   honour_optional_facts=honour_optional_facts)
    report.failed = failed
    return report


# --------------------------------------------------------------------------- text

def format_report(report: EvalReport, show_errors: bool = False) -> str:
    """Plain text; the per-relation, date and `core` lines read like score_facts.py's."""
    out = [f"gold: {', '.join(report.gold_paths) or '-'}  documents: {report.documents}  "
           f"predicted facts: {report.predictions}"]
    for path in report.failed:
        out.append(f"not loaded (no predictions): {path}")
    for rel, c in report.by_relation.items():
        out.append(f"{display_relation(rel):13s} tp={c.tp:3d} fp={c.fp:3d} fn={c.fn:3d}  "
                   f"P={c.precision:.3f} R={c.recall:.3f} F1={c.f1:.3f}")
    if report.date_total:
        out.append(f"dates right on matched facts: {report.date_hits}/{report.date_total} "
                   f"({report.date_accuracy:.3f})")
    rows = [g for g in report.modality if sum(report.modality[g].values())]
    if rows:
        out.append("modality (gold rows x predicted columns, facts with matching "
                   "subject/relation/object):")
        cols = list(PRED_MODALITIES)
        out.append(" " * 22 + "".join(f"{c:>10s}" for c in cols))
        for g in rows:
            out.append(f"  {g:20s}" + "".join(f"{report.modality[g].get(c, 0):10d}"
                                              for c in cols))
    if show_errors:
        for err in report.errors:
            out.append(str(err))
        for date_err in report.date_errors:
            out.append(str(date_err))
    c = report.core
    out.append(f"core P {c.precision:.3f} R {c.recall:.3f} F1 {c.f1:.3f} "
               f"(tp={c.tp} fp={c.fp} fn={c.fn})")
    out.append(f"core F1 {c.f1:.3f}")
    return "\n".join(out)


def format_report_json(report: EvalReport) -> str:
    return json.dumps(report.to_dict(), indent=2, ensure_ascii=False)
