"""Fictional staff profiles for the demo users (ana, ben, cam, sam, pia): how each signs a packet.

The demo's builder stores them as its supervisor (``staff.set_profile`` for each). Every name,
number and address here is invented: phone numbers are in the 555-01xx range reserved for
fiction, e-mail addresses use the reserved example.org domain, and the bar/EOIR numbers follow
the real forms without being anyone's.
"""

from __future__ import annotations

from models.records import StaffProfile

CLINIC = "Bay Legal Clinic"
CLINIC_ADDRESS = "PO Box 4410, Oakland, CA 94601"
HEALTH = "Eastbay Survivor Health Center"
HEALTH_ADDRESS = "1200 Harbor Way, Suite 3, Oakland, CA 94607"


def demo_profiles() -> list[StaffProfile]:
    """One profile per demo user, in the demo's user order."""
    return [
        StaffProfile(user="ana", full_name="Ana Quintero", role_title="Immigration attorney",
                     organisation=CLINIC, bar_or_eoir_id="CA Bar No. 301122",
                     address=CLINIC_ADDRESS, phone="510-555-0144",
                     email="a.quintero@baylegal.example.org"),
        StaffProfile(user="ben", full_name="Dr. Benjamin Okoye, MD", role_title="Physician",
                     organisation=HEALTH, address=HEALTH_ADDRESS, phone="510-555-0162",
                     email="b.okoye@eastbayhealth.example.org"),
        StaffProfile(user="cam", full_name="Camila Reyes, MSW", role_title="Case manager",
                     organisation=CLINIC, address=CLINIC_ADDRESS, phone="510-555-0147",
                     email="c.reyes@baylegal.example.org"),
        StaffProfile(user="sam", full_name="Samuel Whitfield",
                     role_title="Supervising attorney", organisation=CLINIC,
                     bar_or_eoir_id="EOIR ID WX482913", address=CLINIC_ADDRESS,
                     phone="510-555-0100", email="s.whitfield@baylegal.example.org"),
        StaffProfile(user="pia", full_name="Pia Santos", role_title="Peer mentor",
                     organisation=CLINIC, address=CLINIC_ADDRESS, phone="510-555-0151",
                     email="p.santos@baylegal.example.org"),
    ]
