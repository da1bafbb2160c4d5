"""The closed vocabularies of the domain, stored as their string values."""

from __future__ import annotations

from enum import StrEnum


class PersonKind(StrEnum):
    PUPIL = "pupil"
    TEACHER = "teacher"
    COMPANION = "companion"
    VISITOR = "visitor"


class VisitorCategory(StrEnum):
    GENERAL_PUBLIC = "general_public"
    PROFESSIONAL = "professional"
    PRESS = "press"
    EXHIBITOR = "exhibitor"
    STAFF = "staff"


class Direction(StrEnum):
    IN = "in"
    OUT = "out"


class ScanResult(StrEnum):
    CHECKED_IN = "checked_in"
    RE_ENTERED = "re_entered"
    ALREADY_IN = "already_in"
    CHECKED_OUT = "checked_out"
    NOT_INSIDE = "not_inside"
    WRONG_DAY = "wrong_day"
    UNKNOWN = "unknown"
    INVALID = "invalid"
    GROUP = "group"
    """A class code: not a check-in but the key that opens the class roster."""


GROUP_KINDS = (PersonKind.PUPIL, PersonKind.TEACHER, PersonKind.COMPANION)
# How members of a class are listed: the adults in charge first.
ROLE_ORDER = {PersonKind.TEACHER: 0, PersonKind.COMPANION: 1, PersonKind.PUPIL: 2, PersonKind.VISITOR: 3}
