"""Départements from postcodes: two digits, Corsica split in two, overseas on three digits, the rest unknown."""

from __future__ import annotations

import pytest

from kiosk.domain.stats_places import UNKNOWN, departement_name, departement_of, departement_order


@pytest.mark.parametrize(("postcode", "code"), [
    ("75011", "75"), ("92000", "92"), ("01000", "01"), ("95 000", "95"),
    ("20000", "2A"), ("20167", "2A"), ("20200", "2B"), ("20600", "2B"), ("20700", UNKNOWN),
    ("97110", "971"), ("97400", "974"), ("98800", "988"),
    ("98000", UNKNOWN),  # Monaco
    ("", UNKNOWN), ("1000", UNKNOWN), ("SW1A 1AA", UNKNOWN), ("00100", UNKNOWN), ("96000", UNKNOWN),
    ("７５０１１", UNKNOWN),  # full-width digits are not a French postcode
])
def test_departement_of(postcode: str, code: str) -> None:
    assert departement_of(postcode) == code


def test_names_and_order() -> None:
    assert departement_name("92") == "Hauts-de-Seine" and departement_name("2A") == "Corse-du-Sud"
    assert departement_name(UNKNOWN) == ""
    codes = [UNKNOWN, "971", "21", "2B", "19", "2A", "01", "95"]
    assert sorted(codes, key=departement_order) == ["01", "19", "2A", "2B", "21", "95", "971", UNKNOWN]
