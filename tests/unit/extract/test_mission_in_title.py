"""A mission's cable named by its title: one reader for its state's ministry and for the mission its "we" stands for."""

import pytest

from pipeline.extract.events.context import mission_in_title


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Ciphered Telegram from the Czechoslovak Embassy in N'Djamena", ("Czechoslovak", "Czechoslovak Embassy in N'Djamena")),
        ("Telegram from the Polish Embassy", ("Polish", None)),  # no seat: the state's ministry only
        ("Report from the Mexican Embassy in Managua", ("Mexican", "Mexican Embassy in Managua")),  # no adjective of the list
        ("Cable from the North Korean Embassy in the Soviet Union", ("North Korean", "North Korean Embassy in the Soviet Union")),
        ("Note from the GDR Trade Mission in Brazzaville", None),
        ("Memorandum of conversation with the Ambassador", None),
    ],
)
def test_a_cable_title_names_its_mission_its_state_and_its_seat(title, expected):
    assert mission_in_title(title) == expected
