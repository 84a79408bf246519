"""The organisation gazetteer (``kg/nlp/lexicon/organizations.tsv``): names the small model misses
are organisations, every name an organisation goes by is one entity (within and across articles),
and the gazetteer's code becomes the entity's sector.  Sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.nlp.lexicon import is_acronym, load_lexicon, parse_organizations
from nlp_helpers import asserted, names, read


def org(ex, label):
    (found,) = [e for e in ex.entities if e.label == label]
    return found


def test_a_name_the_model_misses_is_an_organisation_and_acts(nlp):
    ex, labels = read(nlp, "Human Rights Watch accused the army of torturing detainees.")
    (acc,) = asserted(ex, "ACCUSE")
    assert names(labels, acc.actors) == ["Human Rights Watch"]
    hrw = org(ex, "Human Rights Watch")
    assert hrw.cls == "Organization" and hrw.sector == "NGO"


def test_a_name_the_model_cuts_short_is_read_whole(nlp):
    ex, labels = read(nlp, "Doctors Without Borders flew surgeons to Kunduz on Tuesday.")
    assert "Doctors" not in labels.values()
    msf = org(ex, "Médecins Sans Frontières")
    assert "Doctors Without Borders" in msf.aliases


def test_every_name_of_an_organisation_is_one_entity_with_its_forms_as_aliases(nlp):
    ex, labels = read(nlp, "The United Nations said on Monday that aid had reached Aleppo. "
                           "The U.N. also urged both sides to respect the truce, and UN officials met rebels.")
    un = [e for e in ex.entities if e.cls == "Organization" and e.label == "United Nations"]
    assert len(un) == 1
    assert {"U.N.", "UN"} <= set(un[0].aliases)
    (req,) = asserted(ex, "REQUEST")
    assert names(labels, req.actors) == ["United Nations"]


def test_two_articles_with_different_names_give_one_key(nlp):
    a, _ = read(nlp, "NATO warned Belgrade to pull back its tanks.")
    b, _ = read(nlp, "The North Atlantic Treaty Organization warned Belgrade to pull back its tanks.")
    assert org(a, "NATO").key == org(b, "NATO").key


def test_a_longer_name_around_a_gazetteer_name_stays_its_own_organisation(nlp):
    ex, labels = read(nlp, "The Syrian Arab Red Crescent delivered flour to Douma on Sunday.")
    assert "Red Crescent" not in labels.values()


def test_acronyms_are_not_read_in_lower_case_text(nlp):
    ex, labels = read(nlp, "police said the man who attacked the constable was arrested on sunday.")
    assert not [e for e in ex.entities if e.cls == "Organization"]
    # full names still are
    ex, labels = read(nlp, "human rights watch said police beat the protesters in the market.")
    assert "Human Rights Watch" in labels.values()


def test_the_gazetteer_is_well_formed():
    lex = load_lexicon()
    assert lex.organizations["U.N."] is lex.organizations["United Nations"]
    assert all(o.code is None or o.code.isupper() for o in lex.organizations.values())
    assert is_acronym("U.N.") and is_acronym("G-20") and not is_acronym("Nato")
    with pytest.raises(ValueError, match="names two organisations"):
        parse_organizations(["Alpha Front|AF\tREB", "Alpha Force|AF\tMIL"])
