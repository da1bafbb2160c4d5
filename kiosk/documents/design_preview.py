"""A design previewed before printing: one sample badge for every audience on the chosen stock, so that an
organiser sees each colour, the logos, the minors' option and the back side at once. Pure and Qt-free:
the organiser's documents screen shows the PDF it returns."""

from __future__ import annotations

import datetime as dt
import secrets

from kiosk.documents.badges import render_badges, resolve
from kiosk.documents.design import BadgeDesign
from kiosk.documents.layouts import Layout
from kiosk.domain.badge_list import BadgeData
from kiosk.domain.codes import CodeKind, new_code
from kiosk.domain.kinds import PersonKind, VisitorCategory

SAMPLES = ((PersonKind.PUPIL, None, "Aïssatou", "N'Diaye"), (PersonKind.TEACHER, None, "Claire", "Durand"),
           (PersonKind.COMPANION, None, "Marc", "Aubert"),
           *((PersonKind.VISITOR, category, "Jérôme", "Lefèvre") for category in VisitorCategory))


def design_preview_pdf(design: BadgeDesign, layout: Layout | str, *, lang: str, event_name: str = "Salon des métiers",
                       day: dt.date | None = None) -> bytes:
    """Sample badges, one per audience (pupil, teacher, companion, each visitor category), with `design`."""
    secret, days = secrets.token_bytes(32), (day or dt.date.today(),)
    badges = [BadgeData(first, last, "Collège Jean-Moulin" if category is None else "Le Parisien",
                        "4e B" if category is None else "", kind, category, new_code(CodeKind.BADGE, secret),
                        event_name, days, "06 12 34 56 78" if category is None else "")
              for kind, category, first, last in SAMPLES]
    return render_badges(badges, resolve(layout), lang=lang, design=design)
