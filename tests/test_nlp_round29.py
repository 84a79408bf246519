"""Rules of the twenty-ninth quality pass, tested on sentences written for these tests.

The pass worked from a new blind set of wire copy (BE, tuned on; BD held out) and the real-text dev set's false
positives: lemmas the lemmatiser cut too short ("hoped" → "hop", so "hoped to visit" was asserted), a phrase of a
clause on the object read as the verb's own, idioms of support and cooperation, what a law offers, orders that are no
requests, two acts of one type joined by "and", and what "those who …" do.
"""

from __future__ import annotations

from kg.nlp.events import lemma_of
from nlp_helpers import assert_reads_as, asserted, names, parsed_doc, read

# -------------------------------------------------------------------------------- lemmas


def test_a_verb_the_lemmatiser_cut_to_a_shorter_one_gets_its_own_lemma():
    doc = parsed_doc(["They", "hoped", "and", "hopped", "and", "ordered", "fines", "waging"],
                     [1, 1, 1, 1, 1, 1, 1, 1], ["nsubj", "ROOT", "cc", "conj", "cc", "conj", "dobj", "conj"],
                     ["PRP", "VBD", "CC", "VBD", "CC", "VBD", "VBZ", "VBG"],
                     ["PRON", "VERB", "CCONJ", "VERB", "CCONJ", "VERB", "VERB", "VERB"],
                     ["they", "hop", "and", "hop", "and", "order", "fin", "wag"])
    # (a short verb would double its consonant, "hopped", or add a bare -s; "order" has two syllables)
    assert [lemma_of(t) for t in doc] == ["they", "hope", "and", "hop", "and", "order", "fine", "wage"]


def test_what_someone_hoped_to_do_is_not_asserted(nlp):
    ex, _ = read(nlp, "The delegates were turned back at the frontier, where they had hoped to visit the exiled bishop.")
    (visit,) = [e for e in ex.events if e.trigger.text == "visit"]
    assert visit.hypothetical
    ex, _ = read(nlp, "The envoys are hoping to meet the rebel commander in Kampala.")
    assert not asserted(ex, "CONSULT")


def test_war_waged_is_an_assault_a_legal_battle_is_none(nlp):
    ex, labels = read(nlp, "The rebels have waged war against the government in Khartoum since 1991.")
    (war,) = asserted(ex, "ASSAULT")
    assert names(labels, war.actors) == ["rebels"]
    ex, _ = read(nlp, "The editor waged a long legal battle against the ministry.")
    assert not asserted(ex, "ASSAULT")


# -------------------------------------------------------------------------------- what a row's phrase is


def test_a_phrase_inside_an_infinitive_on_the_object_is_not_the_verbs(nlp):
    # ("welcome … to" is a visit; here the "to" belongs to the opening)
    ex, _ = read(nlp, "The Dutch premier welcomed Hungary's decision to open its frontier to East German refugees.")
    assert "SUPPORT" in {e.type for e in asserted(ex)}
    assert not asserted(ex, "CONSULT")
    # (a participle clause on the object still lets its phrase count: handed over … to the US)
    ex, _ = read(nlp, "Colombia handed over drug baron Carlos Mendez, captured after a raid in Cali last year, "
                      "to U.S. marshals on Thursday.")
    assert asserted(ex, "COOPERATE")


def test_support_thrown_behind_someone(nlp):
    ex, labels = read(nlp, "Georgian President Eduard Shevardnadze threw his support behind Prime Minister Zurab Zhvania on Tuesday.")
    (backing,) = asserted(ex, "SUPPORT")
    assert names(labels, backing.recipients) == ["Zurab Zhvania"]


def test_a_named_publication_allowed_to_resume_is_a_concession(nlp):
    for text in ("The military government allowed the opposition magazine Cauce to resume publication on Friday.",
                 "The junta allowed the opposition newspaper La Epoca to resume publication on Friday."):
        ex, _ = read(nlp, text)
        assert asserted(ex, "CONCEDE"), text
        assert not asserted(ex, "RETREAT"), text


def test_a_joint_unit_formed_with_a_partner_is_cooperation(nlp):
    ex, labels = read(nlp, "Estonia formed a joint peacekeeping brigade with Finland on Monday.")
    (unit,) = asserted(ex, "COOPERATE")
    assert names(labels, unit.actors) == ["Estonia"]
    assert names(labels, unit.recipients) == ["Finland"]


def test_what_a_law_offers_is_no_offer(nlp):
    ex, _ = read(nlp, "Two hundred rebels surrendered on Sunday under an amnesty law that offers them land.")
    assert "AGREE" not in {e.type for e in asserted(ex)}
    assert asserted(ex, "RETREAT")
    ex, _ = read(nlp, "The government offered land to the rebels on Sunday.")
    assert asserted(ex, "AGREE")


def test_suspended_from_a_conference_of_states_is_a_sanction(nlp):
    ex, labels = read(nlp, "Albania was suspended from the Conference on Security and Cooperation in Europe on Friday.")
    (suspension,) = asserted(ex, "SANCTION")
    assert names(labels, suspension.recipients) == ["Albania"]


