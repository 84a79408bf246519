"""Rules of the twenty-fifth quality pass, tested on sentences written for these tests.

An act ruled out ("lifting the embargo is out of the question") or wanted as a purpose ("so that strikes are
outlawed", with "that" read as a determiner) is not asserted; a kind of act outlawed ("strikes were banned") is no
occurrence; a name the model tags up to an opening bracket ends before it.
"""

from __future__ import annotations

from nlp_helpers import asserted, names, read


def test_an_act_ruled_out_is_not_asserted(nlp):
    for text in ("Officials in Oslo said on Monday that easing the sanctions on Belarus was out of the question.",
                 "Lifting the arms embargo is unthinkable while the fighting goes on, the Dutch minister said."):
        ex, _ = read(nlp, text)
        assert not asserted(ex, "RETREAT"), text
        assert [e for e in ex.events if e.type == "RETREAT"], text  # read, but flagged
    # an act that happened is still one
    ex, _ = read(nlp, "Lifting the arms embargo angered Ankara, the Dutch minister said.")
    assert asserted(ex, "RETREAT")


def test_a_purpose_with_so_that_is_not_asserted(nlp):
    ex, _ = read(nlp, "Parliament amended the penal code so that same-sex unions are banned.")
    assert not asserted(ex, "COERCE")
    ex, _ = read(nlp, "The junta rewrote the labour code so that strikes were outlawed in the mines.")
    assert not asserted(ex, "PROTEST") and not asserted(ex, "COERCE")


def test_a_name_ends_before_a_bracket_it_does_not_close(nlp):
    ex, labels = read(nlp, "The Homeland Union (Conservatives) began collecting signatures in Vilnius.")
    (e,) = asserted(ex, "PROTEST")
    assert names(labels, e.actors) == ["Homeland Union"]
