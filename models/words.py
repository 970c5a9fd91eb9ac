"""The words for the records' enums that sentences of the lower layers name (a category in a
role's denial: "may not add or change housing benefits records"), each marked for lupdate
and given in the installed language by ``models.i18n.translate`` (English by default)."""

from __future__ import annotations

from models.i18n import QT_TRANSLATE_NOOP, translate
from models.records import Category, Role

#: a category as a sentence names it, lower case ("housing benefits records")
CATEGORY_IN_SENTENCE: dict[Category, str] = {
    Category.IDENTITY: QT_TRANSLATE_NOOP("CategoryInSentence", "identity"),
    Category.CONTACT_LOCATION: QT_TRANSLATE_NOOP("CategoryInSentence", "contact location"),
    Category.MEDICAL: QT_TRANSLATE_NOOP("CategoryInSentence", "medical"),
    Category.REPRODUCTIVE_HEALTH: QT_TRANSLATE_NOOP("CategoryInSentence", "reproductive health"),
    Category.HIV_STI: QT_TRANSLATE_NOOP("CategoryInSentence", "hiv sti"),
    Category.MENTAL_HEALTH: QT_TRANSLATE_NOOP("CategoryInSentence", "mental health"),
    Category.SUBSTANCE_USE: QT_TRANSLATE_NOOP("CategoryInSentence", "substance use"),
    Category.IMMIGRATION: QT_TRANSLATE_NOOP("CategoryInSentence", "immigration"),
    Category.PROTECTIVE_ORDER: QT_TRANSLATE_NOOP("CategoryInSentence", "protective order"),
    Category.CRIMINAL_CASE: QT_TRANSLATE_NOOP("CategoryInSentence", "criminal case"),
    Category.FAMILY_CASE: QT_TRANSLATE_NOOP("CategoryInSentence", "family case"),
    Category.TRAFFICKING_NARRATIVE: QT_TRANSLATE_NOOP("CategoryInSentence",
                                                      "trafficking narrative"),
    Category.SAFETY_PLAN: QT_TRANSLATE_NOOP("CategoryInSentence", "safety plan"),
    Category.HOUSING_BENEFITS: QT_TRANSLATE_NOOP("CategoryInSentence", "housing benefits"),
    Category.AGGREGATE_REPORTING: QT_TRANSLATE_NOOP("CategoryInSentence", "aggregate reporting"),
}

#: a role as a person is called ("case manager")
ROLE_LABEL: dict[Role, str] = {
    Role.ADVOCATE: QT_TRANSLATE_NOOP("Role", "advocate"),
    Role.CLINICIAN: QT_TRANSLATE_NOOP("Role", "clinician"),
    Role.CASE_MANAGER: QT_TRANSLATE_NOOP("Role", "case manager"),
    Role.SUPERVISOR: QT_TRANSLATE_NOOP("Role", "supervisor"),
    Role.PEER_MENTOR: QT_TRANSLATE_NOOP("Role", "peer mentor"),
}

#: a role with its article, as "ask …" names it ("an advocate")
ROLE_WITH_ARTICLE: dict[Role, str] = {
    Role.ADVOCATE: QT_TRANSLATE_NOOP("Role", "an advocate"),
    Role.CLINICIAN: QT_TRANSLATE_NOOP("Role", "a clinician"),
    Role.CASE_MANAGER: QT_TRANSLATE_NOOP("Role", "a case manager"),
    Role.SUPERVISOR: QT_TRANSLATE_NOOP("Role", "a supervisor"),
    Role.PEER_MENTOR: QT_TRANSLATE_NOOP("Role", "a peer mentor"),
}


def category_in_sentence(category: Category) -> str:
    """``category`` as a sentence names it ("housing benefits"), in the installed language."""
    return translate("CategoryInSentence", CATEGORY_IN_SENTENCE[Category(category)])


def role_label(role: Role) -> str:
    """A role in words ("case manager"), in the installed language."""
    return translate("Role", ROLE_LABEL[Role(role)])


def role_with_article(role: Role) -> str:
    """A role with its article ("an advocate"), in the installed language."""
    return translate("Role", ROLE_WITH_ARTICLE[Role(role)])
