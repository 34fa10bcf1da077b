"""The demo group's grants: a funder of each kind, incoming grants in every state of the
pipeline (one in reporting with its interim report due in 9 days and a tranche waiting on it,
one active with money at risk of going back unspent, one in euros), two micro-grants to
members, budgets with a revision and an overspent line, payments, expenses with receipt
pictures the demo draws, an expense on no line and one without a receipt, a reimbursement
waiting for approval and one paid, reports due and an outcome ("trees planted", 173 of 200).

It runs as the grants area's demo hook, after the members and meetings hooks, in the
transaction of `services/demo.make_demo`. `demo --members 10000` adds grants in proportion
(the benchmark group: 300 grants, 20,000 expenses, 25,000 receipts); their receipts share a
pool of drawn pictures (the same file attached to many expenses), since drawing 25,000 would
take minutes. Everything is written with bulk inserts (`capture.bulk_insert`).
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from groupdesk.models.attachments import Attachment
from groupdesk.models.grants import (
    Funder,
    Grant,
    GrantBudgetLine,
    GrantBudgetRevision,
    GrantExpense,
    GrantExpenseReceipt,
    GrantOutcome,
    GrantOutcomeEntry,
    GrantPayment,
    GrantReimbursement,
    GrantReport,
    GrantStateChange,
    GrantTranche,
)
from groupdesk.money import Money
from groupdesk.services.grants.demo_plan import (
    CATEGORIES,
    FUNDERS,
    PATHS,
    PAYEES,
    SCALED_STATES,
    SHOWCASE,
    Showcase,
    Spend,
)
from groupdesk.services.grants.demo_receipts import draw_receipt, store_receipts
from groupdesk.services.members.demo import demo_people
from groupdesk.services.sync.capture import bulk_insert
from groupdesk.services.uow import UnitOfWork


def add_demo_grants(uow: UnitOfWork, *, size: int, seed: int, today: date) -> None:
    """Funders, grants and their money for the demo members (see the module's docstring)."""
    members, organisers = demo_people(uow.session)
    if not members:
        return
    demo = _Demo(uow, random.Random(f"grants {seed}"), members, organisers, today)
    for showcase in SHOWCASE:
        demo.showcase(showcase)
    demo.micro_grants()
    demo.scaled(grants=size * 3 // 100 - len(SHOWCASE), expenses=size * 2)
    demo.write()


def _minor(amount: str, currency: str) -> int:
    return Money(Decimal(amount), currency).minor_units


def _money(name: str, amount: str | None, currency: str) -> dict[str, Any]:
    if amount is None:
        return {}
    return {f"{name}_minor": _minor(amount, currency), f"{name}_currency": currency}


class _Demo:
    """The rows being made, by table, in the order they are inserted."""

    def __init__(
        self,
        uow: UnitOfWork,
        rng: random.Random,
        members: list[str],
        organisers: list[str],
        today: date,
    ) -> None:
        self.uow, self.rng, self.today = uow, rng, today
        self.members, self.organisers = members, organisers
        self.funders = [
            {"name": name, "kind": kind, "contact_person": person, "email": email, "website": web}
            for name, kind, person, email, web in FUNDERS
        ]
        self.funder_ids = bulk_insert(uow.session, Funder, self.funders)
        self.rows: dict[type[Any], list[dict[str, Any]]] = {
            model: []
            for model in (
                Grant,
                GrantStateChange,
                GrantBudgetLine,
                GrantBudgetRevision,
                GrantPayment,
                GrantReport,
                GrantTranche,
                GrantExpense,
                GrantExpenseReceipt,
                GrantReimbursement,
                GrantOutcome,
                GrantOutcomeEntry,
            )
        }
        #: Receipts to draw for the showcase: (expense row, role, picture's file name, bytes).
        self.pictures: list[tuple[dict[str, Any], str, str, bytes]] = []

    def day(self, days: int) -> date:
        return self.today + timedelta(days=days)

    def add(self, model: type[Any], row: dict[str, Any]) -> dict[str, Any]:
        """Queue a row with its id made now, so rows pointing at it can name it."""
        from groupdesk.ids import new_id

        row.setdefault("id", new_id())
        self.rows[model].append(row)
        return row

    def grant(self, row: dict[str, Any], path: tuple[str, ...], start: date) -> dict[str, Any]:
        """A grant and its moves along `path`, spread from `start` to its decision or today."""
        grant = self.add(Grant, row)
        end = row.get("decision_on") or min(self.today, start + timedelta(days=60))
        end = min(end, self.today)
        step = max((end - start).days, len(path)) / len(path)
        for number, (before, after) in enumerate(zip((None, *path), path, strict=False)):
            self.add(
                GrantStateChange,
                {
                    "grant_id": grant["id"],
                    "from_state": before,
                    "to_state": after,
                    "changed_on": min(start + timedelta(days=int(number * step)), self.today),
                    "by_id": row.get("responsible_id"),
                },
            )
        return grant

    def showcase(self, plan: Showcase) -> None:
        currency = plan.currency
        period = plan.period or (None, None)
        responsible = self.rng.choice(self.organisers)
        grant = self.grant(
            {
                "direction": "incoming",
                "title": plan.title,
                "state": plan.state,
                "funder_id": self.funder_ids[plan.funder],
                "currency": currency,
                **_money("requested", plan.requested, currency),
                **_money("awarded", plan.awarded, currency),
                "deadline": self.day(plan.deadline) if plan.deadline is not None else None,
                "decision_on": self.day(plan.decision)
                if plan.decision is not None and plan.decision <= 0
                else None,
                "period_start": self.day(period[0]) if period[0] is not None else None,
                "period_end": self.day(period[1]) if period[1] is not None else None,
                "restrictions": plan.restrictions,
                "responsible_id": responsible,
                "funder_reference": f"RCF-{self.rng.randint(1000, 9999)}" if plan.awarded else None,
            },
            PATHS[plan.state],
            self.day(min(plan.deadline or 0, 0) - 45),
        )
        lines = [
            self.add(
                GrantBudgetLine,
                {
                    "grant_id": grant["id"],
                    "category": category,
                    "description": description,
                    **_money("amount", amount, currency),
                    "position": position,
                },
            )
            for position, (category, description, amount) in enumerate(plan.lines, start=1)
        ]
        for spend in plan.spends:
            self.showcase_expense(grant, lines, spend)
        for days, amount in plan.received:
            self.add(
                GrantPayment,
                {
                    "grant_id": grant["id"],
                    "direction": "in",
                    "paid_on": self.day(days),
                    **_money("amount", amount, currency),
                    "method": "bank transfer",
                    "reference": f"{plan.title[:12].upper()} {abs(days)}",
                },
            )
        reports = {
            kind: self.add(
                GrantReport,
                {
                    "grant_id": grant["id"],
                    "kind": kind,
                    "due_on": self.day(days),
                    "state": state,
                    "sent_on": self.day(days - 10) if state != "due" else None,
                    "accepted_on": self.day(days + 20) if state == "accepted" else None,
                },
            )
            for kind, days, state in plan.reports
        }
        if "tranche_waiting" in plan.extras:
            self.add(
                GrantTranche,
                {
                    "grant_id": grant["id"],
                    **_money("amount", plan.extras["tranche_waiting"], currency),
                    "expected_on": self.day(30),
                    "needs_report_id": reports["interim"]["id"],
                },
            )
        if "trees" in plan.extras:
            target, plantings = plan.extras["trees"]
            outcome = self.add(
                GrantOutcome,
                {
                    "grant_id": grant["id"],
                    "name": "Trees planted",
                    "target": target,
                    "unit": "trees",
                },
            )
            for number, planted in enumerate(plantings):
                self.add(
                    GrantOutcomeEntry,
                    {
                        "outcome_id": outcome["id"],
                        "entry_on": self.day(-380 + 90 * number),
                        "achieved": planted,
                        "note": "Planting day with volunteers",
                    },
                )
        if (
            plan.state == "active"
            and lines
            and currency == "GBP"
            and not self.rows[GrantBudgetRevision]
        ):
            # The funder agreed to move money from publicity to training.
            self.add(
                GrantBudgetRevision,
                {
                    "line_id": lines[1]["id"],
                    **_money("old_amount", "300.00", currency),
                    **_money("new_amount", "500.00", currency),
                    "revised_on": self.day(-100),
                    "reason": "Funder agreed by email to move 200 from publicity",
                    "by_id": responsible,
                },
            )

    def showcase_expense(
        self, grant: dict[str, Any], lines: list[dict[str, Any]], spend: Spend
    ) -> None:
        currency = grant["currency"]
        paid_by = self.rng.choice(self.members)
        expense = self.add(
            GrantExpense,
            {
                "grant_id": grant["id"],
                "line_id": lines[spend.line]["id"] if spend.line is not None else None,
                "spent_on": self.day(spend.days),
                "payee": spend.payee,
                **_money("amount", spend.amount, currency),
                "description": spend.what,
                "paid_by_id": paid_by,
            },
        )
        for role in spend.receipts:
            picture = draw_receipt(
                payee=spend.payee,
                spent_on=expense["spent_on"],
                items=((spend.what, spend.amount),),
                total=spend.amount,
                currency=currency,
                tilt=self.rng.uniform(-4, 4),
            )
            name = f"{role}-{expense['spent_on'].isoformat()}-{len(self.pictures) + 1}.jpg"
            self.pictures.append((expense, role, name, picture))
        claim = {
            "claimant_id": paid_by,
            "expense_id": expense["id"],
            "grant_id": grant["id"],
            **_money("amount", spend.amount, currency),
            "description": spend.what,
        }
        if spend.payee == "Hartley's Hardware" and grant["state"] == "active":
            # Paid out of pocket by a member, waiting for someone else to approve it.
            self.add(
                GrantReimbursement,
                {**claim, "state": "claimed", "claimed_on": self.day(spend.days + 2)},
            )
        elif spend.payee == "Corner Shop" and spend.days == -190:
            approver = next(m for m in self.organisers + self.members if m != paid_by)
            self.add(
                GrantReimbursement,
                {
                    **claim,
                    "state": "paid",
                    "claimed_on": self.day(-189),
                    "approved_by_id": approver,
                    "decided_on": self.day(-185),
                    "paid_on": self.day(-180),
                    "reference": "Bank transfer",
                },
            )

    def micro_grants(self) -> None:
        """Two micro-grants to members' projects: one paid, one waiting for a decision."""
        applicants = [m for m in self.members if m not in self.organisers[:1]][:2]
        approver = self.organisers[0]
        for number, (title, purpose, amount, state) in enumerate(
            (
                (
                    "Seed library",
                    "Seed packets and a cabinet for swapping seeds at the hall",
                    "150.00",
                    "paid",
                ),
                ("Knitting circle wool", "Wool and needles for beginners", "80.00", "applied"),
            )
        ):
            if number >= len(applicants):
                return
            path = ("applied", "approved", "paid") if state == "paid" else ("applied",)
            grant = self.grant(
                {
                    "direction": "outgoing",
                    "title": title,
                    "state": state,
                    "currency": "GBP",
                    **_money("requested", amount, "GBP"),
                    **_money("awarded", amount if state == "paid" else None, "GBP"),
                    "applicant_id": applicants[number],
                    "purpose": purpose,
                    "approved_by_id": approver if state == "paid" else None,
                    "decision_on": self.day(-40) if state == "paid" else None,
                    "responsible_id": approver,
                },
                path,
                self.day(-60 if state == "paid" else -6),
            )
            if state == "paid":
                self.add(
                    GrantPayment,
                    {
                        "grant_id": grant["id"],
                        "direction": "out",
                        "paid_on": self.day(-35),
                        **_money("amount", amount, "GBP"),
                        "method": "bank transfer",
                        "reference": "MICRO SEED LIBRARY",
                    },
                )

    def scaled(self, *, grants: int, expenses: int) -> None:
        """`grants` more incoming grants in the proportions of the showcase's states, and
        `expenses` expenses across those that spend, their receipts a pool of drawn pictures."""
        if grants <= 0:
            return
        spending: list[tuple[dict[str, Any], list[dict[str, Any]]]] = []
        for number in range(grants):
            state = SCALED_STATES[number % len(SCALED_STATES)]
            starts = -self.rng.randint(60, 900)
            awarded = state in ("awarded", "active", "reporting", "closed")
            amount = f"{self.rng.randint(10, 200) * 100}.00"
            grant = self.grant(
                {
                    "direction": "incoming",
                    "title": f"{self.rng.choice(CATEGORIES)} grant {number + 1}",
                    "state": state,
                    "funder_id": self.funder_ids[number % (len(self.funder_ids) - 1)],
                    "currency": "GBP",
                    **_money("requested", amount, "GBP"),
                    **_money("awarded", amount if awarded else None, "GBP"),
                    "deadline": self.day(starts - 60),
                    "decision_on": self.day(starts - 20)
                    if state not in ("prospect", "drafting", "submitted", "withdrawn")
                    else None,
                    "period_start": self.day(starts) if awarded else None,
                    "period_end": self.day(starts + 365) if awarded else None,
                    "responsible_id": self.rng.choice(self.organisers),
                },
                PATHS[state],
                self.day(starts - 90),
            )
            if state in ("active", "reporting", "closed"):
                share = _minor(amount, "GBP") // 4
                lines = [
                    self.add(
                        GrantBudgetLine,
                        {
                            "grant_id": grant["id"],
                            "category": category,
                            "amount_minor": share,
                            "amount_currency": "GBP",
                            "position": position,
                        },
                    )
                    for position, category in enumerate(self.rng.sample(CATEGORIES, 4), start=1)
                ]
                self.add(
                    GrantPayment,
                    {
                        "grant_id": grant["id"],
                        "direction": "in",
                        "paid_on": self.day(starts),
                        "amount_minor": share * 4,
                        "amount_currency": "GBP",
                        "method": "bank transfer",
                    },
                )
                self.add(
                    GrantReport,
                    {
                        "grant_id": grant["id"],
                        "kind": "final",
                        "due_on": self.day(starts + 395),
                        "state": "accepted" if state == "closed" else "due",
                    },
                )
                spending.append((grant, lines))
        if not spending:
            return
        pool = self.receipt_pool(48)
        per_grant = max(1, (expenses - len(self.rows[GrantExpense])) // len(spending))
        for grant, lines in spending:
            start = grant["period_start"]
            for number in range(per_grant):
                line = lines[number % len(lines)]
                expense = self.add(
                    GrantExpense,
                    {
                        "grant_id": grant["id"],
                        "line_id": line["id"],
                        "spent_on": start + timedelta(days=self.rng.randint(0, 360)),
                        "payee": self.rng.choice(PAYEES),
                        "amount_minor": line["amount_minor"] * 16 // (5 * per_grant)
                        + self.rng.randint(0, 99),
                        "amount_currency": "GBP",
                        "paid_by_id": self.rng.choice(self.members),
                    },
                )
                self.add(
                    GrantExpenseReceipt,
                    {
                        "expense_id": expense["id"],
                        "attachment_id": pool[number % len(pool)],
                        "role": "receipt",
                    },
                )
                if number % 4 == 0:
                    self.add(
                        GrantExpenseReceipt,
                        {
                            "expense_id": expense["id"],
                            "attachment_id": pool[(number + 1) % len(pool)],
                            "role": "proof",
                        },
                    )

    def receipt_pool(self, count: int) -> list[str]:
        """`count` drawn receipts stored once, for the scaled grants' expenses to share."""
        pictures = []
        for number in range(count):
            amount = f"{self.rng.randint(5, 400)}.{self.rng.randint(0, 99):02d}"
            payee = PAYEES[number % len(PAYEES)]
            picture = draw_receipt(
                payee=payee,
                spent_on=self.day(-number * 7),
                items=(("Goods", amount),),
                total=amount,
                currency="GBP",
                tilt=self.rng.uniform(-4, 4),
            )
            pictures.append((f"receipt-{number + 1}.jpg", picture))
        rows = store_receipts(self.uow.workspace.paths.attachments, pictures)
        return bulk_insert(self.uow.session, Attachment, rows)

    def write(self) -> None:
        """Store the showcase's pictures, then insert every table, each after those it names."""
        rows = store_receipts(
            self.uow.workspace.paths.attachments,
            [(name, data) for _e, _r, name, data in self.pictures],
        )
        ids = bulk_insert(self.uow.session, Attachment, rows)
        for (expense, role, _name, _data), attachment_id in zip(self.pictures, ids, strict=True):
            self.rows[GrantExpenseReceipt].append(
                {"expense_id": expense["id"], "attachment_id": attachment_id, "role": role}
            )
        for model, rows_of_model in self.rows.items():
            if rows_of_model:
                bulk_insert(self.uow.session, model, rows_of_model)