def test_a_conference_that_does_something_is_a_body_not_a_meeting(nlp):
    ex, _ = read(nlp, "The amnesty was praised on Sunday by the Chilean bishops' conference.")
    assert asserted(ex, "SUPPORT")
    assert not asserted(ex, "CONSULT")


# -------------------------------------------------------------------------------- orders and internment


def test_an_internment_ordered_is_done_by_whoever_ordered_it(nlp):
    ex, labels = read(nlp, "The colonel ordered the internment of forty union organisers on Monday.")
    assert not asserted(ex, "REQUEST")
    (internment,) = asserted(ex, "COERCE")
    assert internment.fine == "Arrest"
    assert names(labels, internment.actors) == ["colonel"]
    ex, labels = read(nlp, "The army interned 200 striking miners on Tuesday.")
    (interned,) = asserted(ex, "COERCE")
    assert names(labels, interned.recipients) == ["200 striking miners"]


def test_orders_acted_on_and_orders_for_food_are_no_requests(nlp):
    ex, _ = read(nlp, "The village was burned on the orders of the militia commander.")
    assert not asserted(ex, "REQUEST")
    ex, _ = read(nlp, "Investigators traced a pizza order to the flat he rented.")
    assert not asserted(ex, "REQUEST")
    ex, _ = read(nlp, "The commander issued an order to the troops to withdraw.")
    assert asserted(ex, "REQUEST")


def test_an_execution_order_against_someone_is_a_sanction(nlp):
    ex, labels = read(nlp, "The rebel court issued an execution order against a teacher.")
    (order,) = asserted(ex, "SANCTION")
    assert names(labels, order.recipients) == ["teacher"]


def test_two_acts_of_one_type_joined_by_and_stay_two(nlp):
    ex, labels = read(nlp, "The junta declared a state of emergency in Bolivia and detained the leaders of the miners' union.")
    coerce = asserted(ex, "COERCE")
    assert len(coerce) == 2
    assert len({e.mode for e in coerce}) == 2
    # (one act told by two verbs of one kind stays one: "arrested and detained")
    ex, _ = read(nlp, "Police arrested and detained three students in Dhaka on Monday.")
    assert len(asserted(ex, "COERCE")) == 1


def test_what_is_never_ruled_out_may_come_what_is_ruled_out_is_refused(nlp):
    ex, _ = read(nlp, "The minister said the deportation of the strikers was never ruled out.")
    (deportation,) = [e for e in ex.events if e.trigger.text == "deportation"]
    assert deportation.hypothetical and not deportation.negated
    ex, _ = read(nlp, "The deportation of the strikers was ruled out by the minister on Monday.")
    (deportation,) = [e for e in ex.events if e.trigger.text == "deportation"]
    assert deportation.negated


def test_a_blockade_of_a_place_by_an_army_is_coercion(nlp):
    ex, _ = read(nlp, "A naval blockade of the island began on Monday.")
    assert asserted(ex, "COERCE")
    assert not asserted(ex, "PROTEST")
    ex, _ = read(nlp, "Truckers blockaded the main highway into Lima on Monday.")
    assert asserted(ex, "PROTEST")


def test_what_those_who_do_something_do_is_no_event(nlp):
    ex, _ = read(nlp, "Those who refuse the amnesty will face trial.")
    assert not asserted(ex, "REJECT")
    ex, _ = read(nlp, "Those who attacked the convoy were arrested on Monday.")
    assert asserted(ex, "ASSAULT")


# -------------------------------------------------------------------------------- part 2: real copy


def test_military_and_police_operations(nlp):
    ex, labels = read(nlp, "The army launched a military operation against the guerrillas in the north on Monday.")
    (operation,) = asserted(ex, "ASSAULT")
    assert names(labels, operation.actors) == ["army"]
    assert names(labels, operation.recipients) == ["guerrillas"]
    ex, _ = read(nlp, "Police mounted a security operation in the capital ahead of the vote.")
    assert asserted(ex, "COERCE")
    ex, _ = read(nlp, "Surgeons carried out an operation on the minister's knee.")
    assert not asserted(ex)


def test_what_an_explosion_damaged_is_its_target(nlp):
    ex, labels = read(nlp, "The explosion caused heavy damage to the French embassy.")
    (blast,) = asserted(ex, "ASSAULT")
    assert names(labels, blast.recipients) == ["French embassy"]


def test_the_towns_a_lifted_siege_held_when_the_parse_hangs_them_on_its_layers(nlp):
    ex, labels = read(nlp, "A two-year siege by Tamil rebels of three army camps has been lifted.")
    (lifting,) = asserted(ex, "RETREAT")
    assert names(labels, lifting.actors) == ["Tamil rebels"]
    assert names(labels, lifting.recipients) == ["three army camps"]


def test_whoever_gave_the_orders_did_the_act(nlp):
    ex, labels = read(nlp, "The village was burned on the orders of the garrison commander.")
    (burning,) = asserted(ex)
    assert names(labels, burning.actors) == ["garrison commander"]
    assert "garrison commander" not in names(labels, burning.recipients)
    ex, labels = read(nlp, "Two reporters were detained on the governor's orders.")
    (detention,) = asserted(ex, "COERCE")
    assert names(labels, detention.actors) == ["governor"]


