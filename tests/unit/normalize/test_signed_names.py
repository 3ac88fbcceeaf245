"""A signature in capitals read by the surname index: the same person a scan of every gazetteer name finds."""

from pipeline.normalize.names import _SIGNED_NAME, _alias_index, _id_index, signed_person


def _scanned(surname: str, initials: list[str]):
    """Every gazetteer name tried in turn: the person whose surname and first given initials the signature has."""
    fits = set()
    for form, entity in _alias_index().items():
        words = form.replace(".", ". ").split()
        if entity.kind == "person" and len(words) >= 2 and words[-1] == surname and [w[0] for w in words[:-1]][: len(initials)] == initials:
            fits.add(entity.id)
    return _id_index().get(fits.pop()) if len(fits) == 1 else None


def test_every_signed_gazetteer_name_reads_as_a_full_scan_reads_it():
    people = [e for e in _id_index().values() if e.kind == "person" and len(e.name.split()) >= 2][:400]
    checked = 0
    for person in people:
        words = person.name.replace(".", ". ").split()
        line = f"ПОСОЛ  {words[0][0].upper()}. {words[-1].upper()}"  # an office, then the initial and the surname in capitals
        if (m := _SIGNED_NAME.search(line)) is None:
            continue  # letters no signature in capitals is read with
        expected = _scanned(m["surname"].casefold(), [c.casefold() for c in m["initials"] if c.isalpha()])
        assert signed_person(line) == expected, (line, expected)
        checked += 1
    assert checked > 100


def test_two_initials_narrow_a_shared_surname():
    assert signed_person("Н. С. ХРУЩЕВ") is not None and signed_person("Н. С. ХРУЩЕВ").name == "Nikita Khrushchev"
