"""The operations layer: every use case once, below both faces (the CLI and the GUI).

One small keyword-only function per intent (after Anki's ``aqt/operations``). A write returns
``Done(value, changes)``: the stored record and a ``Changes`` naming which cases and which kinds
of record changed, so a view refreshes only that. Every operation takes a ``Context`` (the
unlocked vault, the acting user and the clock) and asks ``policy`` before it reads or writes:
the role × action table and the role views are applied here, so a face that skips an
operation skips nothing it could have been allowed to.

Modules: ``cases`` (intake, caseload), ``dates`` (appointments, hearings, triggers, closures),
``care`` (consents, documents, referrals, goals, matters), ``views`` (timeline, agenda,
conflicts, caseload), ``case_lists`` (a case's lists as the role sees them), ``ledger``
(consents, disclosures, audit), ``packets``, ``interchange`` (export, import), ``users``,
``maintenance`` (check, backup); ``policy`` and ``changes`` are what they all share.
Arrows: faces (workbench.cli, workbench.commands, workbench.app, ui) → operations → exports,
timeline, models. No Qt here.
"""