# -------------------------------------------------------------------------------- part 3: the hard wire set (BG)


def test_idioms_of_wire_copy(nlp):
    cases = [("Envoys from Athens and Ankara huddled in Geneva on Friday for their first direct contacts in years.", "CONSULT"),
             ("The Arab League granted full membership to the Comoros on Tuesday.", "SUPPORT"),
             ("The Red Cross rushed 60 tonnes of blankets and medicine to the flooded districts on Sunday.", "AID"),
             ("Authorities rushed 20 army columns into the old city on Friday.", "MOBILIZE"),
             ("Residents banged pots and pans from their balconies on Tuesday night.", "PROTEST"),
             ("The government imposed a total news blackout on the northern provinces on Monday.", "COERCE"),
             ("Israeli warplanes carried out bombing raids on guerrilla positions on Sunday.", "ASSAULT"),
             ("The World Bank threw a five billion dollar lifeline to Brazil on Thursday.", "AID"),
             ("The former guerrilla leader was barred on Friday from entering Canada.", "REJECT")]
    assert_reads_as(nlp, cases)
    ex, _ = read(nlp, "Israeli warplanes carried out bombing raids on guerrilla positions on Sunday.")
    assert not asserted(ex, "COERCE")
    ex, _ = read(nlp, "The former guerrilla leader was barred on Friday from entering Canada.")
    assert not asserted(ex, "COERCE")


def test_a_vote_to_open_an_inquiry_is_the_inquiry_and_alleged_killings_are_not_asserted(nlp):
    ex, labels = read(nlp, "The parliament voted on Friday to open an inquiry into alleged killings of prisoners.")
    assert not asserted(ex, "AGREE")
    (inquiry,) = asserted(ex, "ACCUSE")
    assert names(labels, inquiry.actors) == ["parliament"]
    (killings,) = [e for e in ex.events if e.trigger.text == "killings"]
    assert killings.hypothetical


def test_by_order_of_someone_names_the_doer_not_a_request(nlp):
    ex, labels = read(nlp, "A curfew was imposed on the capital on Sunday by order of President Mobutu.")
    assert not asserted(ex, "REQUEST")
    (curfew,) = asserted(ex, "COERCE")
    assert names(labels, curfew.actors) == ["Mobutu"]


def test_what_a_strike_is_called_to_back_is_its_topic(nlp):
    ex, labels = read(nlp, "The union leader led 3,000 dockers into a sit-in strike on Monday to back demands for higher pay.")
    assert [e.type for e in asserted(ex)] == ["PROTEST"]


def test_what_someone_made_his_priority_is_not_done(nlp):
    ex, _ = read(nlp, "The envoy, who has made ending the border war his top priority, arrived in Asmara on Monday.")
    assert not asserted(ex, "RETREAT")


# -------------------------------------------------------------------------------- part 4: the hard wire set (BF)


def test_more_idioms_of_wire_copy(nlp):
    cases = [("King Fahd paid a surprise call on King Hassan in Rabat on Monday.", "CONSULT"),
             ("Soldiers mowed down dozens of unarmed villagers on Sunday.", "ASSAULT"),
             ("The finance minister tore into foreign bankers on Saturday.", "ACCUSE"),
             ("A Madrid judge put out an international arrest warrant on Friday for the former general.", "THREATEN"),
             ("The junta announced a general mobilisation of the armed forces on Monday.", "MOBILIZE"),
             ("Nine students were handed 10-year prison terms by a military court on Tuesday.", "SANCTION"),
             ("Rebels blew up three electricity pylons outside the capital on Sunday.", "ASSAULT"),
             ("The army moved two armoured divisions into the desert near the border on Sunday.", "MOBILIZE")]
    assert_reads_as(nlp, cases)
    ex, _ = read(nlp, "The army moved two armoured divisions into the desert near the border on Sunday.")
    assert not asserted(ex, "COERCE")
    ex, _ = read(nlp, "Troops moved into the town on Monday.")
    assert asserted(ex, "COERCE")


def test_a_fugitive_handed_from_one_countrys_police_to_anothers_is_cooperation(nlp):
    ex, _ = read(nlp, "A suspected ETA member was handed over to Spanish police by French authorities on Friday.")
    assert asserted(ex, "COOPERATE")
    assert not asserted(ex, "COERCE")
    ex, _ = read(nlp, "The suspect was handed over to police by villagers on Friday.")
    assert asserted(ex, "COERCE")


def test_an_of_phrase_after_a_date_is_the_objects_and_captors_free_those_they_held(nlp):
    ex, labels = read(nlp, "Church mediators won the release on Sunday of 40 soldiers held by the rebels.")
    (release,) = asserted(ex, "RETREAT")
    assert names(labels, release.recipients) == ["40 soldiers"]
    assert names(labels, release.actors) == ["rebels"]
    ex, labels = read(nlp, "The government announced the expulsion on Monday of two Cuban diplomats.")
    (expulsion,) = asserted(ex, "SANCTION")
    assert names(labels, expulsion.recipients) == ["two Cuban diplomats"]
