"""Explanation trails as data: each step of a count is a code and its facts (ISO dates, numbers,
citations, names in both languages), stored as JSON and worded only when shown, in the reader's
language (English for the command line, the reader's in the app, the report's in a PDF).

A trail stored before trails were data is kept as "text" steps and shown as it was written."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from babel.dates import format_date

LANGUAGES = ("en", "es")


@dataclass(frozen=True)
class Step:
    code: str
    facts: tuple[tuple[str, Any], ...] = ()

    def __getitem__(self, key: str) -> Any:
        return dict(self.facts)[key]

    def get(self, key: str, default: Any = None) -> Any:
        return dict(self.facts).get(key, default)

    def as_json(self) -> dict[str, Any]:
        return {"code": self.code, **{k: _jsonable(v) for k, v in self.facts}}


def step(code: str, **facts: Any) -> Step:
    if code not in WORDING:
        raise KeyError(f"no wording for trail step {code!r}")
    return Step(code, tuple((k, _frozen(v)) for k, v in facts.items() if v is not None))


def _frozen(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, list | tuple):
        return tuple(_frozen(v) for v in value)
    return value


def _jsonable(value: Any) -> Any:
    return [_jsonable(v) for v in value] if isinstance(value, tuple) else value


def dumps(steps: Iterable[Step]) -> str:
    return json.dumps([s.as_json() for s in steps], ensure_ascii=False, separators=(",", ":"))


def loads(text: str | None) -> tuple[Step, ...]:
    """A stored trail: JSON steps, or (from before trails were data) one English line a step."""
    if not text:
        return ()
    stripped = text.lstrip()
    if stripped.startswith("["):
        try:
            raw = json.loads(stripped)
        except ValueError:
            raw = None
        if isinstance(raw, list) and all(isinstance(r, dict) and "code" in r for r in raw):
            out = []
            for r in raw:
                facts = {k: v for k, v in r.items() if k != "code"}
                code = r["code"] if r["code"] in WORDING else "text"
                if code == "text" and "text" not in facts:
                    facts = {"text": json.dumps(r, ensure_ascii=False)}
                out.append(Step(code, tuple((k, _frozen(v)) for k, v in facts.items())))
            return tuple(out)
    return tuple(step("text", text=line.strip(" -")) for line in text.splitlines() if line.strip())


# ---- wording ----------------------------------------------------------------------------------


def day(value: str, language: str) -> str:
    """Mon 16 May 2016 / lun 16 may 2016."""
    d = dt.date.fromisoformat(value)
    if language == "es":
        return format_date(d, "EEE d MMM y", locale="es")
    from models.calendars import fmt  # one English date format for the trail and the rest

    return fmt(d)


def _name(s: Step, language: str) -> str:
    return str(s.get("name_es") or s["name"]) if language == "es" else str(s["name"])


def _label(s: Step, language: str) -> str:
    text = str(s.get("label_es") or s["label"]) if language == "es" else str(s["label"])
    return text[:1].upper() + text[1:]


_REASONS = {
    "saturday": ("a Saturday", "sábado"),
    "sunday": ("a Sunday", "domingo"),
}


def _reason(s: Step, language: str) -> str:
    kind = s["kind"]
    name = _name(s, language)
    if kind in _REASONS:
        return _REASONS[kind][language == "es"]
    en = {
        "holiday": f"{name}, a legal holiday",
        "declared": f"{name}, declared a holiday by the President",
        "state": f"{name}, a state holiday",
        "inauguration": f"{name}, a legal holiday in D.C.",
        "closure": f"an office closure day ({name})",
    }
    es = {
        "holiday": f"{name}, día festivo legal",
        "declared": f"{name}, declarado festivo por el Presidente",
        "state": f"{name}, día festivo del estado",
        "inauguration": f"{name}, día festivo legal en D.C.",
        "closure": f"un día de cierre de la oficina ({name})",
    }
    return (es if language == "es" else en)[kind]


def _closed(s: Step, lang: str) -> str:
    d, cite = day(s["date"], lang), s["cite"]
    if lang == "es":
        return f"el {d} es {_reason(s, lang)} ({cite})"
    return f"{d} is {_reason(s, lang)} ({cite})"


def _moved(s: Step, lang: str) -> str:
    d, cite = day(s["date"], lang), s["cite"]
    if lang == "es":
        where = "siguiente" if s["dir"] == "next" else "anterior"
        return f"día {where} que no es fin de semana ni feriado: {d} ({cite})"
    return f"{s['dir']} day that is not a weekend or holiday: {d} ({cite})"


def _caution(s: Step, lang: str) -> str:
    d, cite, name = day(s["date"], lang), s["cite"], _name(s, lang)
    why = str(s.get("why_es") or s["why"]) if lang == "es" else str(s["why"])
    if lang == "es":
        treated = "abierto" if s["treated"] == "open" else "cerrado"
        return (
            f"Atención: el {d} es {name} ({cite}); {why}. Donde la ley no es clara, Quash toma "
            f"la fecha más temprana, así que cuenta este día como {treated}."
        )
    return (
        f"Caution: {d} is {name} ({cite}); {why}. Where the law is unclear Quash takes the "
        f"earlier date, so it counts this day as {s['treated']}."
    )


def _skipped(s: Step, lang: str) -> str:
    parts = []
    for iso, name, name_es in s["days"]:
        parts.append(f"{day(iso, lang)} ({name_es if lang == 'es' else name})")
    return ("no se cuentan: " if lang == "es" else "not counted: ") + "; ".join(parts)


def _service_how(how: str, lang: str) -> str:
    en = {
        "mail": "mail",
        "clerk": "leaving it with the clerk",
        "other-consented": "other means consented to",
        "electronic": "electronic means",
    }
    es = {
        "mail": "correo",
        "clerk": "entrega al secretario del tribunal",
        "other-consented": "otro medio consentido",
        "electronic": "medios electrónicos",
    }
    return (es if lang == "es" else en)[how]


def _plus3(s: Step, lang: str) -> str:
    a, b, how = day(s["from"], lang), day(s["to"], lang), _service_how(s["how"], lang)
    cite = s.get("cite", "FRCP 6(d)")
    if lang == "es":
        return f"notificado por {how}: se suman 3 días al final del plazo, {a} + 3 = {b} ({cite})"
    return (
        f"served by {how}: 3 days are added after the period would otherwise end, "
        f"{a} + 3 = {b} ({cite})"
    )


def _no_days(s: Step, lang: str) -> str:
    how = s["how"]
    if lang == "es":
        medio = "electrónicamente" if how == "electronic" else "en mano"
        return (
            f"notificado {medio}: no se suman días (la FRCP 6(d) solo añade tiempo por correo, "
            "entrega al secretario u otro medio consentido)"
        )
    word = "electronically" if how == "electronic" else "by hand"
    return (
        f"served {word}: no days added (FRCP 6(d) adds time only for mail, "
        "the clerk or other consented means)"
    )


def _earlier(s: Step, lang: str) -> str:
    other, due = day(s["other"], lang), day(s["due"], lang)
    label = _label(s, lang)
    rel = s["relation"]
    if lang == "es":
        if rel == "earlier":
            return f"{label} ({other}) es anterior a {due}, así que rige"
        como = "el mismo día que" if rel == "same" else "posterior a"
        return f"{label} ({other}) es {como} {due}, así que rige {due}"
    if rel == "earlier":
        return f"{label} {other} is earlier than {due}, so it governs"
    same = "the same day as" if rel == "same" else "later than"
    return f"{label} {other} is {same} {due}, so {due} governs"


def _version(s: Step, lang: str) -> str:
    if lang == "es":
        return f"Se cuenta según la regla tal como decía entonces, {s['rule']}: {s['what_es']}"
    return f"Counted under the rule as it read then, {s['rule']}: {s['what']}"


def _version_both(s: Step, lang: str) -> str:
    eff, other, due = day(s["effective"], lang), day(s["other"], lang), day(s["due"], lang)
    if lang == "es":
        return (
            f"El plazo termina después de la reforma del {eff}, que rige los asuntos pendientes "
            f"«en lo que sea justo y factible»; según la regla nueva terminaría el {other}. "
            f"Donde la ley no es clara, rige la fecha más temprana: {due}."
        )
    return (
        f'The period ends after the amendment of {eff}, which governs pending cases "insofar '
        f'as just and practicable"; under the new rule it would end {other}. Where the law is '
        f"unclear the earlier date governs: {due}."
    )


def _calendar(s: Step, lang: str) -> str:
    title = str(s.get("title_es") or s["title"]) if lang == "es" else str(s["title"])
    court = s.get("court")
    how = s["how"]
    if lang == "es":
        if how == "court":
            return f"Calendario: {title} (el del tribunal, {court})"
        if how == "agency":
            return f"Calendario: {title} (los plazos de una agencia no siguen el del tribunal)"
        if how == "chosen":
            return f"Calendario: {title} (elegido por la persona)"
        if how == "rule":
            return f"Calendario: {title} (el del tribunal, {court}: es su regla local)"
        if how == "office":
            return (
                f"Calendario: {title} (el predeterminado de la oficina en Configuración; no se "
                "conoce el tribunal)"
            )
        return f"Calendario: {title} (no se conoce el tribunal; elija uno para contar sus feriados)"
    if how == "court":
        return f"Calendar: {title} (the court's, {court})"
    if how == "agency":
        return f"Calendar: {title} (an agency's period does not follow a court's calendar)"
    if how == "chosen":
        return f"Calendar: {title} (chosen by the person)"
    if how == "rule":
        return f"Calendar: {title} (the court's, {court}: this is its local rule)"
    if how == "office":
        return f"Calendar: {title} (the office's default in Settings; no court is known)"
    return f"Calendar: {title} (no court is known; choose one to count its state's holidays)"


def _hours_end(s: Step, lang: str) -> str:
    d, t = day(s["date"], lang), s["time"]
    shift = s.get("shift")
    if lang == "es":
        text = f"la hora {s['n']} termina el {d} a las {t} ({s['tz']})"
        if shift:
            text += (
                "; el reloj cambió durante el plazo (horario de verano) y se cuentan horas "
                "reales, comentario del comité a la FRCP 6(a)(2), 2009"
            )
        return text
    text = f"hour {s['n']} ends {d} {t} ({s['tz']})"
    if shift:
        text += (
            "; the clock changed during the period (daylight saving time) and real hours are "
            "counted, FRCP 6(a)(2) committee note (2009)"
        )
    return text


def _simple(en: str, es: str) -> Callable[[Step, str], str]:
    def word(s: Step, lang: str) -> str:
        facts = dict(s.facts)
        for key, value in list(facts.items()):
            if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
                facts[key] = day(value, lang)
        facts["label"] = _label(s, lang) if "label" in facts else ""
        return (es if lang == "es" else en).format(**facts)

    return word


WORDING: dict[str, Callable[[Step, str], str]] = {
    "text": lambda s, lang: str(s["text"]),
    "calendar": _calendar,
    "trigger": _simple("{label} {date} (day 0, excluded)", "{label}: {date} (día 0, no se cuenta)"),
    "trigger_start": _simple("{label} {date} (day 0)", "{label}: {date} (día 0)"),
    "count": lambda s, lang: (
        f"el día {s['n']} {'después' if s['dir'] == 'after' else 'antes'} es el "
        f"{day(s['date'], lang)} (se cuentan todos los días: FRCP 6(a)(1)(B))"
        if lang == "es"
        else f"day {s['n']} {s['dir']} is {day(s['date'], lang)} "
        "(every day counts: FRCP 6(a)(1)(B))"
    ),
    "open": _simple(
        "{date} is a court day, so it is the last day (FRCP 6(a)(1)(C))",
        "el {date} es día hábil del tribunal, así que es el último día (FRCP 6(a)(1)(C))",
    ),
    "closed": _closed,
    "moved": _moved,
    "caution": _caution,
    "closure_back": _simple(
        "FRCP 6(a)(3) extends a period to the first accessible day but does not say which way "
        "for a period counted back from an event; Quash takes the earlier date",
        "la FRCP 6(a)(3) extiende el plazo al primer día accesible, pero no dice hacia dónde "
        "cuando el plazo se cuenta hacia atrás desde un hecho; Quash toma la fecha más temprana",
    ),
    "skipped": _skipped,
    "court_days": lambda s, lang: (
        f"día hábil {s['n']} {'después' if s['dir'] == 'after' else 'antes'}, sin contar "
        f"sábados, domingos ni feriados ({s['cite']}): {day(s['date'], lang)}"
        if lang == "es"
        else f"court day {s['n']} {s['dir']}, skipping Saturdays, Sundays and holidays "
        f"({s['cite']}): {day(s['date'], lang)}"
    ),
    "hours_start": _simple(
        "period starts {date} {time} ({tz}) and counts every hour (FRCP 6(a)(2)(A)-(B))",
        "el plazo empieza el {date} a las {time} ({tz}) y cuenta cada hora (FRCP 6(a)(2)(A)-(B))",
    ),
    "hours_end": _hours_end,
    "hours_fold": _simple(
        "{time} happens twice on {date} when the clock goes back; Quash counts from the first, "
        "which gives the earlier end",
        "las {time} ocurren dos veces el {date} al atrasar el reloj; Quash cuenta desde la "
        "primera, que da el final más temprano",
    ),
    "same_time": _simple(
        "same time on that day: {date} {time}", "a la misma hora de ese día: {date} {time}"
    ),
    "plus3": _plus3,
    "no_days": _no_days,
    "not_from_service": lambda s, lang: (
        f"{s['cite']} corre desde {s.get('label_es') or s['label']}, no desde la notificación "
        "de un escrito, así que la FRCP 6(d) no suma días"
        if lang == "es"
        else f"{s['cite']} runs from {s['label']}, not from service of a paper, "
        "so FRCP 6(d) adds no days"
    ),
    "earlier_of": _earlier,
    "window": _simple(
        "the notice's window of {n} days ends {date}; the platform may produce the records "
        "after that, whatever the court's calendar",
        "el plazo de {n} días del aviso termina el {date}; la plataforma puede entregar los "
        "datos después, sea cual sea el calendario del tribunal",
    ),
    "fixed_back": _simple(
        "{label}: {date}; the paper must be on file before it, so the last day is the court "
        "day before",
        "{label}: {date}; el escrito debe presentarse antes, así que el último día es el día "
        "hábil anterior",
    ),
    "no_hour": _simple(
        "the rule says before the time set for compliance, and the hour is not recorded, so "
        "the court day before {date} governs",
        "la regla dice antes de la hora fijada para el cumplimiento y no consta la hora, así "
        "que rige el día hábil anterior al {date}",
    ),
    "version": _version,
    "version_both": _version_both,
    "old_short": _simple(
        "the period is shorter than {limit} days, so intermediate Saturdays, Sundays and legal "
        "holidays are not counted ({cite}): day {n} is {date}",
        "el plazo es de menos de {limit} días, así que no se cuentan los sábados, domingos y "
        "feriados intermedios ({cite}): el día {n} es el {date}",
    ),
    "old_service": _simple(
        "before 2005 courts differed on whether the 3 days for service are added before or "
        "after counting; counted the other way the date is {other}, and the earlier date "
        "governs: {date}",
        "antes de 2005 los tribunales discrepaban sobre si los 3 días por notificación se "
        "suman antes o después de contar; contado al revés la fecha es {other}, y rige la más "
        "temprana: {date}",
    ),
    "appeal_state": _simple(
        "holidays of the state of the district court whose decision is appealed also count "
        "(FRAP 26(a)(6)(C)) and could only make this date later",
        "también cuentan los feriados del estado del tribunal de distrito cuya decisión se "
        "apela (FRAP 26(a)(6)(C)), y solo podrían hacer esta fecha más tardía",
    ),
    "note": lambda s, lang: (
        f"Nota: {s.get('text_es') or s['text']}" if lang == "es" else f"Note: {s['text']}"
    ),
    "standing_order": _simple(
        "Check the assigned judge's standing order and any order in the case: either can "
        "change this period.",
        "Revise la orden permanente del juez asignado y cualquier orden del caso: ambas pueden "
        "cambiar este plazo.",
    ),
}


def word(s: Step, language: str = "en") -> str:
    return WORDING[s.code](s, "es" if language == "es" else "en")


def words(steps: Iterable[Step], language: str = "en") -> list[str]:
    return [word(s, language) for s in steps]


def render(trail_text: str | None, language: str = "en") -> list[str]:
    """A stored trail, worded for the reader."""
    return words(loads(trail_text), language)
