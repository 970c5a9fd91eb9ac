"""Sub-commands of the `workbench` CLI, one module per area."""

from __future__ import annotations

import argparse


def register_all(sub: argparse._SubParsersAction, *, vault_opts: argparse.ArgumentParser,
                 json_opt: argparse.ArgumentParser) -> None:
    """Add every sub-command to ``sub``."""
    from workbench.commands import (
        careplan_cmds,
        case_cmds,
        conference_cmds,
        fhir_cmds,
        hub_cmds,
        ics_cmds,
        interpreter_cmds,
        packet_cmds,
        report_cmds,
        rule_cmds,
        safety_cmds,
        screening_cmds,
        transfer_cmds,
        vault_cmds,
    )

    for module in (vault_cmds, case_cmds, rule_cmds, packet_cmds, hub_cmds, screening_cmds,
                   safety_cmds, conference_cmds, careplan_cmds, report_cmds, ics_cmds,
                   transfer_cmds, fhir_cmds, interpreter_cmds):
        module.register(sub, vault_opts=vault_opts, json_opt=json_opt)
